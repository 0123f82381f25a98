#include "security/keyexport.h"

#include "security/keyring.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>

#include <sodium.h>

namespace cg::security {

namespace {

constexpr QByteArrayView kMagic = "CGKEYEXPORT1";
constexpr unsigned long long kOpsLimit = 3;
constexpr size_t kMemLimit = 64u * 1024u * 1024u;

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::security::KeyExport)
};

core::Error keyError(const QString& message, const QString& code)
{
    return core::Error::make(core::Error::Kind::Key, message, code);
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
}

// Argon2id(passphrase, salt) -> secretbox key.
bool deriveKey(unsigned char* key, const QString& passphrase, const QByteArray& salt, unsigned long long ops,
               size_t mem)
{
    QByteArray utf8 = passphrase.toUtf8();
    const int rc = crypto_pwhash(key, crypto_secretbox_KEYBYTES, utf8.constData(), size_t(utf8.size()),
                                 reinterpret_cast<const unsigned char*>(salt.constData()), ops, mem,
                                 crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    return rc == 0;
}

} // namespace

void KeyExport::Contents::wipe()
{
    security::wipe(masterKey);
    masterKey.clear();
}

core::Status KeyExport::checkStrength(const QString& passphrase)
{
    const auto weak = [](const QString& why) { return core::Error::invalid(QStringLiteral("passphrase"), why); };
    if (passphrase.size() < kMinimumPassphraseLength)
        return weak(Tr::tr("The passphrase must have at least %1 characters.").arg(kMinimumPassphraseLength));
    QSet<QChar> distinct;
    bool letters = false;
    bool digits = false;
    bool others = false;
    for (const QChar c : passphrase) {
        distinct.insert(c);
        letters = letters || c.isLetter();
        digits = digits || c.isDigit();
        others = others || (!c.isLetter() && !c.isDigit());
    }
    if (distinct.size() < 6)
        return weak(Tr::tr("The passphrase repeats too few characters; use at least 6 different ones."));
    if (int(letters) + int(digits) + int(others) < 2 && passphrase.size() < 20)
        return weak(Tr::tr("Mix letters with digits, spaces or punctuation, or use at least 20 characters "
                           "(for example four unrelated words)."));
    return {};
}

core::Result<QByteArray> KeyExport::protect(const Keyring& keys, const QString& passphrase,
                                            const std::optional<ChainHead>& head, const QDateTime& nowUtc)
{
    if (passphrase.size() < kMinimumPassphraseLength)
        return core::Error::invalid(QStringLiteral("passphrase"),
                                    Tr::tr("The passphrase must have at least %1 characters.").arg(kMinimumPassphraseLength));
    if (sodium_init() < 0)
        return keyError(Tr::tr("The cryptography library could not start."), QStringLiteral("key.sodium"));

    QByteArray salt(crypto_pwhash_SALTBYTES, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    QByteArray nonce(crypto_secretbox_NONCEBYTES, '\0');
    randombytes_buf(nonce.data(), size_t(nonce.size()));

    QByteArray master = keys.exportMasterKey();
    QByteArray masterB64 = master.toBase64();
    QByteArray plain = keys.databaseUuid().toLatin1() + '\n' + masterB64 + '\n'
                       + QByteArray::number(head ? head->id : 0) + '\n' + (head ? head->mac.toHex() : QByteArray())
                       + '\n' + nowUtc.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    wipe(master);
    wipe(masterB64);

    unsigned char key[crypto_secretbox_KEYBYTES];
    const auto wipeAll = qScopeGuard([&] {
        sodium_memzero(key, sizeof key);
        wipe(plain);
    });
    if (!deriveKey(key, passphrase, salt, kOpsLimit, kMemLimit))
        return keyError(Tr::tr("Not enough memory to protect the key export."), QStringLiteral("key.memory"));
    QByteArray box(int(plain.size() + crypto_secretbox_MACBYTES), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(box.data()),
                          reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()),
                          reinterpret_cast<const unsigned char*>(nonce.constData()), key);

    QByteArray out = kMagic.toByteArray() + '\n';
    out += "database " + keys.databaseUuid().toLatin1() + '\n';
    out += "kdf argon2id13 " + QByteArray::number(kOpsLimit) + ' ' + QByteArray::number(qulonglong(kMemLimit)) + '\n';
    out += "salt " + salt.toBase64() + '\n';
    out += "nonce " + nonce.toBase64() + '\n';
    out += "box " + box.toBase64() + '\n';
    return out;
}

