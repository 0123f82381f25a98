#pragma once

#include <QKeySequence>
#include <QObject>

class QApplication;
class QWidget;

namespace cg::ui {

// Shows the keyboard shortcut of a control in its tooltip, for every control
// of every window: "New resident (Ctrl+N)". A clerk who reaches for the mouse
// learns the keys that way, so each control states its shortcut once, where it
// is defined, and no page repeats it in its texts (which then go stale or
// untranslated). The keys of a button are its own shortcut() (a tool button's
// default action's); a control worked by a separate QShortcut (a search box
// behind Ctrl+F) names them with setKeys(). The text is composed when the
// tooltip is shown, so it follows the current language.
// GUI thread only.
class ShortcutToolTips final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts showing shortcuts in tooltips; the filter is a child of `app`.
    static void install(QApplication* app);

    // The keys that work `widget` (a QShortcut elsewhere that clicks it or focuses it).
    static void setKeys(QWidget* widget, const QKeySequence& keys);
    // setKeys()'s keys, else a button's own shortcut; empty when none.
    static QKeySequence keys(const QWidget* widget);
    // The tooltip as shown: the widget's tooltip (or, without one, its text or
    // accessible name) followed by the keys in the platform's notation.
    static QString toolTip(const QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace cg::ui
