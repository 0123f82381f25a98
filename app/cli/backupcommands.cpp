// backup --with-key and restore: the guided backup (database copy, key
// export and manifest together) and putting such a backup back.
#include "cli/commands.h"

#include "core/actor.h"
#include "core/clock.h"
#include "security/keyexport.h"
#include "services/backupservice.h"
#include "services/restoreservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace cg::cli {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli)
};

const QString kOut = QStringLiteral("out");
const QString kFrom = QStringLiteral("from");
const QString kWithKey = QStringLiteral("with-key");
const QString kPassphrase = QStringLiteral("passphrase-file");
const QString kForce = QStringLiteral("force");
const QString kDryRun = QStringLiteral("dry-run");

// Reads one line from the terminal without echo.
QString promptHidden(const QString& prompt, QTextStream& err)
{
    err << prompt << Qt::flush;
    termios old{};
    const bool tty = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    if (tty)
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err << Qt::endl;
    QByteArray bytes(read ? buffer : "");
    while (bytes.endsWith('\n') || bytes.endsWith('\r'))
        bytes.chop(1);
    QString text = QString::fromUtf8(bytes);
    bytes.fill('\0');
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return text;
}

// A new passphrase: from a file (its first line), or typed twice at the
// terminal when FILE is "-" and standard input is a terminal (piped input
// may carry a second, confirming line).
core::Result<QString> readNewPassphrase(const QString& file, QTextStream& err)
{
    if (file == QLatin1String("-") && ::isatty(STDIN_FILENO)) {
        QString first = promptHidden(Tr::tr("Backup passphrase: "), err);
        QString second = promptHidden(Tr::tr("Repeat the passphrase: "), err);
        const bool same = first == second;
        second.fill(QLatin1Char('\0'));
        if (!same) {
            first.fill(QLatin1Char('\0'));
            return core::Error::invalid(QStringLiteral("passphrase"), Tr::tr("The two passphrases differ."));
        }
        return first;
    }
    if (file == QLatin1String("-")) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return core::Error::invalid(QStringLiteral("passphrase"), Tr::tr("Cannot read the passphrase from stdin."));
        QByteArray all = input.readAll();
        QList<QByteArray> lines = all.split('\n');
        all.fill('\0');
        for (QByteArray& l : lines) {
            while (l.endsWith('\r'))
                l.chop(1);
        }
        const QString first = QString::fromUtf8(lines.value(0));
        const bool confirmed = lines.size() < 2 || lines.at(1).isEmpty() || QString::fromUtf8(lines.at(1)) == first;
        for (QByteArray& l : lines)
            l.fill('\0');
        if (!confirmed)
            return core::Error::invalid(QStringLiteral("passphrase"), Tr::tr("The two passphrases differ."));
        return first;
    }
    return readSecret(file);
}

QString secretPrompt(const QString& file, QTextStream& err)
{
    Q_UNUSED(file);
    return promptHidden(Tr::tr("Backup passphrase: "), err);
}

int guidedBackup(CommandContext& ctx, const QString& out)
{
    if (!ctx.parser.isSet(kPassphrase)) {
        ctx.err << Tr::tr("error: --with-key needs --passphrase-file FILE|- (the passphrase never goes on the command line)")
                << Qt::endl;
        return int(Usage);
    }
    auto passphrase = readNewPassphrase(ctx.parser.value(kPassphrase), ctx.err);
    if (!passphrase)
        return reportError(passphrase.error(), ctx.err);
    const QString folder = QFileInfo(out).isDir() && !QDir(out).isEmpty()
                               ? services::BackupService::suggestedFolder(out, ctx.deps->clock->nowUtc())
                               : out;
    services::BackupService backups(*ctx.deps);
    auto created = backups.create(core::Actor::system(), folder, passphrase.value());
    passphrase.value().fill(QLatin1Char('\0'));
    if (!created)
        return reportError(created.error(), ctx.err);
    const auto& m = created->manifest;
    ctx.out << Tr::tr("Backup written to %1 and checked:").arg(QDir::toNativeSeparators(created->folder)) << Qt::endl;
    ctx.out << Tr::tr("  database %1, schema version %2, audit head %3").arg(m.databaseUuid).arg(m.schemaVersion)
                   .arg(m.head ? m.head->id : 0)
            << Qt::endl;
    for (const security::BackupFile& f : m.files)
        ctx.out << QStringLiteral("  %1  %2  (%3 bytes)").arg(f.name, QString::fromLatin1(f.sha256.toHex())).arg(f.size)
                << Qt::endl;
    ctx.out << Tr::tr("The copy passed the integrity check and the key opens with the passphrase. Keep the passphrase "
                      "apart from the backup: without it the backup cannot be restored.")
            << Qt::endl;
    return int(Done);
}

} // namespace

