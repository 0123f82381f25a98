#pragma once

#include "core/device.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>

#include <memory>
#include <optional>

namespace cg::storage {

class Database;

// A camera row as stored: credentials stay sealed here (services open them).
struct CameraRow
{
    core::Camera camera;          // user/password empty
    QByteArray userSealed;
    QByteArray passwordSealed;
};

// An active non-biometric credential as the door panel lists it: its type key
// (core::credentialTypeKey) and, for a card, the last four digits. The words
// shown for it are the UI's job, so they follow the user's language.
struct HeldCredential
{
    QString type;                 // "card", "pin", "qr", "visitor"
    QString cardLast4;            // empty unless a card
    bool operator==(const HeldCredential&) const = default;
};

// A resident of the buildings a door serves who has no active face consent,
// with the non-biometric credentials that let them through.
struct OptedOutResident
{
    qint64 residentId = 0;
    QString name;
    QString unitLabel;
    QString buildingName;
    QList<HeldCredential> credentials;
};

// One presentation at a door (credential_events), for the live view's panel.
struct DoorEvent
{
    qint64 id = 0;
    QDateTime at;
    QString presentedKind;
    QString presentedMasked;
    bool allowed = false;
    QString reason;
    qint64 residentId = 0;
    QString residentName;
    QString unitLabel;
    bool optedOut = false;        // the resident holds no active face consent
};

// SQL for cameras and the device side of doors.
// Thread-safety: use from the thread whose connection it takes.
class DeviceRepository final
{
public:
    explicit DeviceRepository(std::shared_ptr<Database> database);

    core::Result<QList<CameraRow>> cameras() const;
    core::Result<std::optional<CameraRow>> camera(qint64 id) const;
    core::Result<qint64> insertCamera(const CameraRow& row, const QDateTime& now);
    // Conflict when the stored version differs from row.camera.version.
    core::Status updateCamera(const CameraRow& row, const QDateTime& now);
    core::Status deleteCamera(qint64 id);

    core::Result<QList<core::DoorSetup>> doors() const;
    core::Result<std::optional<core::DoorSetup>> door(qint64 id) const;
    core::Result<QList<core::DoorSetup>> doorsWatchedBy(qint64 cameraId) const;
    core::Status updateDoor(const core::DoorSetup& door);   // Conflict on a stale version

    // Residents of the door's building (every building of the compound for a
    // gate) without active face consent, who still live there, by unit.
    core::Result<QList<OptedOutResident>> optedOutAt(qint64 doorId, int limit = 500) const;
    core::Result<QList<DoorEvent>> eventsAt(qint64 doorId, qint64 afterId, int limit = 50) const;

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
