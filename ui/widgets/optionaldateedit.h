#pragma once

#include <QDateEdit>

namespace cg::ui {

// A date edit whose minimum date stands for "any day" (its special value
// text). Qt's date edit keeps the keyboard focus on Tab while it shows that
// text (it looks for a next section that the text does not have), which traps
// a keyboard user; this one hands Tab on to the next control then.
class OptionalDateEdit final : public QDateEdit
{
    Q_OBJECT
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace cg::ui
