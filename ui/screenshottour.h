#pragma once

#include <QObject>
#include <QStringList>

namespace cg::ui {

class LanguageManager;
class MainWindow;

// Developer aid behind tests/screenshots.sh: when CG_SCREENSHOT_DIR is set,
// main.cpp attaches a tour that shows every page of the real, fully composed
// window in every language, saves one PNG per page and language
// (NN-<page>-<lang>.png, drawn with QWidget::grab) and then quits. Steps run
// on timers, never in a nested event loop. The remembered language is not
// changed.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow* window, LanguageManager* languages, QString directory, QObject* parent = nullptr);

private:
    void step();

    MainWindow* m_window = nullptr;
    LanguageManager* m_languages = nullptr;
    QString m_directory;
    QStringList m_pending;   // "language/pageIndex", in order
    QString m_originalLanguage;
    QString m_shown;         // the step on screen, captured at the next step
};

} // namespace cg::ui
