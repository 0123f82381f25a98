#include "cli/commands.h"

namespace cg::cli {

QList<Command> allCommands()
{
    return {
        initCommand(),
        demoCommand(),
        backupCommand(),
        auditCommand(),
        keyCommand(),
        benchCommand(),
        eventCommand(),
    };
}

} // namespace cg::cli
