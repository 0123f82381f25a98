#include "security/keyring.h"
#include "services/consentservice.h"
#include "services/noticeservice.h"

#include "consentfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace cg;

namespace {

struct Desk
{
    test::ConsentFixture f;
    std::shared_ptr<services::NoticeService> notices = std::make_shared<services::NoticeService>(f.deps);
    services::ConsentService consent{f.deps, notices};
    QString hash;

    Desk()
    {
        auto published = notices->publish(test::ConsentFixture::admin(), services::NoticeService::defaultNotice(), 30);
        if (!published)
            qFatal("publish: %s", qPrintable(published.error().message));
        hash = published->version.hash;
    }

    services::ConsentService::Decision decision(qint64 resident, bool agree) const
    {
        services::ConsentService::Decision d;
        d.residentId = resident;
        d.noticeHash = hash;
        d.agree = agree;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("en");
        return d;
    }
};

} // namespace

class tst_ConsentService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grantIsRecordedWithSealedSignature()
    {
        Desk desk;
        auto outcome = desk.consent.recordDecision(test::ConsentFixture::clerk(), desk.decision(desk.f.adult, true));
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message));
        const core::ConsentEvent& e = outcome->event;
        QCOMPARE(e.kind, core::ConsentKind::Granted);
        QCOMPARE(e.noticeHash, desk.hash);
        QCOMPARE(e.clerkName, QStringLiteral("clerk.li"));
        QCOMPARE(e.at, desk.f.clock->nowUtc());
        QCOMPARE(desk.consent.status(desk.f.adult)->state, core::ConsentState::Active);

        // The signature is ciphertext bound to the event id.
        QSqlQuery q(desk.f.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT signature_sealed FROM consent_events WHERE id = %1").arg(e.id)) && q.next());
        const QByteArray sealed = q.value(0).toByteArray();
        QVERIFY(!sealed.contains(QByteArrayLiteral("PNG")));
        QVERIFY(!desk.f.deps.keys->open(sealed, "consent_event:999:signature"));
        // Reading it is a manager's audited act; a clerk is refused.
        QVERIFY(!desk.consent.signaturePng(test::ConsentFixture::clerk(), e.id));
        auto png = desk.consent.signaturePng(test::ConsentFixture::admin(), e.id);
        QVERIFY(png);
        QCOMPARE(png.value(), test::ConsentFixture::signature());
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.read_signature'")), 1);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.granted'")), 1);
    }

    void ledgerIsAppendOnly()
    {
        Desk desk;
        QVERIFY(desk.consent.recordDecision(test::ConsentFixture::clerk(), desk.decision(desk.f.adult, true)));
        QSqlQuery q(desk.f.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE consent_events SET kind = 'refused'")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM consent_events")));
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events WHERE kind = 'granted'")), 1);
    }

    void signatureRequiredAndNoticeMustBeCurrent()
    {
        Desk desk;
        auto d = desk.decision(desk.f.adult, true);
        d.signaturePng.clear();
        auto r = desk.consent.recordDecision(test::ConsentFixture::clerk(), d);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("signature"));
        d = desk.decision(desk.f.adult, true);
        d.noticeHash = QString(64, QLatin1Char('0'));
        r = desk.consent.recordDecision(test::ConsentFixture::clerk(), d);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("notice"));
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events")), 0);
    }

    void minorNeedsLinkedGuardian()
    {
        Desk desk;
        auto d = desk.decision(desk.f.child, true);
        auto r = desk.consent.recordDecision(test::ConsentFixture::clerk(), d);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("guardian"));
        d.guardianId = desk.f.adult;        // not her guardian
        r = desk.consent.recordDecision(test::ConsentFixture::clerk(), d);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("guardian"));
        d.guardianId = desk.f.guardian;
        r = desk.consent.recordDecision(test::ConsentFixture::clerk(), d);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        QCOMPARE(r->event.guardianId, desk.f.guardian);
        auto history = desk.consent.history(test::ConsentFixture::clerk(), desk.f.child);
        QCOMPARE(history->constFirst().guardianName, QStringLiteral("Anna Schmidt"));
        // An adult decides alone.
        d = desk.decision(desk.f.adult, true);
        d.guardianId = desk.f.guardian;
        QVERIFY(!desk.consent.recordDecision(test::ConsentFixture::clerk(), d));
    }

    void refusalWithoutCredentialServiceRecordsNothing()
    {
        Desk desk;
        auto r = desk.consent.recordDecision(test::ConsentFixture::clerk(), desk.decision(desk.f.adult, false));
        QVERIFY(!r);
        QCOMPARE(r.error().code, QStringLiteral("consent.no_credentials"));
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events")), 0);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'consent.%'")), 0);
    }

    void abandonedSessionOnlyAudited()
    {
        Desk desk;
        QVERIFY(desk.consent.abandonSession(test::ConsentFixture::clerk(), desk.f.adult, QStringLiteral("reading")));
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events")), 0);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'consent.session_abandoned'")), 1);
    }

    void auditorCannotRecord()
    {
        Desk desk;
        auto r = desk.consent.recordDecision(test::ConsentFixture::auditor(), desk.decision(desk.f.adult, true));
        QVERIFY(!r);
        QCOMPARE(r.error().kind, core::Error::Kind::PermissionDenied);
        QCOMPARE(desk.f.count(QStringLiteral("SELECT COUNT(*) FROM consent_events")), 0);
    }

    void searchFindsByNameAndUnit()
    {
        Desk desk;
        auto found = desk.consent.search(test::ConsentFixture::clerk(), QStringLiteral("王"));
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->constFirst().unitLabel, QStringLiteral("1502"));
        QCOMPARE(desk.consent.search(test::ConsentFixture::clerk(), QStringLiteral("0801"))->size(), 2);
        QCOMPARE(desk.consent.search(test::ConsentFixture::clerk(), QStringLiteral("%"))->size(), 0);
    }
};

QTEST_MAIN(tst_ConsentService)
#include "tst_consentservice.moc"
