// The enrolment quality gate on real photos with the real detector (YuNet from
// ../shared/models, OpenCV's messi5.jpg from opencv-doc), as the console wires it:
// no face, two faces, a face too small, a blurred face, a dark face, a good one.
#include "services/facequalitygate.h"
#include "support/testenv.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"

#include <QFileInfo>
#include <QPainter>
#include <QTest>

using cg::services::FaceQualityGate;

namespace {

const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

} // namespace

class tst_FaceQualityGate : public QObject
{
    Q_OBJECT

    std::shared_ptr<cg::vision::FaceDetector> m_detector;
    std::unique_ptr<FaceQualityGate> m_gate;
    QImage m_portrait;   // messi5 enlarged around the face: one large, sharp face

private Q_SLOTS:
    void initTestCase()
    {
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + cg::vision::ModelStore::kYuNet));
        QVERIFY2(QFileInfo::exists(kMessi), "opencv-doc's messi5.jpg is missing (installer/setup.sh installs opencv-doc)");
        cg::vision::DetectorOptions options;
        options.scoreThreshold = 0.7F;   // as app/main.cpp configures enrolment
        auto detector = cg::vision::createDetector(
            cg::vision::DetectorKind::YuNet,
            cg::vision::ModelStore::withFolders({cg::test::sharedDir() + QStringLiteral("/models")}), options);
        QVERIFY2(detector.ok(), qPrintable(detector.ok() ? QString() : detector.error().message));
        m_detector = std::move(detector.value());
        auto detectorRef = m_detector;
        m_gate = std::make_unique<FaceQualityGate>([detectorRef](const QImage& image) -> cg::core::Result<QList<QRectF>> {
            auto boxes = detectorRef->detect(image);
            if (!boxes)
                return boxes.error();
            QList<QRectF> rects;
            for (const auto& box : boxes.value())
                rects.append(box.rect);
            return rects;
        });
        const QImage messi(kMessi);
        QVERIFY(!messi.isNull());
        // A head-and-shoulders portrait: the one face messi5 shows, cut out with a
        // wide margin and enlarged (the full photo also holds a far-off face).
        const auto small = m_gate->check(messi);
        QCOMPARE(small.faces, 1);
        const QRectF face = small.face;
        const QRect around = face.adjusted(-face.width() * 1.5, -face.height(), face.width() * 1.5, face.height() * 1.5)
                                 .toAlignedRect()
                                 .intersected(messi.rect());
        m_portrait = messi.copy(around).scaled(around.size() * 3, Qt::KeepAspectRatio, Qt::FastTransformation);
    }

    void smallFaceIsRefusedForSize()
    {
        const auto verdict = m_gate->check(QImage(kMessi));
        QCOMPARE(verdict.faces, 1);
        QCOMPARE(verdict.check, FaceQualityGate::Check::FaceSize);
        QVERIFY(!verdict.message.isEmpty());
        QVERIFY(verdict.crop.isNull());
    }

    void largeSharpFacePassesAndOnlyTheCropIsKept()
    {
        const auto verdict = m_gate->check(m_portrait);
        QVERIFY2(verdict.passed(), qPrintable(verdict.message));
        QCOMPARE(verdict.faces, 1);
        QVERIFY(!verdict.crop.isNull());
        // The crop is the face with a margin, far smaller than the photo.
        QVERIFY(verdict.crop.width() * verdict.crop.height() < m_portrait.width() * m_portrait.height() / 4);
    }

    void noFaceIsRefused()
    {
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(QColor(128, 128, 128));
        const auto verdict = m_gate->check(blank);
        QCOMPARE(verdict.faces, 0);
        QCOMPARE(verdict.check, FaceQualityGate::Check::FaceCount);
    }

    void twoFacesAreRefused()
    {
        const auto single = m_gate->check(m_portrait);
        QVERIFY(single.passed());
        const QRect face = FaceQualityGate::cropRect(single.face, m_portrait.size());
        const QImage head = m_portrait.copy(face);
        QImage pair(head.width() * 2 + 40, head.height() + 40, QImage::Format_RGB32);
        pair.fill(Qt::white);
        QPainter painter(&pair);
        painter.drawImage(10, 20, head);
        painter.drawImage(head.width() + 30, 20, head);
        painter.end();
        const auto verdict = m_gate->check(pair);
        QCOMPARE(verdict.faces, 2);
        QCOMPARE(verdict.check, FaceQualityGate::Check::FaceCount);
    }

    void blurredFaceIsRefusedForSharpness()
    {
        // Down to a sixth and back: the face is still found, but soft.
        const QImage soft = m_portrait.scaled(m_portrait.size() / 6, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                .scaled(m_portrait.size(), Qt::KeepAspectRatio, Qt::SmoothTransformation);
        const auto verdict = m_gate->check(soft);
        QCOMPARE(verdict.faces, 1);
        QCOMPARE(verdict.check, FaceQualityGate::Check::Sharpness);
        QVERIFY(verdict.sharpness < m_gate->thresholds().minSharpness);
    }

    void darkFaceIsRefusedForExposure()
    {
        QImage dark = m_portrait.convertToFormat(QImage::Format_RGB32);
        QPainter painter(&dark);
        painter.fillRect(dark.rect(), QColor(0, 0, 0, 150));
        painter.end();
        const auto verdict = m_gate->check(dark);
        QCOMPARE(verdict.faces, 1);
        QCOMPARE(verdict.check, FaceQualityGate::Check::Exposure);
        QVERIFY(verdict.brightness < m_gate->thresholds().minBrightness);
    }
};

QTEST_GUILESS_MAIN(tst_FaceQualityGate)
#include "tst_facequalitygate.moc"
