#pragma once

#include "core/actor.h"
#include "services/servicedeps.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cg::ui {

// "Back up database and key…" (File menu, administrators): one step that
// writes the database copy, the passphrase-protected key and the manifest
// into a new folder and checks them (services::BackupService). The
// passphrase is typed twice and must pass the strength rule before the
// button is enabled; the work runs off the GUI thread.
class BackupDialog final : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(services::ServiceDeps deps, core::Actor actor, QWidget* parent = nullptr);
    ~BackupDialog() override;

    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QLineEdit* repeatEdit() const { return m_repeat; }
    QPushButton* backupButton() const { return m_backup; }
    QPlainTextEdit* resultView() const { return m_result; }
    bool succeeded() const { return m_succeeded; }

Q_SIGNALS:
    void backupFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct Outcome;
    void retranslate();
    void validate();
    void browse();
    void start();
    void done(const std::shared_ptr<Outcome>& outcome);

    services::ServiceDeps m_deps;
    core::Actor m_actor;
    bool m_busy = false;
    bool m_succeeded = false;
    QLabel* m_intro = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLabel* m_repeatLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPushButton* m_backup = nullptr;
    QPushButton* m_close = nullptr;
    QFutureWatcher<std::shared_ptr<Outcome>> m_watcher;
};

} // namespace cg::ui
