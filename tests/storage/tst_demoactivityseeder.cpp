// The demo history (issue 8's scale seeding) on a small compound: the budget
// is met, ids grow with time, the ledger, enrolments, deletions and
// credentials agree with each other as the services would have left them.
#include "storage/accessrepository.h"
#include "storage/demoactivityseeder.h"
#include "storage/demoseeder.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace cg;

namespace {
qint64 scalar(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning().noquote() << "failed:" << sql;
        return -1;
    }
    return q.value(0).toLongLong();
}
} // namespace

class tst_DemoActivitySeeder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedsAConsistentHistory()
    {
        test::TempDatabase temp;
        auto db = temp.open();
        const QDateTime now(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        storage::DemoSeeder::Options residents;
        residents.residents = 1200;
        residents.today = now.date();
        QVERIFY(storage::DemoSeeder(db).seed(residents));
        const QSqlDatabase c = db->connection();
        QVERIFY(QSqlQuery(c).exec(QStringLiteral(
            "INSERT INTO notice_versions (number, text_hash, content, published_at, published_by) VALUES"
            " (1, 'v1', '{}', '2024-11-25T00:00:00.000Z', 'admin'), (2, 'v2', '{}', '2026-11-06T00:00:00.000Z', 'admin')")));

        storage::DemoActivitySeeder::Options o;
        o.events = 20000;
        o.nowUtc = now;
        o.firstNotice = {QStringLiteral("v1"), QDateTime(QDate(2024, 11, 25), QTime(0, 0), Qt::UTC)};
        o.currentNotice = {QStringLiteral("v2"), QDateTime(QDate(2026, 11, 6), QTime(0, 0), Qt::UTC)};
        int sealed = 0;
        o.sealCrop = [&sealed](qint64 enrolment, qint64 resident) -> QByteArray {
            ++sealed;
            return QByteArray("sealed:") + QByteArray::number(enrolment) + ':' + QByteArray::number(resident);
        };
        o.pinHash = QStringLiteral("$argon2id$demo");
        auto summary = storage::DemoActivitySeeder(db).seed(o);
        QVERIFY2(summary, qPrintable(summary.ok() ? QString() : summary.error().message));

        // The budget, and what each table holds.
        QCOMPARE(summary->total(), qint64(20000));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events")), summary->consentEvents);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM credential_events")), summary->doorEvents);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM credentials")), summary->credentials);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM face_enrolments")), summary->enrolments);
        QCOMPARE(sealed, int(summary->enrolments));
        QVERIFY(summary->consentEvents > 1000);
        QVERIFY(summary->deletions > 0);
        QVERIFY(summary->reconsentMarks > 0);
        QCOMPARE(summary->cameras, 1);

        // Inside the two-year window, ids in time order (as a real desk writes them).
        for (const QString& table : {QStringLiteral("consent_events"), QStringLiteral("credential_events")}) {
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM %1 a JOIN %1 b ON b.id = a.id + 1 WHERE b.at < a.at").arg(table)), 0);
            QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM %1 WHERE at < '2024-11-26' OR at > '2026-11-26T09:00:00.000Z'").arg(table)), 0);
        }
        // Events follow the notice in force.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events WHERE notice_hash = 'v2' AND at < '2026-11-06'")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM consent_events WHERE notice_hash = 'v1' AND at >= '2026-11-06'")), 0);

        // Face data is held exactly for residents whose newest decision is a grant.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM face_consent_active")), summary->enrolments);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM face_enrolments f WHERE f.resident_id NOT IN"
                                          " (SELECT resident_id FROM face_consent_active)")), 0);
        // Every deletion follows a withdrawal or expiry of that resident, within seconds.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM deletion_records d JOIN consent_events e"
                                          " ON e.id = d.consent_event_id WHERE e.resident_id <> d.resident_id"
                                          " OR e.kind NOT IN ('withdrawn', 'expired') OR d.at < e.at")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM deletion_records")), summary->deletions);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM device_deletion_queue WHERE confirmed_at IS NULL")),
                 summary->deviceCopiesPending);
        // The residents list shows the ledger's status.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM residents r WHERE r.consent_status IS NOT"
                                          " (SELECT CASE kind WHEN 'granted' THEN 'active' ELSE kind END FROM consent_events"
                                          " WHERE resident_id = r.id ORDER BY id DESC LIMIT 1)")), 0);

        // Refusing costs nothing: almost everyone without face consent holds
        // a card, PIN or QR code (the few lost and never replaced are the
        // violations the dashboard must show).
        storage::AccessRepository access(db);
        auto violations = access.countViolations(now, now.date());
        QVERIFY(violations);
        const qint64 withoutFace = scalar(c, QStringLiteral("SELECT count(*) FROM residents WHERE id NOT IN"
                                                            " (SELECT resident_id FROM face_consent_active)"));
        QVERIFY2(*violations * 50 < withoutFace, qPrintable(QStringLiteral("%1 of %2").arg(*violations).arg(withoutFace)));
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM credentials WHERE status = 'lost' AND replaced_by IS NOT NULL"
                                          " AND replaced_by NOT IN (SELECT id FROM credentials WHERE type = 'card')")), 0);

        // Devices: signed face readers at the gates, one lift reader without a sign.
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM doors WHERE kind = 'gate' AND (face_reader = 0 OR signage_text = '')")), 0);
        QCOMPARE(scalar(c, QStringLiteral("SELECT count(*) FROM doors WHERE face_reader = 1 AND signage_text = ''")), 1);

        // A second run finds nobody new and writes nothing.
        auto again = storage::DemoActivitySeeder(db).seed(o);
        QVERIFY(again);
        QCOMPARE(again->total(), qint64(0));
    }
};

QTEST_MAIN(tst_DemoActivitySeeder)
#include "tst_demoactivityseeder.moc"
