#include "core/accessrules.h"

#include <QTest>

using namespace cg::core;

class tst_AccessRules : public QObject
{
    Q_OBJECT

    const QDateTime now{QDate(2026, 11, 26), QTime(9, 0), Qt::UTC};
    // Compound 1: gates 1, 2; building 10: entrance 11, lift 12; building 20: entrance 21.
    // Compound 2: gate 31.
    QList<Door> doors() const
    {
        return {{1, 1, 0, QStringLiteral("South gate"), Door::Kind::Gate, AcceptsAll},
                {2, 1, 0, QStringLiteral("North gate"), Door::Kind::Gate, AcceptsAll},
                {11, 1, 10, QStringLiteral("B10 entrance"), Door::Kind::Entrance, AcceptsAll},
                {12, 1, 10, QStringLiteral("B10 lift"), Door::Kind::Lift, AcceptsCard | AcceptsQr},
                {21, 1, 20, QStringLiteral("B20 entrance"), Door::Kind::Entrance, AcceptsAll},
                {31, 2, 0, QStringLiteral("Other gate"), Door::Kind::Gate, AcceptsAll}};
    }
    Credential cred(CredentialType type, CredentialStatus status = CredentialStatus::Active) const
    {
        Credential c;
        c.type = type;
        c.status = status;
        c.validFrom = now.addDays(-1);
        return c;
    }

private Q_SLOTS:
    void entitlementFollowsUnit()
    {
        const auto mine = access::entitledDoors(doors(), 1, 10, {}, now);
        QList<qint64> ids;
        for (const Door& d : mine)
            ids << d.id;
        QCOMPARE(ids, (QList<qint64>{1, 2, 11, 12}));
    }

    void exceptionsGrantAndDeny()
    {
        EntitlementException gym{1, 7, 21, true, {}, {}, QStringLiteral("gym")};
        EntitlementException noLift{2, 7, 12, false, {}, {}, QStringLiteral("barred")};
        EntitlementException expired{3, 7, 31, true, now.addDays(-10), now.addDays(-1), {}};
        QList<qint64> ids;
        for (const Door& d : access::entitledDoors(doors(), 1, 10, {gym, noLift, expired}, now))
            ids << d.id;
        QCOMPARE(ids, (QList<qint64>{1, 2, 11, 21}));
        // A deny wins over a grant for the same door.
        EntitlementException grantLift{4, 7, 12, true, {}, {}, {}};
        QVERIFY(!access::isEntitled(doors().at(3), 1, 10, {grantLift, noLift}, now));
    }

    void coverage()
    {
        const auto entitled = access::entitledDoors(doors(), 1, 10, {}, now);
        // No credential: every door uncovered.
        QCOMPARE(access::uncoveredDoors(false, entitled, {}, now).size(), 4);
        // Face consent: nothing required.
        QVERIFY(access::uncoveredDoors(true, entitled, {}, now).isEmpty());
        // A PIN alone leaves the card/QR-only lift uncovered.
        const auto pinOnly = access::uncoveredDoors(false, entitled, {cred(CredentialType::Pin)}, now);
        QCOMPARE(pinOnly.size(), 1);
        QCOMPARE(pinOnly.first().id, qint64(12));
        // A card covers everything.
        QVERIFY(access::uncoveredDoors(false, entitled, {cred(CredentialType::Card)}, now).isEmpty());
        // Suspended, expired, future or visitor credentials do not count.
        Credential expired = cred(CredentialType::Card);
        expired.validTo = now;
        Credential future = cred(CredentialType::Qr);
        future.validFrom = now.addSecs(60);
        const QList<Credential> useless = {cred(CredentialType::Card, CredentialStatus::Suspended), expired, future,
                                           cred(CredentialType::VisitorPass),
                                           cred(CredentialType::Qr, CredentialStatus::Lost)};
        QCOMPARE(access::uncoveredDoors(false, entitled, useless, now).size(), 4);
    }

    void credentialWindow()
    {
        Credential c = cred(CredentialType::Card);
        c.validTo = now.addDays(1);
        QVERIFY(c.isUsableAt(now));
        QVERIFY(!c.isUsableAt(now.addDays(1)));      // end is exclusive
        QVERIFY(!c.isUsableAt(now.addDays(-2)));     // before the start
        QVERIFY(!c.isBiometric());
    }

    void keysRoundTrip()
    {
        for (CredentialType t : allCredentialTypes())
            QCOMPARE(credentialTypeFromKey(credentialTypeKey(t)), t);
        for (CredentialStatus s : allCredentialStatuses())
            QCOMPARE(credentialStatusFromKey(credentialStatusKey(s)), s);
        QVERIFY(!credentialTypeFromKey(QStringLiteral("fingerprint")).has_value());
    }
};

QTEST_GUILESS_MAIN(tst_AccessRules)
#include "tst_accessrules.moc"
