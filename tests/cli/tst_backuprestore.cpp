// The guided backup and `consentgate restore` through the real binary, on a
// real database with real keys: round trip, wrong passphrase, tampering, a
// newer database refused without --force, and deletions made after the
// backup (withdrawal, move-out, revoked card, retention anonymisation)
// listed and applied again, with `audit verify` passing afterwards.
#include "cli/clirunner.h"
#include "security/keyring.h"
#include "services/backupservice.h"
#include "services/consentmoveouthook.h"
#include "services/consentservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/credentialmoveouthook.h"
#include "services/credentialservice.h"
#include "services/moveoutservice.h"
#include "services/noticeservice.h"
#include "services/retentionservice.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "storage/enrolmentrepository.h"
#include "support/fakeclock.h"

#include "services/consentfixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

QByteArray sha256(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The services of one desk over the live database, released before the
// binary replaces the file.
struct Desk
{
    std::shared_ptr<test::FakeClock> clock;
    services::ServiceDeps deps;
    std::shared_ptr<services::NoticeService> notices;
    std::shared_ptr<services::ConsentService> consent;
    std::shared_ptr<services::CredentialService> credentials;
    std::shared_ptr<services::MoveOutService> moveOut;

    Desk(const QString& path, const QString& keyDir, std::shared_ptr<test::FakeClock> c) : clock(std::move(c))
    {
        storage::Database::Options options;
        options.mode = storage::Database::OpenMode::CreateIfMissing;
        auto db = storage::Database::open(path, options);
        if (!db)
            qFatal("open: %s", qPrintable(db.error().message));
        auto built = services::ServiceDeps::build(db.value(), keyDir, clock);
        if (!built)
            qFatal("deps: %s", qPrintable(built.error().message));
        deps = built.value();
        notices = std::make_shared<services::NoticeService>(deps);
        consent = std::make_shared<services::ConsentService>(deps, notices);
        consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(deps));
        credentials = std::make_shared<services::CredentialService>(deps);
        moveOut = std::make_shared<services::MoveOutService>(deps);
        moveOut->registerHook(std::make_shared<services::CredentialMoveOutHook>(deps));
        moveOut->registerHook(std::make_shared<services::ConsentMoveOutHook>(consent));
    }

    qint64 exec(const QString& sql)
    {
        QSqlQuery q(deps.database->connection());
        if (!q.exec(sql))
            qFatal("sql: %s", qPrintable(sql));
        return q.lastInsertId().toLongLong();
    }

    qint64 grantAndEnrol(qint64 resident)
    {
        services::ConsentService::Decision d;
        d.residentId = resident;
        d.noticeHash = notices->current().value()->hash;
        d.agree = true;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        auto granted = consent->recordDecision(test::ConsentFixture::clerk(), d);
        if (!granted)
            qFatal("grant: %s", qPrintable(granted.error().message));
        storage::EnrolmentRepository repo(deps.database);
        storage::FaceEnrolmentInfo info;
        info.id = repo.nextEnrolmentId().value();
        info.residentId = resident;
        info.consentEventId = granted->event.id;
        info.width = 160;
        info.height = 160;
        info.createdAt = clock->nowUtc();
        info.createdBy = QStringLiteral("clerk.li");
        info.source = QStringLiteral("file");
        const QByteArray ad = QByteArrayLiteral("face_enrolment:") + QByteArray::number(info.id);
        const QByteArray sealed = deps.keys->seal(QByteArray(2048, 'F'), ad);
        if (auto s = repo.insertEnrolment(info, sealed); !s)
            qFatal("enrol: %s", qPrintable(s.error().message));
        if (auto s = repo.recordCopy(info.id, QStringLiteral("gate-terminal"), info.createdAt); !s)
            qFatal("copy: %s", qPrintable(s.error().message));
        return info.id;
    }
};

} // namespace

