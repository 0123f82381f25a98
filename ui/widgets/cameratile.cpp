#include "ui/widgets/cameratile.h"

#include "vision/privacyfilter.h"

#include <QMouseEvent>
#include <QResizeEvent>
#include <QPainter>

namespace cg::ui {

namespace {
constexpr size_t kMaxSamples = 5000;
}

CameraTile::CameraTile(QString name, vision::CameraPipeline* pipeline, QWidget* parent)
    : QWidget(parent), m_name(std::move(name)), m_pipeline(pipeline)
{
    setMinimumSize(160, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Camera %1").arg(m_name));
    connect(pipeline, &vision::CameraPipeline::frameProcessed, this, &CameraTile::onFrame);
    connect(pipeline, &vision::CameraPipeline::stateChanged, this, [this] { update(); });
}

void CameraTile::setSelected(bool selected)
{
    m_selected = selected;
    update();
}

void CameraTile::setUnblurNotice(const QString& text, const QDateTime& untilUtc)
{
    m_unblurText = text;
    m_unblurUntil = untilUtc;
    update();
}

void CameraTile::onFrame(const vision::ProcessedFrame& frame)
{
    // Latest wins: a newer frame simply replaces the one not yet painted.
    m_frame = frame;
    m_hasFrame = true;
    m_receivedAtMs = vision::monotonicMs();
    update();
}

void CameraTile::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_pipeline->setDisplaySize(size() * devicePixelRatioF());
}

void CameraTile::mousePressEvent(QMouseEvent* event)
{
    Q_EMIT clicked(this);
    QWidget::mousePressEvent(event);
}

void CameraTile::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(24, 24, 24));
    const qint64 now = vision::monotonicMs();
    const vision::CameraState state = m_pipeline->state();
    const bool stale = !m_hasFrame || now - m_frame.capturedAtMs > m_pipeline->staleAfterMs() ||
                       state == vision::CameraState::Stale || state == vision::CameraState::Offline;

    QRectF target;
    if (m_hasFrame && !m_frame.image.isNull()) {
        // The pipeline scaled the image to fit this tile (setDisplaySize), so
        // this is normally a plain copy; after a resize, until the next frame,
        // it is scaled here. Integer geometry keeps it on the fast path.
        const QSize frameSize = m_frame.frameSize.isEmpty() ? m_frame.image.size() : m_frame.frameSize;
        const QSize fitted = frameSize.scaled(size(), Qt::KeepAspectRatio);
        const QRect targetRect(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        target = targetRect;
        p.setRenderHint(QPainter::SmoothPixmapTransform, false);
        p.drawImage(targetRect, m_frame.image);
        const double sx = target.width() / frameSize.width();
        const double sy = target.height() / frameSize.height();
        p.setPen(QPen(m_frame.raw ? QColor(255, 60, 60) : QColor(80, 200, 255), 2));
        // Only confident boxes are drawn and counted; low ones are still blurred.
        for (const vision::FaceBox& b : vision::PrivacyFilter::shown(m_frame.boxes, m_pipeline->blurPolicy())) {
            p.drawRect(QRectF(target.x() + b.rect.x() * sx, target.y() + b.rect.y() * sy, b.rect.width() * sx,
                              b.rect.height() * sy));
        }
        if (m_frame.sequence != m_paintedSequence) {
            m_paintedSequence = m_frame.sequence;
            if (m_latencies.size() < kMaxSamples) {
                m_latencies.push_back(double(now - m_frame.capturedAtMs));
                m_stages.push_back({double(m_frame.detectStartedAtMs - m_frame.capturedAtMs), m_frame.detectMs, m_frame.blurMs,
                                    double(m_receivedAtMs - m_frame.processedAtMs), double(now - m_receivedAtMs)});
            }
        }
    }
    if (stale) {
        // Never a frozen frame presented as live.
        p.fillRect(rect(), QColor(0, 0, 0, m_hasFrame ? 170 : 255));
        p.setPen(QColor(255, 190, 60));
        QFont big = font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        p.setFont(big);
        QString text;
        if (state == vision::CameraState::Offline)
            text = tr("OFFLINE");
        else if (!m_hasFrame)
            text = tr("CONNECTING…");
        else
            text = tr("STALE — last frame %1 s ago").arg(double(now - m_frame.capturedAtMs) / 1000.0, 0, 'f', 1);
        p.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, text);
        p.setFont(font());
        if (!m_pipeline->stateDetail().isEmpty())
            p.drawText(rect().adjusted(8, 8, -8, -30), Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap,
                       m_pipeline->stateDetail());
    }

    // HUD: name, state, frames/s, detection ms, frame age.
    const QString stateText = state == vision::CameraState::Live      ? tr("LIVE")
                              : state == vision::CameraState::Stale   ? tr("STALE")
                              : state == vision::CameraState::Offline ? tr("OFFLINE")
                                                                      : tr("CONNECTING");
    const int faces = m_hasFrame ? int(vision::PrivacyFilter::shown(m_frame.boxes, m_pipeline->blurPolicy()).size()) : 0;
    // Who and what on the left, the figures on the right; on a narrow tile the
    // figures go to a second line instead of being cut off.
    const QString who = tr("%1 · %2 · %n face(s)", nullptr, faces).arg(m_name, stateText);
    const QString figures = tr("%1 fps · detect %2 ms · age %3 ms")
                                .arg(m_pipeline->fps(), 0, 'f', 1)
                                .arg(m_hasFrame ? m_frame.detectMs : 0.0, 0, 'f', 1)
                                .arg(m_hasFrame ? now - m_frame.capturedAtMs : 0);
    const QFontMetrics fm = fontMetrics();
    const bool oneLine = fm.horizontalAdvance(who) + fm.horizontalAdvance(figures) + 30 <= width();
    const QRect bar(0, 0, width(), fm.height() * (oneLine ? 1 : 2) + 8);
    p.fillRect(bar, QColor(0, 0, 0, 160));
    p.setPen(state == vision::CameraState::Live ? QColor(140, 255, 140) : QColor(255, 190, 60));
    const QRect text = bar.adjusted(6, 4, -6, -4);
    p.drawText(text, Qt::AlignTop | Qt::AlignLeft, fm.elidedText(who, Qt::ElideRight, text.width()));
    p.drawText(text, (oneLine ? Qt::AlignTop : Qt::AlignBottom) | (oneLine ? Qt::AlignRight : Qt::AlignLeft),
               fm.elidedText(figures, Qt::ElideRight, text.width()));

    if (m_hasFrame && (m_frame.failClosed || m_frame.wholeFrame)) {
        const QRect foot(0, height() - fontMetrics().height() - 8, width(), fontMetrics().height() + 8);
        p.fillRect(foot, QColor(0, 0, 0, 160));
        p.setPen(QColor(255, 190, 60));
        const QString why = m_frame.failClosed ? tr("Detection unavailable: whole picture hidden")
                                               : tr("Whole picture pixelated (%1)").arg(m_frame.detector);
        p.drawText(foot.adjusted(6, 0, -6, 0), Qt::AlignVCenter,
                   fontMetrics().elidedText(why, Qt::ElideRight, foot.width() - 12));
    }
    if (m_unblurUntil.isValid() && QDateTime::currentDateTimeUtc() < m_unblurUntil) {
        const QRect banner(0, bar.bottom() + 1, width(), fontMetrics().height() * 2 + 10);
        p.fillRect(banner, QColor(180, 0, 0, 210));
        p.setPen(Qt::white);
        p.drawText(banner.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::TextWordWrap,
                   tr("FACES VISIBLE until %1 — %2").arg(m_unblurUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss")), m_unblurText));
    }
    if (m_selected || hasFocus()) {
        p.setPen(QPen(palette().highlight().color(), 3));
        p.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

} // namespace cg::ui
