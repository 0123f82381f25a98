#include "ui/mainwindow.h"

#include "ui/icons.h"
#include "ui/languagemanager.h"
#include "ui/page.h"

#include <QAbstractItemView>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace cg::ui {

MainWindow::MainWindow(LanguageManager* languages, QWidget* parent)
    : QMainWindow(parent), m_languages(languages)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: palette(window); font-size: 11pt; }"
        "QListWidget#navigation::item { padding: 8px 10px; border-radius: 4px; }"
        "QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"));
    m_stack = new QStackedWidget(this);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    m_databaseLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::switchToPage);
    buildMenus();
    retranslate();
    // Never larger than the screen: at 200 % a 1920x1080 monitor is only 960x540 logical pixels.
    QSize size(1200, 780);
    if (const QScreen* s = screen())
        size = size.boundedTo(s->availableSize() * 0.95);
    resize(size);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const QString& language : LanguageManager::available()) {
        auto* action = m_languageMenu->addAction(LanguageManager::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(m_languages && m_languages->language() == language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] {
            if (m_languages && m_languages->setLanguage(language))
                LanguageManager::remember(language);
        });
    }
    if (m_languages) {
        connect(m_languages, &LanguageManager::languageChanged, this, [this](const QString& language) {
            for (QAction* action : m_languageGroup->actions())
                action->setChecked(action->data().toString() == language);
        });
    }
    m_helpMenu = menuBar()->addMenu(QString());
}

QAbstractItemModel* MainWindow::navigationModel() const
{
    return m_navigation->model();
}

void MainWindow::addPage(Page* page)
{
    // One keyboard rule for every page: Tab leaves a table or list for the
    // next control, arrows move inside it. (Qt's tables walk every cell with
    // Tab, which traps a keyboard user in a list of hundreds of residents.)
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    page->setParent(m_stack);
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 44));
    const int index = m_stack->count() - 1;
    if (const QKeySequence keys = pageShortcut(index); !keys.isEmpty()) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { showPage(index); });
    }
    refreshNavigation();
    if (index == 0)
        showPage(0);
}

QKeySequence MainWindow::pageShortcut(int index)
{
    // The digit row in order, as on the keyboard: Ctrl+1..Ctrl+9, then Ctrl+0 for the tenth page.
    if (index >= 0 && index < 9)
        return QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index));
    if (index == 9)
        return QKeySequence(Qt::CTRL | Qt::Key_0);
    return {};
}

int MainWindow::pageCount() const
{
    return m_stack->count();
}

Page* MainWindow::page(int index) const
{
    return qobject_cast<Page*>(m_stack->widget(index));
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::showPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    // The navigation list is the single source of truth: selecting its row
    // emits currentRowChanged, which switches the page once (calling
    // activated() here as well would load the page twice).
    m_navigation->setCurrentRow(index);
}

void MainWindow::switchToPage(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    m_stack->setCurrentIndex(index);
    if (Page* p = page(index))
        p->activated();
}

void MainWindow::setDatabaseLabel(const QString& text)
{
    m_databaseLabel->setText(text);
}

void MainWindow::setUserLabel(const QString& text)
{
    m_userLabel->setText(text);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::refreshNavigation()
{
    for (int i = 0; i < m_navigation->count() && i < m_stack->count(); ++i) {
        Page* p = page(i);
        QListWidgetItem* item = m_navigation->item(i);
        item->setText(p->title());
        const QString shortcut = pageShortcut(i).toString(QKeySequence::NativeText);
        item->setToolTip(shortcut.isEmpty() ? p->title() : tr("%1 (%2)").arg(p->title(), shortcut));
        item->setData(Qt::AccessibleTextRole, p->title());
    }
    int width = 0;
    const QFontMetrics metrics(m_navigation->font());
    for (int i = 0; i < m_navigation->count(); ++i)
        width = std::max(width, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setMinimumWidth(width + m_navigation->iconSize().width() + 48);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("ConsentGate — consent-first access console"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_navigation->setAccessibleName(tr("Pages"));
    refreshNavigation();
}

} // namespace cg::ui
