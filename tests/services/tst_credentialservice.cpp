#include "core/pinpolicy.h"
#include "security/keyring.h"
#include "security/passwordhasher.h"
#include "services/credentialmoveouthook.h"
#include "services/credentialservice.h"
#include "credentialfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace cg;
using core::CredentialStatus;
using core::CredentialType;
using services::IssueRequest;

namespace {
IssueRequest req(qint64 residentId, CredentialType type, const QString& card = {}, bool fromReader = false)
{
    IssueRequest r;
    r.residentId = residentId;
    r.type = type;
    r.cardNumber = card;
    r.fromReader = fromReader;
    return r;
}
} // namespace

class tst_CredentialService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void issuesCardWithoutStoringTheNumber()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        IssueRequest r = req(owner, CredentialType::Card, QStringLiteral("0012345678"), true);
        auto issued = service.issue(f.clerk, r);
        QVERIFY2(issued.ok(), qPrintable(issued.ok() ? QString() : issued.error().message));
        QCOMPARE(issued->credential.type, CredentialType::Card);
        QCOMPARE(issued->credential.status, CredentialStatus::Active);
        QCOMPARE(issued->credential.cardLast4, QStringLiteral("5678"));
        QVERIFY(issued->secret.isEmpty());
        QCOMPARE(issued->card->wiegand26(), QStringLiteral("188:24910"));
        QVERIFY(!issued->credential.validTo.isValid());    // owners: open-ended
        // Nothing in the row spells the number; the look-up hash is the keyed one.
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT quote(card_lookup), quote(card_sealed), card_last4, pin_hash FROM credentials")) && q.next());
        const QString row = q.value(0).toString() + q.value(1).toString() + q.value(2).toString();
        QVERIFY(!row.contains(QLatin1String("12345678")));
        QVERIFY(!row.contains(QLatin1String("BC614E")));
        QVERIFY(q.value(3).isNull());
        QCOMPARE(f.auditCount(QStringLiteral("credential.issue")), 1);
        // The sealed number reads back only through an audited reveal.
        auto revealed = service.revealCardNumber(f.clerk, issued->credential.id);
        QVERIFY(revealed.ok());
        QCOMPARE(revealed->value(), quint64(12345678));
        QCOMPARE(f.auditCount(QStringLiteral("credential.read_card")), 1);
    }

    void tenantValidityDefaultsToLeaseEnd()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 tenant = f.residentWithRole(QStringLiteral("tenant"));
        QVERIFY(tenant > 0);
        const QDate leaseEnd = QDate::fromString(
            f.scalar(QStringLiteral("SELECT lease_end FROM residents WHERE id = %1").arg(tenant)).toString(), Qt::ISODate);
        auto issued = service.issue(f.clerk, req(tenant, CredentialType::Qr));
        QVERIFY(issued.ok());
        QCOMPARE(issued->credential.validTo, QDateTime(leaseEnd.addDays(1), QTime(0, 0)).toUTC());
        QVERIFY(issued->secret.startsWith(QLatin1String("CGQR:")));
        QCOMPARE(issued->secret.size(), 5 + 32);
    }

    void cardAndQrAreUniqueAmongLiveCredentials()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 a = f.residentWithRole(QStringLiteral("owner"));
        const qint64 b = f.residentWithRole(QStringLiteral("family"));
        auto first = service.issue(f.clerk, req(a, CredentialType::Card, QStringLiteral("4242424242")));
        QVERIFY(first.ok());
        // The same card in another format is the same card.
        auto again = service.issue(f.clerk, req(b, CredentialType::Card, QStringLiteral("0xFCDE41B2")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, core::Error::Kind::Conflict);
        QCOMPARE(again.error().code, QStringLiteral("credential.duplicate"));
        QCOMPARE(f.auditCount(QStringLiteral("credential.issue")), 1);   // the refused one left no trace
        // Suspended still holds the card; revoked frees it.
        QVERIFY(service.suspend(f.clerk, first->credential.id, QStringLiteral("holiday")).ok());
        QVERIFY(!service.issue(f.clerk, req(b, CredentialType::Card, QStringLiteral("4242424242"))).ok());
        QVERIFY(service.revoke(f.clerk, first->credential.id, QStringLiteral("moved")).ok());
        QVERIFY(service.issue(f.clerk, req(b, CredentialType::Card, QStringLiteral("4242424242"))).ok());
        // The database itself enforces it for QR tokens too.
        QSqlQuery q(f.db->connection());
        auto qr = service.issue(f.clerk, req(a, CredentialType::Qr));
        QVERIFY(qr.ok());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO credentials (resident_id, type, valid_from, qr_lookup, issued_at)"
                                       " SELECT resident_id, 'qr', valid_from, qr_lookup, issued_at FROM credentials WHERE id = %1")
                            .arg(qr->credential.id)));
    }

    void pinIsGeneratedHashedAndShownOnce()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        const QDate birth = QDate::fromString(
            f.scalar(QStringLiteral("SELECT birth_date FROM residents WHERE id = %1").arg(owner)).toString(), Qt::ISODate);
        IssueRequest r = req(owner, CredentialType::Pin);
        r.pinLength = 6;
        auto issued = service.issue(f.clerk, r);
        QVERIFY(issued.ok());
        const QString pin = issued->secret;
        QCOMPARE(pin.size(), 6);
        QVERIFY(core::PinPolicy::check(pin, birth).ok());
        const QString hash = f.scalar(QStringLiteral("SELECT pin_hash FROM credentials WHERE id = %1").arg(issued->credential.id)).toString();
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.contains(pin));
        QVERIFY(security::PasswordHasher::verifyPeppered(hash, pin, f.deps.keys->pinPepper()));
        QVERIFY(!security::PasswordHasher::verify(hash, pin));    // the pepper is required
        // The audit entry does not carry the PIN either.
        QVERIFY(!f.scalar(QStringLiteral("SELECT group_concat(details) FROM audit_log")).toString().contains(pin));
        // Reading it back gives only the mask.
        auto listed = service.credential(f.clerk, issued->credential.id);
        QVERIFY(listed.ok());
        QCOMPARE(listed->maskedValue(), QStringLiteral("••••"));
    }

    void lostAndReplaceIsAtomic()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 a = f.residentWithRole(QStringLiteral("owner"));
        const qint64 b = f.residentWithRole(QStringLiteral("family"));
        auto lost = service.issue(f.clerk, req(a, CredentialType::Card, QStringLiteral("1000001")));
        auto other = service.issue(f.clerk, req(b, CredentialType::Card, QStringLiteral("2000002")));
        QVERIFY(lost.ok() && other.ok());
        // Replacing with a card someone else holds fails — and the old card is
        // then NOT marked lost (the whole transaction rolled back).
        IssueRequest clash;
        clash.cardNumber = QStringLiteral("2000002");
        auto failed = service.reportLostAndReplace(f.clerk, lost->credential.id, clash);
        QVERIFY(!failed.ok());
        QCOMPARE(service.credential(f.clerk, lost->credential.id)->status, CredentialStatus::Active);
        QCOMPARE(f.auditCount(QStringLiteral("credential.lost")), 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT count(*) FROM credentials")).toInt(), 2);

        IssueRequest fresh;
        fresh.cardNumber = QStringLiteral("3000003");
        auto replaced = service.reportLostAndReplace(f.clerk, lost->credential.id, fresh);
        QVERIFY2(replaced.ok(), qPrintable(replaced.ok() ? QString() : replaced.error().message));
        auto old = service.credential(f.clerk, lost->credential.id);
        QCOMPARE(old->status, CredentialStatus::Lost);
        QCOMPARE(old->replacedBy, replaced->credential.id);
        QCOMPARE(replaced->credential.residentId, a);
        QCOMPARE(replaced->credential.status, CredentialStatus::Active);
        QCOMPARE(f.auditCount(QStringLiteral("credential.lost")), 1);
        QCOMPARE(f.auditCount(QStringLiteral("credential.replace")), 1);
        // A lost credential cannot be reported lost twice.
        QVERIFY(!service.reportLostAndReplace(f.clerk, lost->credential.id, fresh).ok());
    }

    void expiresByTheClock()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        IssueRequest r = req(owner, CredentialType::Qr);
        r.validTo = f.clock->nowUtc().addDays(3);
        auto shortLived = service.issue(f.clerk, r);
        auto lasting = service.issue(f.clerk, req(owner, CredentialType::Card, QStringLiteral("77001234")));
        QVERIFY(shortLived.ok() && lasting.ok());
        QCOMPARE(service.expireDue(core::Actor::system()).value(), 0);
        f.clock->advanceDays(2);
        QCOMPARE(service.expireDue(core::Actor::system()).value(), 0);
        f.clock->advanceDays(1);   // exactly the end: validity is exclusive
        QCOMPARE(service.expireDue(core::Actor::system()).value(), 1);
        QCOMPARE(service.credential(f.clerk, shortLived->credential.id)->status, CredentialStatus::Expired);
        QCOMPARE(service.credential(f.clerk, lasting->credential.id)->status, CredentialStatus::Active);
        QCOMPARE(f.auditCount(QStringLiteral("credential.expire")), 1);
        // An expired credential cannot be brought back; it must be reissued.
        QVERIFY(!service.reactivate(f.clerk, shortLived->credential.id).ok());
    }

    void refusesBadRequests()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        auto badCard = service.issue(f.clerk, req(owner, CredentialType::Card, QStringLiteral("not a card")));
        QVERIFY(!badCard.ok());
        QCOMPARE(badCard.error().field, QStringLiteral("card"));
        IssueRequest visitor = req(owner, CredentialType::VisitorPass);
        visitor.validTo = f.clock->nowUtc().addSecs(4 * 3600);
        auto noName = service.issue(f.clerk, visitor);
        QVERIFY(!noName.ok());
        QCOMPARE(noName.error().field, QStringLiteral("visitor_name"));
        visitor.visitorName = QStringLiteral("张三");
        visitor.validTo = f.clock->nowUtc().addDays(45);
        QCOMPARE(service.issue(f.clerk, visitor).error().field, QStringLiteral("valid_to"));
        visitor.validTo = f.clock->nowUtc().addSecs(4 * 3600);
        auto pass = service.issue(f.clerk, visitor);
        QVERIFY(pass.ok());
        QCOMPARE(pass->credential.visitorName, QStringLiteral("张三"));
        IssueRequest past = req(owner, CredentialType::Qr);
        past.validTo = f.clock->nowUtc().addDays(-1);
        QCOMPARE(service.issue(f.clerk, past).error().field, QStringLiteral("valid_to"));
        QCOMPARE(service.issue(f.clerk, req(999999, CredentialType::Qr)).error().field, QStringLiteral("resident"));
        // Moved-out residents get nothing.
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE residents SET move_out = '2026-01-01' WHERE id = %1").arg(owner)));
        QCOMPARE(service.issue(f.clerk, req(owner, CredentialType::Qr)).error().field, QStringLiteral("resident"));
    }

    void permissionsAreCheckedAndRefusalsAudited()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        auto refused = service.issue(f.auditor, req(owner, CredentialType::Qr));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, core::Error::Kind::PermissionDenied);
        QCOMPARE(f.auditCount(QStringLiteral("permission.denied")), 1);
        auto issued = service.issue(f.clerk, req(owner, CredentialType::Qr));
        QVERIFY(issued.ok());
        QCOMPARE(service.revoke(f.auditor, issued->credential.id, {}).error().kind, core::Error::Kind::PermissionDenied);
        QVERIFY(service.list(f.auditor, {}).ok());    // auditors may look
        QCOMPARE(f.auditCount(QStringLiteral("permission.denied")), 2);
    }

    void batchQrForBuilding()
    {
        test::CredentialFixture f(120);
        services::CredentialService service(f.deps);
        const qint64 building = f.scalar(QStringLiteral("SELECT id FROM buildings ORDER BY id LIMIT 1")).toLongLong();
        const int living = f.scalar(QStringLiteral("SELECT count(*) FROM residents r JOIN units u ON u.id = r.unit_id"
                                                   " WHERE u.building_id = %1").arg(building)).toInt();
        QVERIFY(living > 0);
        auto first = f.scalar(QStringLiteral("SELECT r.id FROM residents r JOIN units u ON u.id = r.unit_id"
                                             " WHERE u.building_id = %1 ORDER BY r.id LIMIT 1").arg(building)).toLongLong();
        QVERIFY(service.issue(f.clerk, req(first, CredentialType::Card, QStringLiteral("5550001"))).ok());
        auto batch = service.issueQrForBuilding(f.clerk, building, f.clock->nowUtc().addYears(1), true);
        QVERIFY(batch.ok());
        QCOMPARE(batch->size(), living - 1);     // the card holder is covered already
        QSet<QString> tokens;
        for (const auto& one : batch.value())
            tokens.insert(one.secret);
        QCOMPARE(tokens.size(), batch->size());
        QCOMPARE(f.auditCount(QStringLiteral("credential.batch_issue")), 1);
        auto all = service.issueQrForBuilding(f.clerk, building, {}, false);
        QCOMPARE(all->size(), living);
    }

    void listsWithFilters()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        QVERIFY(service.issue(f.clerk, req(owner, CredentialType::Card, QStringLiteral("123987"))).ok());
        QVERIFY(service.issue(f.clerk, req(owner, CredentialType::Qr)).ok());
        storage::CredentialFilter filter;
        QCOMPARE(service.list(f.clerk, filter)->size(), 2);
        filter.type = CredentialType::Card;
        QCOMPARE(service.list(f.clerk, filter)->size(), 1);
        filter = {};
        filter.text = f.unitLabel(owner);
        QCOMPARE(service.count(f.clerk, filter).value(), 2);
        filter.status = CredentialStatus::Revoked;
        QCOMPARE(service.count(f.clerk, filter).value(), 0);
    }

    void moveOutRevokesEverything()
    {
        test::CredentialFixture f;
        services::CredentialService service(f.deps);
        const qint64 owner = f.residentWithRole(QStringLiteral("owner"));
        auto card = service.issue(f.clerk, req(owner, CredentialType::Card, QStringLiteral("6060606")));
        auto qr = service.issue(f.clerk, req(owner, CredentialType::Qr));
        QVERIFY(card.ok() && qr.ok());
        QVERIFY(service.suspend(f.clerk, qr->credential.id, {}).ok());
        services::CredentialMoveOutHook hook(f.deps);
        core::Resident resident;
        resident.id = owner;
        QCOMPARE(hook.plannedActions(resident).size(), 2);
        auto done = hook.residentMovedOut(f.clerk, resident, QDate(2026, 11, 30));
        QVERIFY(done.ok());
        QCOMPARE(done->size(), 2);
        QCOMPARE(service.credential(f.clerk, card->credential.id)->status, CredentialStatus::Revoked);
        QCOMPARE(service.credential(f.clerk, qr->credential.id)->status, CredentialStatus::Revoked);
        QVERIFY(hook.plannedActions(resident).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CredentialService)
#include "tst_credentialservice.moc"
