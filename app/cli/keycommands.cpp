// key export / key import: a passphrase-protected copy of a database's key for
// a second desk and for backups.
#include "cli/commands.h"

#include "core/actor.h"
#include "core/clock.h"
#include "security/chainhead.h"
#include "security/keyexport.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "storage/metastore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QScopeGuard>

namespace cg::cli {

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller, which breaks easily).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::cli)
};

const QString kOut = QStringLiteral("out");
const QString kIn = QStringLiteral("in");
const QString kPassphrase = QStringLiteral("passphrase-file");
const QString kReplace = QStringLiteral("replace");

core::Error keyError(const QString& message, const QString& code)
{
    return core::Error::make(core::Error::Kind::Key, message, code);
}

int exportKey(CommandContext& ctx)
{
    const QString out = ctx.parser.value(kOut);
    if (out.isEmpty() || !ctx.parser.isSet(kPassphrase)) {
        ctx.err << Tr::tr("usage: consentgate key export --database PATH --out FILE --passphrase-file FILE|-") << Qt::endl;
        return int(Usage);
    }
    auto deps = services::ServiceDeps::build(ctx.database, ctx.keyDir, std::make_shared<core::SystemClock>());
    if (!deps)
        return reportError(deps.error(), ctx.err);
    auto passphrase = readSecret(ctx.parser.value(kPassphrase));
    if (!passphrase)
        return reportError(passphrase.error(), ctx.err);
    auto head = security::ChainHeadFile::read(deps->keys->chainHeadPath(), deps->keys->databaseUuid());
    if (!head)
        return reportError(head.error(), ctx.err);
    auto bytes = security::KeyExport::protect(*deps->keys, passphrase.value(), head.value(), deps->clock->nowUtc());
    passphrase.value().fill(QLatin1Char('\0'));
    if (!bytes)
        return reportError(bytes.error(), ctx.err);
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return reportError(core::Error::make(core::Error::Kind::Io, Tr::tr("Cannot write %1: %2").arg(out, file.errorString())),
                           ctx.err);
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes.value());
    if (!file.commit())
        return reportError(core::Error::make(core::Error::Kind::Io, Tr::tr("Cannot write %1: %2").arg(out, file.errorString())),
                           ctx.err);
    (void)deps->audit->record(core::Actor::system(), QStringLiteral("key.export"), QStringLiteral("database"),
                              deps->keys->databaseUuid(), QJsonObject{{QStringLiteral("file"), QFileInfo(out).fileName()}});
    ctx.out << Tr::tr("Key of database %1 exported to %2.").arg(deps->keys->databaseUuid(), QFileInfo(out).absoluteFilePath())
            << Qt::endl;
    ctx.out << Tr::tr("Keep the export and its passphrase in different places: together they open every encrypted "
                  "field of this database and its backups.")
            << Qt::endl;
    return int(Done);
}

