#include "security/passwordhasher.h"

#include <QByteArray>

#include <sodium.h>

namespace cg::security {

namespace {

// OWASP's Argon2id minimum: 19 MiB memory, 2 iterations, parallelism 1.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19u * 1024u * 1024u;

QString hashBytes(QByteArray secret)
{
    if (sodium_init() < 0)
        return {};
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str_alg(out, secret.constData(), size_t(secret.size()), kOpsLimit, kMemLimit,
                                         crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(secret.data(), size_t(secret.size()));
    return rc == 0 ? QString::fromLatin1(out) : QString();
}

bool verifyBytes(const QString& encoded, QByteArray secret)
{
    if (sodium_init() < 0 || encoded.isEmpty())
        return false;
    const QByteArray stored = encoded.toLatin1();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), secret.constData(), size_t(secret.size())) == 0;
    sodium_memzero(secret.data(), size_t(secret.size()));
    return ok;
}

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    return hashBytes(password.toUtf8());
}

bool PasswordHasher::verify(const QString& encoded, const QString& password)
{
    return verifyBytes(encoded, password.toUtf8());
}

bool PasswordHasher::needsRehash(const QString& encoded)
{
    if (sodium_init() < 0)
        return false;
    const QByteArray stored = encoded.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), kOpsLimit, kMemLimit) != 0;
}

QString PasswordHasher::hashPeppered(const QString& secret, const QByteArray& pepper)
{
    return hashBytes(pepper + secret.toUtf8());
}

bool PasswordHasher::verifyPeppered(const QString& encoded, const QString& secret, const QByteArray& pepper)
{
    return verifyBytes(encoded, pepper + secret.toUtf8());
}

} // namespace cg::security
