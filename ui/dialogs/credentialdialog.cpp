#include "ui/dialogs/credentialdialog.h"

#include "reports/badgesheet.h"
#include "reports/credentialprints.h"
#include "reports/pinslip.h"
#include "reports/qrcode.h"
#include "ui/icons.h"
#include "ui/widgets/cardnumberedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace cg::ui {

using core::CredentialType;

CredentialDialog::CredentialDialog(std::shared_ptr<services::CredentialService> credentials, ActorProvider actor,
                                   qint64 residentId, QWidget* parent)
    : QDialog(parent), m_credentials(std::move(credentials)), m_actor(std::move(actor)), m_residentId(residentId)
{
    setObjectName(QStringLiteral("credentialDialog"));
    auto* layout = new QVBoxLayout(this);
    m_holderLabel = new QLabel(this);
    m_holderLabel->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: 600;"));
    m_holderLabel->setWordWrap(true);
    layout->addWidget(m_holderLabel);

    m_form = new QWidget(this);
    auto* form = new QFormLayout(m_form);
    m_typeLabel = new QLabel(m_form);
    m_type = new QComboBox(m_form);
    m_type->setObjectName(QStringLiteral("credentialType"));
    for (CredentialType t : core::allCredentialTypes())
        m_type->addItem(QString(), int(t));
    form->addRow(m_typeLabel, m_type);
    m_typeLabel->setBuddy(m_type);

    m_pages = new QStackedWidget(m_form);
    // Card
    auto* cardPage = new QWidget(m_pages);
    auto* cardLayout = new QVBoxLayout(cardPage);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_cardPrompt = new QLabel(cardPage);
    m_cardPrompt->setWordWrap(true);
    m_cardEdit = new CardNumberEdit(cardPage);
    m_cardFormats = new QLabel(cardPage);
    m_cardFormats->setObjectName(QStringLiteral("cardFormats"));
    m_cardFormats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cardLayout->addWidget(m_cardPrompt);
    cardLayout->addWidget(m_cardEdit);
    cardLayout->addWidget(m_cardFormats);
    m_pages->addWidget(cardPage);
    // PIN
    auto* pinPage = new QWidget(m_pages);
    auto* pinLayout = new QFormLayout(pinPage);
    m_pinHelp = new QLabel(pinPage);
    m_pinHelp->setWordWrap(true);
    m_pinLength = new QSpinBox(pinPage);
    m_pinLength->setRange(4, 8);
    m_pinLength->setValue(6);
    pinLayout->addRow(m_pinHelp);
    pinLayout->addRow(QStringLiteral("#"), m_pinLength);
    m_pages->addWidget(pinPage);
    // QR
    m_qrHelp = new QLabel(m_pages);
    m_qrHelp->setWordWrap(true);
    m_pages->addWidget(m_qrHelp);
    // Visitor
    auto* visitorPage = new QWidget(m_pages);
    auto* visitorLayout = new QFormLayout(visitorPage);
    m_visitorNameLabel = new QLabel(visitorPage);
    m_visitorName = new QLineEdit(visitorPage);
    m_visitorName->setObjectName(QStringLiteral("visitorName"));
    m_visitorHoursLabel = new QLabel(visitorPage);
    m_visitorHours = new QSpinBox(visitorPage);
    m_visitorHours->setRange(1, 24 * 30);
    m_visitorHours->setValue(4);
    visitorLayout->addRow(m_visitorNameLabel, m_visitorName);
    visitorLayout->addRow(m_visitorHoursLabel, m_visitorHours);
    m_pages->addWidget(visitorPage);
    form->addRow(m_pages);

    m_hasEnd = new QCheckBox(m_form);
    m_validTo = new QDateEdit(m_form);
    m_validTo->setCalendarPopup(true);
    m_validTo->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_validTo->setDate(QDate::currentDate().addYears(1));
    form->addRow(m_hasEnd, m_validTo);
    connect(m_hasEnd, &QCheckBox::toggled, m_validTo, &QWidget::setEnabled);
    layout->addWidget(m_form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("credentialError"));
    m_error->setStyleSheet(QStringLiteral("color: #c01c28; font-weight: 600;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_result = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(m_result);
    m_resultTitle = new QLabel(m_result);
    m_resultTitle->setStyleSheet(QStringLiteral("font-size: 13pt; font-weight: 600; color: #1a7f37;"));
    m_resultTitle->setWordWrap(true);
    m_resultSecret = new QLabel(m_result);
    m_resultSecret->setObjectName(QStringLiteral("shownPin"));
    m_resultSecret->setAlignment(Qt::AlignCenter);
    m_resultSecret->setStyleSheet(QStringLiteral("font-size: 40pt; font-weight: 700; letter-spacing: 8px;"));
    m_resultSecret->setTextInteractionFlags(Qt::NoTextInteraction);
    m_resultQr = new QLabel(m_result);
    m_resultQr->setAlignment(Qt::AlignCenter);
    m_resultNote = new QLabel(m_result);
    m_resultNote->setWordWrap(true);
    resultLayout->addWidget(m_resultTitle);
    resultLayout->addWidget(m_resultSecret);
    resultLayout->addWidget(m_resultQr);
    resultLayout->addWidget(m_resultNote);
    m_result->hide();
    layout->addWidget(m_result);

    auto* buttons = new QHBoxLayout;
    m_issueButton = new QPushButton(themedIcon(QStringLiteral("dialog-ok-apply")), QString(), this);
    m_issueButton->setObjectName(QStringLiteral("issueButton"));
    m_issueButton->setDefault(true);
    m_printButton = new QPushButton(themedIcon(QStringLiteral("document-print")), QString(), this);
    m_pdfButton = new QPushButton(themedIcon(QStringLiteral("document-save")), QString(), this);
    m_closeButton = new QPushButton(themedIcon(QStringLiteral("dialog-cancel")), QString(), this);
    m_printButton->hide();
    m_pdfButton->hide();
    buttons->addStretch(1);
    for (QPushButton* b : {m_issueButton, m_printButton, m_pdfButton, m_closeButton}) {
        b->setMinimumHeight(36);
        buttons->addWidget(b);
    }
    layout->addLayout(buttons);

    connect(m_type, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        const bool visitor = CredentialType(m_type->itemData(index).toInt()) == CredentialType::VisitorPass;
        m_hasEnd->setVisible(!visitor);
        m_validTo->setVisible(!visitor);
        if (index == 0)
            m_cardEdit->setFocus();
    });
    connect(m_cardEdit, &QLineEdit::textChanged, this, &CredentialDialog::updateCardFormats);
    connect(m_cardEdit, &CardNumberEdit::cardEntered, this, [this](const QString&, bool) { updateCardFormats(); });
    connect(m_issueButton, &QPushButton::clicked, this, &CredentialDialog::issue);
    connect(m_printButton, &QPushButton::clicked, this, &CredentialDialog::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &CredentialDialog::saveAsPdf);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);

    if (auto h = m_credentials->holder(m_actor(), m_residentId)) {
        m_holder = h.value();
        const bool tenant = m_holder->role == QLatin1String("tenant") && m_holder->leaseEnd.isValid();
        m_hasEnd->setChecked(tenant);
        m_validTo->setEnabled(tenant);
        if (tenant)
            m_validTo->setDate(m_holder->leaseEnd);
    } else {
        m_hasEnd->setChecked(false);
        m_validTo->setEnabled(false);
    }
    retranslate();
    resize(560, 420);
    m_cardEdit->setFocus();
}

