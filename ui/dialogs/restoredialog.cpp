#include "ui/dialogs/restoredialog.h"

#include "core/actor.h"
#include "core/clock.h"
#include "ui/icons.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cg::ui {

// What a worker run produced: a plan (checking) or a report (restoring).
struct RestoreDialog::Work
{
    std::optional<services::RestorePlan> plan;
    std::optional<services::RestoreService::Report> report;
    QString error;
};

RestoreDialog::RestoreDialog(QString databasePath, QString keyDir, QString requestedBy, QWidget* parent)
    : QDialog(parent), m_databasePath(std::move(databasePath)), m_keyDir(std::move(keyDir)),
      m_requestedBy(std::move(requestedBy))
{
    setObjectName(QStringLiteral("restoreDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("restoreFolder"));
    m_browse = new QPushButton(themedIcon(QStringLiteral("document-open")), QString(), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("restorePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_check = new QPushButton(themedIcon(QStringLiteral("view-preview")), QString(), this);
    m_check->setObjectName(QStringLiteral("checkBackup"));
    m_check->setDefault(true);
    auto* passRow = new QHBoxLayout;
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_check);
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    auto* form = new QFormLayout;
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_passphraseLabel, passRow);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_plan = new QPlainTextEdit(this);
    m_plan->setObjectName(QStringLiteral("restorePlan"));
    m_plan->setReadOnly(true);
    m_plan->setMinimumHeight(240);
    m_plan->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    layout->addWidget(m_plan, 1);
    // A check box does not wrap its text: the warning is a label above it.
    m_confirmText = new QLabel(this);
    m_confirmText->setWordWrap(true);
    m_confirmText->setStyleSheet(QStringLiteral("color: #a33;"));
    m_confirmText->setVisible(false);
    layout->addWidget(m_confirmText);
    m_confirm = new QCheckBox(this);
    m_confirm->setObjectName(QStringLiteral("confirmReplace"));
    m_confirm->setVisible(false);
    m_confirmText->setBuddy(m_confirm);
    layout->addWidget(m_confirm);

    m_restore = new QPushButton(themedIcon(QStringLiteral("document-revert")), QString(), this);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setMinimumHeight(36);
    m_close = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), QString(), this);
    m_close->setMinimumHeight(36);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &RestoreDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &RestoreDialog::checkBackup);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &RestoreDialog::checkBackup);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::runRestore);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_restored)
            accept();
        else
            reject();
    });
    connect(m_confirm, &QCheckBox::toggled, this, &RestoreDialog::updateButtons);
    // A different folder or passphrase invalidates what was checked.
    const auto invalidate = [this] {
        if (m_planData && !m_busy && !m_restored) {
            m_planData.reset();
            m_plan->clear();
            m_confirm->setVisible(false);
            m_confirmText->setVisible(false);
            m_confirm->setChecked(false);
        }
        updateButtons();
    };
    connect(m_folder, &QLineEdit::textChanged, this, invalidate);
    connect(m_passphrase, &QLineEdit::textChanged, this, invalidate);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Work>>::finished, this, [this] { workDone(m_watcher.result()); });
    retranslate();
    setMinimumSize(720, 560);
    m_folder->setFocus();
}

RestoreDialog::~RestoreDialog()
{
    m_watcher.waitForFinished();
}

bool RestoreDialog::restoreBeforeOpening(const QString& databasePath, const QString& keyDir, QWidget* parent)
{
    RestoreDialog dialog(databasePath, keyDir, core::Actor::system().name, parent);
    dialog.exec();
    return dialog.restored();
}

void RestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RestoreDialog::reject()
{
    if (m_busy)
        return;
    if (m_restored)
        accept();
    else
        QDialog::reject();
}

