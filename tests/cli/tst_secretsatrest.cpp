// What `strings` on the database would find: no password, no key, no sealed
// plaintext (full ID numbers), after a realistic session through the binary.
#include "cli/clirunner.h"
#include "security/keyring.h"
#include "support/tempdatabase.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

class tst_SecretsAtRest : public QObject
{
    Q_OBJECT

    // The printable runs of 4+ characters, like strings(1), over the database and its WAL.
    static QByteArray strings(const QString& path)
    {
        QByteArray all;
        for (const QString& file : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        QByteArray out;
        QByteArray run;
        for (char c : std::as_const(all)) {
            if (c >= 0x20 && c < 0x7f) {
                run += c;
            } else {
                if (run.size() >= 4)
                    out += run + '\n';
                run.clear();
            }
        }
        return out + run;
    }

private Q_SLOTS:
    void nothingSecretInTheFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("cg.sqlite"));
        const QString keys = dir.filePath(QStringLiteral("keys"));
        const QByteArray password = QByteArrayLiteral("Tr0ub4dor-desk-secret");
        auto r = test::runCli({QStringLiteral("init"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), keys,
                               QStringLiteral("--admin"), QStringLiteral("chief"), QStringLiteral("--password-file"),
                               QStringLiteral("-")},
                              password + '\n');
        QCOMPARE(r.code, 0);
        r = test::runCli({QStringLiteral("demo"), QStringLiteral("--database"), db, QStringLiteral("--key-dir"), keys,
                          QStringLiteral("--residents"), QStringLiteral("300")});
        QCOMPARE(r.code, 0);

        // The key file is owner-only and the only place the key lives.
        QDir keyDir(keys);
        const QStringList keyFiles = keyDir.entryList({QStringLiteral("*.key")});
        QCOMPARE(keyFiles.size(), 1);
        const QString keyPath = keyDir.filePath(keyFiles.first());
        QCOMPARE(QFile::permissions(keyPath) & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        QFile keyFile(keyPath);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray masterB64 = keyFile.readAll().split('\n').value(2);
        const QByteArray master = QByteArray::fromBase64(masterB64);
        QCOMPARE(master.size(), 32);

        QFile raw(db);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll() + [&] {
            QFile wal(db + QStringLiteral("-wal"));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        QVERIFY(!bytes.contains(password));
        QVERIFY(!bytes.contains(master));
        QVERIFY(!bytes.contains(masterB64));
        QVERIFY(!bytes.contains(master.toHex()));

        const QByteArray text = strings(db);
        QVERIFY(text.contains("$argon2id$"));   // the password is there only as an Argon2id hash
        QVERIFY(!text.contains(password));
        // No full PRC ID number (17 digits + check character) in clear.
        const QRegularExpression fullId(QStringLiteral("\\b[1-9]\\d{16}[\\dX]\\b"));
        const QRegularExpressionMatch match = fullId.match(QString::fromLatin1(text));
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured(0)));
    }
};

QTEST_GUILESS_MAIN(tst_SecretsAtRest)
#include "tst_secretsatrest.moc"
