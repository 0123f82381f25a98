#pragma once

#include "core/actor.h"
#include "core/device.h"
#include "core/result.h"
#include "services/servicedeps.h"
#include "storage/devicerepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace cg::services {

// The device registry (cameras, the device side of doors) and the live
// view's audited privileges. Every change runs the compliance lint, checks
// Permission::ManageDevices and is audited in the same transaction. Camera
// credentials are sealed with "camera:<id>:user|password" as associated data.
// Thread-safety: use from one thread (the one whose connection it uses).
class DeviceService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::DeviceService)
public:
    explicit DeviceService(ServiceDeps deps);

    // Cameras with credentials opened (for the capture workers): ViewLive.
    core::Result<QList<core::Camera>> cameras(const core::Actor& actor);
    core::Result<core::Camera> camera(const core::Actor& actor, qint64 id);
    // Insert (id 0) or update; returns the id. Invalid errors name the field.
    core::Result<qint64> saveCamera(const core::Actor& actor, const core::Camera& camera);
    core::Status deleteCamera(const core::Actor& actor, qint64 id);

    core::Result<QList<core::DoorSetup>> doors(const core::Actor& actor);
    core::Status saveDoor(const core::Actor& actor, const core::DoorSetup& door);

    // Unblur one camera for `minutes` (1-15) with a reason: Permission::Unblur,
    // audited ("live.unblur"). Returns when it ends.
    core::Result<QDateTime> unblur(const core::Actor& actor, qint64 cameraId, const QString& reason, int minutes);
    static constexpr int kMaxUnblurMinutes = 15;

    // The door panel: ViewLive.
    core::Result<QList<storage::OptedOutResident>> optedOutAt(const core::Actor& actor, qint64 doorId);
    core::Result<QList<storage::DoorEvent>> eventsAt(const core::Actor& actor, qint64 doorId, qint64 afterId);

    // "Card •••• 1234 — Wang Fang, 3-1502 — opted out — allowed" (translated).
    static QString describe(const storage::DoorEvent& event);

private:
    core::Status validate(const core::Camera& camera) const;
    static QByteArray associatedData(qint64 id, const char* field);

    ServiceDeps m_deps;
    storage::DeviceRepository m_devices;
};

} // namespace cg::services
