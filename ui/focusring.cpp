#include "ui/focusring.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSplitter>

namespace cg::ui {

namespace {

// Widgets whose focus Qt already shows in its own way (menus highlight their
// item), or that live inside another focusable widget (an item view's editor,
// a combo box's line edit): a ring there would be drawn in the wrong place.
bool wantsRing(const QWidget* widget)
{
    if (!widget || widget->isWindow() || qobject_cast<const QMenu*>(widget) || qobject_cast<const QMenuBar*>(widget))
        return false;
    for (const QWidget* p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (qobject_cast<const QAbstractItemView*>(p))
            return false;
        if (p->focusProxy() == widget)
            return false;
    }
    return widget->focusPolicy() != Qt::NoFocus;
}

// Where the ring lives for `target`: its parent, except that a QSplitter
// adopts every child widget as a new pane (the ring then showed as an empty,
// framed strip at the window's right edge), so above a splitter its parent.
QWidget* hostFor(const QWidget* target)
{
    QWidget* host = target->parentWidget();
    while (host && qobject_cast<QSplitter*>(host) && host->parentWidget())
        host = host->parentWidget();
    return host;
}

} // namespace

FocusRing::FocusRing(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("focusRing"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void FocusRing::install(QApplication* app)
{
    auto* tracker = new FocusRingTracker(app);
    QObject::connect(app, &QApplication::focusChanged, tracker,
                     [tracker](QWidget*, QWidget* now) { tracker->follow(now); });
    tracker->follow(QApplication::focusWidget());
}

void FocusRing::setTarget(QWidget* target)
{
    if (m_target)
        m_target->removeEventFilter(this);
    m_target = target;
    if (!target || !target->parentWidget()) {
        hide();
        return;
    }
    QWidget* host = hostFor(target);
    if (parentWidget() != host)
        setParent(host);   // setParent hides; follow() shows again
    target->installEventFilter(this);
    follow();
}

void FocusRing::follow()
{
    const QWidget* target = m_target.data();
    if (target == nullptr || target->isHidden()) {
        hide();
        return;
    }
    setGeometry(QRect(target->mapTo(parentWidget(), QPoint(0, 0)), target->size()));
    raise();
    show();
    update();
}

bool FocusRing::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::ZOrderChange:
            follow();
            break;
        case QEvent::ParentChange:
            setTarget(m_target);
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor colour = palette().color(QPalette::Active, QPalette::Highlight);
    painter.setPen(QPen(colour, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 2, 2);
}

FocusRingTracker::FocusRingTracker(QObject* parent) : QObject(parent) {}

void FocusRingTracker::follow(QWidget* widget)
{
    if (!wantsRing(widget)) {
        if (m_ring)
            m_ring->setTarget(nullptr);
        return;
    }
    // The ring is a child of the focused widget's container, so it is
    // destroyed with that window; a new one is made for the next.
    if (!m_ring)
        m_ring = new FocusRing(hostFor(widget));
    m_ring->setTarget(widget);
}

} // namespace cg::ui
