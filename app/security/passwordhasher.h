#pragma once

#include <QString>

namespace cg::security {

// Argon2id password hashing with OWASP parameters (19 MiB, t = 2, p = 1).
// The encoded string carries its own salt and parameters.
// Thread-safe (stateless); each call takes tens of milliseconds by design.
class PasswordHasher final
{
public:
    // Empty string only when hashing failed (out of memory): callers must check.
    static QString hash(const QString& password);
    static bool verify(const QString& encoded, const QString& password);
    // True when `encoded` was made with weaker parameters than today's (rehash on next sign-in).
    static bool needsRehash(const QString& encoded);
    // Hash of a secret with an extra pepper prepended (PINs).
    static QString hashPeppered(const QString& secret, const QByteArray& pepper);
    static bool verifyPeppered(const QString& encoded, const QString& secret, const QByteArray& pepper);
};

} // namespace cg::security
