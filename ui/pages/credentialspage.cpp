#include "ui/pages/credentialspage.h"

#include "reports/badgesheet.h"
#include "reports/credentialprints.h"
#include "ui/dialogs/credentialdialog.h"
#include "ui/icons.h"
#include "ui/shortcuttooltips.h"
#include "ui/widgets/cardnumberedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cg::ui {

using core::CredentialStatus;
using core::CredentialType;

namespace {
constexpr int kGapRows = 200;
constexpr int kListRows = 500;

QTableWidgetItem* item(const QString& text, const QVariant& data = {})
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (data.isValid())
        i->setData(Qt::UserRole, data);
    return i;
}
} // namespace

CredentialsPage::CredentialsPage(std::shared_ptr<services::CredentialService> credentials,
                                 std::shared_ptr<services::CoverageService> coverage, ActorProvider actor,
                                 QWidget* parent)
    : Page(parent), m_credentials(std::move(credentials)), m_coverage(std::move(coverage)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("credentialsPage"));
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    layout->addWidget(m_heading);
    m_coverageBanner = new QLabel(this);
    m_coverageBanner->setObjectName(QStringLiteral("coverageBanner"));
    m_coverageBanner->setWordWrap(true);
    layout->addWidget(m_coverageBanner);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_gapBox = new QGroupBox(splitter);
    auto* gapLayout = new QVBoxLayout(m_gapBox);
    m_gaps = new QTableWidget(0, 4, m_gapBox);
    m_gaps->setObjectName(QStringLiteral("coverageGaps"));
    m_gaps->verticalHeader()->hide();
    m_gaps->horizontalHeader()->setStretchLastSection(true);
    m_gaps->setSelectionBehavior(QAbstractItemView::SelectRows);
    gapLayout->addWidget(m_gaps);
    splitter->addWidget(m_gapBox);

    m_listBox = new QGroupBox(splitter);
    auto* listLayout = new QVBoxLayout(m_listBox);
    auto* filters = new QHBoxLayout;
    m_filter = new QLineEdit(m_listBox);
    m_filter->setObjectName(QStringLiteral("credentialFilter"));
    m_filter->setClearButtonEnabled(true);
    m_typeFilter = new QComboBox(m_listBox);
    m_statusFilter = new QComboBox(m_listBox);
    m_typeFilter->addItem(QString(), -1);
    for (CredentialType t : core::allCredentialTypes())
        m_typeFilter->addItem(QString(), int(t));
    m_statusFilter->addItem(QString(), -1);
    for (CredentialStatus s : core::allCredentialStatuses())
        m_statusFilter->addItem(QString(), int(s));
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_typeFilter, 1);
    filters->addWidget(m_statusFilter, 1);
    listLayout->addLayout(filters);
    m_list = new QTableWidget(0, 8, m_listBox);
    m_list->setObjectName(QStringLiteral("credentialList"));
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    listLayout->addWidget(m_list);
    m_listCount = new QLabel(m_listBox);
    listLayout->addWidget(m_listCount);
    auto* actions = new QHBoxLayout;
    m_suspend = new QPushButton(themedIcon(QStringLiteral("system-lock-screen")), QString(), m_listBox);
    m_reactivate = new QPushButton(themedIcon(QStringLiteral("dialog-ok-apply")), QString(), m_listBox);
    m_revoke = new QPushButton(themedIcon(QStringLiteral("edit-delete")), QString(), m_listBox);
    m_lost = new QPushButton(themedIcon(QStringLiteral("emblem-warning")), QString(), m_listBox);
    m_unlock = new QPushButton(themedIcon(QStringLiteral("dialog-password")), QString(), m_listBox);
    m_batch = new QPushButton(themedIcon(QStringLiteral("view-barcode-qr")), QString(), m_listBox);
    m_refresh = new QPushButton(themedIcon(QStringLiteral("view-refresh")), QString(), m_listBox);
    m_batch->setObjectName(QStringLiteral("batchQrButton"));
    for (QPushButton* b : {m_suspend, m_reactivate, m_revoke, m_lost, m_unlock})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_batch);
    actions->addWidget(m_refresh);
    for (QPushButton* b : {m_suspend, m_reactivate, m_revoke, m_lost, m_unlock, m_batch, m_refresh})
        b->setMinimumHeight(34);
    listLayout->addLayout(actions);
    splitter->addWidget(m_listBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("credentialMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_filter, &QLineEdit::textChanged, this, &CredentialsPage::refreshList);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &CredentialsPage::refreshList);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &CredentialsPage::refreshList);
    connect(m_suspend, &QPushButton::clicked, this, [this] { act(QStringLiteral("suspend")); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { act(QStringLiteral("reactivate")); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { act(QStringLiteral("revoke")); });
    connect(m_unlock, &QPushButton::clicked, this, [this] { act(QStringLiteral("unlock")); });
    connect(m_lost, &QPushButton::clicked, this, &CredentialsPage::replaceLost);
    connect(m_batch, &QPushButton::clicked, this, &CredentialsPage::batchQr);
    connect(m_refresh, &QPushButton::clicked, this, &CredentialsPage::refresh);
    // Keyboard-first: Ctrl+I issues to the resident selected in the gap list
    // (the first one when none is selected); Enter on a row does the same.
    auto* issueShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), this);
    connect(issueShortcut, &QShortcut::activated, this, [this] {
        const int row = std::max(0, m_gaps->currentRow());
        if (row < m_gaps->rowCount() && m_gaps->item(row, 0))
            issueFor(m_gaps->item(row, 0)->data(Qt::UserRole).toLongLong(), CredentialType::Card);
    });
    connect(m_gaps, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* activated) {
        if (auto* first = m_gaps->item(activated->row(), 0))
            issueFor(first->data(Qt::UserRole).toLongLong(), CredentialType::Card);
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] { m_filter->setFocus(); m_filter->selectAll(); });
    ShortcutToolTips::setKeys(m_gaps, issueShortcut->key());
    ShortcutToolTips::setKeys(m_filter, find->key());

    // Validity windows end with the clock, not with a click.
    m_expiryTimer = new QTimer(this);
    m_expiryTimer->setInterval(60 * 1000);
    connect(m_expiryTimer, &QTimer::timeout, this, [this] {
        if (auto n = m_credentials->expireDue(m_actor()); n && n.value() > 0)
            refresh();
    });
    m_expiryTimer->start();
    retranslate();
}

