#include "ui/pages/consentdeskpage.h"

#include "core/clock.h"
#include "core/consent.h"
#include "core/localized.h"
#include "core/permissions.h"
#include "services/consentservice.h"
#include "services/enrolmentservice.h"
#include "services/noticeservice.h"
#include "ui/dialogs/cameraenrolmentdialog.h"
#include "ui/dialogs/receiptprinter.h"
#include "ui/dialogs/withdrawaldialog.h"
#include "ui/icons.h"
#include "ui/kiosk/consentsession.h"
#include "ui/kiosk/residentwindow.h"
#include "ui/shortcuttooltips.h"
#include "ui/widgets/consenthistorytable.h"
#include "ui/widgets/devicedeletionqueue.h"
#include "ui/widgets/reconsentlist.h"
#include "ui/widgets/residentpicker.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg::ui {

namespace {

QString unitText(const storage::ConsentResident& r)
{
    return r.buildingName + QLatin1Char(' ') + r.unitLabel;
}

QString statusColour(core::ConsentState state, bool reconsent)
{
    if (reconsent)
        return QStringLiteral("#9a6700");
    switch (state) {
    case core::ConsentState::Active: return QStringLiteral("#1a7f37");
    case core::ConsentState::NeverAsked: return QStringLiteral("#57606a");
    default: return QStringLiteral("#0b4f9c");
    }
}

} // namespace

