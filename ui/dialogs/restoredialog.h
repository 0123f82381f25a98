#pragma once

#include "services/restoreplan.h"
#include "services/restoreservice.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace cg::ui {

// "Restore from backup…": choose a backup folder, type its passphrase, see
// what the backup is, what restoring would lose and which later deletions
// will be applied again (services::RestorePlan), confirm replacing an
// existing database, then restore (services::RestoreService). Runs while no
// database is open: on the first-run screen, or at start-up after
// "File > Restore from backup…" restarted the console with --restore.
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    RestoreDialog(QString databasePath, QString keyDir, QString requestedBy, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // The entry point for start-up screens: shows the dialog; true when a
    // backup was restored to `databasePath`.
    static bool restoreBeforeOpening(const QString& databasePath, const QString& keyDir, QWidget* parent = nullptr);

    bool restored() const { return m_restored; }
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* checkButton() const { return m_check; }
    QCheckBox* confirmBox() const { return m_confirm; }
    QPushButton* restoreButton() const { return m_restore; }
    QPlainTextEdit* planView() const { return m_plan; }

Q_SIGNALS:
    void planReady(bool ok);
    void restoreFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void reject() override;

private:
    struct Work;
    void retranslate();
    void updateButtons();
    void browse();
    void checkBackup();
    void runRestore();
    void workDone(const std::shared_ptr<Work>& work);
    void setBusy(bool busy);

    QString m_databasePath;
    QString m_keyDir;
    QString m_requestedBy;
    std::optional<services::RestorePlan> m_planData;
    bool m_busy = false;
    bool m_restored = false;
    QLabel* m_intro = nullptr;
    QLabel* m_folderLabel = nullptr;
    QLabel* m_passphraseLabel = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_check = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    QLabel* m_confirmText = nullptr;
    QCheckBox* m_confirm = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_close = nullptr;
    QFutureWatcher<std::shared_ptr<Work>> m_watcher;
};

} // namespace cg::ui
