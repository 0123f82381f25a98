#include "ui/widgets/optionaldateedit.h"

namespace cg::ui {

bool OptionalDateEdit::focusNextPrevChild(bool next)
{
    if (!specialValueText().isEmpty() && date() == minimumDate())
        return QWidget::focusNextPrevChild(next);
    return QDateEdit::focusNextPrevChild(next);
}

} // namespace cg::ui
