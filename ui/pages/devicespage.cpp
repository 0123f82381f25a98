#include "ui/pages/devicespage.h"

#include "core/credential.h"
#include "services/deviceservice.h"
#include "ui/icons.h"
#include "vision/facedetector.h"
#include "vision/framesource.h"
#include "vision/modelstore.h"
#include "vision/privacyfilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cg::ui {

namespace {

const QStringList kKinds = {QStringLiteral("file"), QStringLiteral("v4l2"), QStringLiteral("rtsp"), QStringLiteral("mjpeg")};

void showMessage(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00000; font-weight: bold; }")
                               : QStringLiteral("QLabel { color: #006000; }"));
}

// A form row with a real label: addRow(QString(), field) creates none, which
// left every field unlabelled on screen and nameless to screen readers. The
// label is the field's buddy (Alt+letter focuses the field); retranslate()
// sets its text.
void addLabelledRow(QFormLayout* form, QWidget* field)
{
    auto* label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void addLabelledRow(QFormLayout* form, QWidget* parent, QLayout* field)
{
    form->addRow(new QLabel(parent), field);
}

// Runs on a worker thread: open with timeouts, read one frame, blur it.
DevicesPage::TestOutcome runTest(core::Camera camera, QString modelsDir)
{
    DevicesPage::TestOutcome out;
    vision::SourceSpec spec;
    vision::sourceKindFromKey(camera.kind, spec.kind);
    spec.location = camera.location;
    spec.user = camera.user;
    spec.password = camera.password;
    vision::FrameSource source(spec, vision::SourceTimeouts{5000, 3000});
    if (auto s = source.open(); !s) {
        out.error = s.error().message;
        return out;
    }
    auto frame = source.read();
    if (!frame) {
        out.error = frame.error().message;
        return out;
    }
    const vision::StreamInfo info = source.info();
    auto best = vision::createBestDetector(vision::ModelStore(modelsDir));
    QString detector = QCoreApplication::translate("cg::ui::DevicesPage", "none (whole picture hidden)");
    out.snapshot = vision::PrivacyFilter::pixelateAll(frame.value());
    if (best) {
        const QString name = best->detector->name();
        const vision::BlurPolicy policy = vision::blurPolicyFor(name);
        auto boxes = best->detector->detect(frame.value());
        if (boxes) {
            out.snapshot = vision::PrivacyFilter::apply(frame.value(), boxes.value(), policy);
            // Honest counts: faces = confident boxes (as drawn in the live view);
            // low-scoring boxes are blurred too but may be shadows, not faces.
            const int faces = int(vision::PrivacyFilter::shown(boxes.value(), policy).size());
            const int areas = int(vision::PrivacyFilter::regionsFor(boxes.value(), frame->size(), policy).size());
            detector = QCoreApplication::translate("cg::ui::DevicesPage", "%1, %n face(s) found", nullptr, faces).arg(name);
            if (policy.mode == vision::BlurMode::WholeFrame)
                detector += QCoreApplication::translate("cg::ui::DevicesPage", ", whole picture pixelated");
            else if (areas > faces)
                detector += QCoreApplication::translate("cg::ui::DevicesPage", ", %n more area(s) blurred in case they are faces", nullptr, areas - faces);
        }
    }
    out.summary = QCoreApplication::translate("cg::ui::DevicesPage", "Connected. Codec: %1 · Size: %2 × %3 · Frame rate: %4 · Detection: %5")
                      .arg(info.codec.isEmpty() ? QStringLiteral("?") : info.codec)
                      .arg(frame->width())
                      .arg(frame->height())
                      .arg(info.fps > 0 ? QString::number(info.fps, 'f', 1) : QStringLiteral("?"), detector);
    return out;
}

} // namespace

