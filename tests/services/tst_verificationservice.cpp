#include "services/credentialservice.h"
#include "services/verificationservice.h"
#include "credentialfixture.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

using namespace cg;
using core::CredentialType;
using services::IssueRequest;
using services::Presented;
using R = services::VerificationReason;

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

class tst_VerificationService : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::CredentialFixture> f;
    std::unique_ptr<services::CredentialService> credentials;
    std::unique_ptr<services::VerificationService> verifier;
    qint64 owner = 0;
    qint64 gate = 0;
    qint64 entrance = 0;
    qint64 lift = 0;
    qint64 elsewhere = 0;

    R reasonOf(const Presented& p, qint64 door, const QDateTime& at = {})
    {
        auto v = verifier->verify(p, door, at.isValid() ? at : f->clock->nowUtc());
        if (!v.ok())
            qFatal("verify failed: %s", qPrintable(v.error().message));
        return v->reason;
    }

private Q_SLOTS:
    void init()
    {
        f = std::make_unique<test::CredentialFixture>(200);
        credentials = std::make_unique<services::CredentialService>(f->deps);
        verifier = std::make_unique<services::VerificationService>(f->deps);
        owner = f->residentWithRole(QStringLiteral("owner"));
        gate = f->doorOf(owner, QStringLiteral("gate"));
        entrance = f->doorOf(owner, QStringLiteral("entrance"));
        lift = f->doorOf(owner, QStringLiteral("lift"));
        elsewhere = f->foreignEntrance(owner);
        QVERIFY(gate && entrance && lift && elsewhere);
    }

    void cardAtRightAndWrongDoors()
    {
        auto card = credentials->issue(f->clerk, req(owner, CredentialType::Card, QStringLiteral("0012345678")));
        QVERIFY(card.ok());
        // Any format of the same number opens the door.
        for (const QString& form : {QStringLiteral("0012345678"), QStringLiteral("0xBC614E"), QStringLiteral("188:24910")}) {
            auto v = verifier->verify(Presented::card(form), entrance);
            QVERIFY(v.ok());
            QVERIFY(v->allowed);
            QCOMPARE(v->reason, R::Allowed);
            QCOMPARE(v->residentId, owner);
            QCOMPARE(v->credentialId, card->credential.id);
            QVERIFY(!v->residentName.isEmpty());
        }
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("12345678")), gate), R::Allowed);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("12345678")), lift), R::Allowed);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("12345678")), elsewhere), R::WrongDoor);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("99999999")), entrance), R::Unknown);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("garbage")), entrance), R::Unknown);
        // An exception grants the other building's entrance.
        core::EntitlementException gym;
        gym.residentId = owner;
        gym.doorId = elsewhere;
        gym.reason = QStringLiteral("gym in that building");
        QVERIFY(credentials->addEntitlementException(f->clerk, gym).ok());
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("12345678")), elsewhere), R::Allowed);
        // A door without a card reader does not take cards.
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE doors SET accepts_mask = 2 WHERE id = %1").arg(lift)));
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("12345678")), lift), R::WrongDoor);
    }

    void everyStatusReason()
    {
        auto suspended = credentials->issue(f->clerk, req(owner, CredentialType::Card, QStringLiteral("1001")));
        auto revoked = credentials->issue(f->clerk, req(owner, CredentialType::Card, QStringLiteral("1002")));
        auto lost = credentials->issue(f->clerk, req(owner, CredentialType::Card, QStringLiteral("1003")));
        IssueRequest shortReq = req(owner, CredentialType::Card, QStringLiteral("1004"));
        shortReq.validTo = f->clock->nowUtc().addDays(1);
        auto shortLived = credentials->issue(f->clerk, shortReq);
        IssueRequest futureReq = req(owner, CredentialType::Card, QStringLiteral("1005"));
        futureReq.validFrom = f->clock->nowUtc().addDays(7);
        auto future = credentials->issue(f->clerk, futureReq);
        QVERIFY(suspended.ok() && revoked.ok() && lost.ok() && shortLived.ok() && future.ok());
        QVERIFY(credentials->suspend(f->clerk, suspended->credential.id, {}).ok());
        QVERIFY(credentials->revoke(f->clerk, revoked->credential.id, {}).ok());
        IssueRequest replacement;
        replacement.cardNumber = QStringLiteral("1006");
        QVERIFY(credentials->reportLostAndReplace(f->clerk, lost->credential.id, replacement).ok());

        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1001")), entrance), R::Suspended);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1002")), entrance), R::Revoked);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1003")), entrance), R::Lost);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1006")), entrance), R::Allowed);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1005")), entrance), R::NotYetValid);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1005")), entrance, f->clock->nowUtc().addDays(8)), R::Allowed);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1004")), entrance), R::Allowed);
        // Past its end it is expired, before and after the expiry sweep.
        f->clock->advanceDays(2);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1004")), entrance), R::Expired);
        QCOMPARE(credentials->expireDue(core::Actor::system()).value(), 1);
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1004")), entrance), R::Expired);
        // Moving out closes the doors even before the credentials are revoked.
        QSqlQuery q(f->db->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE residents SET move_out = '2026-11-27' WHERE id = %1").arg(owner)));
        QCOMPARE(reasonOf(Presented::card(QStringLiteral("1006")), entrance), R::MovedOut);
    }

    void qrAndVisitorPass()
    {
        auto qr = credentials->issue(f->clerk, req(owner, CredentialType::Qr));
        QVERIFY(qr.ok());
        QCOMPARE(reasonOf(Presented::qr(qr->secret), lift), R::Allowed);
        QCOMPARE(reasonOf(Presented::qr(qr->secret.mid(5).toLower()), lift), R::Allowed);   // bare hex
        QCOMPARE(reasonOf(Presented::qr(qr->secret), elsewhere), R::WrongDoor);
        QCOMPARE(reasonOf(Presented::qr(QStringLiteral("CGQR:00000000000000000000000000000000")), lift), R::Unknown);
        QCOMPARE(reasonOf(Presented::qr(QStringLiteral("https://example.com")), lift), R::Unknown);

        IssueRequest visit = req(owner, CredentialType::VisitorPass);
        visit.visitorName = QStringLiteral("Visitor Zhang");
        visit.validTo = f->clock->nowUtc().addSecs(3 * 3600);
        auto pass = credentials->issue(f->clerk, visit);
        QVERIFY(pass.ok());
        auto v = verifier->verify(Presented::qr(pass->secret), gate);
        QVERIFY(v->allowed);
        QCOMPARE(v->visitorName, QStringLiteral("Visitor Zhang"));
        QCOMPARE(v->credentialType, CredentialType::VisitorPass);
        QCOMPARE(reasonOf(Presented::qr(pass->secret), gate, f->clock->nowUtc().addSecs(4 * 3600)), R::Expired);
    }

    void pinWithUnitAndLockout()
    {
        auto pin = credentials->issue(f->clerk, req(owner, CredentialType::Pin));
        QVERIFY(pin.ok());
        const QString unit = f->unitLabel(owner);
        const QString good = pin->secret;
        QString bad = good;
        bad[0] = QChar(u'0' + char16_t((good.at(0).digitValue() + 1) % 10));

        QCOMPARE(reasonOf(Presented::unitPin(unit, good), entrance), R::Allowed);
        QCOMPARE(reasonOf(Presented::unitPin(QStringLiteral("no-such-unit"), good), entrance), R::Unknown);
        QCOMPARE(reasonOf(Presented::unitPin(unit, good), elsewhere), R::WrongDoor);
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(reasonOf(Presented::unitPin(unit, bad), entrance), R::WrongPin);
        // A right PIN after 4 wrong ones resets the count.
        QCOMPARE(reasonOf(Presented::unitPin(unit, good), entrance), R::Allowed);
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(reasonOf(Presented::unitPin(unit, bad), entrance), R::WrongPin);
        QCOMPARE(f->scalar(QStringLiteral("SELECT failed_pin_tries FROM credentials WHERE id = %1").arg(pin->credential.id)).toInt(), 5);
        // Locked: even the right PIN is refused, and wrong ones say locked.
        QCOMPARE(reasonOf(Presented::unitPin(unit, good), entrance), R::PinLocked);
        QCOMPARE(reasonOf(Presented::unitPin(unit, bad), entrance), R::PinLocked);
        // The desk unlocks it.
        QVERIFY(credentials->resetPinTries(f->clerk, pin->credential.id).ok());
        QCOMPARE(reasonOf(Presented::unitPin(unit, good), entrance), R::Allowed);
    }

    void pinAfterCard()
    {
        auto card = credentials->issue(f->clerk, req(owner, CredentialType::Card, QStringLiteral("31415926")));
        auto pin = credentials->issue(f->clerk, req(owner, CredentialType::Pin));
        QVERIFY(card.ok() && pin.ok());
        QCOMPARE(reasonOf(Presented::cardPin(QStringLiteral("31415926"), pin->secret), gate), R::Allowed);
        QCOMPARE(reasonOf(Presented::cardPin(QStringLiteral("31415926"), QStringLiteral("000000")), gate), R::WrongPin);
        QCOMPARE(reasonOf(Presented::cardPin(QStringLiteral("27182818"), pin->secret), gate), R::Unknown);
    }

    void everyDecisionIsAnEvent()
    {
        auto card = credentials->issue(f->clerk, req(owner, CredentialType::Card, QStringLiteral("0012345678")));
        QVERIFY(card.ok());
        (void)reasonOf(Presented::card(QStringLiteral("0012345678")), entrance);
        (void)reasonOf(Presented::card(QStringLiteral("0012345678")), elsewhere);
        (void)reasonOf(Presented::card(QStringLiteral("55555555")), entrance);
        storage::CredentialRepository repo(f->db);
        auto events = repo.recentEvents(10);
        QVERIFY(events.ok());
        QCOMPARE(events->size(), 3);
        QCOMPARE(events->at(0).reason, QStringLiteral("unknown"));
        QCOMPARE(events->at(0).residentId, 0);
        QCOMPARE(events->at(1).reason, QStringLiteral("wrong_door"));
        QCOMPARE(events->at(2).reason, QStringLiteral("allowed"));
        QVERIFY(events->at(2).allowed);
        QCOMPARE(events->at(2).residentId, owner);
        QCOMPARE(events->at(2).presentedMasked, QStringLiteral("•••• 5678"));
        QVERIFY(!events->at(2).doorName.isEmpty());
        // The full number is nowhere in the events.
        QVERIFY(!f->scalar(QStringLiteral("SELECT group_concat(presented_masked) FROM credential_events")).toString()
                     .contains(QLatin1String("12345678")));
        QVERIFY(!verifier->verify(Presented::card(QStringLiteral("1")), 999999).ok());   // unknown door
    }
};

QTEST_GUILESS_MAIN(tst_VerificationService)
#include "tst_verificationservice.moc"
