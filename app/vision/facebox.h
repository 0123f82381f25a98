#pragma once

#include <QList>
#include <QMetaType>
#include <QRectF>
#include <QString>

namespace cg::vision {

// One detected face, in pixel coordinates of the frame handed to the detector.
struct FaceBox
{
    QRectF rect;
    float score = 0.0F;   // detector confidence in [0, 1]
};

using FaceBoxes = QList<FaceBox>;

} // namespace cg::vision

Q_DECLARE_METATYPE(cg::vision::FaceBox)
