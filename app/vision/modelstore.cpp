#include "vision/modelstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace cg::vision {

namespace {


struct KnownModel
{
    const char* file;
    const char* sha256;
};

// The project's list of trusted model files. Add a line here (and to the
// installer) before a new model may be loaded.
constexpr KnownModel kKnownModels[] = {
    {"face_detection_yunet_2022mar.onnx", "50ef07f702a31741ca46a4c0d947773b64143b9362780237bf0d427d6c79bab7"},
    {"face_detection_back_256x256_barracuda.onnx",
     "427cbbe0fc41448d09e1dc9cfabe2423d997cf2faaeab91fadd09a510b63b8e2"},
    // Haar cascades as Debian's opencv-data 4.6.0 ships them: a system file is
    // trusted no more than a downloaded one (a swapped cascade stops blurring).
    {"haarcascade_frontalface_alt2.xml", "7b0c967d9abbdfbde025eb9c786947d151b6426040d07a8f9562ed8fd90724b4"},
    {"haarcascade_frontalface_default.xml", "0f7d4527844eb514d4a4948e822da90fbb16a34a0bbbbc6adc6498747a5aafb0"},
};

// Where the opencv-data package puts its cascades (searched after the model folders).
const char* const kCascadeFolders[] = {"/usr/share/opencv4/haarcascades", "/usr/local/share/opencv4/haarcascades",
                                       "/usr/share/opencv/haarcascades"};

void appendUnique(QStringList& list, const QString& dir)
{
    if (dir.isEmpty())
        return;
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    if (!list.contains(clean))
        list.append(clean);
}

} // namespace

const QString ModelStore::kYuNet = QStringLiteral("face_detection_yunet_2022mar.onnx");
const QString ModelStore::kBlazeFace = QStringLiteral("face_detection_back_256x256_barracuda.onnx");
const QString ModelStore::kHaarAlt2 = QStringLiteral("haarcascade_frontalface_alt2.xml");
const QString ModelStore::kHaarDefault = QStringLiteral("haarcascade_frontalface_default.xml");

ModelStore::ModelStore(const QString& explicitDir)
{
    appendUnique(m_folders, explicitDir);
    appendUnique(m_folders, qEnvironmentVariable("CG_MODELS_DIR"));
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        appendUnique(m_folders, data + QStringLiteral("/models"));
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        appendUnique(m_folders, appDir + QStringLiteral("/../share/consentgate/models"));
        // build/<preset>/app/consentgate and build/<preset>/tests/<x>/tst_* -> build/models
        appendUnique(m_folders, appDir + QStringLiteral("/../../models"));
        appendUnique(m_folders, appDir + QStringLiteral("/../../../models"));
    }
    for (const QString& dir : QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation))
        appendUnique(m_folders, dir + QStringLiteral("/consentgate/models"));
    for (const char* dir : kCascadeFolders)
        appendUnique(m_folders, QString::fromLatin1(dir));
}

ModelStore ModelStore::withFolders(const QStringList& folders, bool systemCascades)
{
    ModelStore store(QString{});
    store.m_folders.clear();
    for (const QString& f : folders)
        appendUnique(store.m_folders, f);
    if (systemCascades) {
        for (const char* dir : kCascadeFolders)
            appendUnique(store.m_folders, QString::fromLatin1(dir));
    }
    return store;
}

QString ModelStore::expectedSha256(const QString& fileName)
{
    for (const KnownModel& m : kKnownModels) {
        if (fileName == QLatin1String(m.file))
            return QString::fromLatin1(m.sha256);
    }
    return {};
}

bool ModelStore::trusted(const QString& fileName, const QString& sha256)
{
    for (const KnownModel& m : kKnownModels) {
        if (fileName == QLatin1String(m.file) && sha256 == QLatin1String(m.sha256))
            return true;
    }
    return false;
}

QString ModelStore::sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

core::Result<QString> ModelStore::locate(const QString& fileName) const
{
    const QString expected = expectedSha256(fileName);
    if (expected.isEmpty())
        return core::Error::invalid(QStringLiteral("model"), QCoreApplication::translate("cg::vision::ModelStore", "“%1” is not a model this version trusts.").arg(fileName));
    QString rejected;
    for (const QString& dir : m_folders) {
        const QString path = dir + QLatin1Char('/') + fileName;
        if (!QFileInfo(path).isFile())
            continue;
        if (trusted(fileName, sha256Of(path)))
            return path;
        if (rejected.isEmpty())
            rejected = path;
    }
    if (!rejected.isEmpty()) {
        core::Error error = core::Error::invalid(
            QStringLiteral("model"),
            QCoreApplication::translate("cg::vision::ModelStore", "The model file %1 does not match its published checksum and was not loaded.")
                .arg(QDir::toNativeSeparators(rejected)));
        error.code = QStringLiteral("model.checksum");
        return error;
    }
    return core::Error::make(core::Error::Kind::NotFound,
                             QCoreApplication::translate("cg::vision::ModelStore", "Model %1 not found in: %2").arg(fileName, m_folders.join(QStringLiteral(", "))),
                             QStringLiteral("model.missing"));
}

core::Result<QString> ModelStore::haarCascade() const
{
    auto path = locate(kHaarAlt2);
    if (!path && path.error().kind == core::Error::Kind::NotFound)
        return core::Error::make(core::Error::Kind::NotFound,
                                 QCoreApplication::translate("cg::vision::ModelStore", "The Haar face cascade (package opencv-data) is not installed."),
                                 QStringLiteral("model.missing"));
    return path;
}

} // namespace cg::vision