Command backupCommand()
{
    Command c;
    c.name = QStringLiteral("backup");
    c.summary = Tr::tr("Back up the database and its key together (--with-key), checked after writing; without "
                       "--with-key only a copy of the database file.");
    c.usage = QStringLiteral("backup --database PATH --out DIR --with-key --passphrase-file FILE|-\n"
                             "  consentgate backup --database PATH --out FILE");
    c.database = DatabaseNeed::Existing;
    c.options = {QCommandLineOption(QStringLiteral("out"), Tr::tr("Where to write the copy."), QStringLiteral("FILE")),
                 QCommandLineOption(kWithKey, Tr::tr("Write a backup folder: database copy, passphrase-protected key and "
                                                     "manifest, checked after writing.")),
                 QCommandLineOption(kPassphrase, Tr::tr("File holding the backup passphrase, or - for standard input."),
                                    QStringLiteral("FILE"))};
    c.run = [](CommandContext& ctx) {
        const QString out = ctx.parser.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            ctx.err << Tr::tr("error: --out FILE is required") << Qt::endl;
            return int(Usage);
        }
        if (ctx.parser.isSet(kWithKey))
            return guidedBackup(ctx, out);
        if (auto status = ctx.database->backupTo(out); !status)
            return reportError(status.error(), ctx.err);
        ctx.out << Tr::tr("Backup written to %1 (%2 bytes).").arg(QFileInfo(out).absoluteFilePath()).arg(QFileInfo(out).size())
                << Qt::endl;
        ctx.out << Tr::tr("Note: encrypted fields in the copy can only be read with this database's key; "
                      "keep a key export (consentgate key export) with the backup.")
                << Qt::endl;
        return int(Done);
    };
    return c;
}

Command restoreCommand()
{
    Command c;
    c.name = QStringLiteral("restore");
    c.summary = Tr::tr("Put a backup (database and key) back; lists and applies again every deletion made after it.");
    c.usage = QStringLiteral("restore --from DIR --database PATH --passphrase-file FILE|- [--key-dir DIR] [--dry-run] [--force]");
    c.database = DatabaseNeed::None;
    c.options = {
        QCommandLineOption(kFrom, Tr::tr("The backup folder (written by “consentgate backup --with-key”)."),
                           QStringLiteral("DIR")),
        QCommandLineOption(kPassphrase, Tr::tr("File holding the backup passphrase, or - for standard input."),
                           QStringLiteral("FILE")),
        QCommandLineOption(kDryRun, Tr::tr("Only check the backup and show what restoring would do.")),
        QCommandLineOption(kForce, Tr::tr("Replace the existing database (it is set aside, not deleted).")),
    };
    c.run = [](CommandContext& ctx) {
        const QString from = ctx.parser.value(kFrom);
        if (from.isEmpty() || !ctx.parser.isSet(kPassphrase) || !ctx.positional.isEmpty()) {
            ctx.err << QStringLiteral("usage: consentgate restore --from DIR --database PATH --passphrase-file FILE|- "
                                      "[--key-dir DIR] [--dry-run] [--force]")
                    << Qt::endl;
            return int(Usage);
        }
        const QString path = ctx.parser.isSet(QStringLiteral("database")) ? ctx.parser.value(QStringLiteral("database"))
                                                                           : storage::Database::defaultPath();
        const QString file = ctx.parser.value(kPassphrase);
        auto passphrase = file == QLatin1String("-") && ::isatty(STDIN_FILENO)
                              ? core::Result<QString>(secretPrompt(file, ctx.err))
                              : readSecret(file);
        if (!passphrase)
            return reportError(passphrase.error(), ctx.err);
        auto plan = services::RestorePlan::make(from, passphrase.value(), path, ctx.keyDir);
        passphrase.value().fill(QLatin1Char('\0'));
        if (!plan)
            return reportError(plan.error(), ctx.err);
        ctx.out << plan->summary() << Qt::endl;
        if (ctx.parser.isSet(kDryRun)) {
            ctx.out << Tr::tr("Dry run: nothing was changed.") << Qt::endl;
            return int(Done);
        }
        if (plan->needsConfirmation() && !ctx.parser.isSet(kForce)) {
            ctx.err << Tr::tr("error: a database already exists at %1%2. Nothing was changed. Read what would be lost "
                              "above, then run again with --force to replace it (it is set aside, not deleted).")
                           .arg(QDir::toNativeSeparators(plan->databasePath),
                                plan->currentIsNewer() ? Tr::tr(" and it is newer than the backup") : QString())
                    << Qt::endl;
            return int(Failed);
        }
        auto report = services::RestoreService::apply(plan.value(), ctx.parser.isSet(kForce), core::Actor::system().name,
                                                      std::make_shared<core::SystemClock>());
        if (!report)
            return reportError(report.error(), ctx.err);
        ctx.out << report->summary() << Qt::endl;
        return report->failures.isEmpty() && report->auditIntact ? int(Done) : int(Failed);
    };
    return c;
}

} // namespace cg::cli
