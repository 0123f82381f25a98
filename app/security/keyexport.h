#pragma once

#include "core/result.h"
#include "security/chainhead.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace cg::security {

class Keyring;

// A passphrase-protected copy of a database's master key, for a second desk
// and for backups ("consentgate key export/import"). The passphrase is
// stretched with Argon2id (64 MiB, t = 3: an export is rare, guessing must be
// dear) and the key sealed with XSalsa20-Poly1305 (libsodium secretbox). The
// database UUID and the audit chain head at export time travel inside the box.
// Stateless and thread-safe.
class KeyExport final
{
public:
    static constexpr int kMinimumPassphraseLength = 12;

    struct Contents
    {
        QString databaseUuid;
        QByteArray masterKey;              // wipe with wipe() once used
        std::optional<ChainHead> head;     // the chain head when the key was exported
        QDateTime exportedAt;
        void wipe();
    };

    // The rule for a new backup passphrase (stricter than protect(), which
    // also opens older exports): at least 12 characters, at least 6
    // different ones, and not only digits or only letters unless 20 or more.
    // Error (Invalid, field "passphrase") naming what is missing.
    static core::Status checkStrength(const QString& passphrase);

    // The export file's bytes. Error (Invalid, field "passphrase") when the passphrase is too short.
    static core::Result<QByteArray> protect(const Keyring& keys, const QString& passphrase,
                                            const std::optional<ChainHead>& head, const QDateTime& nowUtc);
    // Kind::Key error when the file is not an export, is damaged, or the passphrase is wrong.
    static core::Result<Contents> unprotect(const QByteArray& file, const QString& passphrase);
};

} // namespace cg::security
