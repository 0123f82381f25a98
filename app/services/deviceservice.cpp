#include "services/deviceservice.h"

#include "core/clock.h"
#include "security/keyring.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "services/verificationservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonObject>
#include <QUrl>

namespace cg::services {

namespace {

using core::Error;
using core::Permission;
using core::Result;
using core::Status;

QString recordId(qint64 id)
{
    return QString::number(id);
}

Error lintError(const QList<core::ComplianceIssue>& issues)
{
    QStringList messages;
    for (const core::ComplianceIssue& i : issues)
        messages.append(i.message);
    Error e = Error::invalid(issues.first().field, messages.join(QLatin1Char('\n')));
    e.code = QStringLiteral("device.compliance");
    return e;
}

} // namespace

DeviceService::DeviceService(ServiceDeps deps) : m_deps(std::move(deps)), m_devices(m_deps.database) {}

QByteArray DeviceService::associatedData(qint64 id, const char* field)
{
    return "camera:" + QByteArray::number(id) + ':' + field;
}

Result<QList<core::Camera>> DeviceService::cameras(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewLive); !s)
        return s.error();
    auto rows = m_devices.cameras();
    if (!rows)
        return rows.error();
    QList<core::Camera> out;
    for (const storage::CameraRow& row : rows.value()) {
        core::Camera c = row.camera;
        if (!row.userSealed.isEmpty()) {
            auto user = m_deps.keys->open(row.userSealed, associatedData(c.id, "user"));
            if (!user)
                return user.error();
            c.user = QString::fromUtf8(user.value());
        }
        if (!row.passwordSealed.isEmpty()) {
            auto password = m_deps.keys->open(row.passwordSealed, associatedData(c.id, "password"));
            if (!password)
                return password.error();
            c.password = QString::fromUtf8(password.value());
        }
        out.append(c);
    }
    return out;
}

Result<core::Camera> DeviceService::camera(const core::Actor& actor, qint64 id)
{
    auto all = cameras(actor);
    if (!all)
        return all.error();
    for (const core::Camera& c : all.value()) {
        if (c.id == id)
            return c;
    }
    return Error::make(Error::Kind::NotFound, tr("There is no camera %1.").arg(id));
}

Status DeviceService::validate(const core::Camera& c) const
{
    if (c.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"), tr("Enter a name for the camera."));
    if (c.location.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("location"), tr("Enter where the camera's video comes from."));
    const QStringList kinds = {QStringLiteral("file"), QStringLiteral("v4l2"), QStringLiteral("rtsp"), QStringLiteral("mjpeg")};
    if (!kinds.contains(c.kind))
        return Error::invalid(QStringLiteral("kind"), tr("Choose the kind of camera."));
    if (c.kind == QLatin1String("rtsp") || c.kind == QLatin1String("mjpeg")) {
        const QUrl url(c.location, QUrl::StrictMode);
        const QString scheme = url.scheme();
        const bool schemeOk = c.kind == QLatin1String("rtsp") ? scheme == QLatin1String("rtsp") || scheme == QLatin1String("rtsps")
                                                              : scheme == QLatin1String("http") || scheme == QLatin1String("https");
        if (!url.isValid() || url.host().isEmpty() || !schemeOk)
            return Error::invalid(QStringLiteral("location"),
                                  c.kind == QLatin1String("rtsp") ? tr("Enter an address like rtsp://192.168.1.20:554/stream1.")
                                                                  : tr("Enter an address like http://192.168.1.20/video.mjpg."));
        if (!url.password().isEmpty())
            return Error::invalid(QStringLiteral("location"),
                                  tr("Put the password in the password field, not in the address (it is stored encrypted)."));
    }
    if (c.kind == QLatin1String("v4l2") && !c.location.startsWith(QLatin1String("/dev/")))
        return Error::invalid(QStringLiteral("location"), tr("Choose the camera device, e.g. /dev/v4l/by-id/…"));
    return {};
}

Result<qint64> DeviceService::saveCamera(const core::Actor& actor, const core::Camera& input)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageDevices, QStringLiteral("camera"), recordId(input.id)); !s)
        return s.error();
    core::Camera c = input;
    c.name = c.name.trimmed();
    c.location = c.location.trimmed();
    if (auto s = validate(c); !s)
        return s.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    QList<core::DoorSetup> watched;
    if (c.id > 0) {
        auto doors = m_devices.doorsWatchedBy(c.id);
        if (!doors)
            return doors.error();
        watched = doors.value();
    }
    if (const auto issues = core::DeviceRules::lintCamera(c, watched); !issues.isEmpty())
        return lintError(issues);

    const bool created = c.id == 0;
    storage::CameraRow row;
    row.camera = c;
    if (created) {
        auto id = m_devices.insertCamera(row, m_deps.clock->nowUtc());
        if (!id)
            return id.error();
        row.camera.id = id.value();
        row.camera.version = 1;
    }
    // Sealed with the record id as associated data, so ciphertexts cannot be
    // swapped between cameras.
    if (!c.user.isEmpty())
        row.userSealed = m_deps.keys->seal(c.user.toUtf8(), associatedData(row.camera.id, "user"));
    if (!c.password.isEmpty())
        row.passwordSealed = m_deps.keys->seal(c.password.toUtf8(), associatedData(row.camera.id, "password"));
    if (auto s = m_devices.updateCamera(row, m_deps.clock->nowUtc()); !s)
        return s.error();
    const QJsonObject details{{QStringLiteral("name"), c.name},
                              {QStringLiteral("kind"), c.kind},
                              {QStringLiteral("location"), c.location},
                              {QStringLiteral("has_credentials"), !c.user.isEmpty() || !c.password.isEmpty()},
                              {QStringLiteral("face_recognition"), c.faceRecognition}};
    if (auto s = m_deps.audit->record(actor, created ? QStringLiteral("device.camera.create") : QStringLiteral("device.camera.update"),
                                      QStringLiteral("camera"), recordId(row.camera.id), details);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return row.camera.id;
}

