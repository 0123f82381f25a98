#pragma once

#include "services/moveouthook.h"

#include <memory>

namespace cg::services {

class ConsentService;

// Move-out ends the purpose of face recognition: inside the move-out
// transaction, the resident's face data is deleted, the consent closed in the
// ledger and every device copy queued for deletion (DOMAIN.md rule 4).
class ConsentMoveOutHook final : public MoveOutHook
{
public:
    explicit ConsentMoveOutHook(std::shared_ptr<ConsentService> consent);

    QString key() const override { return QStringLiteral("face_data"); }
    QStringList plannedActions(const core::Resident& resident) override;
    core::Result<QStringList> residentMovedOut(const core::Actor& actor, const core::Resident& resident,
                                               const QDate& moveOutDate) override;
    core::Result<QStringList> residentAnonymising(const core::Actor& actor, const core::Resident& resident) override;

private:
    std::shared_ptr<ConsentService> m_consent;
};

} // namespace cg::services
