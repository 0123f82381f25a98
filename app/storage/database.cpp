#include "storage/database.h"

#include "storage/migrations.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <QVersionNumber>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

namespace cg::storage {

namespace {

using core::Error;
// Unqualified on purpose: lupdate misreads "core::Status f(" as a member definition.
using core::Status;

// lupdate files these strings under the context named here, which is also the
// one used at run time (a free tr() helper would get a context guessed from
// the surrounding namespace and never be translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::storage::Database)
};

Error problem(const QString& code, const QString& message)
{
    return Error::make(Error::Kind::Storage, message, code);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

void restrictToOwner(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            QFile::setPermissions(path + suffix, kOwnerOnly);
    }
}

std::atomic<int> g_instanceCounter{0};

// Reads the 16-byte SQLite header without opening the file through SQLite,
// so a stranger's file is never touched.
bool hasSqliteHeader(const QString& path, qint64* size)
{
    QFile file(path);
    *size = file.size();
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    return header == QByteArray("SQLite format 3\0", 16);
}

Error classify(const QSqlError& error, const QString& path)
{
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (text.contains(QLatin1String("not a database")))
        return problem(QStringLiteral("database.not_sqlite"),
                       Tr::tr("%1 is not a ConsentGate database (it is not an SQLite file).").arg(path));
    if (text.contains(QLatin1String("malformed")) || text.contains(QLatin1String("corrupt")))
        return problem(QStringLiteral("database.corrupt"),
                       Tr::tr("The database %1 is damaged (%2). Restore it from a backup.")
                           .arg(path, error.databaseText()));
    return problem(QStringLiteral("database.io"),
                   Tr::tr("Could not read the database %1: %2").arg(path, error.text()));
}

// Examines an existing file through a read-only connection. Returns its schema
// version, or an error that says why this build must not use it.
core::Result<int> inspectExisting(const QString& path)
{
    const QString name = QStringLiteral("cg-inspect-%1").arg(++g_instanceCounter);
    core::Result<int> result = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // A file that is refused must stay exactly as it was, and an ordinary
        // read-only open of a WAL database creates -wal and -shm files beside
        // it. Without those files nothing is pending in a journal, so the file
        // is read as immutable (no locks, no side files). With them (another
        // process has it open, or one crashed) the normal read-only open is
        // needed to see committed pages that are still in the WAL.
        const bool sideFiles = QFileInfo::exists(path + QStringLiteral("-wal"))
                               || QFileInfo::exists(path + QStringLiteral("-shm"));
        if (sideFiles) {
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + QStringLiteral("?immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        }
        result = [&]() -> core::Result<int> {
            if (!db.open())
                return classify(db.lastError(), path);
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA quick_check")))
                return classify(q.lastError(), path);
            if (!q.next() || q.value(0).toString() != QLatin1String("ok"))
                return problem(QStringLiteral("database.corrupt"),
                               Tr::tr("The database %1 is damaged (integrity check: %2). Restore it from a backup.")
                                   .arg(path, q.value(0).toString()));
            if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
                return classify(q.lastError(), path);
            const int version = q.value(0).toInt();
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
                return classify(q.lastError(), path);
            const int objects = q.value(0).toInt();
            if (version == 0)
                return objects == 0 ? 0
                                    : core::Result<int>(problem(
                                          QStringLiteral("database.foreign"),
                                          Tr::tr("%1 is an SQLite file but not a ConsentGate database.").arg(path)));
            if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'min_app_version'")))
                return problem(QStringLiteral("database.foreign"),
                               Tr::tr("%1 is an SQLite file but not a ConsentGate database.").arg(path));
            const QString minApp = q.next() ? q.value(0).toString() : QString();
            const auto mine = QVersionNumber::fromString(QStringLiteral(CG_VERSION));
            if (!minApp.isEmpty() && QVersionNumber::fromString(minApp) > mine)
                return problem(QStringLiteral("database.newer"),
                               Tr::tr("The database %1 needs ConsentGate %2 or later; this is version %3. "
                                      "Install the newer version. The file was not changed.")
                                   .arg(path, minApp, mine.toString()));
            if (version > latestSchemaVersion())
                return problem(QStringLiteral("database.newer"),
                               Tr::tr("The database %1 was written by a newer ConsentGate (schema version %2; this "
                                      "version %3 knows up to %4). Install the newer version. The file was not changed.")
                                   .arg(path)
                                   .arg(version)
                                   .arg(mine.toString())
                                   .arg(latestSchemaVersion()));
            return version;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Status checkWritable(const QString& path, bool exists)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    // WAL needs to create -wal and -shm files beside the database.
    if (!dir.exists())
        return problem(QStringLiteral("database.no_dir"),
                       Tr::tr("The folder %1 does not exist.").arg(dir.absoluteFilePath()));
    if ((exists && !info.isWritable()) || !dir.isWritable())
        return problem(QStringLiteral("database.read_only"),
                       Tr::tr("The database %1 is in a read-only location; ConsentGate needs to write the file and "
                          "its journal beside it. Copy it to a writable folder or fix the permissions.")
                           .arg(path));
    return {};
}

// Applies every migration above `version`, each in its own transaction that
// also records the schema version and the minimum application version.
// Re-reads user_version inside the write lock so two processes upgrading the
// same file at once do not apply a step twice.
//
// Foreign keys are off while a step runs and checked in full before it
// commits (SQLite's procedure for rebuilding a table): with them on, dropping
// a rebuilt parent table such as consent_events checks every child row for
// every parent row, which took more than ten minutes on a compound with a
// million events.
core::Result<int> applyMigrations(QSqlDatabase& db, int version)
{
    // PRAGMA foreign_keys only takes effect outside a transaction.
    struct ForeignKeysOffDuringStep
    {
        QSqlDatabase& db;
        explicit ForeignKeysOffDuringStep(QSqlDatabase& d) : db(d) { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF")); }
        ~ForeignKeysOffDuringStep() { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); }
        ForeignKeysOffDuringStep(const ForeignKeysOffDuringStep&) = delete;
        ForeignKeysOffDuringStep& operator=(const ForeignKeysOffDuringStep&) = delete;
    };
    for (const Migration& migration : migrations()) {
        if (migration.version <= version)
            continue;
        const ForeignKeysOffDuringStep foreignKeysOff(db);
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        QSqlQuery current(db);
        if (!current.exec(QStringLiteral("PRAGMA user_version")) || !current.next())
            return sqlError(current.lastError(), QStringLiteral("user_version"));
        if (current.value(0).toInt() >= migration.version) {
            version = current.value(0).toInt();
            continue;
        }
        current.finish();
        for (const QString& statement : migration.statements) {
            if (auto status = execSql(db, statement); !status)
                return status.error();
        }
        {
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                return sqlError(check.lastError(), QStringLiteral("foreign_key_check"));
            if (check.next())
                return problem(QStringLiteral("database.migration_foreign_key"),
                                   Tr::tr("Upgrading the database to schema %1 would leave a %2 row pointing at a "
                                          "missing %3 row; nothing was changed.")
                                       .arg(migration.version)
                                       .arg(check.value(0).toString(), check.value(2).toString()));
        }
        if (auto status = execSql(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version)); !status)
            return status.error();
        auto q = prepare(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('min_app_version', ?) "
                                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        if (!q)
            return q.error();
        q->addBindValue(minimumAppVersionFor(migration.version));
        if (auto status = exec(*q); !status)
            return status.error();
        if (auto status = tx.commit(); !status)
            return status.error();
        version = migration.version;
    }
    return version;
}

// Identity: created once, never changed; the key directory finds keys by it.
core::Result<QString> ensureIdentity(QSqlDatabase& db)
{
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'uuid'")))
            return sqlError(q.lastError(), QStringLiteral("uuid"));
        if (q.next())
            return q.value(0).toString();
    }
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto insert = prepare(db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('uuid', ?), ('created_at', ?)"));
    if (!insert)
        return insert.error();
    insert->addBindValue(uuid);
    insert->addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto status = exec(*insert); !status)
        return status.error();
    if (auto status = tx.commit(); !status)
        return status.error();
    return uuid;
}

void syncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Builds a complete database under a temporary name and renames it into
// place, so a crash while creating never leaves a half-made (or empty) file
// at `path` that a later start would refuse.
Status createNew(const QString& path)
{
    const QString building = path + QStringLiteral(".creating");
    for (const QString& suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(building + suffix);
    {
        // Owner-only before SQLite writes anything into it.
        QFile file(building);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly))
            return problem(QStringLiteral("database.io"),
                           Tr::tr("Could not create the database %1: %2").arg(path, file.errorString()));
    }
    const QString name = QStringLiteral("cg-create-%1").arg(++g_instanceCounter);
    core::Status result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(building);
        result = [&]() -> core::Status {
            if (!db.open())
                return classify(db.lastError(), path);
            if (auto status = execSql(db, QStringLiteral("PRAGMA synchronous = FULL")); !status)
                return status;
            auto version = applyMigrations(db, 0);
            if (!version)
                return version.error();
            auto uuid = ensureIdentity(db);
            if (!uuid)
                return uuid.error();
            return {};
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (result) {
        syncPath(building);
        if (::rename(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) != 0)
            result = problem(QStringLiteral("database.io"),
                             Tr::tr("Could not create the database %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        else
            syncPath(QFileInfo(path).absolutePath());
    }
    if (!result)
        QFile::remove(building);
    return result;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path)),
      m_connectionPrefix(QStringLiteral("cg-db-%1").arg(++g_instanceCounter))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("consentgate.sqlite"));
}

core::Result<std::shared_ptr<Database>> Database::open(const QString& requestedPath, Options options)
{
    const QString path = QFileInfo(requestedPath).absoluteFilePath();
    const bool exists = QFileInfo::exists(path);
    if (!exists && options.mode == OpenMode::ExistingOnly)
        return problem(QStringLiteral("database.missing"),
                       Tr::tr("There is no database at %1. Create one with “consentgate init”.").arg(path));
    if (auto status = checkWritable(path, exists); !status)
        return status.error();

    if (!exists) {
        if (auto status = createNew(path); !status)
            return status.error();
    }

    qint64 size = 0;
    if (!hasSqliteHeader(path, &size))
        return problem(QStringLiteral("database.not_sqlite"),
                       size == 0 ? Tr::tr("%1 is an empty file, not a ConsentGate database.").arg(path)
                                 : Tr::tr("%1 is not a ConsentGate database (it is not an SQLite file).").arg(path));
    auto inspected = inspectExisting(path);
    if (!inspected)
        return inspected.error();
    int version = inspected.value();

    std::shared_ptr<Database> database(new Database(path));
    database->m_created = !exists || version == 0;
    QSqlDatabase db = database->connection();
    if (!db.isOpen())
        return classify(db.lastError(), path);
    if (auto status = database->configure(db); !status)
        return status.error();

    if (version > 0 && version < latestSchemaVersion()) {
        if (!options.migrate)
            return problem(QStringLiteral("database.old"),
                           Tr::tr("The database %1 has an older schema (%2) and must be upgraded.").arg(path).arg(version));
        const QString backup = QStringLiteral("%1.before-v%2-%3.bak")
                                   .arg(path)
                                   .arg(latestSchemaVersion())
                                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
        if (auto status = database->backupTo(backup); !status)
            return status.error();
        database->m_upgradeBackup = backup;
    }

    auto upgraded = applyMigrations(db, version);
    if (!upgraded)
        return upgraded.error();
    database->m_schemaVersion = upgraded.value();

    auto uuid = ensureIdentity(db);
    if (!uuid)
        return uuid.error();
    database->m_uuid = uuid.value();
    restrictToOwner(path);
    return database;
}

QString Database::threadConnectionName() const
{
    // A per-thread serial number, not the QThread address: a new thread may
    // reuse a finished thread's address, and QtSql refuses a connection
    // created on another thread.
    static std::atomic<quint64> s_threadSerial{0};
    thread_local const quint64 t_threadId = ++s_threadSerial;
    return m_connectionPrefix + QStringLiteral("-t") + QString::number(t_threadId);
}

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

QSqlDatabase Database::connection() const
{
    const QString name = threadConnectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Busy timeout lets a second writer wait instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames.append(name);
    }
    if (db.open())
        (void)configure(db);
    return db;
}

core::Status Database::configure(QSqlDatabase& db) const
{
    // synchronous cannot change inside a transaction, so this runs right after open.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL",
                               "PRAGMA foreign_keys = ON", "PRAGMA trusted_schema = OFF"}) {
        if (auto status = execSql(db, QString::fromLatin1(pragma)); !status)
            return status;
    }
    return {};
}

