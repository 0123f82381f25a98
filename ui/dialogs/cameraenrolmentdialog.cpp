#include "ui/dialogs/cameraenrolmentdialog.h"

#include "services/deviceservice.h"
#include "ui/icons.h"
#include "ui/widgets/cameratile.h"
#include "vision/camerapipeline.h"
#include "vision/modelstore.h"
#include "vision/sourcespec.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg::ui {

CameraEnrolmentDialog::CameraEnrolmentDialog(services::DeviceService* devices,
                                             std::shared_ptr<services::EnrolmentService> enrolment, ActorProvider actor,
                                             qint64 residentId, const QString& residentName, QString modelsDir,
                                             QWidget* parent)
    : QDialog(parent), m_devices(devices), m_enrolment(std::move(enrolment)), m_actor(std::move(actor)),
      m_residentId(residentId), m_modelsDir(std::move(modelsDir))
{
    setObjectName(QStringLiteral("cameraEnrolmentDialog"));
    setWindowTitle(tr("Enrol face from camera — %1").arg(residentName));
    m_explain = new QLabel(tr("The picture below is blurred to protect everyone in view. Ask %1 to look into the "
                              "camera, alone, then press Take photo. Only the face, cut out and encrypted, is kept; "
                              "the photo itself is not.")
                               .arg(residentName),
                           this);
    m_explain->setWordWrap(true);
    m_cameras = new QComboBox(this);
    m_cameras->setAccessibleName(tr("Camera"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Camera:"), m_cameras);
    m_previewArea = new QWidget(this);
    m_previewArea->setMinimumSize(480, 360);
    auto* previewLayout = new QVBoxLayout(m_previewArea);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("cameraEnrolmentStatus"));
    m_status->setWordWrap(true);
    m_take = new QPushButton(themedIcon(QStringLiteral("camera-web")), tr("&Take photo (Space)"), this);
    m_take->setShortcut(QKeySequence(Qt::Key_Space));
    m_take->setMinimumHeight(40);
    m_take->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_close = new QPushButton(tr("Close"), this);
    connect(m_take, &QPushButton::clicked, this, &CameraEnrolmentDialog::takePhoto);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explain);
    layout->addLayout(form);
    layout->addWidget(m_previewArea, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    auto cameras = m_devices ? m_devices->cameras(m_actor())
                             : core::Result<QList<core::Camera>>(QList<core::Camera>{});
    if (!cameras) {
        setStatus(cameras.error().message, true);
    } else {
        m_cameraList = cameras.value();
        for (const core::Camera& c : std::as_const(m_cameraList))
            m_cameras->addItem(c.name);
        if (m_cameras->count() == 0)
            setStatus(tr("No camera is set up. An administrator adds one on the Devices page; until then, enrol from "
                         "a photo."),
                      true);
    }
    m_take->setEnabled(m_cameras->count() > 0);
    connect(m_cameras, &QComboBox::currentIndexChanged, this, &CameraEnrolmentDialog::openCamera);
    if (m_cameras->count() > 0)
        openCamera(0);
    resize(720, 640);
}

CameraEnrolmentDialog::~CameraEnrolmentDialog()
{
    closeCamera();
}

int CameraEnrolmentDialog::cameraCount() const
{
    return m_cameras->count();
}

QString CameraEnrolmentDialog::statusText() const
{
    return m_status->text();
}

void CameraEnrolmentDialog::setStatus(const QString& text, bool error)
{
    m_status->setText(error ? QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(text.toHtmlEscaped())
                            : text.toHtmlEscaped());
    m_status->setAccessibleDescription(text);
}

void CameraEnrolmentDialog::closeCamera()
{
    // The tile paints from the pipeline: it goes first.
    delete m_tile;
    m_tile = nullptr;
    if (m_pipeline)
        m_pipeline->stop();
    m_pipeline.reset();
}

void CameraEnrolmentDialog::openCamera(int index)
{
    closeCamera();
    if (index < 0)
        return;
    if (index >= m_cameraList.size())
        return;
    const core::Camera& camera = m_cameraList.at(index);
    vision::SourceSpec spec;
    vision::sourceKindFromKey(camera.kind, spec.kind);
    spec.location = camera.location;
    spec.user = camera.user;
    spec.password = camera.password;
    // The preview blurs like the live view; without any detector the whole
    // picture is pixelated (the pipeline fails closed).
    vision::DetectorOptions options;
    options.maxInputSide = 480;
    auto best = vision::createBestDetector(vision::ModelStore(m_modelsDir), options);
    std::unique_ptr<vision::FaceDetector> detector = best ? std::move(best->detector) : nullptr;
    m_pipeline = std::make_unique<vision::CameraPipeline>(spec, std::move(detector));
    m_tile = new CameraTile(camera.name, m_pipeline.get(), m_previewArea);
    m_previewArea->layout()->addWidget(m_tile);
    m_pipeline->start();
    setStatus(tr("Look into the camera."), false);
}

bool CameraEnrolmentDialog::takePhoto()
{
    if (!m_pipeline || !m_enrolment)
        return false;
    // The unblurred frame goes to the service only; it is never painted.
    const vision::CapturedFrame frame = m_pipeline->latestRawFrame();
    if (frame.sequence == 0 || frame.image.isNull()) {
        setStatus(tr("No picture from the camera yet. Wait a moment and try again."), true);
        return false;
    }
    auto enrolled = m_enrolment->enrol(m_actor(), m_residentId, frame.image, QStringLiteral("camera"));
    if (!enrolled) {
        setStatus(enrolled.error().message, true);
        return false;
    }
    m_outcome = enrolled.value();
    setStatus(tr("Face enrolled (face crop %1×%2 px, encrypted). The photo itself was not kept.")
                  .arg(enrolled->info.width)
                  .arg(enrolled->info.height),
              false);
    closeCamera();
    accept();
    return true;
}

} // namespace cg::ui
