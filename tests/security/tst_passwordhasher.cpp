#include "security/passwordhasher.h"

#include <QElapsedTimer>
#include <QTest>

using namespace cg;

class tst_PasswordHasher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hashAndVerify()
    {
        const QString password = QStringLiteral("Desk-早班-2026!");
        const QString encoded = security::PasswordHasher::hash(password);
        QVERIFY(encoded.startsWith(QStringLiteral("$argon2id$v=19$m=19456,t=2,p=1$")));
        QVERIFY(!encoded.contains(password));
        QVERIFY(security::PasswordHasher::verify(encoded, password));
        QVERIFY(!security::PasswordHasher::verify(encoded, password + QLatin1Char(' ')));
        QVERIFY(!security::PasswordHasher::verify(encoded, QString()));
        QVERIFY(!security::PasswordHasher::verify(QString(), password));
        QVERIFY(!security::PasswordHasher::verify(QStringLiteral("garbage"), password));
        // Salted: the same password hashes differently each time.
        QVERIFY(security::PasswordHasher::hash(password) != encoded);
        QVERIFY(!security::PasswordHasher::needsRehash(encoded));
    }

    void weakerParametersNeedRehash()
    {
        // A hash made with t=1, m=8 MiB (as an older build might have).
        const QString weak = QStringLiteral(
            "$argon2id$v=19$m=8192,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$2YBzUYFU0Y2wP8RsTcq0YzJGbmd+CNbuE5jW+uP3fGQ");
        QVERIFY(security::PasswordHasher::needsRehash(weak));
    }

    void pepperedPins()
    {
        const QByteArray pepper(32, '\x5a');
        const QString encoded = security::PasswordHasher::hashPeppered(QStringLiteral("482913"), pepper);
        QVERIFY(security::PasswordHasher::verifyPeppered(encoded, QStringLiteral("482913"), pepper));
        QVERIFY(!security::PasswordHasher::verifyPeppered(encoded, QStringLiteral("482914"), pepper));
        // Without the pepper (a stolen database alone) the PIN does not verify.
        QVERIFY(!security::PasswordHasher::verify(encoded, QStringLiteral("482913")));
        QVERIFY(!security::PasswordHasher::verifyPeppered(encoded, QStringLiteral("482913"), QByteArray(32, '\x5b')));
    }
};

QTEST_GUILESS_MAIN(tst_PasswordHasher)
#include "tst_passwordhasher.moc"
