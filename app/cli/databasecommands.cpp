// init: creates a database (demo: democommand.cpp; backup: backupcommands.cpp).
#include "cli/commands.h"

#include "core/actor.h"
#include "security/keyring.h"
#include "services/servicedeps.h"
#include "services/userservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace cg::cli {

namespace {
// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller, which breaks easily).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli)
};
} // namespace

Command initCommand()
{
    Command c;
    c.name = QStringLiteral("init");
    c.summary = Tr::tr("Create an empty ConsentGate database (and its first administrator).");
    c.usage = QStringLiteral("init --database PATH [--admin NAME --password-file FILE|-]");
    c.database = DatabaseNeed::CreateIfMissing;
    c.options = {QCommandLineOption(QStringLiteral("admin"), Tr::tr("Create the first administrator with this user name."),
                                    QStringLiteral("NAME")),
                 QCommandLineOption(QStringLiteral("password-file"),
                                    Tr::tr("File holding the administrator's password, or - for standard input."),
                                    QStringLiteral("FILE"))};
    c.run = [](CommandContext& ctx) {
        const QString admin = ctx.parser.value(QStringLiteral("admin"));
        if (admin.isEmpty() != !ctx.parser.isSet(QStringLiteral("password-file"))) {
            ctx.err << Tr::tr("error: --admin NAME and --password-file FILE|- go together") << Qt::endl;
            return int(Usage);
        }
        ctx.out << (ctx.database->wasCreated() ? Tr::tr("Created database %1 (ID %2).")
                                               : Tr::tr("Database %1 (ID %2) already exists and is up to date."))
                       .arg(ctx.database->path(), ctx.database->uuid())
                << Qt::endl;
        if (ctx.deps)
            ctx.out << Tr::tr("Its key is in %1 (export it with “consentgate key export”).")
                           .arg(QDir::toNativeSeparators(ctx.deps->keys->filePath()))
                    << Qt::endl;
        if (admin.isEmpty())
            return int(Done);
        auto password = readSecret(ctx.parser.value(QStringLiteral("password-file")));
        if (!password)
            return reportError(password.error(), ctx.err);
        services::UserService users(*ctx.deps);
        auto created = users.createFirstAdministrator(core::Actor::system(), admin, QString(), password.value());
        password.value().fill(QLatin1Char('\0'));
        if (!created)
            return reportError(created.error(), ctx.err);
        ctx.out << Tr::tr("Administrator “%1” created; sign in with this name in the console.").arg(created->name)
                << Qt::endl;
        return int(Done);
    };
    return c;
}

} // namespace cg::cli
