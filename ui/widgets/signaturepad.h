#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace cg::ui {

// A place to sign with a mouse, a finger (QTouchEvent) or a pen
// (QTabletEvent, pressure sets the width). Keeps the strokes as vectors and
// renders them to a white PNG on request; stores nothing itself.
class SignaturePad final : public QWidget
{
    Q_OBJECT
public:
    explicit SignaturePad(QWidget* parent = nullptr);

    bool isEmpty() const;
    void clear();
    // Black ink on white, cropped to the strokes with a margin; empty when unsigned.
    QImage image() const;
    QByteArray png() const;
    // For tests and scripted input: add a stroke in widget coordinates.
    void addStroke(const QPolygonF& points);

    void setPlaceholder(const QString& text);

    QSize sizeHint() const override { return {640, 200}; }

Q_SIGNALS:
    void changed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Stroke
    {
        QPolygonF points;
        QList<qreal> widths;
    };
    void begin(const QPointF& p, qreal width);
    void extend(const QPointF& p, qreal width);
    void end();
    void paintStrokes(QPainter& painter, const QPointF& offset) const;

    QList<Stroke> m_strokes;
    bool m_drawing = false;
    QString m_placeholder;
};

} // namespace cg::ui
