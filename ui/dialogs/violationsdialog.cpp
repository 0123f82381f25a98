#include "ui/dialogs/violationsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg::ui {

ViolationsDialog::ViolationsDialog(const services::ComplianceFigures& f, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("violationsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Coverage violations"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    QString text = tr("These residents have no face consent and cannot pass every door with a card, PIN or QR code. "
                      "Issue them a credential on the Credentials page.");
    const int total = f.coverageViolations.value_or(0);
    if (total > f.violations.size())
        text += QLatin1Char(' ') + tr("Showing the first %1 of %2.").arg(f.violations.size()).arg(total);
    intro->setText(text);
    layout->addWidget(intro);
    auto* table = new QTableWidget(int(f.violations.size()), 3, this);
    table->setObjectName(QStringLiteral("violationsTable"));
    table->setAccessibleName(tr("Residents breaking the coverage rule"));
    table->setHorizontalHeaderLabels({tr("Name"), tr("Unit"), tr("Building")});
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < f.violations.size(); ++row) {
        const auto& v = f.violations.at(row);
        table->setItem(row, 0, new QTableWidgetItem(v.name));
        table->setItem(row, 1, new QTableWidgetItem(v.unit));
        table->setItem(row, 2, new QTableWidgetItem(v.building));
    }
    table->resizeColumnsToContents();
    layout->addWidget(table);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    resize(560, 420);
    table->setFocus();
}

} // namespace cg::ui
