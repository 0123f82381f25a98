#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace cg::security {

// The secret keys of one database, read from "<key dir>/<database uuid>.key"
// (mode 0600, never inside the database). One master key; purpose keys are
// derived from it (sealing, look-up hashing, audit MAC, PIN pepper), so a
// leak of one derived use does not reveal another.
//
// Thread-safety: const methods are safe from any thread. Key bytes live in
// libsodium's guarded memory and are wiped on destruction.
class Keyring final
{
public:
    ~Keyring();
    Keyring(const Keyring&) = delete;
    Keyring& operator=(const Keyring&) = delete;

    // Platform config directory + "/keys".
    static QString defaultDirectory();
    static QString keyFilePath(const QString& directory, const QString& databaseUuid);

    // Creates a new key file; fails (Kind::Key) if one exists already.
    static core::Result<std::shared_ptr<Keyring>> create(const QString& directory, const QString& databaseUuid);
    // Loads the key file; Kind::Key error when missing, unreadable or for another database.
    static core::Result<std::shared_ptr<Keyring>> load(const QString& directory, const QString& databaseUuid);

    // Builds a keyring in memory from a master key (key import checks an
    // exported key against the database before writing any file).
    static core::Result<std::shared_ptr<Keyring>> fromMasterKey(const QString& databaseUuid,
                                                                const QByteArray& masterKey);

    QString databaseUuid() const { return m_uuid; }
    QString filePath() const { return m_path; }          // empty for an in-memory keyring
    QString directory() const;                           // the key folder; empty in memory
    // "<key dir>/<uuid>.head": the audit chain head (security/chainhead.h).
    QString chainHeadPath() const;

    // A non-secret fingerprint of the master key for this database (keyed
    // BLAKE2b of a constant, hex). Stored in the database so a wrong key file
    // under the right name is told apart from damaged data.
    QString keyCheckValue() const { return m_checkValue; }

    // XChaCha20-Poly1305 with a random 24-byte nonce prepended. The associated
    // data binds a ciphertext to its record (e.g. "resident:42:id_number"), so
    // ciphertexts swapped between records fail to open.
    QByteArray seal(QByteArrayView plaintext, QByteArrayView associatedData) const;
    core::Result<QByteArray> open(QByteArrayView sealed, QByteArrayView associatedData) const;

    // Keyed BLAKE2b-256 for look-ups (card numbers, QR tokens, ID numbers):
    // equal inputs give equal hashes, but the database alone reveals nothing.
    // `domain` separates uses ("card", "qr", "id").
    QByteArray lookupHash(QByteArrayView domain, QByteArrayView value) const;

    // HMAC-SHA-256 with the audit key (the audit chain).
    QByteArray auditMac(QByteArrayView message) const;
    // Constant-time check of an audit MAC.
    bool auditMacMatches(QByteArrayView message, QByteArrayView mac) const;

    // The PIN pepper mixed into PIN hashes (never stored in the database).
    QByteArray pinPepper() const;

    // Raw master key, for key export only.
    QByteArray exportMasterKey() const;
    // Writes a key file for `databaseUuid` from an exported master key.
    static core::Status importMasterKey(const QString& directory, const QString& databaseUuid,
                                        const QByteArray& masterKey, bool overwrite);

private:
    Keyring();
    bool deriveFrom(const unsigned char* master);
    struct Secrets;
    Secrets* m_secrets = nullptr;
    QString m_uuid;
    QString m_path;
    QString m_checkValue;
};

} // namespace cg::security
