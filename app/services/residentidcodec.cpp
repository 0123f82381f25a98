#include "services/residentidcodec.h"

#include "core/residentrules.h"
#include "security/keyring.h"

namespace cg::services {

ResidentIdCodec::ResidentIdCodec(std::shared_ptr<security::Keyring> keys) : m_keys(std::move(keys)) {}

QByteArray ResidentIdCodec::associatedData(qint64 residentId)
{
    return QByteArrayLiteral("resident:") + QByteArray::number(residentId) + QByteArrayLiteral(":id_number");
}

storage::SealedIdNumber ResidentIdCodec::seal(qint64 residentId, core::IdKind kind, const QString& normalized) const
{
    storage::SealedIdNumber out;
    if (normalized.isEmpty() || kind == core::IdKind::None)
        return out;
    const QByteArray utf8 = normalized.toUtf8();
    out.kind = kind;
    out.sealed = m_keys->seal(utf8, associatedData(residentId));
    out.lookup = lookup(normalized);
    out.masked = core::maskIdNumber(normalized);
    return out;
}

core::Result<QString> ResidentIdCodec::open(qint64 residentId, const QByteArray& sealed) const
{
    auto plain = m_keys->open(sealed, associatedData(residentId));
    if (!plain)
        return plain.error();
    return QString::fromUtf8(plain.value());
}

QByteArray ResidentIdCodec::lookup(const QString& normalized) const
{
    return m_keys->lookupHash("id", normalized.toUtf8());
}

} // namespace cg::services