ConsentDeskPage::ConsentDeskPage(std::shared_ptr<services::ConsentService> consent,
                                 std::shared_ptr<services::NoticeService> notices,
                                 std::shared_ptr<services::EnrolmentService> enrolment,
                                 std::shared_ptr<const core::Clock> clock, ActorProvider actor, QWidget* parent)
    : Page(parent), m_consent(std::move(consent)), m_notices(std::move(notices)), m_enrolment(std::move(enrolment)),
      m_clock(std::move(clock)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("consentDeskPage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));

    m_picker = new ResidentPicker(m_consent, m_actor, this);
    connect(m_picker, &ResidentPicker::residentChosen, this, &ConsentDeskPage::showResident);
    connect(m_picker, &ResidentPicker::failed, this, &ConsentDeskPage::showError);

    m_name = new QLabel(this);
    m_name->setStyleSheet(QStringLiteral("font-size: 15pt; font-weight: 600;"));
    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("consentStatus"));
    m_reconsent = new QLabel(this);
    m_reconsent->setWordWrap(true);
    m_reconsent->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_faceData = new QLabel(this);

    m_start = new QPushButton(themedIcon(QStringLiteral("document-sign")), QString(), this);
    m_printNotice = new QPushButton(themedIcon(QStringLiteral("document-print")), QString(), this);
    m_enrol = new QPushButton(themedIcon(QStringLiteral("document-open")), QString(), this);
    m_enrolCamera = new QPushButton(themedIcon(QStringLiteral("camera-web")), QString(), this);
    m_withdraw = new QPushButton(themedIcon(QStringLiteral("edit-delete")), QString(), this);
    m_receipt = new QPushButton(themedIcon(QStringLiteral("document-print")), QString(), this);
    m_start->setMinimumHeight(40);
    m_start->setStyleSheet(QStringLiteral("font-weight: 600;"));
    connect(m_start, &QPushButton::clicked, this, &ConsentDeskPage::startSession);
    connect(m_printNotice, &QPushButton::clicked, this, &ConsentDeskPage::printNotice);
    connect(m_enrol, &QPushButton::clicked, this, &ConsentDeskPage::enrolFromPhoto);
    connect(m_enrolCamera, &QPushButton::clicked, this, &ConsentDeskPage::enrolFromCamera);
    connect(m_withdraw, &QPushButton::clicked, this, &ConsentDeskPage::recordWithdrawal);
    connect(m_receipt, &QPushButton::clicked, this, &ConsentDeskPage::printReceipt);
    auto* shortcutStart = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(shortcutStart, &QShortcut::activated, this, &ConsentDeskPage::startSession);
    auto* shortcutNotice = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    connect(shortcutNotice, &QShortcut::activated, this, &ConsentDeskPage::printNotice);
    auto* shortcutFind = new QShortcut(QKeySequence::Find, this);
    // Other pages bind the same keys; scoped to this page they never clash
    // (an ambiguous window-wide shortcut fires for no one).
    for (QShortcut* s : {shortcutStart, shortcutNotice, shortcutFind})
        s->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcutFind, &QShortcut::activated, m_picker, &ResidentPicker::focusSearch);
    ShortcutToolTips::setKeys(m_start, shortcutStart->key());
    ShortcutToolTips::setKeys(m_printNotice, shortcutNotice->key());
    ShortcutToolTips::setKeys(m_picker->searchField(), shortcutFind->key());

    m_sessionBox = new QGroupBox(this);
    m_progress = new QLabel(m_sessionBox);
    m_progress->setObjectName(QStringLiteral("sessionProgress"));
    m_progress->setWordWrap(true);
    m_cancelSession = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), QString(), m_sessionBox);
    connect(m_cancelSession, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancel();
    });
    auto* sessionLayout = new QHBoxLayout(m_sessionBox);
    sessionLayout->addWidget(m_progress, 1);
    sessionLayout->addWidget(m_cancelSession);
    m_sessionBox->setVisible(false);
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("sessionOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_historyLabel = new QLabel(this);
    m_historyLabel->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_history = new ConsentHistoryTable(this);
    connect(m_history, &QTableWidget::itemSelectionChanged, this,
            [this] { m_receipt->setEnabled(m_history->selectedEventId() > 0); });
    connect(m_history, &QTableWidget::cellActivated, this, [this] { printReceipt(); });

    auto* actions = new QGridLayout;
    actions->addWidget(m_start, 0, 0, 1, 2);
    actions->addWidget(m_printNotice, 1, 0);
    actions->addWidget(m_withdraw, 1, 1);
    actions->addWidget(m_enrolCamera, 2, 0);
    actions->addWidget(m_enrol, 2, 1);
    actions->addWidget(m_receipt, 3, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_name);
    rightLayout->addWidget(m_details);
    rightLayout->addWidget(m_status);
    rightLayout->addWidget(m_reconsent);
    rightLayout->addWidget(m_faceData);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_sessionBox);
    rightLayout->addWidget(m_outcome);
    rightLayout->addWidget(m_historyLabel);
    rightLayout->addWidget(m_history, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_picker);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    // The desk itself, then the two lists a clerk works through.
    m_reconsentList = new ReconsentList(m_consent, m_clock, m_actor, this);
    m_deletionQueue = new DeviceDeletionQueue(m_consent, m_clock, m_actor, this);
    connect(m_reconsentList, &ReconsentList::countChanged, this, [this](int n) {
        m_reconsentCount = n;
        updateTabTitles();
    });
    connect(m_deletionQueue, &DeviceDeletionQueue::countChanged, this, [this](int n) {
        m_deletionCount = n;
        updateTabTitles();
    });
    connect(m_reconsentList, &ReconsentList::startSessionRequested, this, [this](qint64 residentId) {
        m_tabs->setCurrentIndex(0);
        showResident(residentId);
        startSession();
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consentDeskTabs"));
    m_tabs->addTab(splitter, themedIcon(QStringLiteral("document-sign")), QString());
    m_tabs->addTab(m_reconsentList, themedIcon(QStringLiteral("view-list-details")), QString());
    m_tabs->addTab(m_deletionQueue, themedIcon(QStringLiteral("edit-delete")), QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index > 0)
            reloadLists();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs, 1);

    retranslate();
    refresh();
}

ConsentDeskPage::~ConsentDeskPage()
{
    if (m_session) {
        // The console is closing mid-session: nothing was decided.
        disconnect(m_session, nullptr, this, nullptr);
        delete m_session;
    }
}

QString ConsentDeskPage::title() const
{
    return tr("Consent desk");
}

QIcon ConsentDeskPage::icon() const
{
    return themedIcon(QStringLiteral("document-sign"));
}

