#pragma once

#include "core/actor.h"
#include "core/device.h"
#include "ui/page.h"

#include <QFutureWatcher>
#include <QImage>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cg::services {
class DeviceService;
}

namespace cg::ui {

// The device registry: cameras (with a Test button that opens the stream with
// timeouts off the GUI thread and shows a blurred snapshot, codec, size and
// frame rate) and the device side of doors and lifts (readers, watching
// camera, posted signage, private space). Saving runs the compliance lint in
// the service; its message names what to fix.
class DevicesPage final : public Page
{
    Q_OBJECT
public:
    DevicesPage(services::DeviceService* devices, std::function<core::Actor()> actor, QString modelsDir,
                QWidget* parent = nullptr);

    QString title() const override;
    QIcon icon() const override;
    void activated() override;

    struct TestOutcome
    {
        QString error;
        QImage snapshot;   // already pixelated
        QString summary;
    };

    // For tests: the widgets a user works with.
    QLineEdit* cameraName() const { return m_camName; }
    QLineEdit* cameraLocation() const { return m_camLocation; }
    QComboBox* cameraKind() const { return m_camKind; }
    QLineEdit* cameraUser() const { return m_camUser; }
    QLineEdit* cameraPassword() const { return m_camPassword; }
    QPushButton* saveCameraButton() const { return m_camSave; }
    QPushButton* testButton() const { return m_camTest; }
    QLabel* testResult() const { return m_testInfo; }
    QLabel* snapshotLabel() const { return m_snapshot; }
    QLabel* cameraMessage() const { return m_camMessage; }
    QLabel* doorMessage() const { return m_doorMessage; }

protected:
    void retranslate() override;

private:
    QWidget* buildCameraTab();
    QWidget* buildDoorTab();
    void reloadCameras();
    void showCamera(int row);
    void newCamera();
    void saveCamera();
    void deleteCamera();
    void testCamera();
    void reloadDoors();
    void showDoor(int row);
    void saveDoor();
    void chooseSignPhoto();
    core::Camera cameraFromForm() const;

    services::DeviceService* m_devices = nullptr;
    std::function<core::Actor()> m_actor;
    QString m_modelsDir;
    QList<core::Camera> m_cameras;
    QList<core::DoorSetup> m_doors;
    core::Camera m_editing;
    QByteArray m_signPhoto;

    QLabel* m_heading = nullptr;
    QTabWidget* m_tabs = nullptr;
    // cameras
    QListWidget* m_camList = nullptr;
    QFormLayout* m_camForm = nullptr;
    QLineEdit* m_camName = nullptr;
    QComboBox* m_camKind = nullptr;
    QComboBox* m_camLocationPicker = nullptr;
    QLineEdit* m_camLocation = nullptr;
    QLineEdit* m_camUser = nullptr;
    QLineEdit* m_camPassword = nullptr;
    QLabel* m_camNoRecording = nullptr;
    QCheckBox* m_camFace = nullptr;
    QPushButton* m_camNew = nullptr;
    QPushButton* m_camSave = nullptr;
    QPushButton* m_camDelete = nullptr;
    QPushButton* m_camTest = nullptr;
    QLabel* m_camMessage = nullptr;
    QLabel* m_snapshot = nullptr;
    QLabel* m_testInfo = nullptr;
    QFutureWatcher<TestOutcome>* m_testWatcher = nullptr;
    // doors
    QListWidget* m_doorList = nullptr;
    QFormLayout* m_doorForm = nullptr;
    QCheckBox* m_readCard = nullptr;
    QCheckBox* m_readPin = nullptr;
    QCheckBox* m_readQr = nullptr;
    QCheckBox* m_readFace = nullptr;
    QComboBox* m_doorCamera = nullptr;
    QPlainTextEdit* m_signText = nullptr;
    QDateEdit* m_signDate = nullptr;
    QCheckBox* m_signDateSet = nullptr;
    QPushButton* m_signPhotoButton = nullptr;
    QLabel* m_signPhotoLabel = nullptr;
    QCheckBox* m_private = nullptr;
    QPushButton* m_doorSave = nullptr;
    QLabel* m_doorMessage = nullptr;
};

} // namespace cg::ui
