#include "ui/screenshottour.h"

#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/page.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace cg::ui {

namespace {
// Long enough for a page to lay out and load its first data after showPage().
constexpr int kSettleMs = 700;
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, LanguageManager* languages, QString directory, QObject* parent)
    : QObject(parent), m_window(window), m_languages(languages), m_directory(std::move(directory))
{
    QDir().mkpath(m_directory);
    m_originalLanguage = m_languages->language();
    for (const QString& language : LanguageManager::available()) {
        for (int i = 0; i < m_window->pageCount(); ++i)
            m_pending << QStringLiteral("%1/%2").arg(language).arg(i);
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::step);
}

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
        const int index = m_shown.section(QLatin1Char('/'), 1, 1).toInt();
        const QString name = m_window->page(index)->objectName().isEmpty() ? QStringLiteral("page")
                                                                           : m_window->page(index)->objectName();
        const QString file = QDir(m_directory).filePath(
            QStringLiteral("%1-%2-%3.png").arg(index + 1, 2, 10, QLatin1Char('0')).arg(name, language));
        if (m_window->grab().save(file))
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
    m_window->showPage(m_shown.section(QLatin1Char('/'), 1, 1).toInt());
    QTimer::singleShot(kSettleMs, this, &ScreenshotTour::step);
}

} // namespace cg::ui
