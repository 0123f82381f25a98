// storage::Database: creation, pragmas, migrations from an empty and an older
// schema, refusal of files this build must not use (each leaving the folder
// byte-identical), backups while another process writes.
#include "crashharness.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/transaction.h"
#include "support/tempdatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

// Every file in the folder with its SHA-256: a refused open must not create,
// delete or change anything (no -wal/-shm left behind either).
QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> files;
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& info : entries) {
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(info.absoluteFilePath()));
        files.insert(info.fileName(), QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }
    return files;
}

// Runs statements on a plain connection, outside ConsentGate, the way a person
// with the sqlite3 shell (or an older build) would.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-%1").arg(QRandomGenerator::global()->generate());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("raw open failed: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString& statement : statements) {
            if (!q.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString makeDatabase(const QTemporaryDir& dir, const QString& name, int compounds = 50)
{
    const QString path = dir.filePath(name);
    storage::Database::Options options;
    options.mode = storage::Database::OpenMode::CreateIfMissing;
    auto db = storage::Database::open(path, options);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    QSqlDatabase c = db.value()->connection();
    storage::Transaction tx(c);
    QSqlQuery q(c);
    for (int i = 0; i < compounds; ++i) {
        q.prepare(QStringLiteral("INSERT INTO compounds (name, address) VALUES (?, ?)"));
        q.addBindValue(QStringLiteral("compound %1").arg(i));
        q.addBindValue(QString(400, QLatin1Char('a' + i % 26)));
        if (!q.exec())
            qFatal("insert failed");
    }
    if (!tx.commit())
        qFatal("commit failed");
    return path;   // the Database closes here: WAL checkpointed, -wal/-shm removed
}

bool ownerOnly(const QString& path)
{
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const auto permissions = QFile::permissions(path);
    return (permissions & others) == 0 && (permissions & QFileDevice::ReadOwner) && (permissions & QFileDevice::WriteOwner);
}

int scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsWithPragmas()
    {
        test::TempDatabase temp;
        auto db = temp.open();
        QVERIFY(db->wasCreated());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);   // FULL
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(db->schemaVersion(), storage::latestSchemaVersion());
        QVERIFY(!db->uuid().isEmpty());
        QVERIFY(ownerOnly(temp.path()));
        QVERIFY(!QFile::exists(temp.path() + QStringLiteral(".creating")));
    }

    void fromEmptyAppliesEveryMigration()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("new.sqlite"), 0);
        auto db = storage::Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(scalar(db.value()->connection(), QStringLiteral("PRAGMA user_version")), storage::latestSchemaVersion());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'min_app_version'")) && q.next());
        QCOMPARE(q.value(0).toString(), storage::minimumAppVersionFor(storage::latestSchemaVersion()));
        QVERIFY(db.value()->upgradeBackupPath().isEmpty());   // nothing to back up when new
        // Every migration's tables exist: each applied exactly once.
        QVERIFY(scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'audit_log'")) == 1);
    }

    void identityIsStable()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("id.sqlite"), 0);
        QString first;
        {
            auto db = storage::Database::open(path);
            QVERIFY(db);
            first = db.value()->uuid();
            QVERIFY(!db.value()->wasCreated());
        }
        auto again = storage::Database::open(path);
        QVERIFY(again);
        QCOMPARE(again.value()->uuid(), first);
    }

    // A file at schema N-1, built by applying the first migrations by hand,
    // opens upgraded to N, keeps its rows, and leaves a backup at N-1.
    void upgradesOlderSchemaAfterBackup()
    {
        QVERIFY(storage::latestSchemaVersion() >= 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const int older = storage::latestSchemaVersion() - 1;
        QStringList statements;
        for (const storage::Migration& m : storage::migrations()) {
            if (m.version <= older)
                statements += m.statements;
        }
        statements << QStringLiteral("PRAGMA user_version = %1").arg(older)
                   << QStringLiteral("INSERT INTO meta (key, value) VALUES ('min_app_version', '0.1.0'),"
                                     " ('uuid', 'c0ffee00-0000-4000-8000-000000000001')")
                   << QStringLiteral("INSERT INTO compounds (name) VALUES ('西湖花园')");
        rawExec(path, statements);

        auto db = storage::Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), storage::latestSchemaVersion());
        QCOMPARE(db.value()->uuid(), QStringLiteral("c0ffee00-0000-4000-8000-000000000001"));
        QCOMPARE(scalar(db.value()->connection(), QStringLiteral("SELECT count(*) FROM compounds WHERE name = '西湖花园'")), 1);
        QCOMPARE(scalar(db.value()->connection(), QStringLiteral("PRAGMA user_version")), storage::latestSchemaVersion());

        const QString backup = db.value()->upgradeBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        QVERIFY(ownerOnly(backup));
        // The backup is the file as it was: still at N-1, with the same rows.
        const QString name = QStringLiteral("backup-check");
        {
            QSqlDatabase b = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            b.setDatabaseName(backup);
            b.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            QVERIFY(b.open());
            QCOMPARE(scalar(b, QStringLiteral("PRAGMA user_version")), older);
            QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM compounds")), 1);
            b.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    // v13 rebuilt consent_events to allow 'desk_typed': a v12 ledger keeps
    // every row, id and sealed signature, the rows pointing at it stay valid,
    // the table stays append-only, and the new method is accepted.
    void consentLedgerSurvivesTypedMethodMigration()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12.sqlite"));
        QStringList statements;
        for (const storage::Migration& m : storage::migrations()) {
            if (m.version <= 12)
                statements += m.statements;
        }
        const QString ts = QStringLiteral("'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'");
        statements << QStringLiteral("PRAGMA user_version = 12")
                   << QStringLiteral("INSERT INTO meta (key, value) VALUES ('min_app_version', '0.1.0'),"
                                     " ('uuid', 'c0ffee00-0000-4000-8000-000000000013')")
                   << QStringLiteral("INSERT INTO compounds (id, name) VALUES (1, '翠苑小区')")
                   << QStringLiteral("INSERT INTO buildings (id, compound_id, name) VALUES (1, 1, '3')")
                   << QStringLiteral("INSERT INTO units (id, building_id, label) VALUES (1, 1, '1502')")
                   << QStringLiteral("INSERT INTO residents (id, unit_id, name, role, language, created_at, updated_at)"
                                     " VALUES (1, 1, '王芳', 'owner', 'zh_CN', %1), (2, 1, '李强', 'family', 'zh_CN', %1)")
                          .arg(ts)
                   << QStringLiteral("INSERT INTO consent_events (id, resident_id, kind, clerk_name, at, method, signature_sealed)"
                                     " VALUES (1, 1, 'granted', 'clerk.li', '2026-02-01T09:00:00Z', 'desk_signature', x'C0FFEE'),"
                                     " (2, 2, 'refused', 'clerk.li', '2026-02-01T09:10:00Z', 'paper_scan', NULL),"
                                     " (3, 1, 'withdrawn', 'clerk.li', '2026-03-01T09:00:00Z', 'phone', NULL),"
                                     " (4, 1, 'granted', 'clerk.li', '2026-04-01T09:00:00Z', 'desk_signature', x'BEEF')")
                   << QStringLiteral("INSERT INTO face_enrolments (id, resident_id, consent_event_id, crop_sealed, width, height,"
                                     " created_at, created_by) VALUES (1, 1, 4, x'00', 10, 10, '2026-04-01T09:05:00Z', 'clerk.li')")
                   << QStringLiteral("INSERT INTO deletion_records (resident_id, reason, consent_event_id, at, actor,"
                                     " images_deleted, templates_deleted, devices_queued, requested_at)"
                                     " VALUES (1, 'withdrawn', 3, '2026-03-01T09:00:00Z', 'clerk.li', 1, 0, 0, '2026-03-01T09:00:00Z')");
        rawExec(path, statements);

        auto db = storage::Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QVERIFY(db.value()->schemaVersion() >= 13);
        QSqlDatabase c = db.value()->connection();
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events")), 4);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events WHERE id = 1 AND method = 'desk_signature'"
                                          " AND hex(signature_sealed) = 'C0FFEE'")), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events WHERE id = 4 AND hex(signature_sealed) = 'BEEF'")), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events WHERE id = 2 AND method = 'paper_scan'")), 1);
        QCOMPARE(scalar(c, QStringLiteral("SELECT resident_id FROM face_consent_active")), 1);
        QSqlQuery check(c);
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!check.next(), "a row points at a consent event that is gone");
        check.finish();
        // The new method is accepted, an unknown one is not, and the ledger stays append-only.
        QSqlQuery q(c);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO consent_events (resident_id, kind, clerk_name, at, method, signature_sealed)"
                                       " VALUES (2, 'granted', 'clerk.li', '2026-05-01T09:00:00Z', 'desk_typed', x'01')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO consent_events (resident_id, kind, clerk_name, at, method)"
                                       " VALUES (2, 'granted', 'clerk.li', '2026-05-01T09:00:00Z', 'typed')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE consent_events SET method = 'desk_typed' WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM consent_events WHERE id = 2")));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events")), 5);
    }

    // Migrations run with foreign keys off (a rebuilt parent table would
    // otherwise be checked row by row against every child table) and are
    // checked in full before they commit: a step that would leave a dangling
    // reference is refused, names the table, and leaves the file at its old
    // version; after a step foreign keys are enforced again.
    void migrationChecksForeignKeysBeforeCommitting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v12-dangling.sqlite"));
        QStringList statements;
        for (const storage::Migration& m : storage::migrations()) {
            if (m.version <= 12)
                statements += m.statements;
        }
        statements << QStringLiteral("PRAGMA user_version = 12")
                   << QStringLiteral("INSERT INTO meta (key, value) VALUES ('min_app_version', '0.1.0'),"
                                     " ('uuid', 'c0ffee00-0000-4000-8000-000000000099')")
                   << QStringLiteral("INSERT INTO compounds (id, name) VALUES (1, '翠苑小区')")
                   << QStringLiteral("INSERT INTO buildings (id, compound_id, name) VALUES (1, 1, '3')")
                   << QStringLiteral("INSERT INTO units (id, building_id, label) VALUES (1, 1, '1502')")
                   << QStringLiteral("INSERT INTO residents (id, unit_id, name, role, language, created_at, updated_at)"
                                     " VALUES (1, 1, '王芳', 'owner', 'zh_CN', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
                   // Written by hand with foreign keys off: consent event 99 never existed.
                   << QStringLiteral("INSERT INTO face_enrolments (id, resident_id, consent_event_id, crop_sealed, width, height,"
                                     " created_at, created_by) VALUES (1, 1, 99, x'00', 10, 10, '2026-04-01T09:05:00Z', 'clerk.li')");
        rawExec(path, statements);

        auto refused = storage::Database::open(path);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("face_enrolments")), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(QStringLiteral("13")), qPrintable(refused.error().message));
        {
            const QString name = QStringLiteral("check-version");
            {
                QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                raw.setDatabaseName(path);
                QVERIFY(raw.open());
                QCOMPARE(scalar(raw, QStringLiteral("PRAGMA user_version")), 12);
                raw.close();
            }
            QSqlDatabase::removeDatabase(name);
        }

        // Repaired by hand, the upgrade goes through and foreign keys are on again.
        rawExec(path, {QStringLiteral("DELETE FROM face_enrolments WHERE id = 1")});
        auto db = storage::Database::open(path);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        QCOMPARE(db.value()->schemaVersion(), storage::latestSchemaVersion());
        QCOMPARE(scalar(db.value()->connection(), QStringLiteral("PRAGMA foreign_keys")), 1);
    }

    void refusesWithoutChangingAnything_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("wording");
        QTest::newRow("newer schema") << "newer-schema" << "database.newer" << "newer ConsentGate";
        QTest::newRow("newer min_app_version") << "newer-app" << "database.newer" << "needs ConsentGate 99.0.0";
        QTest::newRow("damaged pages") << "damaged-pages" << "database.corrupt" << "damaged";
        QTest::newRow("truncated") << "truncated" << "database.corrupt" << "damaged";
        QTest::newRow("not SQLite") << "not-sqlite" << "database.not_sqlite" << "not an SQLite file";
        QTest::newRow("empty file") << "empty" << "database.not_sqlite" << "empty file";
        QTest::newRow("foreign SQLite") << "foreign" << "database.foreign" << "not a ConsentGate database";
    }

    void refusesWithoutChangingAnything()
    {
        QFETCH(QString, damage);
        QFETCH(QString, code);
        QFETCH(QString, wording);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("target.sqlite"));
        if (damage == QLatin1String("newer-schema")) {
            makeDatabase(dir, QStringLiteral("target.sqlite"));
            rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(storage::latestSchemaVersion() + 1)});
        } else if (damage == QLatin1String("newer-app")) {
            makeDatabase(dir, QStringLiteral("target.sqlite"));
            rawExec(path, {QStringLiteral("UPDATE meta SET value = '99.0.0' WHERE key = 'min_app_version'")});
        } else if (damage == QLatin1String("damaged-pages") || damage == QLatin1String("truncated")) {
            makeDatabase(dir, QStringLiteral("target.sqlite"), 400);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 16 * 4096);
            if (damage == QLatin1String("truncated")) {
                QVERIFY(file.resize(size / 2 + 100));
            } else {
                // Overwrite the middle pages (b-tree pages of the data) with noise.
                QVERIFY(file.seek(size / 3));
                QByteArray noise(int(size / 3), '\0');
                for (char& c : noise)
                    c = char(QRandomGenerator::global()->bounded(256));
                QCOMPARE(file.write(noise), qint64(noise.size()));
            }
        } else if (damage == QLatin1String("not-sqlite")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,unit\n张伟,1-101\n");
        } else if (damage == QLatin1String("empty")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (damage == QLatin1String("foreign")) {
            rawExec(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)"),
                           QStringLiteral("INSERT INTO photos (data) VALUES (x'00ff')")});
        }
        const auto before = snapshot(dir.path());
        QVERIFY(before.contains(QStringLiteral("target.sqlite")));

        for (auto mode : {storage::Database::OpenMode::ExistingOnly, storage::Database::OpenMode::CreateIfMissing}) {
            storage::Database::Options options;
            options.mode = mode;
            auto db = storage::Database::open(path, options);
            QVERIFY2(!db, "a file this build must not use was opened");
            QCOMPARE(db.error().code, code);
            QCOMPARE(db.error().kind, core::Error::Kind::Storage);
            QVERIFY2(db.error().message.contains(wording), qPrintable(db.error().message));
            QVERIFY2(db.error().message.contains(path), qPrintable(db.error().message));
        }
        QCOMPARE(snapshot(dir.path()), before);
    }

    void missingFileIsNotCreatedWhenExistingOnly()
    {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("nothing.sqlite")));
        QVERIFY(!db);
        QCOMPARE(db.error().code, QStringLiteral("database.missing"));
        QVERIFY(QDir(dir.path()).isEmpty(QDir::Files | QDir::Hidden));
    }

    void transactionRollsBackUnlessCommitted()
    {
        test::TempDatabase temp;
        auto db = temp.open();
        QSqlDatabase c = db->connection();
        {
            storage::Transaction tx(c);
            QVERIFY(tx.isActive());
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO compounds (name) VALUES ('a')")));
            {
                storage::Transaction inner(c);   // savepoint
                QVERIFY(q.exec(QStringLiteral("INSERT INTO compounds (name) VALUES ('b')")));
            }   // inner rolled back
            QVERIFY(tx.commit());
        }
        QSqlQuery q(c);
        QVERIFY(q.exec(QStringLiteral("SELECT group_concat(name) FROM compounds")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("a"));
        {
            storage::Transaction tx(c);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO compounds (name) VALUES ('c')")));
        }   // never committed
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM compounds")), 1);
    }

    void backupRefusesToOverwriteItself()
    {
        test::TempDatabase temp;
        auto db = temp.open();
        auto status = db->backupTo(temp.path());
        QVERIFY(!status);
        QCOMPARE(status.error().code, QStringLiteral("backup.same_file"));
    }

    // Backups taken while another process commits continuously: each one is
    // a complete database that opens cleanly, passes integrity_check and holds
    // at least every record committed before the backup began.
    void backupWhileAnotherProcessWrites()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, QStringLiteral("busy.sqlite"), 0);
        QProcess writer;
        writer.start(QStringLiteral(CG_CRASH_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        auto db = storage::Database::open(path);
        QVERIFY(db);
        qint64 lastSeen = 0;
        QByteArray pending;
        for (int i = 0; i < 6; ++i) {
            // Wait for fresh commits so each backup races real writes.
            for (int w = 0; w < 3; ++w)
                QVERIFY(writer.waitForReadyRead(5000));
            pending += writer.readAllStandardOutput();
            const QList<QByteArray> lines = pending.left(pending.lastIndexOf('\n')).split('\n');
            lastSeen = lines.constLast().split(' ').constFirst().toLongLong();
            QVERIFY(lastSeen > 0);
            const QString out = dir.filePath(QStringLiteral("copy-%1.sqlite").arg(i));
            auto status = db.value()->backupTo(out);
            QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
            auto copy = storage::Database::open(out);
            QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
            QSqlQuery q(copy.value()->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
            QCOMPARE(scalar(copy.value()->connection(), QStringLiteral("SELECT count(*) FROM compounds WHERE id = %1").arg(lastSeen)), 1);
            QCOMPARE(copy.value()->uuid(), db.value()->uuid());
            QVERIFY(!QFile::exists(out + QStringLiteral(".partial")));
        }
        writer.kill();
        writer.waitForFinished();
        QCOMPARE(writer.readAllStandardError(), QByteArray());
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
