#include "ui/dialogs/backupdialog.h"

#include "core/clock.h"
#include "security/keyexport.h"
#include "services/backupservice.h"
#include "ui/icons.h"

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

struct BackupDialog::Outcome
{
    std::optional<services::BackupService::Created> created;
    QString error;
};

BackupDialog::BackupDialog(services::ServiceDeps deps, core::Actor actor, QWidget* parent)
    : QDialog(parent), m_deps(std::move(deps)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("backupDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    QString parentDir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (parentDir.isEmpty())
        parentDir = QDir::homePath();
    m_folder->setText(QDir::toNativeSeparators(services::BackupService::suggestedFolder(parentDir, m_deps.clock->nowUtc())));
    m_browse = new QPushButton(themedIcon(QStringLiteral("document-open")), QString(), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassphrase"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_strength = new QLabel(this);
    m_strength->setWordWrap(true);
    m_strength->setObjectName(QStringLiteral("strength"));

    auto* form = new QFormLayout;
    m_folderLabel = new QLabel(this);
    m_folderLabel->setBuddy(m_folder);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_repeatLabel = new QLabel(this);
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    form->addRow(QString(), m_strength);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);   // busy: copying, sealing the key, reading it all back
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("backupResult"));
    m_result->setReadOnly(true);
    m_result->setVisible(false);
    m_result->setMinimumHeight(130);
    layout->addWidget(m_result, 1);

    m_backup = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), this);
    m_backup->setObjectName(QStringLiteral("backUp"));
    m_backup->setDefault(true);
    m_backup->setMinimumHeight(36);
    m_close = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), QString(), this);
    m_close->setMinimumHeight(36);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_backup);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupDialog::validate);
    connect(m_passphrase, &QLineEdit::textChanged, this, &BackupDialog::validate);
    connect(m_repeat, &QLineEdit::textChanged, this, &BackupDialog::validate);
    connect(m_backup, &QPushButton::clicked, this, &BackupDialog::start);
    connect(m_close, &QPushButton::clicked, this, &BackupDialog::reject);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Outcome>>::finished, this,
            [this] { done(m_watcher.result()); });
    retranslate();
    setMinimumWidth(620);
    m_passphrase->setFocus();
}

BackupDialog::~BackupDialog()
{
    m_watcher.waitForFinished();
}

void BackupDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void BackupDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

void BackupDialog::retranslate()
{
    setWindowTitle(tr("Back up database and key"));
    m_intro->setText(tr("Writes a new folder with a copy of the database, its key protected by a passphrase, and a "
                        "manifest with checksums, then reads it all back to check it. Keep the passphrase apart from "
                        "the backup: without it the backup cannot be restored; with it, whoever holds the backup can "
                        "read every encrypted field."));
    m_folderLabel->setText(tr("Backup &folder:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_repeatLabel->setText(tr("&Repeat passphrase:"));
    m_browse->setText(tr("&Browse…"));
    m_backup->setText(tr("&Back up"));
    m_close->setText(m_succeeded ? tr("&Close") : tr("&Cancel"));
    m_folder->setAccessibleName(tr("Folder the backup is written to"));
    m_passphrase->setAccessibleName(tr("Backup passphrase"));
    m_repeat->setAccessibleName(tr("Backup passphrase, again"));
    m_passphrase->setPlaceholderText(tr("at least 12 characters, e.g. four unrelated words"));
    validate();
}

void BackupDialog::validate()
{
    if (m_busy)
        return;
    const QString pass = m_passphrase->text();
    QString message;
    bool ok = false;
    if (pass.isEmpty()) {
        message = tr("Choose a passphrase you can keep safe for as long as the backup is kept.");
    } else if (auto s = security::KeyExport::checkStrength(pass); !s) {
        message = s.error().message;
    } else if (m_repeat->text() != pass) {
        message = m_repeat->text().isEmpty() ? tr("Strong enough. Type it again to confirm.")
                                             : tr("The two passphrases differ.");
    } else {
        message = tr("Strong enough, and both entries match.");
        ok = true;
    }
    m_strength->setText(message);
    m_strength->setStyleSheet(ok ? QStringLiteral("color: #1b7f3b;") : (pass.isEmpty() ? QString() : QStringLiteral("color: #a33;")));
    m_backup->setEnabled(ok && !m_folder->text().trimmed().isEmpty() && !m_succeeded);
}

void BackupDialog::browse()
{
    const QString parentDir = QFileDialog::getExistingDirectory(this, tr("Where to put the backup folder"),
                                                                QFileInfo(m_folder->text()).absolutePath());
    if (!parentDir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(services::BackupService::suggestedFolder(parentDir, m_deps.clock->nowUtc())));
}

void BackupDialog::start()
{
    m_busy = true;
    for (QWidget* w : std::initializer_list<QWidget*>{m_folder, m_browse, m_passphrase, m_repeat, m_backup, m_close})
        w->setEnabled(false);
    m_progress->setVisible(true);
    m_strength->setText(tr("Writing and checking the backup…"));
    m_strength->setStyleSheet(QString());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    const QString passphrase = m_passphrase->text();
    m_passphrase->clear();
    m_repeat->clear();
    // The database hands each thread its own connection, so the service
    // can run on the pool thread.
    m_watcher.setFuture(QtConcurrent::run([deps = m_deps, actor = m_actor, folder, passphrase]() {
        auto outcome = std::make_shared<Outcome>();
        auto created = services::BackupService(deps).create(actor, folder, passphrase);
        if (created)
            outcome->created = created.value();
        else
            outcome->error = created.error().message;
        return outcome;
    }));
}

void BackupDialog::done(const std::shared_ptr<Outcome>& outcome)
{
    m_busy = false;
    m_progress->setVisible(false);
    m_close->setEnabled(true);
    m_result->setVisible(true);
    if (!outcome->created) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_folder, m_browse, m_passphrase, m_repeat})
            w->setEnabled(true);
        m_result->setPlainText(tr("The backup was NOT made: %1").arg(outcome->error));
        validate();
        m_strength->setText(tr("Type the passphrase again to retry."));
        Q_EMIT backupFinished(false);
        return;
    }
    m_succeeded = true;
    const auto& m = outcome->created->manifest;
    QStringList lines;
    lines << tr("Backup written and checked: %1").arg(QDir::toNativeSeparators(outcome->created->folder));
    lines << tr("Database %1, schema version %2, audit head %3.").arg(m.databaseUuid).arg(m.schemaVersion).arg(m.head ? m.head->id : 0);
    for (const security::BackupFile& f : m.files)
        lines << QStringLiteral("%1  SHA-256 %2").arg(f.name, QString::fromLatin1(f.sha256.toHex()));
    lines << tr("The copy passed the integrity check and the key opens with the passphrase. Copy the whole folder to "
                "the backup medium; keep the passphrase elsewhere.");
    m_result->setPlainText(lines.join(QLatin1Char('\n')));
    m_strength->setText(tr("Done."));
    m_strength->setStyleSheet(QStringLiteral("color: #1b7f3b;"));
    m_close->setText(tr("&Close"));
    m_close->setFocus();
    Q_EMIT backupFinished(true);
}

} // namespace cg::ui
