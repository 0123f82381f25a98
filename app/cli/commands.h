#pragma once

#include "cli/command.h"

namespace cg::cli {

// Every command the binary understands, in help order. Each command lives in
// its own file; add new ones to the list in commands.cpp.
QList<Command> allCommands();

Command initCommand();
Command demoCommand();
Command backupCommand();
Command auditCommand();
Command keyCommand();
Command benchCommand();
Command eventCommand();

} // namespace cg::cli
