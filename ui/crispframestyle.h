#pragma once

#include <QProxyStyle>

class QApplication;

namespace cg::ui {

// Keeps the frames of lists, tables and text views whole at fractional
// scale factors (QT_SCALE_FACTOR=1.5, a 150 % desktop). Qt 6.4's Fusion draws
// that frame as a one-pixel line on the widget's logical edge; at 1.5 the edge
// falls between device pixels, the line lands on the pixel just outside the
// widget's (rounded) clip, and the border is missing on one side, depending on
// where the widget sits. At fractional scales this style fills the outermost
// logical pixel of each side instead, which always covers a device pixel inside
// the widget and outside its viewport. At whole scales (100 %, 200 %) it draws
// exactly what the platform style draws.
class CrispFrameStyle final : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    // Wraps the application's current style.
    static void install(QApplication* app);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace cg::ui
