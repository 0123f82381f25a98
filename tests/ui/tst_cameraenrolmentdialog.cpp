// Face enrolment from a camera, with a real video file as the camera (the
// device registry accepts one), the real capture worker and detector, and a
// real database: the preview is pixelated, the unblurred frame goes only to
// EnrolmentService, which refuses (and audits) without consent and, with
// consent, keeps only the encrypted face crop, marked as from the camera.
#include "services/consentservice.h"
#include "services/credentialalternativeaccess.h"
#include "services/deviceservice.h"
#include "services/enrolmentservice.h"
#include "services/facequalitygate.h"
#include "services/noticeservice.h"
#include "services/consentfixture.h"
#include "support/testenv.h"
#include "ui/dialogs/cameraenrolmentdialog.h"
#include "ui/widgets/cameratile.h"
#include "vision/camerapipeline.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"
#include "vision/privacyfilter.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cg;

namespace {

const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

// Pixels of `frame` inside `box` equal to the raw picture's.
int rawPixelsIn(const QImage& raw, const QImage& frame, const QRect& box)
{
    const QImage a = raw.convertToFormat(QImage::Format_RGB32);
    const QImage b = frame.convertToFormat(QImage::Format_RGB32);
    int same = 0;
    for (int y = box.top(); y <= box.bottom(); ++y) {
        for (int x = box.left(); x <= box.right(); ++x)
            same += a.pixel(x, y) == b.pixel(x, y) ? 1 : 0;
    }
    return same;
}

} // namespace

