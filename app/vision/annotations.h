#pragma once

#include "core/result.h"
#include "vision/facebox.h"

#include <QHash>
#include <QList>
#include <QRect>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

namespace cg::vision {

struct GroundTruthFace
{
    QRectF rect;
    bool ignore = false;   // too small or degraded to count
};

// annotations.txt: a line "FILE N" then N lines "x y w h ignore"; '#' comments.
struct AnnotationSet
{
    QStringList files;                                 // in file order
    QHash<QString, QList<GroundTruthFace>> faces;
    static core::Result<AnnotationSet> load(const QString& path);   // errors name the line
};

double iou(const QRectF& a, const QRectF& b);

// Detection accuracy over a set of images (greedy matching by score; a
// detection matching an ignored face counts neither way).
struct MatchCounts
{
    int truePositives = 0;
    int falsePositives = 0;
    int groundTruth = 0;   // faces not ignored
    void add(const FaceBoxes& detections, const QList<GroundTruthFace>& truth, double iouThreshold);
    double precision() const;
    double recall() const;
};

// The blur figures of the benchmark: a face at least minFaceHeight px high and
// not ignored counts as blurred when >= 90 % of its box lies in pixelated
// regions; share = pixelated area / frame area, averaged over frames.
struct BlurCounts
{
    int facesCounted = 0;
    int facesBlurred = 0;
    double shareSum = 0;
    int frames = 0;
    static constexpr double kMinFaceHeight = 24.0;
    static constexpr double kCoveredFraction = 0.9;
    void add(const QList<QRect>& regions, const QSize& frame, const QList<GroundTruthFace>& truth);
    void addFrameShare(const QList<QRect>& regions, const QSize& frame);
    double recall() const { return facesCounted ? double(facesBlurred) / facesCounted : 0.0; }
    double share() const { return frames ? shareSum / frames : 0.0; }
};

} // namespace cg::vision
