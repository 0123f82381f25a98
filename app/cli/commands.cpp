#include "cli/commands.h"

namespace cg::cli {

QList<Command> allCommands()
{
    return {
        initCommand(),
        demoCommand(),
        backupCommand(),
        restoreCommand(),
        userCommand(),
        auditCommand(),
        keyCommand(),
        benchCommand(),
        eventCommand(),
        credentialCommand(),
        importCommand(),
        exportCommand(),
        retentionCommand(),
        cameraCommand(),
        reportCommand(),
    };
}

bool commandNeedsGui(const QString& name, const QString& subcommand)
{
    for (const Command& c : allCommands()) {
        if (c.name == name)
            return c.needsGui && (c.guiSubcommands.isEmpty() || c.guiSubcommands.contains(subcommand));
    }
    return false;
}

} // namespace cg::cli
