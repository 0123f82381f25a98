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
    // Exactly these folders (tests), then (unless told not to) the folders
    // where opencv-data installs its Haar cascades.
    static ModelStore withFolders(const QStringList& folders, bool systemCascades = true);

    const QStringList& searchPath() const { return m_folders; }

    // The verified path of a known model file (e.g. "face_detection_yunet_2022mar.onnx").
    // NotFound when no folder holds it; Invalid (code "model.checksum") when a
    // copy exists but its checksum does not match (the first such copy is named).
    core::Result<QString> locate(const QString& fileName) const;

    // The verified Haar cascade (alt2) from the opencv-data package: the same
    // search and checksum rules as locate(kHaarAlt2), NotFound worded for users.
    core::Result<QString> haarCascade() const;

    static QString expectedSha256(const QString& fileName);   // empty for unknown files
    static bool trusted(const QString& fileName, const QString& sha256);
    static QString sha256Of(const QString& path);              // hex; empty on read error

    static const QString kYuNet;
    static const QString kBlazeFace;
    static const QString kHaarAlt2;      // the fallback detector
    static const QString kHaarDefault;   // the benchmark's stock comparison

private:
    QStringList m_folders;
};

} // namespace cg::vision
