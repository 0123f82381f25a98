#include "cli/commands.h"

namespace cg::cli {

QList<Command> allCommands()
{
    return {
        initCommand(),
        demoCommand(),
        backupCommand(),
    };
}

} // namespace cg::cli
