#pragma once

#include "core/actor.h"
#include "core/device.h"
#include "services/enrolmentservice.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace cg::services {
class DeviceService;
}
namespace cg::vision {
class CameraPipeline;
}

namespace cg::ui {

class CameraTile;

// Face enrolment from a configured camera. The preview is the live view's
// privacy-filtered picture (faces pixelated before they reach the widget);
// "Take photo" hands the newest unblurred frame straight to EnrolmentService,
// which refuses without active consent, runs the quality gate and keeps only
// the encrypted face crop. Nothing of the frame is shown, saved or kept here.
class CameraEnrolmentDialog final : public QDialog
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;

    CameraEnrolmentDialog(services::DeviceService* devices, std::shared_ptr<services::EnrolmentService> enrolment,
                          ActorProvider actor, qint64 residentId, const QString& residentName, QString modelsDir,
                          QWidget* parent = nullptr);
    ~CameraEnrolmentDialog() override;

    // Enrols from the newest frame; false (with the reason shown) when refused.
    bool takePhoto();
    int cameraCount() const;
    vision::CameraPipeline* pipeline() const { return m_pipeline.get(); }
    CameraTile* preview() const { return m_tile; }
    QString statusText() const;
    const std::optional<services::EnrolmentService::Outcome>& outcome() const { return m_outcome; }

private:
    void openCamera(int index);
    void closeCamera();
    void setStatus(const QString& text, bool error);

    services::DeviceService* m_devices = nullptr;
    std::shared_ptr<services::EnrolmentService> m_enrolment;
    ActorProvider m_actor;
    qint64 m_residentId = 0;
    QString m_modelsDir;
    QList<core::Camera> m_cameraList;
    std::unique_ptr<vision::CameraPipeline> m_pipeline;
    std::optional<services::EnrolmentService::Outcome> m_outcome;

    QComboBox* m_cameras = nullptr;
    QLabel* m_explain = nullptr;
    QWidget* m_previewArea = nullptr;
    CameraTile* m_tile = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_take = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace cg::ui