DevicesPage::DevicesPage(services::DeviceService* devices, std::function<core::Actor()> actor, QString modelsDir, QWidget* parent)
    : Page(parent), m_devices(devices), m_actor(std::move(actor)), m_modelsDir(std::move(modelsDir))
{
    setObjectName(QStringLiteral("devicesPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_heading->setFont(f);
    layout->addWidget(m_heading);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildCameraTab(), QString());
    m_tabs->addTab(buildDoorTab(), QString());
    layout->addWidget(m_tabs, 1);
    m_testWatcher = new QFutureWatcher<TestOutcome>(this);
    connect(m_testWatcher, &QFutureWatcher<TestOutcome>::finished, this, [this] {
        const TestOutcome outcome = m_testWatcher->result();
        m_camTest->setEnabled(true);
        if (!outcome.error.isEmpty()) {
            showMessage(m_testInfo, outcome.error, true);
            m_snapshot->clear();
            return;
        }
        showMessage(m_testInfo, outcome.summary, false);
        m_snapshot->setPixmap(QPixmap::fromImage(outcome.snapshot.scaled(480, 360, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    });
    retranslate();
}

QWidget* DevicesPage::buildCameraTab()
{
    auto* tab = new QWidget(this);
    auto* row = new QHBoxLayout(tab);
    auto* left = new QVBoxLayout;
    m_camList = new QListWidget(tab);
    m_camNew = new QPushButton(themedIcon(QStringLiteral("document-new")), QString(), tab);
    left->addWidget(m_camList, 1);
    left->addWidget(m_camNew);
    row->addLayout(left, 1);

    auto* right = new QVBoxLayout;
    m_camForm = new QFormLayout;
    m_camName = new QLineEdit(tab);
    m_camKind = new QComboBox(tab);
    for (int i = 0; i < kKinds.size(); ++i)
        m_camKind->addItem(QString(), kKinds.at(i));
    m_camLocationPicker = new QComboBox(tab);
    m_camLocation = new QLineEdit(tab);
    m_camUser = new QLineEdit(tab);
    m_camPassword = new QLineEdit(tab);
    m_camPassword->setEchoMode(QLineEdit::Password);
    m_camNoRecording = new QLabel(tab);
    m_camNoRecording->setWordWrap(true);
    m_camFace = new QCheckBox(tab);
    addLabelledRow(m_camForm, m_camName);
    addLabelledRow(m_camForm, m_camKind);
    addLabelledRow(m_camForm, m_camLocation);
    addLabelledRow(m_camForm, m_camLocationPicker);
    addLabelledRow(m_camForm, m_camUser);
    addLabelledRow(m_camForm, m_camPassword);
    m_camForm->addRow(QString(), m_camNoRecording);
    m_camForm->addRow(QString(), m_camFace);
    // Only USB cameras list connected devices (see the kind's handler below).
    m_camLocationPicker->setVisible(false);
    m_camForm->labelForField(m_camLocationPicker)->setVisible(false);
    right->addLayout(m_camForm);
    auto* buttons = new QHBoxLayout;
    m_camSave = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), tab);
    m_camTest = new QPushButton(themedIcon(QStringLiteral("camera-web")), QString(), tab);
    m_camDelete = new QPushButton(themedIcon(QStringLiteral("edit-delete")), QString(), tab);
    buttons->addWidget(m_camSave);
    buttons->addWidget(m_camTest);
    buttons->addStretch();
    buttons->addWidget(m_camDelete);
    right->addLayout(buttons);
    m_camMessage = new QLabel(tab);
    m_camMessage->setWordWrap(true);
    right->addWidget(m_camMessage);
    m_testInfo = new QLabel(tab);
    m_testInfo->setWordWrap(true);
    right->addWidget(m_testInfo);
    m_snapshot = new QLabel(tab);
    m_snapshot->setMinimumSize(320, 240);
    m_snapshot->setAlignment(Qt::AlignCenter);
    right->addWidget(m_snapshot, 1);
    row->addLayout(right, 2);

    m_camSave->setDefault(true);
    m_camSave->setShortcut(QKeySequence::Save);
    connect(m_camList, &QListWidget::currentRowChanged, this, &DevicesPage::showCamera);
    connect(m_camNew, &QPushButton::clicked, this, &DevicesPage::newCamera);
    connect(m_camSave, &QPushButton::clicked, this, &DevicesPage::saveCamera);
    connect(m_camDelete, &QPushButton::clicked, this, &DevicesPage::deleteCamera);
    connect(m_camTest, &QPushButton::clicked, this, &DevicesPage::testCamera);
    connect(m_camLocationPicker, &QComboBox::activated, this, [this](int i) {
        const QString path = m_camLocationPicker->itemData(i).toString();
        if (!path.isEmpty())
            m_camLocation->setText(path);
    });
    connect(m_camKind, &QComboBox::currentIndexChanged, this, [this] {
        // V4L2 cameras are chosen by their stable id, not /dev/videoN.
        m_camLocationPicker->clear();
        const bool v4l2 = m_camKind->currentData().toString() == QLatin1String("v4l2");
        if (v4l2) {
            const QDir byId(QStringLiteral("/dev/v4l/by-id"));
            for (const QFileInfo& fi : byId.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot))
                m_camLocationPicker->addItem(fi.fileName(), fi.absoluteFilePath());
        }
        m_camLocationPicker->setVisible(v4l2 && m_camLocationPicker->count() > 0);
        m_camForm->labelForField(m_camLocationPicker)->setVisible(!m_camLocationPicker->isHidden());
        const bool network = m_camKind->currentData().toString() == QLatin1String("rtsp") ||
                             m_camKind->currentData().toString() == QLatin1String("mjpeg");
        m_camUser->setEnabled(network);
        m_camPassword->setEnabled(network);
    });
    return tab;
}

QWidget* DevicesPage::buildDoorTab()
{
    auto* tab = new QWidget(this);
    auto* row = new QHBoxLayout(tab);
    m_doorList = new QListWidget(tab);
    row->addWidget(m_doorList, 1);
    auto* right = new QVBoxLayout;
    m_doorForm = new QFormLayout;
    auto* readers = new QHBoxLayout;
    m_readCard = new QCheckBox(tab);
    m_readPin = new QCheckBox(tab);
    m_readQr = new QCheckBox(tab);
    m_readFace = new QCheckBox(tab);
    readers->addWidget(m_readCard);
    readers->addWidget(m_readPin);
    readers->addWidget(m_readQr);
    readers->addWidget(m_readFace);
    readers->addStretch();
    addLabelledRow(m_doorForm, tab, readers);
    m_doorCamera = new QComboBox(tab);
    addLabelledRow(m_doorForm, m_doorCamera);
    m_signText = new QPlainTextEdit(tab);
    m_signText->setMaximumHeight(90);
    addLabelledRow(m_doorForm, m_signText);
    auto* dateRow = new QHBoxLayout;
    m_signDateSet = new QCheckBox(tab);
    m_signDate = new QDateEdit(QDate::currentDate(), tab);
    m_signDate->setCalendarPopup(true);
    dateRow->addWidget(m_signDateSet);
    dateRow->addWidget(m_signDate);
    dateRow->addStretch();
    addLabelledRow(m_doorForm, tab, dateRow);
    auto* photoRow = new QHBoxLayout;
    m_signPhotoButton = new QPushButton(themedIcon(QStringLiteral("document-open")), QString(), tab);
    m_signPhotoLabel = new QLabel(tab);
    photoRow->addWidget(m_signPhotoButton);
    photoRow->addWidget(m_signPhotoLabel, 1);
    addLabelledRow(m_doorForm, tab, photoRow);
    m_private = new QCheckBox(tab);
    m_doorForm->addRow(QString(), m_private);
    right->addLayout(m_doorForm);
    m_doorSave = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), tab);
    right->addWidget(m_doorSave, 0, Qt::AlignLeft);
    m_doorMessage = new QLabel(tab);
    m_doorMessage->setWordWrap(true);
    right->addWidget(m_doorMessage);
    right->addStretch();
    row->addLayout(right, 2);
    connect(m_doorList, &QListWidget::currentRowChanged, this, &DevicesPage::showDoor);
    connect(m_doorSave, &QPushButton::clicked, this, &DevicesPage::saveDoor);
    connect(m_signPhotoButton, &QPushButton::clicked, this, &DevicesPage::chooseSignPhoto);
    connect(m_signDateSet, &QCheckBox::toggled, m_signDate, &QWidget::setEnabled);
    return tab;
}

