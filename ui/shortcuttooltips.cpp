#include "ui/shortcuttooltips.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QToolTip>

namespace cg::ui {

namespace {

constexpr char kKeysProperty[] = "cgShortcutKeys";

// What the control is called when it has no tooltip of its own.
QString ownText(const QWidget* widget)
{
    if (!widget->toolTip().trimmed().isEmpty())
        return widget->toolTip();
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && !button->text().isEmpty()) {
        // "&New resident" -> "New resident", "新建住户(&N)" -> "新建住户" ("&&" is a literal ampersand).
        QString text = button->text();
        static const QRegularExpression appendedMnemonic(QStringLiteral("\\s*[(（]&[^&][)）]"));
        text.remove(appendedMnemonic);
        text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
        return text;
    }
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
        return edit->placeholderText();
    return {};
}

} // namespace

void ShortcutToolTips::install(QApplication* app)
{
    app->installEventFilter(new ShortcutToolTips(app));
}

void ShortcutToolTips::setKeys(QWidget* widget, const QKeySequence& keys)
{
    widget->setProperty(kKeysProperty, QVariant::fromValue(keys));
}

QKeySequence ShortcutToolTips::keys(const QWidget* widget)
{
    if (const QVariant set = widget->property(kKeysProperty); set.isValid())
        return set.value<QKeySequence>();
    if (const auto* tool = qobject_cast<const QToolButton*>(widget); tool && tool->defaultAction())
        return tool->defaultAction()->shortcut();
    // A button's mnemonic (Alt + the underlined letter) is shown by its
    // underline already; only shortcuts of their own are named.
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget);
        button && button->shortcut() != QKeySequence::mnemonic(button->text()))
        return button->shortcut();
    return {};
}

QString ShortcutToolTips::toolTip(const QWidget* widget)
{
    const QKeySequence sequence = keys(widget);
    const QString text = ownText(widget);
    if (sequence.isEmpty())
        return text;
    const QString native = sequence.toString(QKeySequence::NativeText);
    if (text.contains(native))   // a tooltip that already names its keys
        return text;
    if (text.isEmpty())
        return native;
    //: A control's tooltip with its keyboard shortcut, e.g. "New resident (Ctrl+N)".
    return tr("%1 (%2)").arg(text, native);
}

bool ShortcutToolTips::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ToolTip && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        if (!keys(widget).isEmpty()) {
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(), toolTip(widget), widget);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace cg::ui
