#include "support/testenv.h"
#include "vision/annotations.h"
#include "vision/blurpolicy.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"
#include "vision/privacyfilter.h"

#include <QImage>
#include <QtTest>

using namespace cg::vision;

namespace {
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");

// Pixels inside `rect` whose colour is exactly the input's.
int unchangedPixels(const QImage& before, const QImage& after, const QRect& rect)
{
    const QImage a = before.convertToFormat(QImage::Format_RGB888);
    const QImage b = after.convertToFormat(QImage::Format_RGB888);
    int same = 0;
    const QRect r = rect.intersected(a.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            same += a.pixel(x, y) == b.pixel(x, y) ? 1 : 0;
    }
    return same;
}
} // namespace

class tst_PrivacyFilter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pixelatesEveryPixelOfARegion()
    {
        if (!QFileInfo::exists(kMessi))
            QSKIP("opencv-doc is not installed");
        const QImage input(kMessi);
        const QRect face(222, 92, 36, 42);
        const QImage out = PrivacyFilter::pixelate(input, {face});
        QCOMPARE(out.size(), input.size());
        QCOMPARE(unchangedPixels(input, out, face), 0);
        // Outside the region nothing changes.
        QCOMPARE(unchangedPixels(input, out, QRect(0, 0, 200, 80)), 200 * 80);
    }

    void flatRegionStillChanges()
    {
        // A flat region averages to itself; the filter must still change it.
        QImage flat(64, 64, QImage::Format_RGB888);
        flat.fill(QColor(120, 130, 140));
        const QImage out = PrivacyFilter::pixelate(flat, {QRect(8, 8, 32, 32)});
        QCOMPARE(unchangedPixels(flat, out, QRect(8, 8, 32, 32)), 0);
    }

    void failClosedHidesWholeFrame()
    {
        if (!QFileInfo::exists(kMessi))
            QSKIP("opencv-doc is not installed");
        const QImage input(kMessi);
        const QImage out = PrivacyFilter::pixelateAll(input);
        QCOMPARE(unchangedPixels(input, out, input.rect()), 0);
    }

    void regionsFollowThePolicy()
    {
        BlurPolicy policy;
        const QSize frame(640, 480);
        FaceBoxes boxes = {
            {QRectF(100, 100, 20, 24), 0.25F},     // small, low score: blurred, enlarged
            {QRectF(300, 50, 200, 220), 0.3F},     // large, low score: ignored (typical false box)
            {QRectF(300, 50, 200, 220), 0.95F},    // large, confident: blurred
            {QRectF(630, 470, 30, 30), 0.9F},      // at the edge: clipped
            {QRectF(10, 10, 30, 30), 0.05F},       // below every threshold
        };
        const QList<QRect> regions = PrivacyFilter::regionsFor(boxes, frame, policy);
        QCOMPARE(regions.size(), 3);
        QVERIFY(regions.at(0).contains(QRect(100, 100, 20, 24)));
        QVERIFY(regions.at(0).width() > 24);
        QVERIFY(regions.at(1).contains(QRect(300, 50, 200, 220).adjusted(0, 0, 0, -20)));
        QVERIFY(QRect(QPoint(0, 0), frame).contains(regions.at(2)));
    }

    void heldRegionsMergeWithoutUncoveringAnything()
    {
        QList<QRect> regions = {QRect(100, 100, 40, 40), QRect(300, 300, 30, 30)};
        const QList<QRect> held = {QRect(104, 98, 40, 42), QRect(500, 10, 20, 20)};
        PrivacyFilter::mergeRegions(regions, held);
        QCOMPARE(regions.size(), 3);   // the same face moved a little: one region
        QVERIFY(regions.at(0).contains(QRect(100, 100, 40, 40)));
        QVERIFY(regions.at(0).contains(QRect(104, 98, 40, 42)));
        QCOMPARE(regions.at(2), QRect(500, 10, 20, 20));
        // Pixelating the merged regions leaves no raw pixel in any input region.
        if (!QFileInfo::exists(kMessi))
            QSKIP("opencv-doc is not installed");
        const QImage input(kMessi);
        const QImage out = PrivacyFilter::hide(input, regions, BlurMode::Faces);
        for (const QRect& r : {QRect(100, 100, 40, 40), QRect(104, 98, 40, 42), QRect(300, 300, 30, 30), QRect(500, 10, 20, 20)})
            QCOMPARE(unchangedPixels(input, out, r), 0);
        QCOMPARE(unchangedPixels(input, out, QRect(0, 0, 90, 90)), 90 * 90);
    }

    void policyPerDetectorIsExplicit()
    {
        // Only YuNet is trusted to find faces alone; everything else hides the whole frame.
        QCOMPARE(blurPolicyFor(DetectorKind::YuNet).mode, BlurMode::Faces);
        QCOMPARE(blurPolicyFor(DetectorKind::BlazeFace).mode, BlurMode::WholeFrame);
        QCOMPARE(blurPolicyFor(DetectorKind::Haar).mode, BlurMode::WholeFrame);
        QCOMPARE(blurPolicyFor(QStringLiteral("yunet")).mode, BlurMode::Faces);
        QCOMPARE(blurPolicyFor(QString()).mode, BlurMode::WholeFrame);
        QCOMPARE(blurPolicyFor(QStringLiteral("something-else")).mode, BlurMode::WholeFrame);
        QVERIFY(blurModeDetails(QStringLiteral("yunet"), BlurMode::Faces).isEmpty());
        QVERIFY(blurModeDetails(QStringLiteral("haar"), BlurMode::WholeFrame).contains(ModelStore::kYuNet));
    }

    void wholeFramePolicyHidesEveryPixelAndFacesMore()
    {
        if (!QFileInfo::exists(kMessi))
            QSKIP("opencv-doc is not installed");
        const QImage input(kMessi);
        const QRect face(222, 92, 36, 42);
        const BlurPolicy policy = blurPolicyFor(DetectorKind::Haar);
        const QImage out = PrivacyFilter::apply(input, {{QRectF(face), 0.9F}}, policy);
        QCOMPARE(out.size(), input.size());
        QCOMPARE(unchangedPixels(input, out, input.rect()), 0);
        // The face region is coarser than the rest: fewer distinct colours inside it.
        auto colours = [&](const QImage& img, const QRect& r) {
            QSet<QRgb> set;
            for (int y = r.top(); y <= r.bottom(); ++y)
                for (int x = r.left(); x <= r.right(); ++x)
                    set.insert(img.pixel(x, y));
            return set.size();
        };
        const QImage plain = PrivacyFilter::pixelateAll(input);
        QVERIFY2(colours(out, face) < colours(plain, face),
                 qPrintable(QStringLiteral("%1 vs %2").arg(colours(out, face)).arg(colours(plain, face))));
    }

    void noGroundTruthFacePixelSurvivesWithEachDetector_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("yunet") << int(DetectorKind::YuNet);
        QTest::newRow("blazeface") << int(DetectorKind::BlazeFace);
        QTest::newRow("haar") << int(DetectorKind::Haar);
    }

    // With each detector and the policy the live view uses with it: no pixel
    // inside a ground-truth face at least 24 px high keeps its input value
    // (faces-only policy), or no pixel of the frame at all (whole-frame policy).
    void noGroundTruthFacePixelSurvivesWithEachDetector()
    {
        QFETCH(int, kind);
        CG_REQUIRE_SHARED(QStringLiteral("facedata/dlib_faces/annotations.txt"));
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + ModelStore::kYuNet));
        CG_REQUIRE_SHARED(QString(QStringLiteral("models/") + ModelStore::kBlazeFace));
        const QString dir = cg::test::sharedDir() + QStringLiteral("/facedata/dlib_faces");
        auto set = AnnotationSet::load(dir + QStringLiteral("/annotations.txt"));
        QVERIFY(set.ok());
        auto detector = createDetector(DetectorKind(kind), ModelStore::withFolders({cg::test::sharedDir() + QStringLiteral("/models")}));
        QVERIFY2(detector.ok(), detector.ok() ? "" : qPrintable(detector.error().message));
        const BlurPolicy policy = blurPolicyFor(detector.value()->name());
        QCOMPARE(policy.mode, DetectorKind(kind) == DetectorKind::YuNet ? BlurMode::Faces : BlurMode::WholeFrame);
        int faces = 0;
        for (const QString& file : set->files) {
            const QImage input(dir + QStringLiteral("/images/") + file);
            auto boxes = detector.value()->detect(input);
            QVERIFY(boxes.ok());
            const QImage out = PrivacyFilter::apply(input, boxes.value(), policy);
            if (policy.mode == BlurMode::WholeFrame)
                QCOMPARE(unchangedPixels(input, out, input.rect()), 0);
            for (const GroundTruthFace& face : set->faces.value(file)) {
                if (face.ignore || face.rect.height() < 24)
                    continue;
                ++faces;
                const QRect r = face.rect.toAlignedRect();
                QVERIFY2(unchangedPixels(input, out, r) == 0,
                         qPrintable(QStringLiteral("%1: face at %2,%3 has %4 raw pixels").arg(file).arg(r.x()).arg(r.y())
                                        .arg(unchangedPixels(input, out, r))));
            }
        }
        QVERIFY(faces >= 40);
    }
};

QTEST_GUILESS_MAIN(tst_PrivacyFilter)
#include "tst_privacyfilter.moc"
