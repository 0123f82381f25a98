#pragma once

#include "core/resident.h"
#include "core/result.h"
#include "storage/residentrepository.h"

#include <memory>

namespace cg::security {
class Keyring;
}

namespace cg::services {

// Turns a normalized ID number into what storage keeps: the sealed number
// (associated data "resident:<id>:id_number", so it cannot be moved to another
// record), the keyed look-up hash for duplicate detection, and the masked form.
// Thread-safe (the keyring is).
class ResidentIdCodec final
{
public:
    explicit ResidentIdCodec(std::shared_ptr<security::Keyring> keys);

    storage::SealedIdNumber seal(qint64 residentId, core::IdKind kind, const QString& normalized) const;
    core::Result<QString> open(qint64 residentId, const QByteArray& sealed) const;
    QByteArray lookup(const QString& normalized) const;
    static QByteArray associatedData(qint64 residentId);

private:
    std::shared_ptr<security::Keyring> m_keys;
};

} // namespace cg::services
