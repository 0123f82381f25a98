#include "ui/pages/auditlogpage.h"

#include "services/auditlogservice.h"
#include "ui/icons.h"
#include "ui/widgets/optionaldateedit.h"
#include "ui/models/auditlogmodel.h"
#include "ui/session.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace cg::ui {

namespace {
const QDate kOpen(2000, 1, 1);   // the date edits' "any" value
}

AuditLogPage::AuditLogPage(services::AuditLogService* service, Session* session, QWidget* parent)
    : Page(parent), m_service(service), m_session(session)
{
    setObjectName(QStringLiteral("auditLogPage"));
    m_model = new AuditLogModel(service, session, this);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_denied = new QLabel(this);
    m_denied->setWordWrap(true);

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userFilter"));
    m_user->setEditable(true);
    m_user->setMinimumWidth(160);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_action->setEditable(true);
    m_action->setMinimumWidth(200);
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("recordFilter"));
    m_from = new OptionalDateEdit(this);   // "any day" must not trap the Tab key
    m_to = new OptionalDateEdit(this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setMinimumDate(kOpen);
        edit->setDate(kOpen);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_userLabel = new QLabel(this);
    m_actionLabel = new QLabel(this);
    m_recordLabel = new QLabel(this);
    m_fromLabel = new QLabel(this);
    m_toLabel = new QLabel(this);
    m_userLabel->setBuddy(m_user);
    m_actionLabel->setBuddy(m_action);
    m_recordLabel->setBuddy(m_record);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);

    m_apply = new QPushButton(themedIcon(QStringLiteral("edit-find")), QString(), this);
    m_apply->setObjectName(QStringLiteral("applyButton"));
    m_verify = new QPushButton(themedIcon(QStringLiteral("view-certificate")), QString(), this);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_export = new QPushButton(themedIcon(QStringLiteral("document-export")), QString(), this);
    m_export->setObjectName(QStringLiteral("exportButton"));
    for (QPushButton* b : {m_apply, m_verify, m_export})
        b->setMinimumHeight(36);

    auto* filters = new QGridLayout;
    filters->addWidget(m_userLabel, 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(m_actionLabel, 0, 2);
    filters->addWidget(m_action, 0, 3);
    filters->addWidget(m_recordLabel, 0, 4);
    filters->addWidget(m_record, 0, 5);
    filters->addWidget(m_fromLabel, 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(m_toLabel, 1, 2);
    filters->addWidget(m_to, 1, 3);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch(1);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_export);
    filters->addLayout(buttons, 1, 4, 1, 2);

    m_verification = new QLabel(this);
    m_verification->setObjectName(QStringLiteral("verification"));
    m_verification->setWordWrap(true);
    m_verification->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verification->hide();
    m_count = new QLabel(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_denied);
    layout->addLayout(filters);
    layout->addWidget(m_verification);
    layout->addWidget(m_count);
    layout->addWidget(m_table, 1);

    connect(m_apply, &QPushButton::clicked, this, &AuditLogPage::applyFilter);
    connect(m_record, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilter);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verify);
    connect(m_export, &QPushButton::clicked, this, &AuditLogPage::chooseExportFile);
    connect(m_model, &AuditLogModel::failed, m_count, &QLabel::setText);
    connect(m_session, &Session::changed, this, [this] {
        m_verification->hide();
        updateAccess();
        if (isVisible())
            activated();
    });
    retranslate();
    updateAccess();
}

QString AuditLogPage::title() const
{
    return tr("Audit log");
}

QIcon AuditLogPage::icon() const
{
    return themedIcon(QStringLiteral("view-history"));
}

void AuditLogPage::activated()
{
    updateAccess();
    if (!m_session->can(core::Permission::ViewAudit))
        return;
    refreshChoices();
    applyFilter();
}

void AuditLogPage::updateAccess()
{
    const bool view = m_session->can(core::Permission::ViewAudit);
    m_denied->setVisible(!view);
    for (QWidget* w : std::initializer_list<QWidget*>{m_user, m_action, m_record, m_from, m_to, m_apply, m_table})
        w->setEnabled(view);
    m_verify->setEnabled(m_session->can(core::Permission::VerifyAudit));
    m_export->setEnabled(m_session->can(core::Permission::ExportAudit));
}

void AuditLogPage::refreshChoices()
{
    const auto fill = [](QComboBox* box, const core::Result<QStringList>& values, const QString& all) {
        const QString current = box->currentIndex() > 0 ? box->currentText() : QString();
        box->clear();
        box->addItem(all);
        if (values)
            box->addItems(values.value());
        box->setCurrentIndex(current.isEmpty() ? 0 : qMax(0, box->findText(current)));
    };
    fill(m_user, m_service->actors(m_session->actor()), tr("All users"));
    fill(m_action, m_service->actions(m_session->actor()), tr("All actions"));
}

