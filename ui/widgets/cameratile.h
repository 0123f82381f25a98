#pragma once

#include "vision/camerapipeline.h"

#include <QDateTime>
#include <QWidget>

#include <vector>

namespace cg::ui {

// One camera in the live view grid. Paints the newest processed frame (already
// pixelated by the pipeline), the face boxes and a HUD: frames/s, detection
// ms, frame age and live/stale/offline. It never presents an old frame as
// live: past the stale limit the image is dimmed and labelled. Painting is all
// it does on the GUI thread; frames arrive through queued signals.
class CameraTile final : public QWidget
{
    Q_OBJECT
public:
    CameraTile(QString name, vision::CameraPipeline* pipeline, QWidget* parent = nullptr);

    vision::CameraPipeline* pipeline() const { return m_pipeline; }
    QString cameraName() const { return m_name; }
    void setSelected(bool selected);
    // Shown on screen while an audited unblur runs (who, why, until when).
    void setUnblurNotice(const QString& text, const QDateTime& untilUtc);
    // Capture-to-paint latencies (ms) of painted frames, for the figures.
    const std::vector<double>& latencies() const { return m_latencies; }
    qint64 lastPaintedSequence() const { return m_paintedSequence; }
    // Where the capture-to-paint time of each painted frame went (ms), for the figures.
    struct Stages
    {
        double wait = 0;      // captured -> detection took it
        double detect = 0;
        double blur = 0;      // pixelate + scale/convert for display
        double handoff = 0;   // detection thread -> GUI thread (queued signal)
        double paint = 0;     // received -> painted
    };
    const std::vector<Stages>& stages() const { return m_stages; }

Q_SIGNALS:
    void clicked(cg::ui::CameraTile* tile);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onFrame(const vision::ProcessedFrame& frame);

    QString m_name;
    vision::CameraPipeline* m_pipeline = nullptr;
    vision::ProcessedFrame m_frame;
    bool m_hasFrame = false;
    bool m_selected = false;
    qint64 m_paintedSequence = 0;
    QString m_unblurText;
    QDateTime m_unblurUntil;
    std::vector<double> m_latencies;
    std::vector<Stages> m_stages;
    qint64 m_receivedAtMs = 0;
};

} // namespace cg::ui
