#include "ui/page.h"

#include <QEvent>

namespace cg::ui {

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace cg::ui
