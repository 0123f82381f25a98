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

    void missingModelIsNotFound()
    {
        QTemporaryDir empty;
        const ModelStore store = ModelStore::withFolders({empty.path()});
        auto path = store.locate(ModelStore::kYuNet);
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