QString DevicesPage::title() const
{
    return tr("Devices");
}

QIcon DevicesPage::icon() const
{
    return themedIcon(QStringLiteral("network-wired"));
}

void DevicesPage::retranslate()
{
    m_heading->setText(tr("Cameras, doors and lifts"));
    m_tabs->setTabText(0, tr("&Cameras"));
    m_tabs->setTabText(1, tr("&Doors and lifts"));
    m_camNew->setText(tr("&New camera"));
    const QStringList kindNames = {tr("Video file"), tr("USB camera (V4L2)"), tr("Network camera (RTSP)"), tr("Network camera (HTTP MJPEG)")};
    for (int i = 0; i < kindNames.size(); ++i)
        m_camKind->setItemText(i, kindNames.at(i));
    auto label = [](QFormLayout* form, QWidget* field, const QString& text) {
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_camForm, m_camName, tr("&Name:"));
    label(m_camForm, m_camKind, tr("&Kind:"));
    label(m_camForm, m_camLocation, tr("&Source:"));
    label(m_camForm, m_camLocationPicker, tr("Connected &devices:"));
    label(m_camForm, m_camUser, tr("&User:"));
    label(m_camForm, m_camPassword, tr("&Password:"));
    m_camLocation->setPlaceholderText(tr("File path, /dev/v4l/by-id/…, rtsp://… or http://… (no password here)"));
    m_camPassword->setPlaceholderText(tr("stored encrypted"));
    // There is no recording: saying so beats a switch that would do nothing.
    m_camNoRecording->setText(tr("Nothing from this camera is stored: the live view only shows frames with faces blurred."));
    m_camFace->setText(tr("Feeds a face-recognition terminal (needs signage; never in private spaces)"));
    m_camSave->setText(tr("&Save"));
    m_camTest->setText(tr("&Test"));
    m_camTest->setToolTip(tr("Connect now and show a blurred snapshot with codec, size and frame rate."));
    m_camDelete->setText(tr("Delete"));
    m_readCard->setText(tr("Card"));
    m_readPin->setText(tr("PIN"));
    m_readQr->setText(tr("QR code"));
    m_readFace->setText(tr("Face"));
    label(m_doorForm, m_doorCamera, tr("Watched by &camera:"));
    label(m_doorForm, m_signText, tr("Posted &sign text:"));
    m_signDateSet->setText(tr("Sign posted on"));
    m_signDate->setAccessibleName(tr("Date the sign was posted"));
    m_signPhotoButton->setText(tr("Photo of the sign…"));
    m_private->setText(tr("Private space (no face devices allowed)"));
    m_doorSave->setText(tr("Save door"));
    if (auto* l = qobject_cast<QLabel*>(m_doorForm->itemAt(0, QFormLayout::LabelRole) ? m_doorForm->itemAt(0, QFormLayout::LabelRole)->widget() : nullptr))
        l->setText(tr("Readers:"));
    if (auto* l = qobject_cast<QLabel*>(m_doorForm->itemAt(3, QFormLayout::LabelRole) ? m_doorForm->itemAt(3, QFormLayout::LabelRole)->widget() : nullptr))
        l->setText(tr("Sign date:"));
    if (auto* l = qobject_cast<QLabel*>(m_doorForm->itemAt(4, QFormLayout::LabelRole) ? m_doorForm->itemAt(4, QFormLayout::LabelRole)->widget() : nullptr))
        l->setText(tr("Sign photo:"));
    m_camList->setAccessibleName(tr("Cameras"));
    m_doorList->setAccessibleName(tr("Doors and lifts"));
}