core::Status Database::backupTo(const QString& file) const
{
    const QString target = QFileInfo(file).absoluteFilePath();
    if (target == m_path)
        return problem(QStringLiteral("backup.same_file"), Tr::tr("The backup cannot overwrite the database itself."));
    const QString temporary = target + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        // VACUUM INTO accepts an existing empty file: creating it first keeps
        // the copy owner-only from its first byte.
        QFile placeholder(temporary);
        if (!placeholder.open(QIODevice::WriteOnly) || !placeholder.setPermissions(kOwnerOnly))
            return problem(QStringLiteral("backup.failed"),
                           Tr::tr("Could not write the backup %1: %2").arg(target, placeholder.errorString()));
    }
    QSqlQuery q(connection());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return sqlError(q.lastError(), QStringLiteral("VACUUM INTO"));
    q.addBindValue(temporary);
    if (!q.exec()) {
        QFile::remove(temporary);
        return problem(QStringLiteral("backup.failed"),
                       Tr::tr("Could not write the backup %1: %2").arg(target, q.lastError().databaseText()));
    }
    // The copy must be on disk before it replaces an older backup (rename is
    // atomic, so the target is always either the old or the new complete copy).
    syncPath(temporary);
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(temporary);
        return problem(QStringLiteral("backup.failed"),
                       Tr::tr("Could not move the backup into place at %1.").arg(target));
    }
    syncPath(QFileInfo(target).absolutePath());
    return {};
}

QString Database::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

core::Status Database::setSetting(const QString& key, const QString& value)
{
    auto q = prepare(connection(), QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                                  "version = settings.version + 1"));
    if (!q)
        return q.error();
    q->addBindValue(key);
    q->addBindValue(value);
    return exec(*q);
}

} // namespace cg::storage