int importKey(CommandContext& ctx)
{
    const QString in = ctx.parser.value(kIn);
    if (in.isEmpty() || !ctx.parser.isSet(kPassphrase)) {
        ctx.err << Tr::tr("usage: consentgate key import --database PATH --in FILE --passphrase-file FILE|- [--replace]")
                << Qt::endl;
        return int(Usage);
    }
    QFile file(in);
    if (!file.open(QIODevice::ReadOnly))
        return reportError(core::Error::make(core::Error::Kind::Key, Tr::tr("Cannot read %1: %2").arg(in, file.errorString()),
                                             QStringLiteral("key.io")),
                           ctx.err);
    auto passphrase = readSecret(ctx.parser.value(kPassphrase));
    if (!passphrase)
        return reportError(passphrase.error(), ctx.err);
    auto contents = security::KeyExport::unprotect(file.readAll(), passphrase.value());
    passphrase.value().fill(QLatin1Char('\0'));
    if (!contents)
        return reportError(contents.error(), ctx.err);
    const auto wipe = qScopeGuard([&contents] { contents.value().wipe(); });
    const QString uuid = ctx.database->uuid();
    if (contents->databaseUuid != uuid)
        return reportError(keyError(Tr::tr("This key export belongs to database %1, not to %2 (ID %3).")
                                        .arg(contents->databaseUuid, ctx.database->path(), uuid),
                                    QStringLiteral("key.mismatch")),
                           ctx.err);
    auto imported = security::Keyring::fromMasterKey(uuid, contents->masterKey);
    if (!imported)
        return reportError(imported.error(), ctx.err);
    auto stored = storage::MetaStore(ctx.database).value(QStringLiteral("key_check"));
    if (!stored)
        return reportError(stored.error(), ctx.err);
    if (stored->has_value() && stored->value() != imported.value()->keyCheckValue())
        return reportError(keyError(Tr::tr("This key export does not match the key check value stored in %1: it is the "
                                       "key of another installation that used the same database ID.")
                                        .arg(ctx.database->path()),
                                    QStringLiteral("key.wrong")),
                           ctx.err);

    const QString dir = ctx.keyDir.isEmpty() ? security::Keyring::defaultDirectory() : ctx.keyDir;
    const QString path = security::Keyring::keyFilePath(dir, uuid);
    bool alreadyThere = false;
    if (QFileInfo::exists(path)) {
        auto existing = security::Keyring::load(dir, uuid);
        alreadyThere = existing && existing.value()->keyCheckValue() == imported.value()->keyCheckValue();
        if (!alreadyThere) {
            if (!ctx.parser.isSet(kReplace))
                return reportError(keyError(Tr::tr("A different key for this database is already installed at %1. "
                                               "Add --replace to set it aside and install the imported key.")
                                                .arg(path),
                                            QStringLiteral("key.exists")),
                                   ctx.err);
            const QString aside = path + QStringLiteral(".replaced-")
                                  + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
            if (!QFile::rename(path, aside))
                return reportError(keyError(Tr::tr("Cannot move the old key file %1 aside.").arg(path), QStringLiteral("key.io")),
                                   ctx.err);
            ctx.out << Tr::tr("The previous key file was kept as %1.").arg(aside) << Qt::endl;
        }
    }
    if (!alreadyThere) {
        if (auto status = security::Keyring::importMasterKey(dir, uuid, contents->masterKey, false); !status)
            return reportError(status.error(), ctx.err);
    }
    if (contents->head) {
        // The head at export time is a lower bound for the chain: a log cut
        // below it is detected on this desk too.
        if (auto status = security::ChainHeadFile::advance(QDir(dir).filePath(uuid + QStringLiteral(".head")), uuid,
                                                           *contents->head);
            !status)
            return reportError(status.error(), ctx.err);
    }
    auto deps = services::ServiceDeps::build(ctx.database, dir, std::make_shared<core::SystemClock>());
    if (!deps)
        return reportError(deps.error(), ctx.err);
    (void)deps->audit->record(core::Actor::system(), QStringLiteral("key.import"), QStringLiteral("database"), uuid,
                              QJsonObject{{QStringLiteral("exported_at"), contents->exportedAt.toString(Qt::ISODate)}});
    ctx.out << (alreadyThere ? Tr::tr("The key of database %1 was already installed in %2.")
                             : Tr::tr("Key of database %1 installed in %2."))
                   .arg(uuid, QDir::toNativeSeparators(dir))
            << Qt::endl;
    return int(Done);
}

} // namespace

Command keyCommand()
{
    Command c;
    c.name = QStringLiteral("key");
    c.summary = Tr::tr("Export the database key protected by a passphrase, or import such an export.");
    c.usage = QStringLiteral("key export --database PATH --out FILE --passphrase-file FILE|-\n"
                             "  consentgate key import --database PATH --in FILE --passphrase-file FILE|- [--replace]");
    c.database = DatabaseNeed::Existing;
    c.needsKeys = false;   // import runs while the key is missing
    c.options = {
        QCommandLineOption(kOut, Tr::tr("Where to write the key export."), QStringLiteral("FILE")),
        QCommandLineOption(kIn, Tr::tr("The key export to import."), QStringLiteral("FILE")),
        QCommandLineOption(kPassphrase, Tr::tr("File holding the passphrase, or - for standard input."), QStringLiteral("FILE")),
        QCommandLineOption(kReplace, Tr::tr("Set aside a different key already installed for this database.")),
    };
    c.run = [](CommandContext& ctx) {
        const QString sub = ctx.positional.value(0);
        if (sub == QLatin1String("export") && ctx.positional.size() == 1)
            return exportKey(ctx);
        if (sub == QLatin1String("import") && ctx.positional.size() == 1)
            return importKey(ctx);
        ctx.err << Tr::tr("usage: consentgate key export|import (see --help)") << Qt::endl;
        return int(Usage);
    };
    return c;
}

} // namespace cg::cli