void DevicesPage::activated()
{
    reloadCameras();
    reloadDoors();
}

void DevicesPage::reloadCameras()
{
    auto cameras = m_devices->cameras(m_actor());
    if (!cameras) {
        showMessage(m_camMessage, cameras.error().message, true);
        return;
    }
    m_cameras = cameras.value();
    const qint64 keep = m_editing.id;
    QSignalBlocker block(m_camList);
    m_camList->clear();
    int select = -1;
    for (int i = 0; i < m_cameras.size(); ++i) {
        m_camList->addItem(m_cameras.at(i).name);
        if (m_cameras.at(i).id == keep)
            select = i;
    }
    if (select >= 0) {
        m_camList->setCurrentRow(select);
        showCamera(select);
    } else if (!m_cameras.isEmpty() && keep == 0 && m_camName->text().isEmpty()) {
        m_camList->setCurrentRow(0);
        showCamera(0);
    }
}

void DevicesPage::showCamera(int row)
{
    if (row < 0 || row >= m_cameras.size())
        return;
    m_editing = m_cameras.at(row);
    m_camName->setText(m_editing.name);
    m_camKind->setCurrentIndex(std::max(0, int(kKinds.indexOf(m_editing.kind))));
    m_camLocation->setText(m_editing.location);
    m_camUser->setText(m_editing.user);
    m_camPassword->setText(m_editing.password);
    m_camFace->setChecked(m_editing.faceRecognition);
    m_camMessage->clear();
    m_testInfo->clear();
    m_snapshot->clear();
}

