#include "security/chainhead.h"
#include "security/keyexport.h"
#include "security/keyring.h"
#include "support/fakeclock.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace cg;

class tst_Keyring : public QObject
{
    Q_OBJECT

    QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

private Q_SLOTS:
    void createLoadAndPermissions()
    {
        QTemporaryDir dir;
        const QString uuid = newUuid();
        auto created = security::Keyring::create(dir.path(), uuid);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        const QString path = security::Keyring::keyFilePath(dir.path(), uuid);
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                  | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(path) & groupOrOther, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        auto loaded = security::Keyring::load(dir.path(), uuid);
        QVERIFY(loaded);
        QCOMPARE(loaded.value()->keyCheckValue(), created.value()->keyCheckValue());
        QCOMPARE(loaded.value()->keyCheckValue().size(), 32);
        // A second create must not overwrite the key.
        auto again = security::Keyring::create(dir.path(), uuid);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("key.exists"));
    }

    void sealRoundTripAndTamper()
    {
        QTemporaryDir dir;
        auto keys = security::Keyring::create(dir.path(), newUuid()).value();
        const QByteArray secret = QByteArrayLiteral("330106199001011234");
        const QByteArray sealedA = keys->seal(secret, "resident:1:id_number");
        const QByteArray sealedB = keys->seal(QByteArrayLiteral("110101198502023456"), "resident:2:id_number");
        QVERIFY(!sealedA.contains(secret));
        QCOMPARE(keys->open(sealedA, "resident:1:id_number").value(), secret);
        // Random nonces: sealing twice gives different ciphertexts.
        QVERIFY(keys->seal(secret, "resident:1:id_number") != sealedA);

        for (int i = 0; i < sealedA.size(); i += 7) {
            QByteArray changed = sealedA;
            changed[i] = char(changed[i] ^ 0x01);
            auto opened = keys->open(changed, "resident:1:id_number");
            QVERIFY2(!opened, qPrintable(QStringLiteral("byte %1 changed but opened").arg(i)));
            QCOMPARE(opened.error().kind, core::Error::Kind::Key);
            QCOMPARE(opened.error().code, QStringLiteral("seal.tampered"));
        }
        // Ciphertexts swapped between records fail: the record id is bound in.
        QVERIFY(!keys->open(sealedA, "resident:2:id_number"));
        QVERIFY(!keys->open(sealedB, "resident:1:id_number"));
        QVERIFY(!keys->open(sealedA.left(10), "resident:1:id_number"));

        // Another key cannot open it.
        auto other = security::Keyring::create(dir.path(), newUuid()).value();
        QVERIFY(!other->open(sealedA, "resident:1:id_number"));
        QVERIFY(other->keyCheckValue() != keys->keyCheckValue());
    }

    void lookupHashAndMac()
    {
        QTemporaryDir dir;
        auto keys = security::Keyring::create(dir.path(), newUuid()).value();
        QCOMPARE(keys->lookupHash("card", "12345678"), keys->lookupHash("card", "12345678"));
        QVERIFY(keys->lookupHash("card", "12345678") != keys->lookupHash("qr", "12345678"));
        QCOMPARE(keys->lookupHash("card", "1").size(), 32);
        const QByteArray mac = keys->auditMac("entry");
        QVERIFY(keys->auditMacMatches("entry", mac));
        QVERIFY(!keys->auditMacMatches("entrz", mac));
        QVERIFY(!keys->auditMacMatches("entry", mac.left(31)));
        QCOMPARE(keys->pinPepper().size(), 32);
    }

    void missingAndMismatchedKey()
    {
        QTemporaryDir dir;
        const QString uuid = newUuid();
        auto missing = security::Keyring::load(dir.path(), uuid);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, core::Error::Kind::Key);
        QCOMPARE(missing.error().code, QStringLiteral("key.missing"));
        QVERIFY(missing.error().message.contains(QStringLiteral("key import")));

        // A key file copied under another database's name is refused.
        const QString other = newUuid();
        QVERIFY(security::Keyring::create(dir.path(), other));
        QVERIFY(QFile::copy(security::Keyring::keyFilePath(dir.path(), other),
                            security::Keyring::keyFilePath(dir.path(), uuid)));
        auto mismatched = security::Keyring::load(dir.path(), uuid);
        QVERIFY(!mismatched);
        QCOMPARE(mismatched.error().code, QStringLiteral("key.mismatch"));

        // A damaged file.
        QFile damaged(security::Keyring::keyFilePath(dir.path(), uuid));
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write("CGKEY1\n" + uuid.toLatin1() + "\nnot-base64\n");
        damaged.close();
        auto broken = security::Keyring::load(dir.path(), uuid);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, QStringLiteral("key.format"));

        // A database "UUID" that tries to leave the key folder.
        auto escape = security::Keyring::load(dir.path(), QStringLiteral("../../etc/passwd"));
        QVERIFY(!escape);
        QCOMPARE(escape.error().code, QStringLiteral("key.uuid"));
    }

    void exportImportRoundTrip()
    {
        QTemporaryDir dir;
        const QString uuid = newUuid();
        auto keys = security::Keyring::create(dir.path(), uuid).value();
        const QByteArray sealed = keys->seal("signature-bytes", "consent:7:signature");
        const security::ChainHead head{42, QByteArray(32, 'm')};
        const QString passphrase = QStringLiteral("correct horse battery staple");

        auto tooShort = security::KeyExport::protect(*keys, QStringLiteral("short"), head, QDateTime::currentDateTimeUtc());
        QVERIFY(!tooShort);
        QCOMPARE(tooShort.error().field, QStringLiteral("passphrase"));

        auto file = security::KeyExport::protect(*keys, passphrase, head, test::FakeClock().nowUtc());
        QVERIFY(file);
        QVERIFY(!file->contains(keys->exportMasterKey()));
        QVERIFY(!file->contains(keys->exportMasterKey().toBase64()));

        auto wrong = security::KeyExport::unprotect(file.value(), QStringLiteral("correct horse battery stapler"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, core::Error::Kind::Key);
        QCOMPARE(wrong.error().code, QStringLiteral("key.passphrase"));

        QByteArray altered = file.value();
        altered.replace(QByteArray("database " + uuid.toLatin1()), QByteArray("database " + newUuid().toLatin1()));
        QVERIFY(!security::KeyExport::unprotect(altered, passphrase));
        QVERIFY(!security::KeyExport::unprotect(QByteArrayLiteral("hello\n"), passphrase));

        auto contents = security::KeyExport::unprotect(file.value(), passphrase);
        QVERIFY(contents);
        QCOMPARE(contents->databaseUuid, uuid);
        QVERIFY(contents->head.has_value());
        QCOMPARE(contents->head->id, 42);
        QCOMPARE(contents->head->mac, head.mac);

        // Installed on a second desk, the key opens what the first sealed.
        QTemporaryDir secondDesk;
        QVERIFY(security::Keyring::importMasterKey(secondDesk.path(), uuid, contents->masterKey, false));
        contents->wipe();
        auto restored = security::Keyring::load(secondDesk.path(), uuid).value();
        QCOMPARE(restored->keyCheckValue(), keys->keyCheckValue());
        QCOMPARE(restored->open(sealed, "consent:7:signature").value(), QByteArrayLiteral("signature-bytes"));
    }

    void chainHeadFile()
    {
        QTemporaryDir dir;
        const QString uuid = newUuid();
        const QString path = dir.filePath(uuid + QStringLiteral(".head"));
        QVERIFY(!security::ChainHeadFile::read(path, uuid).value().has_value());
        QVERIFY(security::ChainHeadFile::advance(path, uuid, {5, QByteArray(32, 'a')}));
        QVERIFY(security::ChainHeadFile::advance(path, uuid, {3, QByteArray(32, 'b')}));   // never backwards
        const std::optional<security::ChainHead> read = security::ChainHeadFile::read(path, uuid).value();
        QVERIFY(read.has_value());
        const security::ChainHead head = read.value_or(security::ChainHead{});
        QCOMPARE(head.id, 5);
        QCOMPARE(head.mac, QByteArray(32, 'a'));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
        QCOMPARE(security::ChainHeadFile::read(path, newUuid()).error().code, QStringLiteral("head.mismatch"));
    }
};

QTEST_GUILESS_MAIN(tst_Keyring)
#include "tst_keyring.moc"
