#include "ui/widgets/signaturepad.h"

#include <QBuffer>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>
#include <QTouchEvent>

namespace cg::ui {

namespace {
constexpr qreal kMouseWidth = 3.0;
}

SignaturePad::SignaturePad(QWidget* parent) : QWidget(parent)
{
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setMinimumHeight(140);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setAutoFillBackground(false);
    setAttribute(Qt::WA_InputMethodEnabled);   // names typed in pinyin
}

bool SignaturePad::isEmpty() const
{
    // A typed signature is a name: at least two characters (王芳).
    if (!m_typed.isEmpty())
        return m_typed.simplified().size() < 2;
    // A single click is not a signature.
    for (const Stroke& s : m_strokes) {
        if (s.points.size() >= 3 || (s.points.size() == 2 && QLineF(s.points[0], s.points[1]).length() > 8))
            return false;
    }
    return true;
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_typed.clear();
    m_drawing = false;
    update();
    Q_EMIT changed();
}

void SignaturePad::setPlaceholder(const QString& text)
{
    m_placeholder = text;
    update();
}

void SignaturePad::setTypedCaption(const QString& text)
{
    m_typedCaption = text;
    update();
}

void SignaturePad::setTyped(const QString& text)
{
    m_strokes.clear();   // one signature: the typed name replaces strokes
    m_typed = text;
    update();
    Q_EMIT changed();
}

void SignaturePad::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Backspace && !m_typed.isEmpty()) {
        setTyped(m_typed.chopped(1));
        return;
    }
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint()
                           && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (printable && (m_typed.size() + text.size()) <= 60) {
        setTyped(m_typed + text);
        return;
    }
    // Tab, Esc, Enter and shortcuts go on to the window.
    QWidget::keyPressEvent(event);
}

void SignaturePad::inputMethodEvent(QInputMethodEvent* event)
{
    if (!event->commitString().isEmpty())
        setTyped(QString(m_typed + event->commitString()).left(60));
    event->accept();
}

QVariant SignaturePad::inputMethodQuery(Qt::InputMethodQuery query) const
{
    switch (query) {
    case Qt::ImEnabled: return true;
    case Qt::ImCursorRectangle: return QRect(width() / 2, height() - 60, 1, 24);
    case Qt::ImSurroundingText: return m_typed;
    case Qt::ImCursorPosition: return int(m_typed.size());
    default: return QWidget::inputMethodQuery(query);
    }
}

void SignaturePad::addStroke(const QPolygonF& points)
{
    if (points.isEmpty())
        return;
    begin(points.first(), kMouseWidth);
    for (qsizetype i = 1; i < points.size(); ++i)
        extend(points.at(i), kMouseWidth);
    end();
}

void SignaturePad::begin(const QPointF& p, qreal width)
{
    m_typed.clear();   // drawing replaces a typed name
    m_drawing = true;
    m_strokes.append(Stroke{QPolygonF{p}, {width}});
    update();
}

void SignaturePad::extend(const QPointF& p, qreal width)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().points.append(p);
    m_strokes.last().widths.append(width);
    update();
}

void SignaturePad::end()
{
    if (!m_drawing)
        return;
    m_drawing = false;
    Q_EMIT changed();
}

void SignaturePad::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position(), kMouseWidth);
}

void SignaturePad::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position(), kMouseWidth);
}

void SignaturePad::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        end();
}

void SignaturePad::tabletEvent(QTabletEvent* event)
{
    // Pressure 0..1 gives 1.5..6 px, like a pen on paper.
    const qreal width = 1.5 + 4.5 * event->pressure();
    switch (event->type()) {
    case QEvent::TabletPress: begin(event->position(), width); break;
    case QEvent::TabletMove: extend(event->position(), width); break;
    case QEvent::TabletRelease: end(); break;
    default: break;
    }
    event->accept();
}

bool SignaturePad::event(QEvent* e)
{
    switch (e->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        auto* touch = static_cast<QTouchEvent*>(e);
        if (touch->points().isEmpty())
            return true;
        const QEventPoint& point = touch->points().constFirst();   // one finger signs
        if (e->type() == QEvent::TouchBegin)
            begin(point.position(), 4.0);
        else if (e->type() == QEvent::TouchUpdate)
            extend(point.position(), 4.0);
        else
            end();
        e->accept();
        return true;
    }
    default:
        return QWidget::event(e);
    }
}

void SignaturePad::paintStrokes(QPainter& painter, const QPointF& offset) const
{
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Stroke& s : m_strokes) {
        if (s.points.size() == 1) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::black);
            painter.drawEllipse(s.points.first() - offset, s.widths.first() / 2, s.widths.first() / 2);
            continue;
        }
        for (qsizetype i = 1; i < s.points.size(); ++i) {
            painter.setPen(QPen(Qt::black, s.widths.at(i), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawLine(s.points.at(i - 1) - offset, s.points.at(i) - offset);
        }
    }
}

void SignaturePad::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 1, Qt::DashLine));
    const int baseline = height() - 36;
    painter.drawLine(24, baseline, width() - 24, baseline);
    if (!m_typed.isEmpty())
        paintTyped(painter, QRectF(rect()).adjusted(24, 8, -24, -8));
    else if (m_strokes.isEmpty() && !m_placeholder.isEmpty()) {
        painter.setPen(QColor(0x70, 0x70, 0x70));
        painter.drawText(rect().adjusted(24, 0, -24, -40), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
    }
    paintStrokes(painter, QPointF());
    painter.setPen(QPen(palette().color(QPalette::Mid), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(rect().adjusted(1, 1, -1, -1));
}

void SignaturePad::paintTyped(QPainter& painter, const QRectF& area) const
{
    QFont name = font();
    name.setItalic(true);
    name.setPixelSize(std::max(24, int(area.height() * 0.38)));
    painter.setFont(name);
    painter.setPen(Qt::black);
    const QRectF nameArea(area.left(), area.top(), area.width(), area.height() - 28);
    painter.drawText(nameArea, Qt::AlignCenter | Qt::TextSingleLine, m_typed);
    QFont small = font();
    small.setPixelSize(14);
    painter.setFont(small);
    painter.setPen(QColor(0x55, 0x55, 0x55));
    painter.drawText(QRectF(area.left(), area.bottom() - 24, area.width(), 24), Qt::AlignCenter, m_typedCaption);
}

QImage SignaturePad::image() const
{
    if (isEmpty())
        return {};
    if (!m_typed.isEmpty()) {
        QImage img(640, 200, QImage::Format_RGB32);
        img.fill(Qt::white);
        QPainter painter(&img);
        painter.setRenderHint(QPainter::Antialiasing);
        paintTyped(painter, QRectF(12, 12, 616, 176));
        painter.end();
        return img;
    }
    QRectF bounds;
    for (const Stroke& s : m_strokes)
        bounds = bounds.united(s.points.boundingRect());
    bounds.adjust(-12, -12, 12, 12);
    QImage img(bounds.size().toSize().expandedTo(QSize(40, 40)), QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter painter(&img);
    paintStrokes(painter, bounds.topLeft());
    painter.end();
    return img;
}

QByteArray SignaturePad::png() const
{
    const QImage img = image();
    if (img.isNull())
        return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

} // namespace cg::ui
