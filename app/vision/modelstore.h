#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace cg::vision {

// Finds detector model files and verifies each against the SHA-256 list kept in
// the project (modelstore.cpp). A file whose checksum differs is rejected, never
// loaded: a swapped model could silently stop blurring faces.
// Thread-safe (immutable after construction).
class ModelStore final
{
public:
    // Folders searched in order: `explicitDir` (--models), $CG_MODELS_DIR, the
    // platform data folder (…/models), <prefix>/share/consentgate/models beside
    // the executable, and <build>/models beside a developer build (where
    // installer/models.sh puts the BlazeFace model).
    explicit ModelStore(const QString& explicitDir = {});
    // Exactly these folders (tests).
    static ModelStore withFolders(const QStringList& folders);

    const QStringList& searchPath() const { return m_folders; }

    // The verified path of a known model file (e.g. "face_detection_yunet_2022mar.onnx").
    // NotFound when no folder holds it; Invalid (code "model.checksum") when a
    // copy exists but its checksum does not match (the first such copy is named).
    core::Result<QString> locate(const QString& fileName) const;

    // The Haar cascade from the opencv-data package, or NotFound.
    static core::Result<QString> haarCascade();

    static QString expectedSha256(const QString& fileName);   // empty for unknown files
    static QString sha256Of(const QString& path);              // hex; empty on read error

    static const QString kYuNet;
    static const QString kBlazeFace;

private:
    QStringList m_folders;
};

} // namespace cg::vision
