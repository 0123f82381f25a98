#pragma once

#include "core/actor.h"
#include "core/resident.h"
#include "core/result.h"
#include "services/servicedeps.h"
#include "storage/residentrepository.h"

#include <QJsonObject>

#include <memory>
#include <optional>

namespace cg::services {

class ResidentIdCodec;

// A resident as entered in the editor. `idNumber`: unset keeps the stored
// number, empty removes it, anything else replaces it (raw; normalized here).
struct ResidentDraft
{
    core::Resident resident;
    std::optional<QString> idNumber;
};

// Registering and editing residents: permissions, validation, sealing of ID
// numbers, optimistic locking and the audit trail in one place.
// Thread-safety: use from the thread that created it (it keeps a repository
// bound to that thread's connection).
class ResidentService final
{
public:
    explicit ResidentService(ServiceDeps deps);
    ~ResidentService();

    // Lists and look-ups (Permission::ViewResidents; not audited: list views
    // show masked IDs only).
    core::Result<int> count(const core::Actor& actor, const storage::ResidentFilter& filter);
    // Stops counting a broad short search after `cap` matches (see ResidentRepository::countUpTo).
    core::Result<storage::ResidentCount> countUpTo(const core::Actor& actor, const storage::ResidentFilter& filter,
                                                   int cap);
    core::Result<QList<storage::ResidentListRow>> pageAfter(const core::Actor& actor, const storage::ResidentFilter& filter,
                                                            const std::optional<storage::PageCursor>& cursor, int limit);
    core::Result<QList<storage::ResidentListRow>> pageAt(const core::Actor& actor, const storage::ResidentFilter& filter,
                                                         int offset, int limit, int total);
    core::Result<core::Resident> get(const core::Actor& actor, qint64 id);
    core::Result<QList<core::Building>> buildings(const core::Actor& actor);
    core::Result<QList<core::Unit>> units(const core::Actor& actor, qint64 buildingId);
    core::Result<QList<core::Resident>> residentsOfUnit(const core::Actor& actor, qint64 unitId, bool currentOnly);

    // Every problem with a draft (each naming its field), including a
    // duplicate ID number and the guardian rule. Empty: it can be saved.
    QList<core::Error> validate(const ResidentDraft& draft);

    // Permission::EditResidents. Nothing is written unless everything is
    // valid; the first problem comes back (validate() lists them all).
    core::Result<core::Resident> create(const core::Actor& actor, const ResidentDraft& draft);
    // Fails with Kind::Conflict when the resident changed since draft.resident.version.
    core::Result<core::Resident> update(const core::Actor& actor, const ResidentDraft& draft);

    // The full ID number (Permission::ReadFullIdNumber), audited with the reason.
    core::Result<QString> readFullId(const core::Actor& actor, qint64 id, const QString& reason);

private:
    core::Result<core::Resident> save(const core::Actor& actor, const ResidentDraft& draft, bool creating);

    ServiceDeps m_deps;
    std::unique_ptr<storage::ResidentRepository> m_repo;
    std::unique_ptr<ResidentIdCodec> m_codec;
};

// The non-sensitive facts of a resident for audit before/after details
// (names, phones, birth dates and notes appear only as "changed", so the
// append-only log keeps nothing that retention must later erase).
QJsonObject residentAuditFacts(const core::Resident& resident);
QJsonObject residentAuditChanges(const core::Resident& before, const core::Resident& after, bool idChanged);

} // namespace cg::services
