#include "ui/crispframestyle.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QPaintDevice>
#include <QPainter>
#include <QStyleOption>

#include <cmath>

namespace cg::ui {

void CrispFrameStyle::install(QApplication* app)
{
    // A proxy without a base style wraps the platform's default style.
    app->setStyle(new CrispFrameStyle);
}

void CrispFrameStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                    const QWidget* widget) const
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const bool fractional = std::abs(ratio - std::round(ratio)) > 0.01;
    if (element != PE_Frame || !fractional || !qobject_cast<const QAbstractScrollArea*>(widget)) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    // Fusion's frame colour: the window colour's outline, a little lighter.
    const QColor color = option->palette.window().color().darker(140).lighter(108);
    const QRectF r = option->rect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(QRectF(r.left(), r.top(), r.width(), 1), color);
    painter->fillRect(QRectF(r.left(), r.top() + r.height() - 1, r.width(), 1), color);
    painter->fillRect(QRectF(r.left(), r.top(), 1, r.height()), color);
    painter->fillRect(QRectF(r.left() + r.width() - 1, r.top(), 1, r.height()), color);
    painter->restore();
}

} // namespace cg::ui
