#include "services/consentmoveouthook.h"

#include "core/resident.h"
#include "services/consentservice.h"

#include <QCoreApplication>

namespace cg::services {

ConsentMoveOutHook::ConsentMoveOutHook(std::shared_ptr<ConsentService> consent) : m_consent(std::move(consent)) {}

QStringList ConsentMoveOutHook::plannedActions(const core::Resident& resident)
{
    Q_UNUSED(resident);
    return {QCoreApplication::translate("cg::services::ConsentMoveOutHook",
                                        "Delete face data (enrolment photo and templates) and queue deletion on door terminals")};
}

core::Result<QStringList> ConsentMoveOutHook::residentMovedOut(const core::Actor& actor, const core::Resident& resident,
                                                               const QDate& moveOutDate)
{
    Q_UNUSED(moveOutDate);
    auto purged = m_consent->purgeFaceData(actor, resident.id, QStringLiteral("moved_out"));
    if (!purged)
        return purged.error();
    return QStringList{QCoreApplication::translate("cg::services::ConsentMoveOutHook",
                                                   "Face data deleted: %1 image(s); %2 device(s) queued")
                           .arg(purged->imagesDeleted)
                           .arg(purged->devicesQueued)};
}

core::Result<QStringList> ConsentMoveOutHook::residentAnonymising(const core::Actor& actor, const core::Resident& resident)
{
    // Nothing biometric may outlive the record; normally already gone at move-out.
    return residentMovedOut(actor, resident, {});
}

} // namespace cg::services
