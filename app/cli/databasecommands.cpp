// init, demo and backup: the commands that create, fill and copy a database.
#include "cli/commands.h"

#include "services/residentidcodec.h"
#include "core/actor.h"
#include "security/keyring.h"
#include "services/servicedeps.h"
#include "services/userservice.h"
#include "storage/demoseeder.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

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

Command demoCommand()
{
    Command c;
    c.name = QStringLiteral("demo");
    c.summary = Tr::tr("Seed a realistic demo compound (creates the database if needed).");
    c.usage = QStringLiteral("demo --database PATH [--residents N]");
    c.database = DatabaseNeed::CreateIfMissing;
    c.options = {QCommandLineOption(QStringLiteral("residents"), Tr::tr("Number of residents (default 1500)."),
                                    QStringLiteral("N"), QStringLiteral("1500"))};
    c.run = [](CommandContext& ctx) {
        bool ok = false;
        const int residents = ctx.parser.value(QStringLiteral("residents")).toInt(&ok);
        if (!ok || residents < 1) {
            ctx.err << Tr::tr("error: --residents must be a positive whole number") << Qt::endl;
            return int(Usage);
        }
        storage::DemoSeeder seeder(ctx.database);
        storage::DemoSeeder::Options options;
        options.residents = residents;
        // Demo residents get sealed ID numbers exactly as the desk would store them.
        const services::ResidentIdCodec codec(ctx.deps->keys);
        options.sealIdNumber = [&codec](qint64 id, core::IdKind kind, const QString& number) {
            return codec.seal(id, kind, number);
        };
        QElapsedTimer timer;
        timer.start();
        auto summary = seeder.seed(options);
        if (!summary)
            return reportError(summary.error(), ctx.err);
        const QLocale cLocale(QLocale::C);
        ctx.out << Tr::tr("Seeded %1 residents (%2 minors, %8 with ID numbers) in %3 units, %4 buildings, %5 compounds, %6 doors in %7 s.")
                       .arg(summary->residents)
                       .arg(summary->minors)
                       .arg(summary->units)
                       .arg(summary->buildings)
                       .arg(summary->compounds)
                       .arg(summary->doors)
                       .arg(cLocale.toString(timer.elapsed() / 1000.0, 'f', 2))
                       .arg(summary->idNumbers)
                << Qt::endl;
        return int(Done);
    };
    return c;
}

} // namespace cg::cli