void ConsentDeskPage::activated()
{
    m_picker->activated();
    reloadLists();
}

QTableWidget* ConsentDeskPage::historyTable() const
{
    return m_history;
}

QLineEdit* ConsentDeskPage::searchField() const
{
    return m_picker->searchField();
}

QListWidget* ConsentDeskPage::resultList() const
{
    return m_picker->resultList();
}

void ConsentDeskPage::setCameraEnrolment(services::DeviceService* devices, const QString& modelsDir)
{
    m_devices = devices;
    m_modelsDir = modelsDir;
    refresh();
}

void ConsentDeskPage::reloadLists()
{
    m_reconsentList->reload();
    m_deletionQueue->reload();
}

void ConsentDeskPage::updateTabTitles()
{
    m_tabs->setTabText(0, tr("Desk"));
    m_tabs->setTabText(1, tr("Re-consent needed (%1)").arg(m_reconsentCount));
    m_tabs->setTabText(2, tr("Device deletions pending (%1)").arg(m_deletionCount));
}

void ConsentDeskPage::retranslate()
{
    m_heading->setText(tr("Consent desk"));
    m_start->setText(tr("Start consent session (F5)"));
    m_start->setToolTip(tr("Opens the resident's screen with the notice and the two choices. You see the progress, "
                           "the resident decides."));
    m_printNotice->setText(tr("Print notice to take home (Ctrl+P)"));
    m_enrol->setText(tr("Enrol face from photo…"));
    m_enrolCamera->setText(tr("Enrol face from camera…"));
    m_withdraw->setText(tr("Record withdrawal…"));
    m_receipt->setText(tr("Print receipt for selected record"));
    m_sessionBox->setTitle(tr("Session on the resident's screen"));
    m_cancelSession->setText(tr("Cancel session"));
    m_historyLabel->setText(tr("History"));
    updateTabTitles();
    refresh();
}

void ConsentDeskPage::showResident(qint64 residentId)
{
    auto r = m_consent->resident(m_actor(), residentId);
    if (!r) {
        m_resident.reset();
        showError(r.error().message);
    } else {
        m_resident = r.value();
        m_picker->showCurrent(residentId);
    }
    m_outcome->clear();
    refresh();
}

void ConsentDeskPage::refresh()
{
    const bool have = m_resident.has_value();
    const bool busy = !m_session.isNull();
    for (QWidget* w : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_printNotice), static_cast<QWidget*>(m_enrol),
                       static_cast<QWidget*>(m_enrolCamera), static_cast<QWidget*>(m_withdraw)})
        w->setEnabled(have && !busy);
    m_receipt->setEnabled(false);
    m_history->setRowCount(0);
    if (!have) {
        m_name->setText(tr("No resident selected"));
        m_details->setText(tr("Find the resident on the left. Start a session only when the resident is at the desk."));
        m_status->clear();
        m_reconsent->clear();
        m_faceData->clear();
        return;
    }
    const storage::ConsentResident& r = *m_resident;
    m_name->setText(r.name);
    const QDate today = m_clock->todayLocal();
    QStringList facts{tr("Unit %1").arg(unitText(r))};
    if (core::isMinor(r.birthDate, today))
        facts << (r.guardianId ? tr("Under 14 — guardian: %1").arg(r.guardianName)
                               : tr("Under 14 — no guardian linked: link one on the resident's record first"));
    facts << tr("Notice language: %1").arg(core::noticeLanguageName(core::normaliseLanguage(r.language)));
    if (r.moveOut.isValid())
        facts << tr("Moved out on %1").arg(r.moveOut.toString(Qt::ISODate));
    m_details->setText(facts.join(QStringLiteral("  ·  ")));

    auto st = m_consent->status(r.id);
    if (!st) {
        showError(st.error().message);
        return;
    }
    m_status->setText(QStringLiteral("<span style='color:%1; font-size: 13pt; font-weight:600'>● %2</span>")
                          .arg(statusColour(st->state, st->needsReconsent()), core::consentStateName(st->state).toHtmlEscaped()));
    QStringList reasons;
    for (core::ReconsentReason reason : st->reconsent)
        reasons << core::reconsentReasonName(reason);
    m_reconsent->setText(reasons.isEmpty() ? QString()
                                           : tr("Ask again: %1. Face data is kept until %2.")
                                                 .arg(reasons.join(QStringLiteral("; ")),
                                                      QLocale().toString(st->graceUntil.toLocalTime().date(), QLocale::ShortFormat)));
    auto enrolled = m_enrolment ? m_enrolment->enrolments(m_actor(), r.id)
                                : core::Result<QList<storage::FaceEnrolmentInfo>>(QList<storage::FaceEnrolmentInfo>{});
    const int crops = enrolled ? int(enrolled->size()) : 0;
    m_faceData->setText(crops > 0 ? tr("Face data held: enrolment photo (face only, encrypted) from %1")
                                        .arg(QLocale().toString(enrolled->constLast().createdAt.toLocalTime(), QLocale::ShortFormat))
                                  : tr("No face data held"));
    m_enrol->setEnabled(!busy && st->faceAllowed() && m_enrolment && m_enrolment->hasGate());
    m_enrolCamera->setEnabled(m_enrol->isEnabled() && m_devices);
    m_withdraw->setEnabled(!busy && st->state == core::ConsentState::Active);
    m_start->setEnabled(!busy && !(r.moveOut.isValid() && r.moveOut <= today));

    // History: ledger events and deletion records, newest first.
    auto events = m_consent->history(m_actor(), r.id);
    auto deletions = m_consent->deletions(m_actor(), r.id);
    m_history->load(events ? events.value() : QList<core::ConsentEvent>{},
                    deletions ? deletions.value() : QList<storage::DeletionRecord>{});
}

