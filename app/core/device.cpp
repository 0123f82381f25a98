#include "core/device.h"

namespace cg::core {

QList<ComplianceIssue> DeviceRules::lintDoor(const DoorSetup& door, const std::optional<Camera>& camera)
{
    QList<ComplianceIssue> issues;
    const bool cameraFace = camera && camera->faceRecognition;
    if (door.faceReader && !door.hasNonBiometricReader())
        issues.append({QStringLiteral("readers"),
                       tr("Face cannot be the only way through “%1”: add a card, PIN or QR reader.").arg(door.name)});
    if (door.privateSpace && (door.faceReader || cameraFace))
        issues.append({QStringLiteral("private_space"),
                       tr("“%1” is a private space: no face reader or face-recognition camera may be used there.").arg(door.name)});
    if ((door.faceReader || cameraFace) && !door.hasSignage())
        issues.append({QStringLiteral("signage"),
                       tr("“%1” uses face recognition: record the posted sign (text and date) first.").arg(door.name)});
    return issues;
}

QList<ComplianceIssue> DeviceRules::lintCamera(const Camera& camera, const QList<DoorSetup>& watched)
{
    QList<ComplianceIssue> issues;
    if (!camera.faceRecognition)
        return issues;
    if (watched.isEmpty())
        issues.append({QStringLiteral("face_recognition"),
                       tr("A face-recognition camera must be linked to a door with a posted sign.")});
    for (const DoorSetup& door : watched) {
        if (door.privateSpace)
            issues.append({QStringLiteral("face_recognition"),
                           tr("Camera “%1” watches “%2”, a private space: face recognition is not allowed there.")
                               .arg(camera.name, door.name)});
        else if (!door.hasSignage())
            issues.append({QStringLiteral("face_recognition"),
                           tr("Camera “%1” watches “%2”, which has no recorded sign: face recognition needs signage.")
                               .arg(camera.name, door.name)});
    }
    return issues;
}

} // namespace cg::core