QString CredentialsPage::title() const
{
    return tr("Credentials");
}

QIcon CredentialsPage::icon() const
{
    return themedIcon(QStringLiteral("dialog-password"));
}

void CredentialsPage::activated()
{
    (void)m_credentials->expireDue(m_actor());
    refresh();
}

void CredentialsPage::retranslate()
{
    m_heading->setText(tr("Credentials — cards, PINs, QR codes, visitor passes"));
    m_gapBox->setTitle(tr("Residents without a usable non-biometric credential (Ctrl+I or Enter: issue)"));
    m_gaps->setHorizontalHeaderLabels({tr("Resident"), tr("Building"), tr("Unit"), tr("Issue")});
    m_listBox->setTitle(tr("All credentials"));
    m_filter->setPlaceholderText(tr("Filter by name or unit (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter credentials"));
    m_typeFilter->setAccessibleName(tr("Kind of credential"));
    m_statusFilter->setAccessibleName(tr("Status of credential"));
    m_gaps->setAccessibleName(tr("Residents without a usable non-biometric credential"));
    m_gaps->setAccessibleDescription(tr("Enter or Ctrl+I issues a card, PIN or QR code to the selected resident."));
    m_list->setAccessibleName(tr("All credentials"));
    m_typeFilter->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_typeFilter->count(); ++i)
        m_typeFilter->setItemText(i, core::credentialTypeName(CredentialType(m_typeFilter->itemData(i).toInt())));
    m_statusFilter->setItemText(0, tr("Any status"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, core::credentialStatusName(CredentialStatus(m_statusFilter->itemData(i).toInt())));
    m_list->setHorizontalHeaderLabels({tr("No."), tr("Holder"), tr("Unit"), tr("Kind"), tr("Value"), tr("Status"),
                                       tr("Valid until"), tr("Issued")});
    m_suspend->setText(tr("&Suspend"));
    m_reactivate->setText(tr("Re&activate"));
    m_revoke->setText(tr("Re&voke"));
    m_lost->setText(tr("Report &lost and replace"));
    m_unlock->setText(tr("&Unlock PIN"));
    m_batch->setText(tr("&Batch QR badges for a building…"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    refresh();
}

void CredentialsPage::refresh()
{
    refreshCoverage();
    refreshList();
}

void CredentialsPage::refreshCoverage()
{
    auto count = m_coverage->violationCount(m_actor());
    if (!count) {
        m_coverageBanner->setText(count.error().message);
        return;
    }
    m_violations = count.value();
    if (m_violations == 0) {
        m_coverageBanner->setText(tr("✔ Coverage: 0 violations — every resident without face consent has a card, PIN "
                                     "or QR code for every door and lift they may use."));
        m_coverageBanner->setStyleSheet(QStringLiteral("background: #dff3e4; color: #1a7f37; padding: 8px; font-weight: 600;"));
    } else {
        m_coverageBanner->setText(tr("⚠ Coverage: %n resident(s) without face consent lack a usable card, PIN or QR "
                                     "code for some door or lift. The target is zero: issue one below.",
                                     nullptr, m_violations));
        m_coverageBanner->setStyleSheet(QStringLiteral("background: #fbe3e4; color: #c01c28; padding: 8px; font-weight: 600;"));
    }
    auto list = m_coverage->violations(m_actor(), kGapRows);
    m_gaps->setRowCount(0);
    if (!list)
        return;
    m_gaps->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const storage::CoverageViolation& v = list->at(row);
        m_gaps->setItem(row, 0, item(v.name, v.residentId));
        m_gaps->setItem(row, 1, item(v.buildingName));
        m_gaps->setItem(row, 2, item(v.unitLabel));
        auto* cell = new QWidget(m_gaps);
        auto* buttons = new QHBoxLayout(cell);
        buttons->setContentsMargins(2, 0, 2, 0);
        const QList<QPair<CredentialType, QString>> kinds = {{CredentialType::Card, tr("Card")},
                                                             {CredentialType::Pin, tr("PIN")},
                                                             {CredentialType::Qr, tr("QR")}};
        for (const auto& [type, label] : kinds) {
            auto* b = new QPushButton(label, cell);
            // Keyboard users issue with Enter or Ctrl+I on the row; three buttons
            // per row in the Tab order would put hundreds of stops before the list below.
            b->setFocusPolicy(Qt::ClickFocus);
            b->setAccessibleName(tr("Issue %1 to %2").arg(core::credentialTypeName(type), v.name));
            const qint64 resident = v.residentId;
            const CredentialType t = type;
            connect(b, &QPushButton::clicked, this, [this, resident, t] { issueFor(resident, t); });
            buttons->addWidget(b);
        }
        buttons->addStretch(1);
        m_gaps->setCellWidget(row, 3, cell);
    }
    m_gaps->resizeColumnsToContents();
}

void CredentialsPage::refreshList()
{
    storage::CredentialFilter filter;
    filter.text = m_filter->text();
    if (m_typeFilter->currentData().toInt() >= 0)
        filter.type = CredentialType(m_typeFilter->currentData().toInt());
    if (m_statusFilter->currentData().toInt() >= 0)
        filter.status = CredentialStatus(m_statusFilter->currentData().toInt());
    filter.limit = kListRows;
    auto list = m_credentials->list(m_actor(), filter);
    auto total = m_credentials->count(m_actor(), filter);
    m_list->setRowCount(0);
    if (!list) {
        m_listCount->setText(list.error().message);
        return;
    }
    m_list->setRowCount(int(list->size()));
    for (int row = 0; row < list->size(); ++row) {
        const core::Credential& c = list->at(row);
        const QString holder = c.type == CredentialType::VisitorPass
                                   ? tr("%1 (visitor of %2)").arg(c.visitorName, c.residentName)
                                   : c.residentName;
        QString status = core::credentialStatusName(c.status);
        if (c.type == CredentialType::Pin && c.failedPinTries >= core::kPinMaxFailedTries)
            status += tr(" · PIN locked");
        m_list->setItem(row, 0, item(QString::number(c.id), c.id));
        m_list->setItem(row, 1, item(holder));
        m_list->setItem(row, 2, item(c.buildingName + QLatin1Char(' ') + c.unitLabel));
        m_list->setItem(row, 3, item(core::credentialTypeName(c.type)));
        m_list->setItem(row, 4, item(c.type == CredentialType::Qr ? QStringLiteral("QR") : c.maskedValue()));
        auto* statusItem = item(status);
        statusItem->setForeground(c.status == CredentialStatus::Active ? QColor(0x1a, 0x7f, 0x37) : QColor(0xc0, 0x1c, 0x28));
        m_list->setItem(row, 5, statusItem);
        m_list->setItem(row, 6, item(reports::validityText(c, c.type == CredentialType::VisitorPass)));
        m_list->setItem(row, 7, item(c.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" · ")
                                     + c.issuedBy));
    }
    m_list->resizeColumnsToContents();
    m_listCount->setText(total && total.value() > list->size()
                             ? tr("Showing the newest %1 of %2 credentials; narrow the filter to see others.")
                                   .arg(list->size())
                                   .arg(total.value())
                             : tr("%n credential(s).", nullptr, int(list->size())));
}