core::Result<KeyExport::Contents> KeyExport::unprotect(const QByteArray& file, const QString& passphrase)
{
    if (sodium_init() < 0)
        return keyError(Tr::tr("The cryptography library could not start."), QStringLiteral("key.sodium"));
    const auto damaged = [] {
        return keyError(Tr::tr("This is not a ConsentGate key export, or the file is damaged."),
                        QStringLiteral("key.export_format"));
    };
    const QList<QByteArray> lines = file.split('\n');
    if (lines.size() < 6 || lines.at(0) != kMagic.toByteArray())
        return damaged();
    auto field = [&lines](const QByteArray& name) -> QByteArray {
        for (const QByteArray& line : lines) {
            if (line.startsWith(QByteArray(name + ' ')))
                return line.mid(name.size() + 1);
        }
        return {};
    };
    const QList<QByteArray> kdf = field("kdf").split(' ');
    const QByteArray salt = QByteArray::fromBase64(field("salt"));
    const QByteArray nonce = QByteArray::fromBase64(field("nonce"));
    const QByteArray box = QByteArray::fromBase64(field("box"));
    bool opsOk = false;
    bool memOk = false;
    const unsigned long long ops = kdf.size() == 3 ? kdf.at(1).toULongLong(&opsOk) : 0;
    const unsigned long long mem = kdf.size() == 3 ? kdf.at(2).toULongLong(&memOk) : 0;
    // Bounds keep a crafted file from asking for absurd work or memory.
    if (kdf.size() != 3 || kdf.at(0) != "argon2id13" || !opsOk || !memOk || ops < 1 || ops > 20
        || mem < 8u * 1024u * 1024u || mem > 1024ull * 1024u * 1024u || salt.size() != crypto_pwhash_SALTBYTES
        || nonce.size() != crypto_secretbox_NONCEBYTES || box.size() <= int(crypto_secretbox_MACBYTES))
        return damaged();

    unsigned char key[crypto_secretbox_KEYBYTES];
    QByteArray plain(int(box.size() - crypto_secretbox_MACBYTES), '\0');
    const auto wipeAll = qScopeGuard([&] {
        sodium_memzero(key, sizeof key);
        wipe(plain);
    });
    if (!deriveKey(key, passphrase, salt, ops, size_t(mem)))
        return keyError(Tr::tr("Not enough memory to open the key export."), QStringLiteral("key.memory"));
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char*>(plain.data()),
                                   reinterpret_cast<const unsigned char*>(box.constData()), size_t(box.size()),
                                   reinterpret_cast<const unsigned char*>(nonce.constData()), key)
        != 0)
        return keyError(Tr::tr("The passphrase is wrong, or the key export file was altered."),
                        QStringLiteral("key.passphrase"));

    QList<QByteArray> parts = plain.split('\n');
    const auto wipeParts = qScopeGuard([&parts] {
        for (QByteArray& part : parts)
            wipe(part);
    });
    if (parts.size() < 5)
        return damaged();
    Contents contents;
    contents.databaseUuid = QString::fromLatin1(parts.at(0));
    contents.masterKey = QByteArray::fromBase64(parts.at(1));
    if (contents.databaseUuid != QString::fromLatin1(field("database")))
        return damaged();
    const qint64 headId = parts.at(2).toLongLong();
    if (headId > 0)
        contents.head = ChainHead{headId, QByteArray::fromHex(parts.at(3))};
    contents.exportedAt = QDateTime::fromString(QString::fromLatin1(parts.at(4)), Qt::ISODate);
    return contents;
}

} // namespace cg::security
