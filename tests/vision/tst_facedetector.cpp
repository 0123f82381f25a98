// Detectors on real images: OpenCV's messi5.jpg (opencv-doc) and the annotated
// dlib faces in ../shared/facedata.
#include "support/testenv.h"
#include "vision/annotations.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"

#include <QImage>
#include <QtTest>

using namespace cg::vision;

namespace {
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");
// Messi's face, measured by hand on the 548x342 image.
const QRectF kMessiFace(222, 92, 36, 42);

ModelStore sharedModels()
{
    return ModelStore::withFolders({cg::test::sharedDir() + QStringLiteral("/models")});
}

double bestIou(const FaceBoxes& boxes, const QRectF& truth, float minScore)
{
    double best = 0;
    for (const FaceBox& b : boxes) {
        if (b.score >= minScore)
            best = std::max(best, iou(b.rect, truth));
    }
    return best;
}
} // namespace

class tst_FaceDetector final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsMessi_data()
    {
        QTest::addColumn<QString>("detector");
        QTest::addColumn<float>("minScore");
        QTest::addColumn<int>("maxConfident");
        QTest::newRow("yunet") << QStringLiteral("yunet") << 0.6F << 3;
        QTest::newRow("blazeface") << QStringLiteral("blazeface") << 0.6F << 2;
        QTest::newRow("haar") << QStringLiteral("haar") << 0.0F << 4;
    }
    void findsMessi()
    {
        QFETCH(QString, detector);
        QFETCH(float, minScore);
        QFETCH(int, maxConfident);
        if (!QFileInfo::exists(kMessi))
            QSKIP("opencv-doc is not installed");
        if (detector != QLatin1String("haar"))
            CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + ModelStore::kYuNet));
        auto made = createDetector(*detectorFromName(detector), sharedModels());
        QVERIFY2(made.ok(), qPrintable(made.ok() ? QString() : made.error().message));
        const QImage image(kMessi);
        QVERIFY(!image.isNull());
        auto boxes = made.value()->detect(image);
        QVERIFY(boxes.ok());
        QVERIFY2(bestIou(boxes.value(), kMessiFace, minScore) >= 0.45,
                 qPrintable(QStringLiteral("IoU %1").arg(bestIou(boxes.value(), kMessiFace, minScore))));
        int confident = 0;
        for (const FaceBox& b : boxes.value())
            confident += b.score >= std::max(minScore, 0.6F) ? 1 : 0;
        QVERIFY2(confident >= 1 && confident <= maxConfident, qPrintable(QString::number(confident)));
    }

    void boxesAreInFrameCoordinatesWhenDownscaled()
    {
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + ModelStore::kYuNet));
        // Detect on a 2x enlarged copy with a 548-px detection side: the box
        // must come back in the big image's coordinates.
        const QImage big = QImage(kMessi).scaled(1096, 684);
        DetectorOptions options;
        options.maxInputSide = 548;
        auto made = createDetector(DetectorKind::YuNet, sharedModels(), options);
        QVERIFY(made.ok());
        auto boxes = made.value()->detect(big);
        QVERIFY(boxes.ok());
        const QRectF scaled(kMessiFace.x() * 2, kMessiFace.y() * 2, kMessiFace.width() * 2, kMessiFace.height() * 2);
        QVERIFY(bestIou(boxes.value(), scaled, 0.6F) >= 0.45);
    }

    void yunetFindsDlibFaces()
    {
        CG_REQUIRE_SHARED(QStringLiteral("facedata/dlib_faces/annotations.txt"));
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + ModelStore::kYuNet));
        const QString dir = cg::test::sharedDir() + QStringLiteral("/facedata/dlib_faces");
        auto set = AnnotationSet::load(dir + QStringLiteral("/annotations.txt"));
        QVERIFY(set.ok());
        auto made = createDetector(DetectorKind::YuNet, sharedModels());
        QVERIFY(made.ok());
        MatchCounts counts;
        MatchCounts confident;
        for (const QString& file : set->files) {
            auto boxes = made.value()->detect(QImage(dir + QStringLiteral("/images/") + file));
            QVERIFY(boxes.ok());
            counts.add(boxes.value(), set->faces.value(file), 0.3);
            FaceBoxes shown;
            for (const FaceBox& b : boxes.value())
                if (b.score >= 0.9F)
                    shown.append(b);
            confident.add(shown, set->faces.value(file), 0.3);
        }
        QCOMPARE(counts.groundTruth, 43);
        QVERIFY2(counts.recall() >= 0.9, qPrintable(QString::number(counts.recall())));
        QVERIFY2(confident.precision() >= 0.85, qPrintable(QString::number(confident.precision())));
    }

    void unknownDetectorName()
    {
        QVERIFY(!detectorFromName(QStringLiteral("eigenfaces")).has_value());
        QCOMPARE(detectorFromName(QStringLiteral("YuNet")), std::optional<DetectorKind>(DetectorKind::YuNet));
    }
};

QTEST_GUILESS_MAIN(tst_FaceDetector)
#include "tst_facedetector.moc"
