#include "ui/dialogs/receiptprinter.h"

#include "core/permissions.h"
#include "ui/icons.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>

namespace cg::ui::receiptprinter {

namespace {


void preview(QWidget* parent, std::shared_ptr<reports::PdfDocument> doc, const QString& title,
             const QString& suggestedName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [doc](QPrinter* p) { doc->render(*p); });
    // Saving a PDF is a toolbar action of the preview, so one dialog does all.
    if (auto* toolbar = dialog.findChild<QToolBar*>()) {
        auto* save = new QAction(themedIcon(QStringLiteral("document-save")), QCoreApplication::translate("cg::ui::ReceiptPrinter", "Save as PDF…"), &dialog);
        QObject::connect(save, &QAction::triggered, &dialog, [&dialog, doc, suggestedName] {
            const QString file = QFileDialog::getSaveFileName(&dialog, QCoreApplication::translate("cg::ui::ReceiptPrinter", "Save as PDF"), suggestedName,
                                                              QCoreApplication::translate("cg::ui::ReceiptPrinter", "PDF files (*.pdf)"));
            if (file.isEmpty())
                return;
            if (auto s = doc->writePdf(file); !s)
                QMessageBox::warning(&dialog, QCoreApplication::translate("cg::ui::ReceiptPrinter", "Save as PDF"), s.error().message);
        });
        toolbar->addAction(save);
    }
    dialog.exec();
}

} // namespace

void previewReceipt(QWidget* parent, const reports::ConsentReceiptData& data, const QString& operatorName,
                    const QDateTime& nowUtc)
{
    QDialog ask(parent);
    ask.setWindowTitle(QCoreApplication::translate("cg::ui::ReceiptPrinter", "Print receipt"));
    auto* a4 = new QRadioButton(QCoreApplication::translate("cg::ui::ReceiptPrinter", "A4 sheet"), &ask);
    auto* roll = new QRadioButton(QCoreApplication::translate("cg::ui::ReceiptPrinter", "Receipt printer (80 mm)"), &ask);
    a4->setChecked(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(QCoreApplication::translate("cg::ui::ReceiptPrinter", "Preview"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto* layout = new QVBoxLayout(&ask);
    layout->addWidget(new QLabel(QCoreApplication::translate("cg::ui::ReceiptPrinter", "Paper for the receipt:"), &ask));
    layout->addWidget(a4);
    layout->addWidget(roll);
    layout->addWidget(buttons);
    if (ask.exec() != QDialog::Accepted)
        return;
    const auto format = roll->isChecked() ? reports::PdfDocument::Format::Receipt80mm : reports::PdfDocument::Format::A4Portrait;
    std::shared_ptr<reports::PdfDocument> doc = reports::buildConsentReceipt(data, format, operatorName, nowUtc);
    preview(parent, doc, QCoreApplication::translate("cg::ui::ReceiptPrinter", "Consent receipt"),
            QStringLiteral("consent-receipt-%1.pdf").arg(data.event.id));
}

void previewNotice(QWidget* parent, const core::NoticeVersion& notice, const QString& residentName,
                   const QString& operatorName, const QDateTime& nowUtc)
{
    std::shared_ptr<reports::PdfDocument> doc = reports::buildNoticePrintout(notice, residentName, operatorName, nowUtc);
    preview(parent, doc, QCoreApplication::translate("cg::ui::ReceiptPrinter", "Notice to take home"), QStringLiteral("notice-v%1.pdf").arg(notice.number));
}

void offerSessionReceipt(QWidget* parent, reports::ConsentReceiptData data,
                         const services::ConsentService::Outcome& outcome, const QByteArray& signaturePng,
                         const QString& operatorName, const QDateTime& nowUtc)
{
    data.signature = QImage::fromData(signaturePng);
    if (outcome.alternative) {
        data.alternative = outcome.alternative->description;
        if (outcome.alternative->kind == QLatin1String("qr"))
            data.alternativeQr = outcome.alternative->secretToShow;
    }
    if (!data.alternativeQr.isEmpty()
        || QMessageBox::question(parent, QCoreApplication::translate("cg::ui::ReceiptPrinter", "Receipt"),
                                 QCoreApplication::translate("cg::ui::ReceiptPrinter", "Print a receipt for the resident?"))
               == QMessageBox::Yes)
        previewReceipt(parent, data, operatorName, nowUtc);
}

void reprintReceipt(QWidget* parent, services::ConsentService& consent, reports::ConsentReceiptData data,
                    const core::Actor& actor, const QDateTime& nowUtc)
{
    if (data.event.hasSignature && core::roleAllows(actor.role, core::Permission::ReadSignature)) {
        if (auto png = consent.signaturePng(actor, data.event.id))
            data.signature = QImage::fromData(png.value());
    }
    previewReceipt(parent, data, actor.name, nowUtc);
}

} // namespace cg::ui::receiptprinter
