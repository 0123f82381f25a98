#include "ui/dialogs/withdrawaldialog.h"

#include "ui/icons.h"
#include "ui/widgets/signaturepad.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg::ui {

WithdrawalDialog::WithdrawalDialog(const QString& residentName, const QDate& today, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Record withdrawal of consent"));
    auto* intro = new QLabel(tr("%1 withdraws consent to face recognition. Their face data is deleted at once and a "
                                "card, PIN or QR code is issued or confirmed in the same step.")
                                 .arg(residentName.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    m_method = new QComboBox(this);
    m_method->addItem(tr("In person, signed here"), int(core::ConsentMethod::DeskSignature));
    m_method->addItem(tr("By phone"), int(core::ConsentMethod::Phone));
    m_method->addItem(tr("By letter"), int(core::ConsentMethod::Letter));
    m_method->addItem(tr("Signed paper form (scan)"), int(core::ConsentMethod::PaperScan));
    m_method->setAccessibleName(tr("How the withdrawal arrived"));

    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(today);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateLabel = new QLabel(tr("Date received:"), this);
    m_dateLabel->setBuddy(m_date);

    m_padLabel = new QLabel(tr("Resident's signature:"), this);
    m_pad = new SignaturePad(this);
    m_pad->setPlaceholder(tr("The resident signs here"));
    m_pad->setMinimumSize(420, 150);

    m_scanButton = new QPushButton(themedIcon(QStringLiteral("document-open")), tr("Attach scan…"), this);
    m_scanLabel = new QLabel(tr("No scan attached"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setPlaceholderText(tr("Optional: who called, reference of the letter"));
    m_note->setMaximumHeight(70);

    auto* form = new QFormLayout;
    form->addRow(tr("How it arrived:"), m_method);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_padLabel, m_pad);
    auto* scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanButton);
    scanRow->addWidget(m_scanLabel, 1);
    form->addRow(tr("Scan:"), scanRow);
    form->addRow(tr("Note:"), m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record withdrawal and delete face data"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &WithdrawalDialog::updateState);
    connect(m_pad, &SignaturePad::changed, this, &WithdrawalDialog::updateState);
    connect(m_scanButton, &QPushButton::clicked, this, &WithdrawalDialog::chooseScan);
    updateState();
}

core::ConsentMethod WithdrawalDialog::method() const
{
    const auto chosen = core::ConsentMethod(m_method->currentData().toInt());
    // In person with the name typed on the pad: recorded as typed, not as handwriting.
    if (chosen == core::ConsentMethod::DeskSignature && m_pad->isTyped())
        return core::ConsentMethod::DeskTyped;
    return chosen;
}

QDate WithdrawalDialog::receivedOn() const
{
    return m_date->date();
}

QByteArray WithdrawalDialog::signaturePng() const
{
    return core::signedOnPad(method()) ? m_pad->png() : QByteArray();
}

QString WithdrawalDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void WithdrawalDialog::setScan(const QByteArray& bytes, const QString& name)
{
    m_scan = bytes;
    m_scanLabel->setText(name);
    updateState();
}

void WithdrawalDialog::chooseScan()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Attach scan"), QString(),
                                                      tr("Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp)"));
    if (file.isEmpty())
        return;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly) || QImage::fromData(f.peek(64 * 1024 * 1024)).isNull()) {
        QMessageBox::warning(this, tr("Attach scan"), tr("%1 is not an image ConsentGate can read.").arg(file));
        return;
    }
    setScan(f.readAll(), QFileInfo(file).fileName());
}

void WithdrawalDialog::updateState()
{
    const core::ConsentMethod m = method();
    const bool inPerson = core::signedOnPad(m);
    m_pad->setVisible(inPerson);
    m_padLabel->setVisible(inPerson);
    m_date->setEnabled(!inPerson);
    bool ready = true;
    if (inPerson)
        ready = !m_pad->isEmpty();
    else if (m == core::ConsentMethod::PaperScan)
        ready = !m_scan.isEmpty();
    m_ok->setEnabled(ready);
}

} // namespace cg::ui