void RestoreDialog::retranslate()
{
    setWindowTitle(tr("Restore from backup"));
    m_intro->setText(tr("Puts a backup made with “Back up database and key” back: the database copy and its key, to "
                        "%1. First the backup is checked and compared with what is there now; nothing changes until "
                        "you press Restore.")
                         .arg(QDir::toNativeSeparators(m_databasePath)));
    m_folderLabel->setText(tr("Backup &folder:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_browse->setText(tr("&Browse…"));
    m_check->setText(tr("C&heck backup"));
    m_restore->setText(tr("&Restore"));
    m_close->setText(m_restored ? tr("&Continue") : tr("&Cancel"));
    m_close->setIcon(themedIcon(m_restored ? QStringLiteral("dialog-ok-apply") : QStringLiteral("dialog-cancel")));
    m_confirmText->setText(tr("A database already exists there. Restoring replaces it: it is kept as a set-aside file, "
                              "but everything listed under “Restoring loses” is missing from the restored database."));
    m_confirm->setText(tr("I &understand: replace the current database"));
    m_folder->setAccessibleName(tr("Backup folder to restore"));
    m_passphrase->setAccessibleName(tr("Backup passphrase"));
    m_confirm->setAccessibleName(tr("Confirm replacing the current database"));
    m_plan->setAccessibleName(tr("What the backup holds and what restoring will do"));
    m_plan->setPlaceholderText(tr("Choose the backup folder and type its passphrase, then press Check backup."));
    updateButtons();
}

void RestoreDialog::updateButtons()
{
    const bool ready = !m_busy && !m_restored;
    m_check->setEnabled(ready && !m_folder->text().trimmed().isEmpty() && !m_passphrase->text().isEmpty());
    m_restore->setEnabled(ready && m_planData && (!m_planData->needsConfirmation() || m_confirm->isChecked()));
    m_folder->setEnabled(ready);
    m_browse->setEnabled(ready);
    m_passphrase->setEnabled(ready);
    m_confirm->setEnabled(ready);
    m_close->setEnabled(!m_busy);
}

void RestoreDialog::browse()
{
    QString start = m_folder->text();
    if (start.isEmpty())
        start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    updateButtons();
}

void RestoreDialog::checkBackup()
{
    if (m_busy || !m_check->isEnabled())
        return;
    m_planData.reset();
    m_confirm->setVisible(false);
    m_confirmText->setVisible(false);
    m_confirm->setChecked(false);
    m_plan->setPlainText(tr("Checking the backup…"));
    setBusy(true);
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString passphrase = m_passphrase->text();
    m_watcher.setFuture(QtConcurrent::run([folder, passphrase, path = m_databasePath, keyDir = m_keyDir]() {
        auto work = std::make_shared<Work>();
        auto plan = services::RestorePlan::make(folder, passphrase, path, keyDir);
        if (plan)
            work->plan = plan.value();
        else
            work->error = plan.error().message;
        return work;
    }));
}

void RestoreDialog::runRestore()
{
    if (!m_planData || m_busy)
        return;
    setBusy(true);
    m_plan->appendPlainText(QStringLiteral("\n") + tr("Restoring…"));
    const bool confirmed = m_confirm->isChecked();
    m_watcher.setFuture(QtConcurrent::run([plan = *m_planData, confirmed, who = m_requestedBy] {
        auto work = std::make_shared<Work>();
        auto report = services::RestoreService::apply(plan, confirmed, who, std::make_shared<core::SystemClock>());
        if (report)
            work->report = report.value();
        else
            work->error = report.error().message;
        return work;
    }));
}

void RestoreDialog::workDone(const std::shared_ptr<Work>& work)
{
    const bool restoring = m_planData.has_value();
    if (!restoring) {
        if (work->plan) {
            m_planData = work->plan;
            m_plan->setPlainText(m_planData->summary());
            m_confirm->setVisible(m_planData->needsConfirmation());
            m_confirmText->setVisible(m_planData->needsConfirmation());
        } else {
            m_plan->setPlainText(tr("The backup cannot be used: %1").arg(work->error));
        }
        setBusy(false);
        if (m_planData)
            (m_planData->needsConfirmation() ? static_cast<QWidget*>(m_confirm) : m_restore)->setFocus();
        Q_EMIT planReady(m_planData.has_value());
        return;
    }
    if (work->report) {
        m_restored = true;
        m_plan->setPlainText(work->report->summary());
        m_confirm->setVisible(false);
        m_confirmText->setVisible(false);
    } else {
        m_plan->appendPlainText(tr("The restore FAILED: %1").arg(work->error));
        m_planData.reset();   // check again before another attempt
    }
    setBusy(false);
    retranslate();
    m_close->setFocus();
    Q_EMIT restoreFinished(m_restored);
}

} // namespace cg::ui
