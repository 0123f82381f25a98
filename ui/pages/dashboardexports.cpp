// The Reports page's exports: the compliance PDF, its print preview and the
// consent ledger CSV (split from dashboardpage.cpp, which shows the figures).
#include "ui/pages/dashboardpage.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace cg::ui {

void DashboardPage::writeCompliance()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("compliance-report-%1.pdf").arg(m_clock->nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the compliance report"), dir + QLatin1Char('/') + name,
                                                      tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const auto written = m_reports->writeCompliance(m_actor(), currentFilter(), path);
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_status->setText(tr("Compliance report saved: %1 (%n page(s)).", nullptr, int(written->rows))
                          .arg(QDir::toNativeSeparators(written->path)));
    m_status->setStyleSheet(QString());
}

void DashboardPage::printPreview()
{
    auto document = m_reports->complianceDocument(m_actor(), currentFilter());
    if (!document) {
        showError(document.error().message);
        return;
    }
    std::shared_ptr<reports::PdfDocument> doc = std::move(document.value());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(tr("Compliance report"));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Compliance report — print preview"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [doc](QPrinter* p) { doc->render(*p); });
    preview.exec();
}

void DashboardPage::writeLedger()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("consent-ledger-%1.csv").arg(m_clock->nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the consent ledger"), dir + QLatin1Char('/') + name,
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = m_reports->writeLedger(m_actor(), currentFilter(), path);
    if (!written) {
        showError(written.error().message);
        return;
    }
    m_status->setText(tr("Consent ledger saved: %1 (%n row(s)).", nullptr, int(written->rows))
                          .arg(QDir::toNativeSeparators(written->path)));
    m_status->setStyleSheet(QString());
}

} // namespace cg::ui
