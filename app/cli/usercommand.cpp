// user reset-password: the way back in when the last administrator's password
// is forgotten. Whoever runs it needs the database file and its key folder
// (root or the service account), which already means full access; the
// reset is audited like one made in the console.
#include "cli/commands.h"

#include "core/actor.h"
#include "services/servicedeps.h"
#include "services/userservice.h"

#include <QCoreApplication>

namespace cg::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli::UserCommand)
};

const QString kPasswordFile = QStringLiteral("password-file");
const QString kEnable = QStringLiteral("enable");

int resetPassword(CommandContext& ctx, const QString& name)
{
    if (!ctx.parser.isSet(kPasswordFile)) {
        ctx.err << Tr::tr("error: --password-file FILE|- is required (the password never goes on the command line)")
                << Qt::endl;
        return int(Usage);
    }
    const core::Actor actor = core::Actor::system();
    services::UserService users(*ctx.deps);
    auto all = users.list(actor);
    if (!all)
        return reportError(all.error(), ctx.err);
    const auto user = std::find_if(all->cbegin(), all->cend(), [&name](const core::User& u) { return u.name == name; });
    if (user == all->cend()) {
        ctx.err << Tr::tr("error: there is no user “%1”").arg(name) << Qt::endl;
        return int(Failed);
    }
    auto password = readSecret(ctx.parser.value(kPasswordFile));
    if (!password)
        return reportError(password.error(), ctx.err);
    auto reset = users.resetPassword(actor, user->id, password.value());
    password.value().fill(QLatin1Char('\0'));
    if (!reset)
        return reportError(reset.error(), ctx.err);
    ctx.out << Tr::tr("The password of “%1” was reset and any sign-in lock cleared (audited as %2).")
                   .arg(user->name, actor.name)
            << Qt::endl;
    if (user->disabled) {
        if (!ctx.parser.isSet(kEnable)) {
            ctx.out << Tr::tr("Note: this account is disabled; add --enable to enable it as well.") << Qt::endl;
        } else if (auto enabled = users.setDisabled(actor, user->id, false); !enabled) {
            return reportError(enabled.error(), ctx.err);
        } else {
            ctx.out << Tr::tr("The account was enabled again.") << Qt::endl;
        }
    }
    return int(Done);
}

} // namespace

Command userCommand()
{
    Command c;
    c.name = QStringLiteral("user");
    c.summary = Tr::tr("Reset a console user's password (for example a forgotten administrator password).");
    c.usage = QStringLiteral("user reset-password NAME --database PATH --password-file FILE|- [--enable]");
    c.database = DatabaseNeed::Existing;
    c.options = {
        QCommandLineOption(kPasswordFile, Tr::tr("File holding the new password, or - for standard input."),
                           QStringLiteral("FILE")),
        QCommandLineOption(kEnable, Tr::tr("Also enable the account if it is disabled.")),
    };
    c.run = [](CommandContext& ctx) {
        if (ctx.positional.size() == 2 && ctx.positional.at(0) == QLatin1String("reset-password"))
            return resetPassword(ctx, ctx.positional.at(1));
        ctx.err << QStringLiteral("usage: consentgate user reset-password NAME --database PATH --password-file FILE|- [--enable]")
                << Qt::endl;
        return int(Usage);
    };
    return c;
}

} // namespace cg::cli
