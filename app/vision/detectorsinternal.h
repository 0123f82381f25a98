#pragma once
// Private to app/vision.

#include "vision/facedetector.h"

namespace cg::vision::detail {

core::Result<std::unique_ptr<FaceDetector>> createBlazeFace(const QString& model, const DetectorOptions& options);

} // namespace cg::vision::detail
