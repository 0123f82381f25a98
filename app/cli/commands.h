#pragma once

#include "cli/command.h"

namespace cg::cli {

// Every command the binary understands, in help order. Each command lives in
// its own file; add new ones to the list in commands.cpp.
QList<Command> allCommands();

Command initCommand();
Command demoCommand();
Command backupCommand();
Command restoreCommand();
Command userCommand();
Command reportCommand();
Command auditCommand();
Command keyCommand();
Command benchCommand();
Command eventCommand();
Command cameraCommand();
Command credentialCommand();

// True when the named command draws (PDFs): main.cpp then starts a
// QGuiApplication on the offscreen platform instead of a QCoreApplication.
bool commandNeedsGui(const QString& name, const QString& subcommand);
Command importCommand();
Command exportCommand();
Command retentionCommand();

} // namespace cg::cli