QString ConsentDeskPage::lastOutcome() const
{
    return m_lastOutcome;
}

void ConsentDeskPage::showError(const QString& text)
{
    m_outcome->setText(QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(text.toHtmlEscaped()));
    m_lastOutcome = text;
}

void ConsentDeskPage::startSession()
{
    if (!m_resident || m_session)
        return;
    const storage::ConsentResident& r = *m_resident;
    auto notice = m_notices->current();
    if (!notice || !notice->has_value()) {
        showError(notice ? tr("No notice is published yet; an administrator must publish one on the Notices page.")
                         : notice.error().message);
        return;
    }
    const bool minor = core::isMinor(r.birthDate, m_clock->todayLocal());
    if (minor && !r.guardianId) {
        showError(tr("%1 is under 14 and has no guardian linked. Link the guardian on the resident's record first.").arg(r.name));
        return;
    }
    m_session = new ConsentSession(m_consent, m_actor, r, minor, **notice, m_readAloud, this);
    connect(m_session, &ConsentSession::progressChanged, m_progress, &QLabel::setText);
    connect(m_session, &ConsentSession::recorded, this, &ConsentDeskPage::onRecorded);
    connect(m_session, &ConsentSession::failed, this, &ConsentDeskPage::showError);
    connect(m_session, &ConsentSession::cancelled, this, [this](const QString& message) {
        m_outcome->setText(message.toHtmlEscaped());
        Q_EMIT sessionFinished(false);
    });
    connect(m_session, &ConsentSession::closed, this, [this] {
        m_session->deleteLater();
        m_session.clear();
        m_sessionBox->setVisible(false);
        refresh();
    });
    m_outcome->clear();
    m_progress->clear();
    m_sessionBox->setVisible(true);
    refresh();
    m_session->present(window());
}

ResidentWindow* ConsentDeskPage::residentWindow() const
{
    return m_session ? m_session->window() : nullptr;
}

QString ConsentDeskPage::progressText() const
{
    return m_progress->text();
}