qint64 CredentialsPage::selectedCredential() const
{
    const int row = m_list->currentRow();
    if (row < 0 || !m_list->item(row, 0))
        return 0;
    return m_list->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void CredentialsPage::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c01c28; font-weight: 600;")
                                   : QStringLiteral("color: #1a7f37; font-weight: 600;"));
}

void CredentialsPage::issueFor(qint64 residentId, CredentialType type)
{
    CredentialDialog dialog(m_credentials, m_actor, residentId, this);
    dialog.setType(type);
    dialog.exec();
    refresh();
}

void CredentialsPage::act(const QString& action)
{
    const qint64 id = selectedCredential();
    if (!id) {
        showMessage(tr("Choose a credential in the list first."), true);
        return;
    }
    core::Status status;
    if (action == QLatin1String("suspend")) {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Suspend"), tr("Reason (kept in the audit log):"),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        status = m_credentials->suspend(m_actor(), id, reason);
    } else if (action == QLatin1String("reactivate")) {
        status = m_credentials->reactivate(m_actor(), id);
    } else if (action == QLatin1String("revoke")) {
        if (QMessageBox::question(this, tr("Revoke"), tr("Revoke credential No. %1? It stops opening doors at once "
                                                         "and cannot be reactivated.").arg(id))
            != QMessageBox::Yes)
            return;
        status = m_credentials->revoke(m_actor(), id, tr("Revoked at the desk"));
    } else {
        status = m_credentials->resetPinTries(m_actor(), id);
    }
    showMessage(status ? tr("Credential No. %1 updated.").arg(id) : status.error().message, !status);
    refresh();
}

