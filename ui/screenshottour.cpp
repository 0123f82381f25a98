#include "ui/screenshottour.h"

#include "core/clock.h"
#include "services/firstrunsetup.h"
#include "ui/dialogs/firstrunwizard.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/page.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace cg::ui {

namespace {
// Long enough for a page to lay out and load its first data after showPage().
constexpr int kSettleMs = 700;
// The first-run wizard's pages (what a new office sees before any window),
// then Qt's own dialogs.
const QStringList kDialogs = {QStringLiteral("firstrun-language"), QStringLiteral("firstrun-company"),
                              QStringLiteral("firstrun-administrator"), QStringLiteral("firstrun-finish"),
                              QStringLiteral("messagebox"), QStringLiteral("filedialog")};
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, LanguageManager* languages, QString directory, QObject* parent)
    : QObject(parent), m_window(window), m_languages(languages), m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
    m_originalLanguage = m_languages->language();
    for (const QString& language : LanguageManager::available()) {
        for (int i = 0; i < m_window->pageCount(); ++i)
            m_pending << QStringLiteral("%1/%2").arg(language).arg(i);
        for (const QString& dialog : kDialogs)
            m_pending << QStringLiteral("%1/%2").arg(language, dialog);
    }
    // Without a window manager nothing activates the window after sign-in;
    // an inactive window draws no keyboard focus, which the captures should show.
    m_window->activateWindow();
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::step);
}

ScreenshotTour::~ScreenshotTour() = default;

void ScreenshotTour::step()
{
    if (m_pending.isEmpty()) {
        m_languages->setLanguage(m_originalLanguage);
        QCoreApplication::quit();
        return;
    }
    // The page and language were set one step earlier; capture, then prepare the next.
    if (!m_shown.isEmpty()) {
        const QString language = m_shown.section(QLatin1Char('/'), 0, 0);
        const QString what = m_shown.section(QLatin1Char('/'), 1, 1);
        const int dialog = int(kDialogs.indexOf(what));
        const int index = dialog >= 0 ? m_window->pageCount() + dialog : what.toInt();
        QString name = dialog >= 0 ? what : m_window->page(index)->objectName();
        if (name.isEmpty())
            name = QStringLiteral("page");
        const QString file = QDir(m_directory).filePath(
            QStringLiteral("%1-%2-%3.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name, language));
        QWidget* shown = dialog >= 0 ? m_dialog.data() : m_window;
        const bool saved = shown && shown->grab().save(file);
        if (m_dialog)
            m_dialog->deleteLater();
        if (saved)
            std::printf("saved %s\n", qPrintable(file));
        else
            std::fprintf(stderr, "could not save %s\n", qPrintable(file));
        m_pending.removeFirst();
        if (m_pending.isEmpty()) {
            m_shown.clear();
            QTimer::singleShot(0, this, &ScreenshotTour::step);
            return;
        }
    }
    m_shown = m_pending.first();
    const QString language = m_shown.section(QLatin1Char('/'), 0, 0);
    if (m_languages->language() != language)
        m_languages->setLanguage(language);
    const QString what = m_shown.section(QLatin1Char('/'), 1, 1);
    if (kDialogs.contains(what))
        m_dialog = showDialog(what);
    else
        m_window->showPage(what.toInt());
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::step);
}

// Shown without exec(): the tour never runs a nested event loop.
QWidget* ScreenshotTour::showDialog(const QString& which)
{
    QDialog* dialog = nullptr;
    if (which.startsWith(QLatin1String("firstrun-"))) {
        // A setup for a database that does not exist, in a folder of the
        // tour's own: the wizard writes nothing before its last step, which
        // the tour never takes.
        if (!m_firstRun) {
            m_firstRunDir = std::make_unique<QTemporaryDir>();
            m_firstRun = std::make_unique<services::FirstRunSetup>(
                m_firstRunDir->filePath(QStringLiteral("consentgate.sqlite")), m_firstRunDir->filePath(QStringLiteral("keys")),
                std::make_shared<core::SystemClock>(), QStringLiteral("screenshot-tour"));
        }
        auto* wizard = new FirstRunWizard(m_firstRun.get(), m_languages);   // a window of its own, as at a first start
        const QString step = which.section(QLatin1Char('-'), 1);
        wizard->setStartId(step == QLatin1String("company")         ? FirstRunWizard::CompanyPage
                           : step == QLatin1String("administrator") ? FirstRunWizard::AdministratorPage
                           : step == QLatin1String("finish")        ? FirstRunWizard::FinishPage
                                                                    : FirstRunWizard::LanguagePage);
        dialog = wizard;
    } else if (which == QLatin1String("messagebox")) {
        auto* box = new QMessageBox(QMessageBox::Question, m_window->windowTitle(),
                                    tr("Screenshot tour: the buttons below are Qt's standard buttons."),
                                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Save | QMessageBox::Cancel, m_window);
        dialog = box;
    } else {
        auto* files = new QFileDialog(m_window, QString(), QDir::homePath());
        // Qt's own widgets, so the capture shows Qt's translation (a native
        // dialog would belong to the desktop).
        files->setOption(QFileDialog::DontUseNativeDialog);
        dialog = files;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace cg::ui