void DevicesPage::newCamera()
{
    m_editing = core::Camera{};
    QSignalBlocker block(m_camList);
    m_camList->clearSelection();
    m_camName->clear();
    m_camKind->setCurrentIndex(0);
    m_camLocation->clear();
    m_camUser->clear();
    m_camPassword->clear();
    m_camFace->setChecked(false);
    m_camMessage->clear();
    m_camName->setFocus();
}

core::Camera DevicesPage::cameraFromForm() const
{
    core::Camera c = m_editing;
    c.name = m_camName->text();
    c.kind = m_camKind->currentData().toString();
    c.location = m_camLocation->text();
    const bool network = c.kind == QLatin1String("rtsp") || c.kind == QLatin1String("mjpeg");
    c.user = network ? m_camUser->text() : QString();
    c.password = network ? m_camPassword->text() : QString();
    c.faceRecognition = m_camFace->isChecked();
    return c;
}

void DevicesPage::saveCamera()
{
    auto saved = m_devices->saveCamera(m_actor(), cameraFromForm());
    if (!saved) {
        showMessage(m_camMessage, saved.error().message, true);
        return;
    }
    m_editing.id = saved.value();
    showMessage(m_camMessage, tr("Saved."), false);
    reloadCameras();
    reloadDoors();
}

void DevicesPage::deleteCamera()
{
    if (m_editing.id == 0)
        return;
    if (auto s = m_devices->deleteCamera(m_actor(), m_editing.id); !s) {
        showMessage(m_camMessage, s.error().message, true);
        return;
    }
    newCamera();
    showMessage(m_camMessage, tr("Deleted."), false);
    reloadCameras();
    reloadDoors();
}

void DevicesPage::testCamera()
{
    if (m_testWatcher->isRunning())
        return;
    m_camTest->setEnabled(false);
    showMessage(m_testInfo, tr("Connecting (up to 8 s)…"), false);
    m_snapshot->clear();
    m_testWatcher->setFuture(QtConcurrent::run(runTest, cameraFromForm(), m_modelsDir));
}