Status DeviceService::deleteCamera(const core::Actor& actor, qint64 id)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageDevices, QStringLiteral("camera"), recordId(id)); !s)
        return s;
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto existing = m_devices.camera(id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error::make(Error::Kind::NotFound, tr("There is no camera %1.").arg(id));
    if (auto s = m_devices.deleteCamera(id); !s)
        return s;
    if (auto s = m_deps.audit->record(actor, QStringLiteral("device.camera.delete"), QStringLiteral("camera"), recordId(id),
                                      {{QStringLiteral("name"), existing->value().camera.name}});
        !s)
        return s;
    return tx.commit();
}

Result<QList<core::DoorSetup>> DeviceService::doors(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewLive); !s)
        return s.error();
    return m_devices.doors();
}

Status DeviceService::saveDoor(const core::Actor& actor, const core::DoorSetup& door)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ManageDevices, QStringLiteral("door"), recordId(door.doorId)); !s)
        return s;
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto stored = m_devices.door(door.doorId);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error::make(Error::Kind::NotFound, tr("There is no door %1.").arg(door.doorId));
    core::DoorSetup d = door;
    d.name = stored->value().name;   // names and places belong to the compound model
    d.signageText = d.signageText.trimmed();
    std::optional<core::Camera> camera;
    if (d.cameraId > 0) {
        auto row = m_devices.camera(d.cameraId);
        if (!row)
            return row.error();
        if (!row->has_value())
            return Error::invalid(QStringLiteral("camera"), tr("The chosen camera no longer exists."));
        camera = row->value().camera;
    }
    if (const auto issues = core::DeviceRules::lintDoor(d, camera); !issues.isEmpty())
        return lintError(issues);
    if (auto s = m_devices.updateDoor(d); !s)
        return s;
    const QJsonObject details{{QStringLiteral("accepts_mask"), d.acceptsMask},
                              {QStringLiteral("face_reader"), d.faceReader},
                              {QStringLiteral("camera_id"), d.cameraId},
                              {QStringLiteral("signage_text"), d.signageText},
                              {QStringLiteral("signage_date"), d.signageDate.toString(Qt::ISODate)},
                              {QStringLiteral("signage_photo"), !d.signagePhoto.isEmpty()},
                              {QStringLiteral("private_space"), d.privateSpace}};
    if (auto s = m_deps.audit->record(actor, QStringLiteral("device.door.update"), QStringLiteral("door"), recordId(d.doorId), details);
        !s)
        return s;
    return tx.commit();
}

Result<QDateTime> DeviceService::unblur(const core::Actor& actor, qint64 cameraId, const QString& reason, int minutes)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::Unblur, QStringLiteral("camera"), recordId(cameraId)); !s)
        return s.error();
    if (reason.trimmed().size() < 5)
        return Error::invalid(QStringLiteral("reason"), tr("Give the reason for showing faces (at least a few words)."));
    if (minutes < 1 || minutes > kMaxUnblurMinutes)
        return Error::invalid(QStringLiteral("minutes"), tr("Faces can be shown for 1 to %1 minutes.").arg(kMaxUnblurMinutes));
    auto row = m_devices.camera(cameraId);
    if (!row)
        return row.error();
    if (!row->has_value())
        return Error::make(Error::Kind::NotFound, tr("There is no camera %1.").arg(cameraId));
    const QDateTime until = m_deps.clock->nowUtc().addSecs(qint64(minutes) * 60);
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("live.unblur"), QStringLiteral("camera"), recordId(cameraId),
                                      {{QStringLiteral("camera"), row->value().camera.name},
                                       {QStringLiteral("reason"), reason.trimmed()},
                                       {QStringLiteral("minutes"), minutes},
                                       {QStringLiteral("until"), until.toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return until;
}

Result<QList<storage::OptedOutResident>> DeviceService::optedOutAt(const core::Actor& actor, qint64 doorId)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewLive); !s)
        return s.error();
    return m_devices.optedOutAt(doorId);
}

Result<QList<storage::DoorEvent>> DeviceService::eventsAt(const core::Actor& actor, qint64 doorId, qint64 afterId)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewLive); !s)
        return s.error();
    return m_devices.eventsAt(doorId, afterId);
}

QString DeviceService::describe(const storage::DoorEvent& e)
{
    QString presented = e.presentedMasked;
    if (e.presentedKind == QLatin1String("card") || e.presentedKind == QLatin1String("card_pin"))
        presented = tr("Card %1").arg(e.presentedMasked);
    else if (e.presentedKind == QLatin1String("unit_pin"))
        presented = tr("PIN for %1").arg(e.presentedMasked.section(QLatin1Char(' '), 0, 0));
    QStringList parts = {presented};
    if (e.residentId > 0) {
        parts.append(e.unitLabel.isEmpty() ? e.residentName : tr("%1, %2").arg(e.residentName, e.unitLabel));
        parts.append(e.optedOut ? tr("opted out") : tr("face consent given"));
    } else {
        parts.append(tr("unknown holder"));
    }
    QString reason = e.reason;
    for (int i = 0; i <= int(VerificationReason::MovedOut); ++i) {
        const auto r = static_cast<VerificationReason>(i);
        if (verificationReasonKey(r) == e.reason)
            reason = verificationReasonText(r);
    }
    parts.append(e.allowed ? tr("allowed") : tr("denied: %1").arg(reason));
    return parts.join(QStringLiteral(" — "));
}

} // namespace cg::services
