#include "support/testenv.h"
#include "vision/facedetector.h"
#include "vision/modelstore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace cg::vision;

class tst_ModelStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsAndVerifiesSharedModels()
    {
        CG_REQUIRE_SHARED(QStringLiteral("models/face_detection_yunet_2022mar.onnx"));
        const ModelStore store = ModelStore::withFolders({cg::test::sharedDir() + QStringLiteral("/models")});
        for (const QString& name : {ModelStore::kYuNet, ModelStore::kBlazeFace}) {
            auto path = store.locate(name);
            QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error().message));
            QCOMPARE(ModelStore::sha256Of(path.value()), ModelStore::expectedSha256(name));
        }
    }

    void rejectsTamperedCopy()
    {
        CG_REQUIRE_SHARED(QStringLiteral("models/face_detection_back_256x256_barracuda.onnx"));
        QTemporaryDir dir;
        const QString copy = dir.filePath(ModelStore::kBlazeFace);
        QVERIFY(QFile::copy(cg::test::sharedDir() + QStringLiteral("/models/") + ModelStore::kBlazeFace, copy));
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(file.size() / 2));
        QVERIFY(file.putChar(char(byte ^ 0x5A)));
        file.close();

        const ModelStore store = ModelStore::withFolders({dir.path()});
        auto path = store.locate(ModelStore::kBlazeFace);
        QVERIFY(!path.ok());
        QCOMPARE(path.error().code, QStringLiteral("model.checksum"));
        QVERIFY(path.error().message.contains(copy));
        // The detector is not built from it either...
        QVERIFY(!createDetector(DetectorKind::BlazeFace, store).ok());
        // ...and the best choice falls back to the Haar cascade with a notice.
        auto best = createBestDetector(store);
        QVERIFY(best.ok());
        QCOMPARE(best->detector->name(), QStringLiteral("haar"));
        QVERIFY(best->notice.contains(QStringLiteral("Haar")));
        QVERIFY(best->notice.contains(QStringLiteral("checksum")));
    }

    void laterFolderServesWhenEarlierCopyIsBad()
    {
        CG_REQUIRE_SHARED(QStringLiteral("models/face_detection_back_256x256_barracuda.onnx"));
        QTemporaryDir bad;
        QFile f(bad.filePath(ModelStore::kBlazeFace));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a model");
        f.close();
        const ModelStore store = ModelStore::withFolders({bad.path(), cg::test::sharedDir() + QStringLiteral("/models")});
        auto path = store.locate(ModelStore::kBlazeFace);
        QVERIFY(path.ok());
        QVERIFY(path.value().startsWith(cg::test::sharedDir()));
    }

    void haarCascadeIsVerified()
    {
        const QString system = QStringLiteral("/usr/share/opencv4/haarcascades/") + ModelStore::kHaarAlt2;
        if (!QFileInfo::exists(system))
            QFAIL("opencv-data (haarcascade_frontalface_alt2.xml) is required");
        // The packaged cascade passes: found through the default search path.
        auto found = ModelStore::withFolders({}).haarCascade();
        QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
        QCOMPARE(ModelStore::sha256Of(found.value()), ModelStore::expectedSha256(ModelStore::kHaarAlt2));

        // A copy whose first stage threshold is raised (still a cascade OpenCV
        // loads, but one that never finds a face) is rejected, and no Haar
        // detector is built from it.
        QTemporaryDir dir;
        QFile in(system);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray xml = in.readAll();
        const qsizetype at = xml.indexOf("<stageThreshold>");
        QVERIFY(at > 0);
        xml.insert(at + qsizetype(qstrlen("<stageThreshold>")), "9");
        QFile out(dir.filePath(ModelStore::kHaarAlt2));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(xml);
        out.close();
        const ModelStore tamperedOnly = ModelStore::withFolders({dir.path()}, false);
        auto rejected = tamperedOnly.haarCascade();
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().code, QStringLiteral("model.checksum"));
        QVERIFY(rejected.error().message.contains(ModelStore::kHaarAlt2));
        QVERIFY(!createDetector(DetectorKind::Haar, tamperedOnly).ok());
        // With no trusted detector at all there is no choice (the live view then fails closed).
        QVERIFY(!createBestDetector(tamperedOnly).ok());

        // A tampered copy earlier in the path does not shadow the packaged one.
        auto fallback = ModelStore::withFolders({dir.path()}).haarCascade();
        QVERIFY(fallback.ok());
        QCOMPARE(fallback.value(), system);
    }

    void missingModelIsNotFound()
    {
        QTemporaryDir empty;
        const ModelStore store = ModelStore::withFolders({empty.path()}, false);
        auto path = store.locate(ModelStore::kYuNet);
        QVERIFY(!store.haarCascade().ok());
        QCOMPARE(store.haarCascade().error().kind, cg::core::Error::Kind::NotFound);
        QVERIFY(!path.ok());
        QCOMPARE(path.error().kind, cg::core::Error::Kind::NotFound);
        QVERIFY(!store.locate(QStringLiteral("unknown.onnx")).ok());
    }

    void searchPathHonoursExplicitFolderFirst()
    {
        QTemporaryDir dir;
        const ModelStore store(dir.path());
        QCOMPARE(store.searchPath().value(0), QDir(dir.path()).absolutePath());
        QVERIFY(store.searchPath().size() >= 3);
    }
};

QTEST_GUILESS_MAIN(tst_ModelStore)
#include "tst_modelstore.moc"