void CredentialDialog::setType(CredentialType type)
{
    m_type->setCurrentIndex(m_type->findData(int(type)));
}

void CredentialDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CredentialDialog::retranslate()
{
    setWindowTitle(tr("Issue a credential"));
    if (m_holder)
        m_holderLabel->setText(tr("%1 · %2 %3 · %4").arg(m_holder->name, m_holder->buildingName, m_holder->unitLabel,
                                                          m_holder->compoundName));
    else
        m_holderLabel->setText(tr("Resident %1 not found").arg(m_residentId));
    m_typeLabel->setText(tr("&Kind:"));
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, core::credentialTypeName(CredentialType(m_type->itemData(i).toInt())));
    m_cardPrompt->setText(tr("Hold the card to the USB reader, or type the number printed on it and press Enter "
                             "(decimal, hex 0x…, or facility:card)."));
    m_cardEdit->setAccessibleName(tr("Card number"));
    m_pinHelp->setText(tr("A random PIN is generated and shown once. Weak PINs (1234, 123456, repeats, the birth "
                          "date) are never chosen. At the door the resident types the unit number, then the PIN."));
    m_pinLength->setAccessibleName(tr("PIN length"));
    m_pinLength->setSuffix(tr(" digits"));
    m_qrHelp->setText(tr("A random QR code is generated; print it as a badge (name, unit, validity). It opens the "
                         "building's entrance and lifts and the compound gates."));
    m_visitorNameLabel->setText(tr("Visitor's &name:"));
    m_visitorNameLabel->setBuddy(m_visitorName);
    m_visitorHoursLabel->setText(tr("Valid for:"));
    m_visitorHours->setSuffix(tr(" hours"));
    m_hasEnd->setText(tr("&Valid until (last day):"));
    m_issueButton->setText(tr("&Issue"));
    m_printButton->setText(tr("&Print…"));
    m_pdfButton->setText(tr("Save as &PDF…"));
    m_closeButton->setText(m_issued ? tr("&Done") : tr("&Cancel"));
    updateCardFormats();
}

void CredentialDialog::updateCardFormats()
{
    const QString text = m_cardEdit->text().trimmed();
    if (text.isEmpty()) {
        m_cardFormats->setText(QString());
        return;
    }
    auto card = core::CardNumber::parse(text);
    if (!card) {
        m_cardFormats->setText(card.error().message);
        return;
    }
    QString line = tr("Decimal %1 · Hex %2").arg(card->decimal(), card->hex());
    if (card->fitsWiegand26())
        line += tr(" · Wiegand-26 facility %1, card %2").arg(card->facilityCode()).arg(card->cardCode());
    if (m_cardEdit->lastEntryFromReader())
        line += QStringLiteral("\n") + tr("Read by the card reader.");
    m_cardFormats->setText(line);
}

