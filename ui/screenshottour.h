#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class QTemporaryDir;

namespace cg::services {
class FirstRunSetup;
}

namespace cg::ui {

class LanguageManager;
class MainWindow;

// Developer aid behind tests/screenshots.sh: when CG_SCREENSHOT_DIR is set,
// main.cpp attaches a tour that shows every page of the real, fully composed
// window in every language, saves one PNG per page and language
// (NN-<page>-<lang>.png, drawn with QWidget::grab), then each page of the
// first-run wizard (on a database that does not exist), then Qt's own dialogs
// (a message box with standard buttons and the file dialog, whose texts come
// from Qt's qtbase catalogue, not ours), and then quits. Steps run
// on timers, never in a nested event loop. The remembered language is not
// changed.
class ScreenshotTour final : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow* window, LanguageManager* languages, QString directory, QObject* parent = nullptr);
    ~ScreenshotTour() override;

private:
    void step();
    QWidget* showDialog(const QString& which);

    MainWindow* m_window = nullptr;
    LanguageManager* m_languages = nullptr;
    QString m_directory;
    QStringList m_pending;   // "language/pageIndex", in order
    QString m_originalLanguage;
    QString m_shown;         // the step on screen, captured at the next step
    QPointer<QWidget> m_dialog;   // the dialog of a dialog step, closed after its capture
    std::unique_ptr<QTemporaryDir> m_firstRunDir;              // for the first-run wizard's steps
    std::unique_ptr<services::FirstRunSetup> m_firstRun;
};

} // namespace cg::ui