void CredentialsPage::replaceLost()
{
    const qint64 id = selectedCredential();
    if (!id) {
        showMessage(tr("Choose a credential in the list first."), true);
        return;
    }
    auto current = m_credentials->credential(m_actor(), id);
    if (!current) {
        showMessage(current.error().message, true);
        return;
    }
    services::IssueRequest replacement;
    if (current->type == CredentialType::Card) {
        QDialog ask(this);
        ask.setWindowTitle(tr("Replacement card"));
        auto* form = new QFormLayout(&ask);
        auto* edit = new CardNumberEdit(&ask);
        form->addRow(tr("Hold the new card to the reader or type its number:"), edit);
        auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        form->addRow(box);
        connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        connect(edit, &CardNumberEdit::cardEntered, &ask, &QDialog::accept);
        if (ask.exec() != QDialog::Accepted)
            return;
        replacement.cardNumber = edit->text();
        replacement.fromReader = edit->lastEntryFromReader();
    }
    auto issued = m_credentials->reportLostAndReplace(m_actor(), id, replacement);
    if (!issued) {
        showMessage(issued.error().message, true);
        return;
    }
    showMessage(tr("No. %1 marked lost; replacement No. %2 issued.").arg(id).arg(issued->credential.id), false);
    CredentialDialog dialog(m_credentials, m_actor, issued->credential.residentId, this);
    dialog.showIssued(issued.value());
    dialog.exec();
    refresh();
}

void CredentialsPage::batchQr()
{
    auto buildings = m_credentials->buildings(m_actor());
    if (!buildings) {
        showMessage(buildings.error().message, true);
        return;
    }
    QDialog ask(this);
    ask.setWindowTitle(tr("Batch QR badges"));
    auto* form = new QFormLayout(&ask);
    auto* building = new QComboBox(&ask);
    for (const storage::BuildingRef& b : buildings.value())
        building->addItem(tr("%1 %2 (%n resident(s))", nullptr, b.residents).arg(b.compoundName, b.name), b.id);
    auto* onlyUncovered = new QCheckBox(tr("Only residents without a usable credential"), &ask);
    onlyUncovered->setChecked(true);
    auto* hasEnd = new QCheckBox(tr("Valid until (last day):"), &ask);
    auto* end = new QDateEdit(QDate::currentDate().addYears(1), &ask);
    end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    end->setEnabled(false);
    connect(hasEnd, &QCheckBox::toggled, end, &QWidget::setEnabled);
    form->addRow(tr("Building:"), building);
    form->addRow(onlyUncovered);
    form->addRow(hasEnd, end);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    form->addRow(box);
    connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted || building->currentIndex() < 0)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the badge sheet"),
                                                      QDir::home().filePath(QStringLiteral("qr-badges.pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const QDateTime validTo = hasEnd->isChecked() ? QDateTime(end->date().addDays(1), QTime(0, 0)).toUTC() : QDateTime();
    auto issued = m_credentials->issueQrForBuilding(m_actor(), building->currentData().toLongLong(), validTo,
                                                    onlyUncovered->isChecked());
    if (!issued) {
        showMessage(issued.error().message, true);
        return;
    }
    if (issued->isEmpty()) {
        showMessage(tr("Everyone in this building already has a usable credential."), false);
        return;
    }
    QList<reports::Badge> badges;
    for (const auto& one : issued.value())
        badges.append(reports::credentialBadge(one.credential, one.secret, one.holder.compoundName));
    reports::BadgeSheet sheet(badges, tr("QR badges"));
    auto status = sheet.writePdf(path);
    showMessage(status ? tr("%1 QR credential(s) issued; badge sheet (%2 pages) saved to %3 — print it and cut along "
                            "the marks.")
                             .arg(issued->size())
                             .arg(sheet.pageCount())
                             .arg(QDir::toNativeSeparators(path))
                       : status.error().message,
                !status);
    refresh();
}

} // namespace cg::ui