void CredentialDialog::issue()
{
    services::IssueRequest request;
    request.residentId = m_residentId;
    request.type = CredentialType(m_type->currentData().toInt());
    request.cardNumber = m_cardEdit->text();
    request.fromReader = m_cardEdit->lastEntryFromReader();
    request.pinLength = m_pinLength->value();
    request.visitorName = m_visitorName->text();
    if (request.type == CredentialType::VisitorPass)
        request.validTo = QDateTime::currentDateTimeUtc().addSecs(qint64(m_visitorHours->value()) * 3600);
    else if (m_hasEnd->isChecked())
        request.validTo = QDateTime(m_validTo->date().addDays(1), QTime(0, 0)).toUTC();
    auto issued = m_credentials->issue(m_actor(), request);
    if (!issued) {
        m_error->setText(issued.error().message);
        m_error->show();
        if (issued.error().field == QLatin1String("card"))
            m_cardEdit->setFocus();
        return;
    }
    m_error->hide();
    showIssued(issued.value());
    Q_EMIT credentialIssued(issued->credential.id);
}

void CredentialDialog::showIssued(const services::IssuedCredential& issued)
{
    m_issued = issued;
    m_form->hide();
    m_issueButton->hide();
    m_result->show();
    const core::Credential& c = issued.credential;
    m_resultTitle->setText(tr("%1 No. %2 issued to %3 — %4")
                               .arg(core::credentialTypeName(c.type))
                               .arg(c.id)
                               .arg(c.residentName, reports::validityText(c, c.type == CredentialType::VisitorPass)));
    m_resultSecret->setVisible(c.type == CredentialType::Pin);
    m_resultQr->setVisible(!issued.secret.isEmpty() && c.type != CredentialType::Pin);
    const bool printable = !issued.secret.isEmpty();
    m_printButton->setVisible(printable);
    m_pdfButton->setVisible(printable);
    if (c.type == CredentialType::Pin) {
        m_resultSecret->setText(issued.secret);
        m_resultSecret->setAccessibleName(tr("PIN %1").arg(issued.secret.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '))));
        m_resultNote->setText(tr("Show the PIN to the resident now and print the slip: it is stored only as a "
                                 "one-way hash and can never be shown again."));
    } else if (printable) {
        if (auto qr = reports::QrCode::encode(issued.secret))
            m_resultQr->setPixmap(QPixmap::fromImage(qr->toImage(5)));
        m_resultNote->setText(tr("Print the badge now: the QR code is stored only as a one-way hash and cannot be "
                                 "printed again later (report it lost to get a new one)."));
    } else if (issued.card) {
        m_resultNote->setText(tr("Card: decimal %1, hex %2%3")
                                  .arg(issued.card->decimal(), issued.card->hex(),
                                       issued.card->fitsWiegand26() ? tr(", Wiegand-26 %1").arg(issued.card->wiegand26())
                                                                    : QString()));
    }
    m_closeButton->setText(tr("&Done"));
    m_closeButton->setIcon(themedIcon(QStringLiteral("dialog-ok-apply")));
    m_printButton->setFocus();
}

void CredentialDialog::print()
{
    if (!m_issued)
        return;
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Credential& c = m_issued->credential;
    if (c.type == CredentialType::Pin) {
        auto doc = reports::buildPinSlips({reports::credentialPinSlip(c, m_issued->secret, m_issued->holder.compoundName)},
                                          reports::PdfDocument::Format::A4Portrait, m_actor().name,
                                          QDateTime::currentDateTimeUtc());
        doc->render(printer);
    } else {
        (void)reports::BadgeSheet({reports::credentialBadge(c, m_issued->secret, m_issued->holder.compoundName)})
            .render(printer);
    }
}

void CredentialDialog::saveAsPdf()
{
    if (!m_issued)
        return;
    const core::Credential& c = m_issued->credential;
    const bool pin = c.type == CredentialType::Pin;
    const QString suggested = QDir::home().filePath(
        (pin ? QStringLiteral("pin-slip-%1.pdf") : QStringLiteral("badge-%1.pdf")).arg(c.id));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    core::Status status;
    if (pin)
        status = reports::buildPinSlips({reports::credentialPinSlip(c, m_issued->secret, m_issued->holder.compoundName)},
                                        reports::PdfDocument::Format::A4Portrait, m_actor().name,
                                        QDateTime::currentDateTimeUtc())
                     ->writePdf(path);
    else
        status = reports::BadgeSheet({reports::credentialBadge(c, m_issued->secret, m_issued->holder.compoundName)})
                     .writePdf(path);
    m_resultNote->setText(status ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : status.error().message);
}

} // namespace cg::ui
