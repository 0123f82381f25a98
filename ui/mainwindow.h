#pragma once

#include <QKeySequence>
#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QMenu;
class QActionGroup;
class QAbstractItemModel;

namespace cg::ui {

class Page;
class LanguageManager;

// The shell: a navigation list on the left, the current page on the right,
// menus and a status bar. It composes pages and knows nothing about their
// content; main.cpp creates the pages with their services.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);

    // Takes ownership. Pages appear in the order added; Ctrl+1..9, then Ctrl+0, select them.
    void addPage(Page* page);
    // The keys that select the page at `index` (empty past the tenth page).
    static QKeySequence pageShortcut(int index);
    int pageCount() const;
    Page* page(int index) const;
    Page* currentPage() const;
    void showPage(int index);

    void setDatabaseLabel(const QString& text);
    void setUserLabel(const QString& text);
    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    // The navigation list's model (one row per page), for tests and accessibility tools.
    QAbstractItemModel* navigationModel() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildMenus();
    void retranslate();
    void refreshNavigation();
    void switchToPage(int index);

    LanguageManager* m_languages = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
};

} // namespace cg::ui
