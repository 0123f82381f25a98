#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

namespace cg::ui {

// A place to sign with a mouse, a finger (QTouchEvent) or a pen
// (QTabletEvent, pressure sets the width), or, for a resident who cannot use
// a pointer, by typing their name with the keyboard (an input method works
// too). Keeps the strokes as vectors and renders them to a white PNG on
// request; a typed signature is rendered as the typed name with a caption
// saying it was typed, so the receipt never passes it off as handwriting.
// Drawing replaces a typed name and typing replaces strokes. Stores nothing.
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
    // The caption under a typed signature, in the signer's language.
    void setTypedCaption(const QString& text);
    QString typedName() const { return m_typed; }
    // The signature is a typed name (recorded as such, not as handwriting).
    bool isTyped() const { return !m_typed.isEmpty() && !isEmpty(); }

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
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;

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
    void paintTyped(QPainter& painter, const QRectF& area) const;
    void setTyped(const QString& text);

    QList<Stroke> m_strokes;
    bool m_drawing = false;
    QString m_placeholder;
    QString m_typed;
    QString m_typedCaption;
};

} // namespace cg::ui
