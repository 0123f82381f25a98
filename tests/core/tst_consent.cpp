#include "core/consent.h"

#include <QTest>

using namespace cg;

namespace {

const QDateTime kNow(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);

core::ConsentEvent makeEvent(qint64 id, core::ConsentKind kind, const QDateTime& at = kNow.addDays(-10))
{
    core::ConsentEvent e;
    e.id = id;
    e.residentId = 7;
    e.kind = kind;
    e.at = at;
    e.noticeHash = QStringLiteral("h");
    return e;
}

} // namespace

class tst_Consent : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stateFollowsLatestEvent()
    {
        QCOMPARE(core::deriveConsentStatus({}, {}, {}, {}, kNow).state, core::ConsentState::NeverAsked);
        using K = core::ConsentKind;
        QCOMPARE(core::deriveConsentStatus({makeEvent(1, K::Granted)}, {}, {}, {}, kNow).state, core::ConsentState::Active);
        QCOMPARE(core::deriveConsentStatus({makeEvent(1, K::Granted), makeEvent(2, K::Withdrawn)}, {}, {}, {}, kNow).state,
                 core::ConsentState::Withdrawn);
        QCOMPARE(core::deriveConsentStatus({makeEvent(1, K::Refused), makeEvent(3, K::Granted)}, {}, {}, {}, kNow).state,
                 core::ConsentState::Active);
        // Order of the list does not matter; the id does.
        QCOMPARE(core::deriveConsentStatus({makeEvent(3, K::Expired), makeEvent(2, K::Granted)}, {}, {}, {}, kNow).state,
                 core::ConsentState::Expired);
        QVERIFY(!core::deriveConsentStatus({makeEvent(1, K::Refused)}, {}, {}, {}, kNow).faceAllowed());
        QVERIFY(core::deriveConsentStatus({makeEvent(1, K::Granted)}, {}, {}, {}, kNow).faceAllowed());
    }

    void minorAgeRule()
    {
        const QDate today(2026, 11, 26);
        QVERIFY(core::isMinor(QDate(2012, 11, 27), today));
        QVERIFY(!core::isMinor(QDate(2012, 11, 26), today));   // 14th birthday today
        QVERIFY(!core::isMinor(QDate(), today));                // unknown: adult
        QCOMPARE(core::fourteenthBirthday(QDate(2012, 2, 29)), QDate(2026, 3, 1));
    }

    void noticeChangeMarkOpenUntilNewEvent()
    {
        core::ReconsentMark mark;
        mark.residentId = 7;
        mark.afterEventId = 5;
        mark.graceUntil = kNow.addDays(20);
        auto st = core::deriveConsentStatus({makeEvent(5, core::ConsentKind::Granted)}, {mark}, {}, {}, kNow);
        QVERIFY(st.needsReconsent());
        QCOMPARE(st.reconsent.constFirst(), core::ReconsentReason::NoticeChanged);
        QVERIFY(!st.deletionDue);
        QVERIFY(st.faceAllowed());   // still enrolled during the grace period
        st = core::deriveConsentStatus({makeEvent(5, core::ConsentKind::Granted)}, {mark}, {}, {}, kNow.addDays(21));
        QVERIFY(st.deletionDue);
        QVERIFY(!st.faceAllowed());
        // A new grant after the mark resolves it.
        st = core::deriveConsentStatus({makeEvent(5, core::ConsentKind::Granted), makeEvent(9, core::ConsentKind::Granted)}, {mark},
                                       {}, {}, kNow.addDays(21));
        QVERIFY(!st.needsReconsent());
        QVERIFY(!st.deletionDue);
    }

    void guardianConsentEndsAtFourteen()
    {
        core::ConsentEvent grant = makeEvent(1, core::ConsentKind::Granted, kNow.addYears(-2));
        grant.guardianId = 3;
        core::ConsentSubject child{7, QDate(2012, 11, 1), 3, {}};
        core::ConsentPolicy policy;
        policy.graceDays = 30;
        auto st = core::deriveConsentStatus({grant}, {}, child, policy, kNow);
        QVERIFY(st.reconsent.contains(core::ReconsentReason::TurnedFourteen));
        QCOMPARE(st.graceUntil.toLocalTime().date(), QDate(2026, 12, 1));
        QVERIFY(!st.deletionDue);
        QVERIFY(core::deriveConsentStatus({grant}, {}, child, policy, kNow.addDays(6)).deletionDue);
        // Still a child: fine, unless the guardian moved out.
        core::ConsentSubject younger{7, QDate(2016, 1, 1), 3, {}};
        QVERIFY(!core::deriveConsentStatus({grant}, {}, younger, policy, kNow).needsReconsent());
        younger.guardianMoveOut = QDate(2026, 11, 1);
        st = core::deriveConsentStatus({grant}, {}, younger, policy, kNow);
        QVERIFY(st.reconsent.contains(core::ReconsentReason::GuardianMovedOut));
    }

    void expiryByPolicy()
    {
        core::ConsentPolicy policy;
        policy.expiryDays = 365;
        const auto grant = makeEvent(1, core::ConsentKind::Granted, kNow.addDays(-364));
        auto st = core::deriveConsentStatus({grant}, {}, {}, policy, kNow);
        QVERIFY(!st.deletionDue);
        QCOMPARE(st.expiresAt, kNow.addDays(1));
        QVERIFY(core::deriveConsentStatus({grant}, {}, {}, policy, kNow.addDays(1)).deletionDue);
    }

    void keysRoundTrip()
    {
        for (auto k : {core::ConsentKind::Granted, core::ConsentKind::Refused, core::ConsentKind::Withdrawn,
                       core::ConsentKind::Expired})
            QCOMPARE(core::consentKindFromKey(core::consentKindKey(k)), k);
        for (auto m : {core::ConsentMethod::DeskSignature, core::ConsentMethod::PaperScan, core::ConsentMethod::Phone,
                       core::ConsentMethod::Letter, core::ConsentMethod::System})
            QCOMPARE(core::consentMethodFromKey(core::consentMethodKey(m)), m);
    }
};

QTEST_GUILESS_MAIN(tst_Consent)
#include "tst_consent.moc"
