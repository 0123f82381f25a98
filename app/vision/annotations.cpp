#include "vision/annotations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace cg::vision {

namespace {


// Pixelated area as a coverage mask (regions may overlap).
class Mask
{
public:
    Mask(const QSize& size, const QList<QRect>& regions) : m_w(size.width()), m_h(size.height()), m_bits(size_t(m_w) * size_t(m_h), 0)
    {
        const QRect bounds(0, 0, m_w, m_h);
        for (const QRect& r0 : regions) {
            const QRect r = r0.intersected(bounds);
            for (int y = r.top(); y <= r.bottom(); ++y)
                std::fill_n(m_bits.begin() + ptrdiff_t(y) * m_w + r.left(), r.width(), 1);
        }
    }
    double coverage(const QRect& r0) const
    {
        const QRect r = r0.intersected(QRect(0, 0, m_w, m_h));
        if (r0.width() <= 0 || r0.height() <= 0)
            return 0.0;
        qint64 on = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            on += std::count(m_bits.begin() + ptrdiff_t(y) * m_w + r.left(), m_bits.begin() + ptrdiff_t(y) * m_w + r.right() + 1, 1);
        return double(on) / (double(r0.width()) * r0.height());
    }
    double share() const
    {
        return m_bits.empty() ? 0.0 : double(std::count(m_bits.begin(), m_bits.end(), 1)) / double(m_bits.size());
    }

private:
    int m_w;
    int m_h;
    std::vector<char> m_bits;
};

} // namespace

core::Result<AnnotationSet> AnnotationSet::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return core::Error::make(core::Error::Kind::Io, QCoreApplication::translate("cg::vision::AnnotationSet", "Cannot read %1.").arg(path));
    AnnotationSet set;
    QTextStream in(&file);
    int lineNo = 0;
    QString current;
    int remaining = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (remaining == 0) {
            bool ok = false;
            const int n = parts.size() == 2 ? parts.at(1).toInt(&ok) : -1;
            if (!ok || n < 0)
                return core::Error::invalid(QStringLiteral("line %1").arg(lineNo),
                                            QCoreApplication::translate("cg::vision::AnnotationSet", "Line %1: expected “FILE N”.").arg(lineNo));
            current = parts.at(0);
            set.files.append(current);
            set.faces.insert(current, {});
            remaining = n;
            continue;
        }
        bool okX = false, okY = false, okW = false, okH = false;
        if (parts.size() < 4)
            return core::Error::invalid(QStringLiteral("line %1").arg(lineNo), QCoreApplication::translate("cg::vision::AnnotationSet", "Line %1: expected “x y w h ignore”.").arg(lineNo));
        const QRectF r(parts[0].toDouble(&okX), parts[1].toDouble(&okY), parts[2].toDouble(&okW), parts[3].toDouble(&okH));
        if (!okX || !okY || !okW || !okH)
            return core::Error::invalid(QStringLiteral("line %1").arg(lineNo), QCoreApplication::translate("cg::vision::AnnotationSet", "Line %1: expected numbers.").arg(lineNo));
        set.faces[current].append({r, parts.size() > 4 && parts.at(4) == QLatin1String("1")});
        --remaining;
    }
    if (remaining != 0)
        return core::Error::invalid(QStringLiteral("line %1").arg(lineNo), QCoreApplication::translate("cg::vision::AnnotationSet", "The file ends %1 boxes early.").arg(remaining));
    return set;
}

double iou(const QRectF& a, const QRectF& b)
{
    const QRectF i = a.intersected(b);
    if (i.isEmpty())
        return 0.0;
    const double inter = i.width() * i.height();
    return inter / (a.width() * a.height() + b.width() * b.height() - inter);
}

void MatchCounts::add(const FaceBoxes& detections, const QList<GroundTruthFace>& truth, double iouThreshold)
{
    FaceBoxes sorted = detections;
    std::sort(sorted.begin(), sorted.end(), [](const FaceBox& a, const FaceBox& b) { return a.score > b.score; });
    std::vector<bool> used(size_t(truth.size()), false);
    for (const GroundTruthFace& t : truth)
        groundTruth += t.ignore ? 0 : 1;
    for (const FaceBox& d : sorted) {
        int best = -1;
        double bestIou = iouThreshold;
        for (int i = 0; i < truth.size(); ++i) {
            if (used[size_t(i)])
                continue;
            const double v = iou(d.rect, truth[i].rect);
            if (v >= bestIou) {
                bestIou = v;
                best = i;
            }
        }
        if (best < 0) {
            ++falsePositives;
            continue;
        }
        used[size_t(best)] = true;
        if (!truth[best].ignore)
            ++truePositives;
    }
}

double MatchCounts::precision() const
{
    const int all = truePositives + falsePositives;
    return all ? double(truePositives) / all : 0.0;
}

double MatchCounts::recall() const
{
    return groundTruth ? double(truePositives) / groundTruth : 0.0;
}

void BlurCounts::add(const QList<QRect>& regions, const QSize& frame, const QList<GroundTruthFace>& truth)
{
    const Mask mask(frame, regions);
    for (const GroundTruthFace& t : truth) {
        if (t.ignore || t.rect.height() < kMinFaceHeight)
            continue;
        ++facesCounted;
        if (mask.coverage(t.rect.toAlignedRect()) >= kCoveredFraction)
            ++facesBlurred;
    }
    shareSum += mask.share();
    ++frames;
}

void BlurCounts::addFrameShare(const QList<QRect>& regions, const QSize& frame)
{
    shareSum += Mask(frame, regions).share();
    ++frames;
}

} // namespace cg::vision
