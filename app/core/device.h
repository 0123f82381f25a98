#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace cg::core {

// A camera in the device registry. user/password are plaintext only in
// memory; storage keeps them sealed (security::Keyring).
struct Camera
{
    qint64 id = 0;
    QString name;
    QString kind = QStringLiteral("file");   // "file", "v4l2", "rtsp", "mjpeg" (vision::sourceKindKey)
    QString location;                       // path, /dev/v4l/by-id/..., or URL without credentials
    QString user;
    QString password;
    bool faceRecognition = false;           // feeds a face terminal (needs signage, never in private spaces)
    int version = 0;                        // optimistic lock; 0 for a new camera
};

// The device side of a door, gate or lift.
struct DoorSetup
{
    qint64 doorId = 0;
    QString name;
    QString kind;                  // gate, entrance, lift
    qint64 buildingId = 0;         // 0 for a compound gate
    QString buildingName;
    int acceptsMask = 7;           // core::AccessMethod bits: card 1, PIN 2, QR 4
    bool faceReader = false;
    qint64 cameraId = 0;           // the camera watching it (0: none)
    QString signageText;
    QDate signageDate;
    QByteArray signagePhoto;       // PNG/JPEG of the posted sign (no people in it)
    bool privateSpace = false;     // toilets, changing rooms, inside homes...
    int version = 0;

    bool hasSignage() const { return !signageText.trimmed().isEmpty() && signageDate.isValid(); }
    bool hasNonBiometricReader() const { return (acceptsMask & 7) != 0; }
};

struct ComplianceIssue
{
    QString field;
    QString message;   // translated
};

// The compliance lint run on save (DOMAIN.md rules 3 and 6, CAC measures):
// face is never the only way through; no face-capable device in a private
// space; a face-enabled device needs signage.
class DeviceRules final
{
    Q_DECLARE_TR_FUNCTIONS(cg::core::DeviceRules)
public:
    static QList<ComplianceIssue> lintDoor(const DoorSetup& door, const std::optional<Camera>& camera);
    static QList<ComplianceIssue> lintCamera(const Camera& camera, const QList<DoorSetup>& watched);
};

} // namespace cg::core
