#include "security/keyring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUuid>

#include <sodium.h>

#include <cstring>

namespace cg::security {

namespace {

using core::Error;

constexpr QByteArrayView kMagic = "CGKEY1\n";
constexpr size_t kMasterBytes = crypto_kdf_KEYBYTES;   // 32

// Sub-key ids and 8-byte contexts for crypto_kdf_derive_from_key.
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES] = {'C', 'G', 'K', 'E', 'Y', 'S', '0', '1'};
enum SubKey : uint64_t { Seal = 1, Lookup = 2, Audit = 3, Pepper = 4, Check = 5 };

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::security::Keyring)
};

Error keyError(const QString& message, const QString& code)
{
    return Error::make(Error::Kind::Key, message, code);
}

// The UUID comes from the database file, which may be a stranger's: it must
// never be able to steer the key path out of the key folder.
bool validUuid(const QString& uuid)
{
    return !QUuid::fromString(uuid).isNull() && uuid.size() == 36;
}

Error badUuid(const QString& uuid)
{
    return keyError(Tr::tr("The database ID “%1” is not valid; the database is damaged or not a ConsentGate "
                       "database.").arg(uuid.left(40)),
                    QStringLiteral("key.uuid"));
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

struct Keyring::Secrets
{
    unsigned char master[kMasterBytes];
    unsigned char seal[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    unsigned char lookup[crypto_generichash_KEYBYTES];
    unsigned char audit[crypto_auth_hmacsha256_KEYBYTES];
    unsigned char pepper[32];
};

Keyring::Keyring() = default;

Keyring::~Keyring()
{
    if (m_secrets)
        sodium_free(m_secrets);   // zeroes the guarded pages
}

QString Keyring::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(QStringLiteral("keys"));
}

QString Keyring::keyFilePath(const QString& directory, const QString& databaseUuid)
{
    return QDir(directory).filePath(databaseUuid + QStringLiteral(".key"));
}

core::Result<std::shared_ptr<Keyring>> Keyring::create(const QString& directory, const QString& databaseUuid)
{
    if (!sodiumReady())
        return keyError(Tr::tr("The cryptography library could not start."), QStringLiteral("key.sodium"));
    QByteArray master(int(kMasterBytes), '\0');
    crypto_kdf_keygen(reinterpret_cast<unsigned char*>(master.data()));
    auto status = importMasterKey(directory, databaseUuid, master, false);
    sodium_memzero(master.data(), size_t(master.size()));
    if (!status)
        return status.error();
    return load(directory, databaseUuid);
}

core::Status Keyring::importMasterKey(const QString& directory, const QString& databaseUuid,
                                      const QByteArray& masterKey, bool overwrite)
{
    if (masterKey.size() != int(kMasterBytes))
        return keyError(Tr::tr("The key has the wrong length."), QStringLiteral("key.length"));
    if (!validUuid(databaseUuid))
        return badUuid(databaseUuid);
    if (!QDir().mkpath(directory))
        return keyError(Tr::tr("Cannot create the key folder %1.").arg(directory), QStringLiteral("key.dir"));
    QFile::setPermissions(directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = keyFilePath(directory, databaseUuid);
    if (!overwrite && QFileInfo::exists(path))
        return keyError(Tr::tr("A key file for this database already exists at %1.").arg(path), QStringLiteral("key.exists"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return keyError(Tr::tr("Cannot write the key file %1: %2").arg(path, file.errorString()), QStringLiteral("key.io"));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray content = kMagic.toByteArray() + databaseUuid.toLatin1() + '\n' + masterKey.toBase64() + '\n';
    file.write(content);
    sodium_memzero(content.data(), size_t(content.size()));
    if (!file.commit())
        return keyError(Tr::tr("Cannot write the key file %1: %2").arg(path, file.errorString()), QStringLiteral("key.io"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

core::Result<std::shared_ptr<Keyring>> Keyring::load(const QString& directory, const QString& databaseUuid)
{
    if (!sodiumReady())
        return keyError(Tr::tr("The cryptography library could not start."), QStringLiteral("key.sodium"));
    if (!validUuid(databaseUuid))
        return badUuid(databaseUuid);
    const QString path = keyFilePath(directory, databaseUuid);
    QFile file(path);
    if (!file.exists())
        return keyError(Tr::tr("The key for database %1 is missing: %2 does not exist. Encrypted data cannot be read "
                           "without it. Import the key from a key export (consentgate key import) or restore "
                           "the key folder from a backup.")
                            .arg(databaseUuid, path),
                        QStringLiteral("key.missing"));
    if (!file.open(QIODevice::ReadOnly))
        return keyError(Tr::tr("Cannot read the key file %1: %2").arg(path, file.errorString()), QStringLiteral("key.io"));
    // A key file others can read is tightened rather than refused: refusing
    // would stop the desk, while the leak (if any) has already happened.
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray content = file.readAll();
    QList<QByteArray> lines = content.split('\n');
    sodium_memzero(content.data(), size_t(content.size()));
    const auto wipeLines = qScopeGuard([&lines] {
        for (QByteArray& line : lines)
            sodium_memzero(line.data(), size_t(line.size()));
    });
    if (lines.size() < 3 || QByteArray(lines.at(0) + '\n') != kMagic.toByteArray())
        return keyError(Tr::tr("%1 is not a ConsentGate key file.").arg(path), QStringLiteral("key.format"));
    if (QString::fromLatin1(lines.at(1)) != databaseUuid)
        return keyError(Tr::tr("The key file %1 belongs to database %2, not to this database (%3).")
                            .arg(path, QString::fromLatin1(lines.at(1)), databaseUuid),
                        QStringLiteral("key.mismatch"));
    QByteArray master = QByteArray::fromBase64(lines.at(2));
    if (master.size() != int(kMasterBytes))
        return keyError(Tr::tr("The key file %1 is damaged.").arg(path), QStringLiteral("key.format"));
    auto ring = fromMasterKey(databaseUuid, master);
    sodium_memzero(master.data(), size_t(master.size()));
    if (ring)
        ring.value()->m_path = path;
    return ring;
}

core::Result<std::shared_ptr<Keyring>> Keyring::fromMasterKey(const QString& databaseUuid, const QByteArray& masterKey)
{
    if (!sodiumReady())
        return keyError(Tr::tr("The cryptography library could not start."), QStringLiteral("key.sodium"));
    if (masterKey.size() != int(kMasterBytes))
        return keyError(Tr::tr("The key has the wrong length."), QStringLiteral("key.length"));
    std::shared_ptr<Keyring> ring(new Keyring());
    ring->m_uuid = databaseUuid;
    if (!ring->deriveFrom(reinterpret_cast<const unsigned char*>(masterKey.constData())))
        return keyError(Tr::tr("Cannot allocate protected memory for the keys."), QStringLiteral("key.memory"));
    return ring;
}

QString Keyring::directory() const
{
    return m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
}

QString Keyring::chainHeadPath() const
{
    return m_path.isEmpty() ? QString() : QDir(directory()).filePath(m_uuid + QStringLiteral(".head"));
}

bool Keyring::deriveFrom(const unsigned char* master)
{
    m_secrets = static_cast<Secrets*>(sodium_malloc(sizeof(Secrets)));
    if (!m_secrets)
        return false;
    std::memcpy(m_secrets->master, master, kMasterBytes);
    crypto_kdf_derive_from_key(m_secrets->seal, sizeof m_secrets->seal, SubKey::Seal, kKdfContext, master);
    crypto_kdf_derive_from_key(m_secrets->lookup, sizeof m_secrets->lookup, SubKey::Lookup, kKdfContext, master);
    crypto_kdf_derive_from_key(m_secrets->audit, sizeof m_secrets->audit, SubKey::Audit, kKdfContext, master);
    crypto_kdf_derive_from_key(m_secrets->pepper, sizeof m_secrets->pepper, SubKey::Pepper, kKdfContext, master);
    unsigned char check[32];
    crypto_kdf_derive_from_key(check, sizeof check, SubKey::Check, kKdfContext, master);
    // The check value is a MAC of the database UUID, so it reveals nothing
    // about the key and differs between databases.
    unsigned char fingerprint[16];
    const QByteArray label = QByteArrayLiteral("ConsentGate key check v1\n") + m_uuid.toLatin1();
    crypto_generichash(fingerprint, sizeof fingerprint, reinterpret_cast<const unsigned char*>(label.constData()),
                       size_t(label.size()), check, sizeof check);
    sodium_memzero(check, sizeof check);
    m_checkValue = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(fingerprint), sizeof fingerprint).toHex());
    sodium_mprotect_readonly(m_secrets);
    return true;
}

QByteArray Keyring::seal(QByteArrayView plaintext, QByteArrayView associatedData) const
{
    QByteArray out(int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size()
                       + crypto_aead_xchacha20poly1305_ietf_ABYTES),
                   '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
        reinterpret_cast<const unsigned char*>(plaintext.data()), size_t(plaintext.size()),
        reinterpret_cast<const unsigned char*>(associatedData.data()), size_t(associatedData.size()), nullptr, nonce,
        m_secrets->seal);
    return out;
}

core::Result<QByteArray> Keyring::open(QByteArrayView sealed, QByteArrayView associatedData) const
{
    constexpr qsizetype overhead = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < overhead)
        return keyError(Tr::tr("An encrypted field is damaged."), QStringLiteral("seal.short"));
    QByteArray plain(int(sealed.size() - overhead), '\0');
    unsigned long long written = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
            nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
            size_t(sealed.size() - crypto_aead_xchacha20poly1305_ietf_NPUBBYTES),
            reinterpret_cast<const unsigned char*>(associatedData.data()), size_t(associatedData.size()), nonce,
            m_secrets->seal)
        != 0)
        return keyError(Tr::tr("An encrypted field failed its integrity check (tampered, moved to another record, "
                           "or sealed with another key)."),
                        QStringLiteral("seal.tampered"));
    plain.resize(int(written));
    return plain;
}

QByteArray Keyring::lookupHash(QByteArrayView domain, QByteArrayView value) const
{
    QByteArray out(crypto_generichash_BYTES, '\0');
    crypto_generichash_state state;
    crypto_generichash_init(&state, m_secrets->lookup, sizeof m_secrets->lookup, crypto_generichash_BYTES);
    const unsigned char separator = 0;
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(domain.data()), size_t(domain.size()));
    crypto_generichash_update(&state, &separator, 1);
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(value.data()), size_t(value.size()));
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), size_t(out.size()));
    return out;
}

QByteArray Keyring::auditMac(QByteArrayView message) const
{
    QByteArray out(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char*>(out.data()),
                           reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size()),
                           m_secrets->audit);
    return out;
}

bool Keyring::auditMacMatches(QByteArrayView message, QByteArrayView mac) const
{
    if (mac.size() != qsizetype(crypto_auth_hmacsha256_BYTES))
        return false;
    return crypto_auth_hmacsha256_verify(reinterpret_cast<const unsigned char*>(mac.data()),
                                         reinterpret_cast<const unsigned char*>(message.data()),
                                         size_t(message.size()), m_secrets->audit)
           == 0;
}

QByteArray Keyring::pinPepper() const
{
    return QByteArray(reinterpret_cast<const char*>(m_secrets->pepper), sizeof m_secrets->pepper);
}

QByteArray Keyring::exportMasterKey() const
{
    return QByteArray(reinterpret_cast<const char*>(m_secrets->master), sizeof m_secrets->master);
}

} // namespace cg::security
