#pragma once

#include "services/servicedeps.h"

#include <QObject>
#include <QStringList>

class QAction;

namespace cg::ui {

class MainWindow;
class Session;

// The File menu's "Back up database and key…" and "Restore from backup…",
// shown to those who may change settings (administrators). Backing up runs
// in the open console (BackupDialog). Restoring replaces the database file,
// which must not be open: the console asks, restarts itself with --restore
// (the restore dialog then comes before the database is opened) and quits.
class BackupActions final : public QObject
{
    Q_OBJECT
public:
    // `restartArguments`: the console's own arguments (without the program).
    BackupActions(MainWindow* window, Session* session, services::ServiceDeps deps, QStringList restartArguments);

    QAction* backupAction() const { return m_backup; }
    QAction* restoreAction() const { return m_restore; }

    // The arguments the console restarts with to show the restore dialog.
    static QStringList restoreArguments(QStringList arguments);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void refresh();
    void backUp();
    void restartToRestore();

    MainWindow* m_window = nullptr;
    Session* m_session = nullptr;
    services::ServiceDeps m_deps;
    QStringList m_arguments;
    QAction* m_backup = nullptr;
    QAction* m_restore = nullptr;
};

} // namespace cg::ui
