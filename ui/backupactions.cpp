#include "ui/backupactions.h"

#include "ui/dialogs/backupdialog.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/session.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>

namespace cg::ui {

BackupActions::BackupActions(MainWindow* window, Session* session, services::ServiceDeps deps, QStringList restartArguments)
    : QObject(window), m_window(window), m_session(session), m_deps(std::move(deps)),
      m_arguments(std::move(restartArguments))
{
    m_backup = new QAction(themedIcon(QStringLiteral("document-save")), QString(), window);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_restore = new QAction(themedIcon(QStringLiteral("document-revert")), QString(), window);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    connect(m_backup, &QAction::triggered, this, &BackupActions::backUp);
    connect(m_restore, &QAction::triggered, this, &BackupActions::restartToRestore);
    if (QMenu* file = window->fileMenu()) {
        // Above Quit, below Lock / Switch user.
        QAction* quit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
        file->insertAction(quit, m_backup);
        file->insertAction(quit, m_restore);
        file->insertSeparator(quit);
    }
    connect(session, &Session::changed, this, &BackupActions::refresh);
    window->installEventFilter(this);
    retranslate();
    refresh();
}

QStringList BackupActions::restoreArguments(QStringList arguments)
{
    arguments.removeAll(QStringLiteral("--restore"));
    arguments.append(QStringLiteral("--restore"));
    return arguments;
}

bool BackupActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupActions::retranslate()
{
    m_backup->setText(tr("&Back up database and key…"));
    m_backup->setToolTip(tr("Write a checked backup: database copy, passphrase-protected key and manifest"));
    m_restore->setText(tr("&Restore from backup…"));
    m_restore->setToolTip(tr("Put a backup back; the console restarts to do it"));
}

void BackupActions::refresh()
{
    const bool allowed = m_session->isSignedIn() && m_session->can(core::Permission::ManageSettings);
    m_backup->setVisible(allowed);
    m_restore->setVisible(allowed);
}

void BackupActions::backUp()
{
    BackupDialog dialog(m_deps, m_session->actor(), m_window);
    dialog.exec();
}

void BackupActions::restartToRestore()
{
    QMessageBox box(QMessageBox::Question, tr("Restore from backup"),
                    tr("Restoring replaces the database file, so the console closes and starts again with the "
                       "restore dialog. Nothing changes until you have checked the backup there and pressed "
                       "Restore.\n\nClose the console now?"),
                    QMessageBox::NoButton, m_window);
    QPushButton* restart = box.addButton(tr("Close and &restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != restart)
        return;
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), restoreArguments(m_arguments))) {
        QMessageBox::warning(m_window, tr("Restore from backup"),
                             tr("The console could not be started again. Quit it and start it with --restore."));
        return;
    }
    QCoreApplication::quit();
}

} // namespace cg::ui