void AuditLogPage::applyFilter()
{
    core::AuditFilter filter;
    if (m_user->currentIndex() != 0 || m_user->currentText() != m_user->itemText(0))
        filter.actor = m_user->currentText().trimmed();
    if (m_action->currentIndex() != 0 || m_action->currentText() != m_action->itemText(0))
        filter.action = m_action->currentText().trimmed();
    // "resident 42", "resident:42" or just "resident".
    const QStringList record = m_record->text().trimmed().split(QRegularExpression(QStringLiteral("[\\s:#]+")),
                                                                Qt::SkipEmptyParts);
    filter.recordType = record.value(0);
    filter.recordId = record.value(1);
    if (m_from->date() > kOpen)
        filter.from = QDateTime(m_from->date(), QTime(0, 0)).toUTC();
    if (m_to->date() > kOpen)
        filter.to = QDateTime(m_to->date().addDays(1), QTime(0, 0)).toUTC();
    m_model->setFilter(filter);
    updateCount();
}

void AuditLogPage::updateCount()
{
    auto n = m_service->count(m_session->actor(), m_model->filter());
    m_count->setText(n ? tr("%1 entries match.").arg(QLocale().toString(n.value())) : n.error().message);
}

void AuditLogPage::verify()
{
    auto result = m_service->verify(m_session->actor());
    m_verification->show();
    if (!result) {
        m_verification->setStyleSheet(QStringLiteral("background: #fdecea; color: #b3261e; padding: 8px;"));
        m_verification->setText(result.error().message);
        return;
    }
    const auto& v = result.value();
    if (v.intact) {
        m_verification->setStyleSheet(QStringLiteral("background: #e6f4ea; color: #1e6b34; padding: 8px;"));
        QString text = tr("✔ Intact: all %1 entries are unchanged and in order.").arg(QLocale().toString(v.entries));
        if (v.headFound)
            text += QLatin1Char(' ') + tr("The chain head kept in the key folder (entry #%1) is confirmed.").arg(v.headId);
        if (!v.warning.isEmpty())
            text += QLatin1Char(' ') + v.warning;
        m_verification->setText(text);
    } else {
        m_verification->setStyleSheet(QStringLiteral("background: #fdecea; color: #b3261e; padding: 8px; font-weight: bold;"));
        m_verification->setText(tr("✘ Broken at entry #%1: %2").arg(v.brokenId).arg(v.problem));
    }
    // The check itself is recorded: show it.
    refreshChoices();
    applyFilter();
}

QString AuditLogPage::verificationText() const
{
    return m_verification->isVisible() ? m_verification->text() : QString();
}

void AuditLogPage::chooseExportFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("consentgate-audit-%1.csv")
                                                .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    auto* dialog = new QFileDialog(this, tr("Export the audit log"), suggested, tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) { exportTo(file); });
    dialog->open();
}

bool AuditLogPage::exportTo(const QString& path)
{
    auto rows = m_service->exportCsv(m_session->actor(), m_model->filter(), path);
    m_verification->show();
    if (!rows) {
        m_verification->setStyleSheet(QStringLiteral("background: #fdecea; color: #b3261e; padding: 8px;"));
        m_verification->setText(rows.error().message);
        return false;
    }
    m_verification->setStyleSheet(QStringLiteral("background: #e8f0fe; color: #174ea6; padding: 8px;"));
    m_verification->setText(tr("Exported %1 entries to %2. The export is recorded in the audit log.")
                                .arg(QLocale().toString(rows.value()), QDir::toNativeSeparators(path)));
    refreshChoices();
    applyFilter();
    return true;
}

void AuditLogPage::retranslate()
{
    m_heading->setText(tr("Audit log"));
    m_denied->setText(tr("Your role cannot view the audit log. Building managers, administrators and auditors can."));
    m_userLabel->setText(tr("&User:"));
    m_actionLabel->setText(tr("&Action:"));
    m_recordLabel->setText(tr("&Record:"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&To:"));
    m_record->setPlaceholderText(tr("e.g. resident 42"));
    m_from->setSpecialValueText(tr("any day"));
    m_to->setSpecialValueText(tr("any day"));
    m_user->setAccessibleName(tr("Filter by user"));
    m_action->setAccessibleName(tr("Filter by action"));
    m_record->setAccessibleName(tr("Filter by record"));
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_apply->setText(tr("&Show"));
    m_verify->setText(tr("&Verify the chain"));
    m_export->setText(tr("&Export CSV…"));
    m_table->setAccessibleName(tr("Audit log entries"));
    if (m_user->count() > 0)
        m_user->setItemText(0, tr("All users"));
    if (m_action->count() > 0)
        m_action->setItemText(0, tr("All actions"));
}

} // namespace cg::ui
