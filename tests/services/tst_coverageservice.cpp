#include "services/coverageservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/credentialservice.h"
#include "credentialfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cg;
using core::CredentialType;
using services::IssueRequest;

namespace {
IssueRequest req(qint64 residentId, CredentialType type, const QString& card = {})
{
    IssueRequest r;
    r.residentId = residentId;
    r.type = type;
    r.cardNumber = card;
    return r;
}
} // namespace

class tst_CoverageService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoCompoundBeforeAndAfterIssuing()
    {
        test::CredentialFixture f(200);
        services::CoverageService coverage(f.deps);
        services::CredentialService credentials(f.deps);
        const int residents = f.scalar(QStringLiteral("SELECT count(*) FROM residents")).toInt();
        QCOMPARE(residents, 200);
        // Nobody has face consent yet and nobody holds a credential.
        QCOMPARE(coverage.violationCount(f.clerk).value(), residents);

        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        QVERIFY(credentials.issue(f.clerk, req(owner, CredentialType::Card, QStringLiteral("8800001"))).ok());
        QCOMPARE(coverage.violationCount(f.clerk).value(), residents - 1);
        QVERIFY(coverage.uncoveredDoors(f.clerk, owner)->isEmpty());

        // A whole building gets QR codes: its residents drop off the list.
        const qint64 building = f.scalar(QStringLiteral("SELECT id FROM buildings ORDER BY id DESC LIMIT 1")).toLongLong();
        auto batch = credentials.issueQrForBuilding(f.clerk, building, {}, true);
        QVERIFY(batch.ok());
        QVERIFY(!batch->isEmpty());
        const int after = coverage.violationCount(f.clerk).value();
        QCOMPARE(after, residents - 1 - int(batch->size()));
        auto list = coverage.violations(f.clerk, 1000);
        QCOMPARE(int(list->size()), after);
        for (const auto& v : list.value()) {
            QVERIFY(v.residentId != owner);
            QCOMPARE(v.usableMask, 0);
            QVERIFY(!v.name.isEmpty() && !v.unitLabel.isEmpty());
        }
        // The SQL agrees with the pure rule for every resident.
        QSet<qint64> listed;
        for (const auto& v : list.value())
            listed.insert(v.residentId);
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM residents")));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            QCOMPARE(!coverage.uncoveredDoors(f.clerk, id)->isEmpty(), listed.contains(id));
        }
    }

    void doorsThatCannotReadTheCredential()
    {
        test::CredentialFixture f(40);
        services::CoverageService coverage(f.deps);
        services::CredentialService credentials(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        const int before = coverage.violationCount(f.clerk).value();
        QVERIFY(credentials.issue(f.clerk, req(owner, CredentialType::Pin)).ok());
        QCOMPARE(coverage.violationCount(f.clerk).value(), before - 1);
        // The lift has only a card/QR reader: a PIN does not get them upstairs.
        const qint64 lift = f.doorOf(owner, QStringLiteral("lift"));
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE doors SET accepts_mask = 5 WHERE id = %1").arg(lift)));
        QCOMPARE(coverage.violationCount(f.clerk).value(), before);
        auto doors = coverage.uncoveredDoors(f.clerk, owner);
        QCOMPARE(doors->size(), 1);
        QCOMPARE(doors->first().id, lift);
        auto list = coverage.violations(f.clerk, 100);
        auto it = std::find_if(list->begin(), list->end(), [&](const auto& v) { return v.residentId == owner; });
        QVERIFY(it != list->end());
        QCOMPARE(it->usableMask, int(core::AcceptsPin));
        // A denied lift is not required.
        core::EntitlementException barred;
        barred.residentId = owner;
        barred.doorId = lift;
        barred.grant = false;
        QVERIFY(credentials.addEntitlementException(f.clerk, barred).ok());
        QCOMPARE(coverage.violationCount(f.clerk).value(), before - 1);
    }

    void suspendedExpiredAndVisitorPassesDoNotCover()
    {
        test::CredentialFixture f(40);
        services::CoverageService coverage(f.deps);
        services::CredentialService credentials(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        const int before = coverage.violationCount(f.clerk).value();
        auto card = credentials.issue(f.clerk, req(owner, CredentialType::Card, QStringLiteral("123321123")));
        QVERIFY(card.ok());
        QVERIFY(credentials.suspend(f.clerk, card->credential.id, {}).ok());
        QCOMPARE(coverage.violationCount(f.clerk).value(), before);
        IssueRequest visit = req(owner, CredentialType::VisitorPass);
        visit.visitorName = QStringLiteral("Guest");
        visit.validTo = f.clock->nowUtc().addDays(1);
        QVERIFY(credentials.issue(f.clerk, visit).ok());
        QCOMPARE(coverage.violationCount(f.clerk).value(), before);
        IssueRequest shortQr = req(owner, CredentialType::Qr);
        shortQr.validTo = f.clock->nowUtc().addDays(1);
        QVERIFY(credentials.issue(f.clerk, shortQr).ok());
        QCOMPARE(coverage.violationCount(f.clerk).value(), before - 1);
        f.clock->advanceDays(2);     // the QR expires by the clock alone
        QCOMPARE(coverage.violationCount(f.clerk).value(), before);
    }

    void faceConsentPlugsInThroughTheView()
    {
        test::CredentialFixture f(40);
        services::CoverageService coverage(f.deps);
        const int before = coverage.violationCount(f.clerk).value();
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        // What the consent desk will do: replace the view with real data.
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP VIEW face_consent_active")));
        QVERIFY(q.exec(QStringLiteral("CREATE VIEW face_consent_active AS SELECT id AS resident_id FROM residents WHERE id = %1").arg(owner)));
        QCOMPARE(coverage.violationCount(f.clerk).value(), before - 1);
        QVERIFY(coverage.uncoveredDoors(f.clerk, owner)->isEmpty());
        // Moved-out residents are not counted.
        QVERIFY(q.exec(QStringLiteral("UPDATE residents SET move_out = '2026-01-01' WHERE id IN (SELECT id FROM residents WHERE id <> %1 LIMIT 3)").arg(owner)));
        QCOMPARE(coverage.violationCount(f.clerk).value(), before - 4);
    }

    void coverageColumnFollowsChanges()
    {
        test::CredentialFixture f(40);
        services::CoverageService coverage(f.deps);
        services::CredentialService credentials(f.deps);
        QCOMPARE(coverage.refreshAll().value(), 40);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM residents WHERE credential_coverage = 'uncovered'")).toInt(), 40);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        auto card = credentials.issue(f.clerk, req(owner, CredentialType::Card, QStringLiteral("4711")));
        QVERIFY(card.ok());
        const QString sql = QStringLiteral("SELECT credential_coverage FROM residents WHERE id = %1").arg(owner);
        QCOMPARE(f.scalar(sql).toString(), QStringLiteral("covered"));
        QVERIFY(credentials.revoke(f.clerk, card->credential.id, {}).ok());
        QCOMPARE(f.scalar(sql).toString(), QStringLiteral("uncovered"));
        QCOMPARE(coverage.refreshAll().value(), 0);    // already right
    }

    void consentDeskAdapterIssuesOrConfirms()
    {
        test::CredentialFixture f(40);
        services::CredentialAlternativeAccess adapter(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        QVERIFY(!adapter.isCovered(owner).value());
        auto first = adapter.ensureFor(f.clerk, owner);
        QVERIFY(first.ok());
        QVERIFY(first->newlyIssued);
        QCOMPARE(first->kind, QStringLiteral("qr"));
        QVERIFY(first->secretToShow.startsWith(QLatin1String("CGQR:")));
        QVERIFY(adapter.isCovered(owner).value());
        auto second = adapter.ensureFor(f.clerk, owner);
        QVERIFY(!second->newlyIssued);
        QCOMPARE(second->credentialId, first->credentialId);
        QVERIFY(second->secretToShow.isEmpty());
        // Keypad-only doors: a PIN is what works there.
        const qint64 other = f.residentWithRole(QStringLiteral("family"));
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE doors SET accepts_mask = 2")));
        auto pin = adapter.ensureFor(f.clerk, other);
        QCOMPARE(pin->kind, QStringLiteral("pin"));
        QCOMPARE(pin->secretToShow.size(), 6);
    }
};

QTEST_GUILESS_MAIN(tst_CoverageService)
#include "tst_coverageservice.moc"