void ConsentDeskPage::onRecorded(const services::ConsentService::Outcome& outcome, const QByteArray& signaturePng)
{
    const QString clerkText = ConsentSession::describe(outcome);
    m_lastOutcome = clerkText;
    m_outcome->setText(clerkText.toHtmlEscaped());
    Q_EMIT sessionFinished(true);

    if (m_offerReceipts && m_resident) {
        reports::ConsentReceiptData receipt = receiptFor(outcome.event);
        receipt.guardianName = outcome.event.guardianId ? m_resident->guardianName : QString();
        receiptprinter::offerSessionReceipt(this, receipt, outcome, signaturePng, m_actor().name, m_clock->nowUtc());
    }
    refresh();
    reloadLists();
}

reports::ConsentReceiptData ConsentDeskPage::receiptFor(const core::ConsentEvent& event) const
{
    reports::ConsentReceiptData receipt;
    receipt.residentName = m_resident ? m_resident->name : QString();
    receipt.unit = m_resident ? unitText(*m_resident) : QString();
    receipt.guardianName = event.guardianName;
    receipt.event = event;
    if (auto v = m_notices->byHash(event.noticeHash); v && v->has_value())
        receipt.notice = **v;
    return receipt;
}

void ConsentDeskPage::printNotice()
{
    if (!m_resident)
        return;
    auto notice = m_notices->current();
    if (!notice || !notice->has_value()) {
        showError(tr("No notice is published yet."));
        return;
    }
    receiptprinter::previewNotice(this, **notice, m_resident->name, m_actor().name, m_clock->nowUtc());
}

void ConsentDeskPage::recordWithdrawal()
{
    if (!m_resident)
        return;
    WithdrawalDialog dialog(m_resident->name, m_clock->todayLocal(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    services::ConsentService::Withdrawal w;
    w.residentId = m_resident->id;
    w.method = dialog.method();
    w.receivedOn = dialog.receivedOn();
    w.signaturePng = dialog.signaturePng();
    w.scan = dialog.scan();
    w.note = dialog.note();
    auto outcome = m_consent->withdraw(m_actor(), w);
    if (!outcome) {
        showError(outcome.error().message);
        return;
    }
    QString text = tr("Withdrawal recorded. Face data deleted (%n image(s)).", nullptr,
                      outcome->deletion ? outcome->deletion->imagesDeleted : 0);
    if (outcome->alternative)
        // The description is a whole sentence ("New QR code No. 7 issued: …").
        text += QLatin1Char(' ') + outcome->alternative->description;
    m_lastOutcome = text;
    m_outcome->setText(text.toHtmlEscaped());
    refresh();
    reloadLists();
}

bool ConsentDeskPage::enrolFromFile(const QString& path)
{
    if (!m_resident || !m_enrolment)
        return false;
    const QImage photo(path);
    auto outcome = m_enrolment->enrol(m_actor(), m_resident->id, photo, QStringLiteral("file"));
    if (!outcome) {
        showError(outcome.error().message);
        return false;
    }
    m_lastOutcome = tr("Face enrolled (face crop %1×%2 px, encrypted). The photo itself was not kept.")
                        .arg(outcome->info.width)
                        .arg(outcome->info.height);
    m_outcome->setText(m_lastOutcome.toHtmlEscaped());
    refresh();
    return true;
}

void ConsentDeskPage::enrolFromPhoto()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Enrol face from photo"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.bmp)"));
    if (!file.isEmpty())
        enrolFromFile(file);
}

void ConsentDeskPage::enrolFromCamera()
{
    if (!m_resident || !m_devices)
        return;
    CameraEnrolmentDialog dialog(m_devices, m_enrolment, m_actor, m_resident->id, m_resident->name, m_modelsDir, this);
    if (dialog.exec() == QDialog::Accepted && dialog.outcome()) {
        m_lastOutcome = dialog.statusText();
        m_outcome->setText(m_lastOutcome.toHtmlEscaped());
    }
    refresh();
}

void ConsentDeskPage::printReceipt()
{
    const qint64 eventId = m_history->selectedEventId();
    if (!m_resident || eventId <= 0)
        return;
    const core::Actor actor = m_actor();
    if (auto event = m_consent->event(actor, eventId); event && event->has_value())
        receiptprinter::reprintReceipt(this, *m_consent, receiptFor(**event), actor, m_clock->nowUtc());
}

} // namespace cg::ui