void DevicesPage::reloadDoors()
{
    auto doors = m_devices->doors(m_actor());
    if (!doors) {
        showMessage(m_doorMessage, doors.error().message, true);
        return;
    }
    m_doors = doors.value();
    const int keep = m_doorList->currentRow();
    QSignalBlocker block(m_doorList);
    m_doorList->clear();
    for (const core::DoorSetup& d : std::as_const(m_doors)) {
        QString text = d.buildingName.isEmpty() || d.name.contains(d.buildingName) ? d.name : d.buildingName + QStringLiteral(" · ") + d.name;
        if (d.faceReader)
            text += tr("  [face]");
        if (d.privateSpace)
            text += tr("  [private]");
        m_doorList->addItem(text);
    }
    m_doorCamera->clear();
    m_doorCamera->addItem(tr("(none)"), qint64(0));
    for (const core::Camera& c : std::as_const(m_cameras))
        m_doorCamera->addItem(c.name, c.id);
    const int row = keep >= 0 && keep < m_doors.size() ? keep : (m_doors.isEmpty() ? -1 : 0);
    m_doorList->setCurrentRow(row);
    showDoor(row);
}

void DevicesPage::showDoor(int row)
{
    if (row < 0 || row >= m_doors.size())
        return;
    const core::DoorSetup& d = m_doors.at(row);
    m_readCard->setChecked(d.acceptsMask & core::AcceptsCard);
    m_readPin->setChecked(d.acceptsMask & core::AcceptsPin);
    m_readQr->setChecked(d.acceptsMask & core::AcceptsQr);
    m_readFace->setChecked(d.faceReader);
    m_doorCamera->setCurrentIndex(std::max(0, m_doorCamera->findData(d.cameraId)));
    m_signText->setPlainText(d.signageText);
    m_signDateSet->setChecked(d.signageDate.isValid());
    m_signDate->setEnabled(d.signageDate.isValid());
    m_signDate->setDate(d.signageDate.isValid() ? d.signageDate : QDate::currentDate());
    m_signPhoto = d.signagePhoto;
    m_signPhotoLabel->setText(m_signPhoto.isEmpty() ? tr("no photo") : tr("photo recorded (%1 KB)").arg(m_signPhoto.size() / 1024));
    m_private->setChecked(d.privateSpace);
    m_doorMessage->clear();
}

void DevicesPage::chooseSignPhoto()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Photo of the posted sign"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 4 * 1024 * 1024) {
        showMessage(m_doorMessage, tr("Choose an image file under 4 MB."), true);
        return;
    }
    m_signPhoto = f.readAll();
    m_signPhotoLabel->setText(tr("photo recorded (%1 KB)").arg(m_signPhoto.size() / 1024));
}

void DevicesPage::saveDoor()
{
    const int row = m_doorList->currentRow();
    if (row < 0 || row >= m_doors.size())
        return;
    core::DoorSetup d = m_doors.at(row);
    d.acceptsMask = (m_readCard->isChecked() ? core::AcceptsCard : 0) | (m_readPin->isChecked() ? core::AcceptsPin : 0) |
                    (m_readQr->isChecked() ? core::AcceptsQr : 0);
    d.faceReader = m_readFace->isChecked();
    d.cameraId = m_doorCamera->currentData().toLongLong();
    d.signageText = m_signText->toPlainText();
    d.signageDate = m_signDateSet->isChecked() ? m_signDate->date() : QDate();
    d.signagePhoto = m_signPhoto;
    d.privateSpace = m_private->isChecked();
    if (auto s = m_devices->saveDoor(m_actor(), d); !s) {
        showMessage(m_doorMessage, s.error().message, true);
        return;
    }
    reloadDoors();
    showMessage(m_doorMessage, tr("Saved."), false);
}

} // namespace cg::ui