class tst_BackupRestore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::shared_ptr<test::FakeClock> m_clock =
        std::make_shared<test::FakeClock>(QDateTime(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC));
    qint64 m_wang = 0;       // withdraws by phone after the backup
    qint64 m_mover = 0;      // moves out after the backup
    qint64 m_stay = 0;       // keeps her consent: her face data must survive
    qint64 m_holder = 0;     // her access card is revoked after the backup
    qint64 m_former = 0;     // moved out in 2020: anonymised after the backup
    qint64 m_card = 0;

    QString live() const { return m_dir.filePath(QStringLiteral("live.sqlite")); }
    QString keys() const { return m_dir.filePath(QStringLiteral("keys")); }
    QString backup() const { return m_dir.filePath(QStringLiteral("backup")); }
    QString passphraseFile(const QByteArray& text, const QString& name = QStringLiteral("pass.txt")) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("passphrase");
        f.write(text + '\n');
        return path;
    }
    QString goodPassphrase() const { return passphraseFile("blue ladder, seven rivers"); }

    test::CliRun restore(const QStringList& extra, const QString& from = {}, const QString& database = {},
                         const QString& keyDir = {})
    {
        return test::runCli(QStringList{QStringLiteral("restore"), QStringLiteral("--from"), from.isEmpty() ? backup() : from,
                                        QStringLiteral("--database"), database.isEmpty() ? live() : database,
                                        QStringLiteral("--key-dir"), keyDir.isEmpty() ? keys() : keyDir}
                            + extra);
    }

    qint64 scalar(const QString& path, const QString& sql)
    {
        const QString name = QStringLiteral("check-%1").arg(qHash(path + sql));
        qint64 value = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql) && q.next())
                    value = q.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        {
            Desk desk(live(), keys(), m_clock);
            desk.exec(QStringLiteral("INSERT INTO compounds (id, name) VALUES (1, '翠苑小区')"));
            desk.exec(QStringLiteral("INSERT INTO buildings (id, compound_id, name, floors) VALUES (1, 1, '3', 18)"));
            desk.exec(QStringLiteral("INSERT INTO units (id, building_id, label, floor) VALUES (1, 1, '1502', 15)"));
            desk.exec(QStringLiteral("INSERT INTO doors (compound_id, building_id, name, kind) VALUES"
                                     " (1, NULL, 'North gate', 'gate'), (1, 1, 'Building 3 entrance', 'entrance')"));
            const auto resident = [&desk](const QString& name, const QString& extra = {}, const QString& values = {}) {
                return desk.exec(QStringLiteral("INSERT INTO residents (unit_id, name, role, unit_key, created_at, updated_at%1)"
                                                " VALUES (1, '%2', 'owner', '3 1502', '2025-01-01T00:00:00Z',"
                                                " '2025-01-01T00:00:00Z'%3)")
                                     .arg(extra, name, values));
            };
            m_wang = resident(QStringLiteral("王芳"));
            m_mover = resident(QStringLiteral("Mover Li"), QStringLiteral(", move_in"), QStringLiteral(", '2025-01-01'"));
            m_stay = resident(QStringLiteral("Stay Zhou"));
            m_holder = resident(QStringLiteral("Card Holder"));
            m_former = resident(QStringLiteral("Former Tenant"), QStringLiteral(", move_out"), QStringLiteral(", '2020-01-01'"));
            QVERIFY(desk.notices->publish(test::ConsentFixture::admin(), services::NoticeService::defaultNotice(), 30));
            desk.grantAndEnrol(m_wang);
            desk.grantAndEnrol(m_mover);
            desk.grantAndEnrol(m_stay);
            services::IssueRequest card;
            card.residentId = m_holder;
            card.type = core::CredentialType::Card;
            card.cardNumber = QStringLiteral("3000001");
            auto issued = desk.credentials->issue(test::ConsentFixture::clerk(), card);
            QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
            m_card = issued->credential.id;
        }
        auto r = test::runCli({QStringLiteral("backup"), QStringLiteral("--database"), live(), QStringLiteral("--key-dir"), keys(),
                               QStringLiteral("--out"), backup(), QStringLiteral("--with-key"),
                               QStringLiteral("--passphrase-file"), goodPassphrase()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("integrity check")));
        for (const QString& part : {QStringLiteral("database.sqlite"), QStringLiteral("key.cgkey"), QStringLiteral("manifest.json")}) {
            QVERIFY(QFileInfo::exists(QDir(backup()).filePath(part)));
            QCOMPARE(QFile::permissions(QDir(backup()).filePath(part)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                     QFileDevice::Permissions());
        }
        // After the backup: a withdrawal by phone, a move-out, a revoked
        // card, a retention anonymisation and a new resident.
        m_clock->advanceDays(2);
        {
            Desk desk(live(), keys(), m_clock);
            services::ConsentService::Withdrawal w;
            w.residentId = m_wang;
            w.method = core::ConsentMethod::Phone;
            w.receivedOn = m_clock->todayLocal().addDays(-1);
            QVERIFY(desk.consent->withdraw(test::ConsentFixture::clerk(), w));
            auto moved = desk.moveOut->moveOut(test::ConsentFixture::clerk(), {m_mover}, m_clock->todayLocal(),
                                               QStringLiteral("sold the flat"));
            QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
            QVERIFY(desk.credentials->revoke(test::ConsentFixture::clerk(), m_card, QStringLiteral("returned")));
            auto retention = services::RetentionService(desk.deps, desk.moveOut).run(test::ConsentFixture::admin());
            QVERIFY(retention);
            QCOMPARE(retention->anonymised, QList<qint64>{m_former});
            desk.exec(QStringLiteral("INSERT INTO residents (unit_id, name, role, created_at, updated_at)"
                                     " VALUES (1, 'Newcomer', 'tenant', '2026-10-03T00:00:00Z', '2026-10-03T00:00:00Z')"));
            QCOMPARE(scalar(live(), QStringLiteral("SELECT count(*) FROM face_enrolments WHERE resident_id = %1").arg(m_wang)), 0);
        }
    }

    void weakPassphraseWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("weak-backup"));
        auto r = test::runCli({QStringLiteral("backup"), QStringLiteral("--database"), live(), QStringLiteral("--key-dir"), keys(),
                               QStringLiteral("--out"), out, QStringLiteral("--with-key"), QStringLiteral("--passphrase-file"),
                               passphraseFile("aaaaaaaaaaaaaa", QStringLiteral("weak.txt"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("different")));
        QVERIFY(!QFileInfo::exists(out));
        // A mismatching confirmation line on standard input is refused too.
        r = test::runCli({QStringLiteral("backup"), QStringLiteral("--database"), live(), QStringLiteral("--key-dir"), keys(),
                          QStringLiteral("--out"), out, QStringLiteral("--with-key"), QStringLiteral("--passphrase-file"),
                          QStringLiteral("-")},
                         QByteArrayLiteral("blue ladder, seven rivers\nblue ladder, seven river\n"));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("differ")));
        QVERIFY(!QFileInfo::exists(out));
    }

    void clerkMayNotBackUp()
    {
        Desk desk(live(), keys(), m_clock);
        auto created = services::BackupService(desk.deps).create(test::ConsentFixture::clerk(),
                                                                 m_dir.filePath(QStringLiteral("clerk-backup")),
                                                                 QStringLiteral("blue ladder, seven rivers"));
        QVERIFY(!created);
        QCOMPARE(created.error().kind, core::Error::Kind::PermissionDenied);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("clerk-backup"))));
    }

    void tamperedBackupIsRefused()
    {
        const QString copy = m_dir.filePath(QStringLiteral("tampered"));
        QDir().mkpath(copy);
        for (const QString& part : {QStringLiteral("database.sqlite"), QStringLiteral("key.cgkey"), QStringLiteral("manifest.json")})
            QVERIFY(QFile::copy(QDir(backup()).filePath(part), QDir(copy).filePath(part)));
        const QString db = QDir(copy).filePath(QStringLiteral("database.sqlite"));
        QFile::setPermissions(db, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            const char byte = f.read(1).at(0);
            f.seek(f.size() / 2);
            f.write(QByteArray(1, char(byte ^ 0x5a)));
        }
        const QByteArray before = sha256(live());
        auto r = restore({QStringLiteral("--force"), QStringLiteral("--passphrase-file"), goodPassphrase()}, copy);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("SHA-256")), qPrintable(r.err));
        QCOMPARE(sha256(live()), before);

        // Rewriting the hash in the manifest as well is caught by its MAC.
        const QString manifestPath = QDir(copy).filePath(QStringLiteral("manifest.json"));
        QFile m(manifestPath);
        QVERIFY(m.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(m.readAll()).object();
        m.close();
        QJsonArray files = o.value(QStringLiteral("files")).toArray();
        for (int i = 0; i < files.size(); ++i) {
            QJsonObject f = files.at(i).toObject();
            if (f.value(QStringLiteral("name")).toString() == QLatin1String("database.sqlite"))
                f.insert(QStringLiteral("sha256"), QString::fromLatin1(sha256(db).toHex()));
            files.replace(i, f);
        }
        o.insert(QStringLiteral("files"), files);
        QFile::setPermissions(manifestPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
        m.write(QJsonDocument(o).toJson());
        m.close();
        r = restore({QStringLiteral("--force"), QStringLiteral("--passphrase-file"), goodPassphrase()}, copy);
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("manifest was altered")), qPrintable(r.err));
        QCOMPARE(sha256(live()), before);
    }

    void wrongPassphraseChangesNothing()
    {
        const QByteArray before = sha256(live());
        const QByteArray keyBefore = sha256(QDir(keys()).filePath(QDir(keys()).entryList({QStringLiteral("*.key")}).value(0)));
        auto r = restore({QStringLiteral("--force"), QStringLiteral("--passphrase-file"),
                          passphraseFile("green ladder, seven rivers", QStringLiteral("wrong.txt"))});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("passphrase is wrong")));
        QCOMPARE(sha256(live()), before);
        QCOMPARE(sha256(QDir(keys()).filePath(QDir(keys()).entryList({QStringLiteral("*.key")}).value(0))), keyBefore);
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.before-restore-*")}).isEmpty());
    }

    void newerDatabaseNeedsForce()
    {
        const QByteArray before = sha256(live());
        auto r = restore({QStringLiteral("--passphrase-file"), goodPassphrase()});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("NEWER")));
        QVERIFY(r.out.contains(QStringLiteral("1 resident(s) registered after the backup")));
        // The plan names every deletion the backup would undo.
        QVERIFY2(r.out.contains(QStringLiteral("王芳")) && r.out.contains(QStringLiteral("withdrew face consent (by phone")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Mover Li")) && r.out.contains(QStringLiteral("moved out on")));
        QVERIFY(r.out.contains(QStringLiteral("access card …0001, now “Revoked”")));
        // An anonymised resident is named by number only, never by the name the backup still holds.
        QVERIFY(r.out.contains(QStringLiteral("resident #%1").arg(m_former)));
        QVERIFY(!r.out.contains(QStringLiteral("Former Tenant")));
        QVERIFY(!r.out.contains(QStringLiteral("Stay Zhou")));
        QCOMPARE(sha256(live()), before);
    }

    void restoreAppliesLaterDeletionsAgain()
    {
        auto r = restore({QStringLiteral("--force"), QStringLiteral("--passphrase-file"), goodPassphrase()});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("Deletions applied again (4)")));
        QVERIFY(r.out.contains(QStringLiteral("chain intact")));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("live.sqlite.before-restore-*")}).size(), 1);

        const auto count = [this](const QString& sql) { return scalar(live(), sql); };
        // The withdrawal: no face data, the ledger says withdrawn with the date received.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM face_enrolments WHERE resident_id = %1").arg(m_wang)), 0);
        QCOMPARE(count(QStringLiteral("SELECT kind = 'withdrawn' AND received_on = '2026-10-02' FROM consent_events"
                                      " WHERE resident_id = %1 ORDER BY id DESC LIMIT 1").arg(m_wang)),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM device_deletion_queue WHERE resident_id = %1").arg(m_wang)), 1);
        // The move-out: date set, face data gone, credentials revoked.
        QCOMPARE(count(QStringLiteral("SELECT move_out = '2026-10-03' FROM residents WHERE id = %1").arg(m_mover)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM face_enrolments WHERE resident_id = %1").arg(m_mover)), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM credentials WHERE resident_id = %1 AND status = 'active'").arg(m_mover)), 0);
        // The card and the anonymisation.
        QCOMPARE(count(QStringLiteral("SELECT status = 'revoked' FROM credentials WHERE id = %1").arg(m_card)), 1);
        QCOMPARE(count(QStringLiteral("SELECT name = '#%1' AND anonymised_at IS NOT NULL FROM residents WHERE id = %1").arg(m_former)), 1);
        // Untouched: the resident who kept her consent, and what only the backup lacks.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM face_enrolments WHERE resident_id = %1").arg(m_stay)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM residents WHERE name = 'Newcomer'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup.restore'")), 1);

        auto v = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), live(),
                               QStringLiteral("--key-dir"), keys()});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));

        // The backup still holds the withdrawn resident's face data: a second
        // restore of it (dry run) lists her again, and changes nothing.
        const QByteArray before = sha256(live());
        r = restore({QStringLiteral("--dry-run"), QStringLiteral("--passphrase-file"), goodPassphrase()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("王芳")) && r.out.contains(QStringLiteral("Dry run")), qPrintable(r.out));
        QCOMPARE(sha256(live()), before);
    }

    void restoreWithoutCurrentDatabaseSaysWhatCannotBeKnown()
    {
        const QString target = m_dir.filePath(QStringLiteral("elsewhere/restored.sqlite"));
        const QString otherKeys = m_dir.filePath(QStringLiteral("other-keys"));
        auto r = restore({QStringLiteral("--passphrase-file"), goodPassphrase()}, {}, target, otherKeys);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("cannot be known from the backup alone")));
        QVERIFY(r.out.contains(QStringLiteral("audit log export")));
        QCOMPARE(scalar(target, QStringLiteral("SELECT count(*) FROM face_enrolments")), 3);
        auto v = test::runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--database"), target,
                               QStringLiteral("--key-dir"), otherKeys});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
    }
};

QTEST_GUILESS_MAIN(tst_BackupRestore)
#include "tst_backuprestore.moc"