class tst_CameraEnrolmentDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;
    QImage m_portrait;   // the one picture the clip shows
    QRect m_face;        // where the face is in it
    std::shared_ptr<vision::FaceDetector> m_detector;

    struct Desk
    {
        test::ConsentFixture f;
        std::shared_ptr<services::NoticeService> notices = std::make_shared<services::NoticeService>(f.deps);
        std::shared_ptr<services::ConsentService> consent = std::make_shared<services::ConsentService>(f.deps, notices);
        services::DeviceService devices{f.deps};
        std::shared_ptr<services::EnrolmentService> enrolment;
    };

    std::unique_ptr<Desk> makeDesk()
    {
        auto desk = std::make_unique<Desk>();
        desk->consent->setAlternativeAccess(std::make_shared<services::CredentialAlternativeAccess>(desk->f.deps));
        if (!desk->notices->ensurePublished(test::ConsentFixture::admin()))
            qFatal("publish failed");
        auto detector = m_detector;
        auto gate = std::make_shared<services::FaceQualityGate>([detector](const QImage& image) -> core::Result<QList<QRectF>> {
            auto boxes = detector->detect(image);
            if (!boxes)
                return boxes.error();
            QList<QRectF> rects;
            for (const auto& box : boxes.value())
                rects.append(box.rect);
            return rects;
        });
        desk->enrolment = std::make_shared<services::EnrolmentService>(desk->f.deps, desk->consent, gate);
        core::Camera camera;
        camera.name = QStringLiteral("Desk camera");
        camera.kind = QStringLiteral("file");
        camera.location = m_clip;
        if (auto saved = desk->devices.saveCamera(test::ConsentFixture::admin(), camera); !saved)
            qFatal("camera: %s", qPrintable(saved.error().message));
        return desk;
    }

    std::unique_ptr<ui::CameraEnrolmentDialog> open(Desk& desk, qint64 resident)
    {
        auto dialog = std::make_unique<ui::CameraEnrolmentDialog>(
            &desk.devices, desk.enrolment, [] { return test::ConsentFixture::clerk(); }, resident, QStringLiteral("王芳"),
            test::sharedDir() + QStringLiteral("/models"));
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + vision::ModelStore::kYuNet));
        QVERIFY2(QFileInfo::exists(kMessi), "opencv-doc's messi5.jpg is missing (installer/setup.sh installs opencv-doc)");
        vision::DetectorOptions options;
        options.scoreThreshold = 0.7F;   // as app/main.cpp configures enrolment
        auto detector = vision::createDetector(vision::DetectorKind::YuNet,
                                               vision::ModelStore::withFolders({test::sharedDir() + QStringLiteral("/models")}),
                                               options);
        QVERIFY2(detector.ok(), qPrintable(detector.ok() ? QString() : detector.error().message));
        m_detector = std::move(detector.value());
        // A head-and-shoulders picture around the one face messi5 shows, as a
        // desk camera would see the resident, made into a one-second MJPEG clip.
        const QImage messi(kMessi);
        auto boxes = m_detector->detect(messi);
        QVERIFY(boxes && boxes->size() == 1);
        const QRectF face = boxes->constFirst().rect;
        const QRect around = face.adjusted(-face.width() * 1.5, -face.height(), face.width() * 1.5, face.height() * 1.5)
                                 .toAlignedRect()
                                 .intersected(messi.rect());
        m_portrait = messi.copy(around).scaled(around.width() / 2 * 6, around.height() / 2 * 6, Qt::IgnoreAspectRatio, Qt::FastTransformation);
        const QString still = m_dir.filePath(QStringLiteral("portrait.png"));
        QVERIFY(m_portrait.save(still));
        m_clip = m_dir.filePath(QStringLiteral("desk-camera.avi"));
        QProcess ffmpeg;
        ffmpeg.start(QStringLiteral("ffmpeg"),
                     {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-loop"),
                      QStringLiteral("1"), QStringLiteral("-i"), still, QStringLiteral("-t"), QStringLiteral("1"),
                      QStringLiteral("-r"), QStringLiteral("10"), QStringLiteral("-c:v"), QStringLiteral("mjpeg"),
                      QStringLiteral("-q:v"), QStringLiteral("2"), m_clip});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        auto inPortrait = m_detector->detect(m_portrait);
        QVERIFY(inPortrait && inPortrait->size() == 1);
        m_face = inPortrait->constFirst().rect.toAlignedRect().intersected(m_portrait.rect());
    }

    void previewIsPixelated()
    {
        auto desk = makeDesk();
        auto dialog = open(*desk, desk->f.adult);
        QCOMPARE(dialog->cameraCount(), 1);
        QVERIFY(dialog->pipeline());
        QSignalSpy frames(dialog->pipeline(), &vision::CameraPipeline::frameProcessed);
        QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 3, 20000);
        QTRY_VERIFY(dialog->preview()->lastPaintedSequence() > 0);
        for (const QList<QVariant>& args : std::as_const(frames)) {
            const auto frame = args.at(0).value<vision::ProcessedFrame>();
            QVERIFY(!frame.raw);
            QCOMPARE(frame.frameSize, m_portrait.size());
            // The clip is lossy, so compare with the frame the camera delivered,
            // scaled for display exactly as the pipeline scales the preview.
            const QImage captured = dialog->pipeline()->latestRawFrame().image;
            QVERIFY(!captured.isNull());
            const QImage raw = vision::PrivacyFilter::forDisplay(captured, frame.image.size());
            QCOMPARE(raw.size(), frame.image.size());
            const double k = double(frame.image.width()) / m_portrait.width();
            const QRect face = QRectF(m_face.x() * k, m_face.y() * k, m_face.width() * k, m_face.height() * k)
                                   .toAlignedRect()
                                   .intersected(frame.image.rect());
            QVERIFY2(rawPixelsIn(raw, frame.image, face) < face.width() * face.height() / 20,
                     "the face reached the preview unblurred");
        }
    }

    void refusedWithoutConsent()
    {
        auto desk = makeDesk();
        auto dialog = open(*desk, desk->f.adult);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pipeline()->latestRawFrame().sequence > 0, 20000);
        QVERIFY(!dialog->takePhoto());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("active consent")), qPrintable(dialog->statusText()));
        QVERIFY(!dialog->outcome());
        QCOMPARE(desk->f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments")), 0);
        QCOMPARE(desk->f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'face.enrol_refused'")), 1);
    }

    void acceptedWithConsentKeepingOnlyTheCrop()
    {
        auto desk = makeDesk();
        services::ConsentService::Decision d;
        d.residentId = desk->f.adult;
        d.noticeHash = desk->notices->current().value()->hash;
        d.agree = true;
        d.signaturePng = test::ConsentFixture::signature();
        d.language = QStringLiteral("zh_CN");
        QVERIFY(desk->consent->recordDecision(test::ConsentFixture::clerk(), d));
        auto dialog = open(*desk, desk->f.adult);
        QSignalSpy done(dialog.get(), &QDialog::accepted);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->pipeline()->latestRawFrame().sequence > 0, 20000);
        QVERIFY2(dialog->takePhoto(), qPrintable(dialog->statusText()));
        QCOMPARE(done.size(), 1);
        QVERIFY(dialog->outcome());
        QCOMPARE(dialog->outcome()->info.source, QStringLiteral("camera"));
        QVERIFY(!dialog->pipeline());   // the camera is closed once enrolled
        QCOMPARE(desk->f.count(QStringLiteral("SELECT COUNT(*) FROM face_enrolments WHERE resident_id = %1 AND source = 'camera'")
                                   .arg(desk->f.adult)),
                 1);
        // The crop is the face, far smaller than the frame, and decrypts only here.
        auto crop = desk->enrolment->crop(test::ConsentFixture::admin(), dialog->outcome()->info.id);
        QVERIFY(crop);
        QVERIFY(crop->width() * crop->height() < m_portrait.width() * m_portrait.height() / 2);
    }
};

QTEST_MAIN(tst_CameraEnrolmentDialog)
#include "tst_cameraenrolmentdialog.moc"
