#pragma once

#include <QIcon>
#include <QWidget>

namespace cg::ui {

// One page of the main window. MainWindow only composes pages; each page owns
// its widgets and talks to services handed to it by main.cpp.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;       // translated, for the navigation list
    virtual QIcon icon() const = 0;
    virtual QString shortcutHint() const { return {}; }

    // Called when the page becomes visible (refresh data lazily).
    virtual void activated() {}

protected:
    // Pages re-set their texts here; called on QEvent::LanguageChange.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;
};

} // namespace cg::ui
