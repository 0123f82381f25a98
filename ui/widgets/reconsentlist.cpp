#include "ui/widgets/reconsentlist.h"

#include "core/clock.h"
#include "core/consent.h"
#include "services/consentservice.h"
#include "ui/icons.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

namespace cg::ui {

ReconsentList::ReconsentList(std::shared_ptr<services::ConsentService> consent, std::shared_ptr<const core::Clock> clock,
                             std::function<core::Actor()> actor, QWidget* parent)
    : ListTab(4, QStringLiteral("reconsentList"), parent), m_consent(std::move(consent)), m_clock(std::move(clock)),
      m_actor(std::move(actor))
{
    m_table->setObjectName(QStringLiteral("reconsentTable"));
    // Enter or a double click starts the session: one key for the clerk.
    connect(m_table, &QTableWidget::cellActivated, this, &ReconsentList::requestStart);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_start->setEnabled(selectedResident() > 0); });
    m_start = new QPushButton(themedIcon(QStringLiteral("document-sign")), QString(), this);
    m_start->setObjectName(QStringLiteral("reconsentStart"));
    m_start->setEnabled(false);
    m_start->setMinimumHeight(36);
    connect(m_start, &QPushButton::clicked, this, &ReconsentList::requestStart);
    addButtons(m_start, nullptr);
    retranslate();
}

void ReconsentList::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Resident"), tr("Unit"), tr("Why ask again"), tr("Face data kept until")});
    m_table->setAccessibleName(tr("Residents to ask again"));
    m_start->setText(tr("Start consent session for the selected resident (Enter)"));
    retranslateRefresh();
    reload();
}

qint64 ReconsentList::selectedResident() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || m_table->selectedItems().isEmpty())
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ReconsentList::requestStart()
{
    if (const qint64 id = selectedResident(); id > 0)
        Q_EMIT startSessionRequested(id);
}

void ReconsentList::reload()
{
    const qint64 selected = selectedResident();
    auto list = m_consent->reconsentList(m_actor());
    m_table->setRowCount(0);
    if (!list) {
        m_summary->setText(list.error().message);
        Q_EMIT countChanged(0);
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    m_table->setRowCount(int(list->size()));
    for (int i = 0; i < list->size(); ++i) {
        const services::ConsentService::ReconsentEntry& e = list->at(i);
        QStringList reasons;
        for (core::ReconsentReason reason : e.status.reconsent)
            reasons << core::reconsentReasonName(reason);
        const qint64 daysLeft = now.daysTo(e.status.graceUntil);
        const QString until = e.status.graceUntil.isValid()
                                  ? tr("%1 (%n day(s) left)", nullptr, int(std::max<qint64>(0, daysLeft)))
                                        .arg(QLocale().toString(e.status.graceUntil.toLocalTime().date(), QLocale::ShortFormat))
                                  : QString();
        const QStringList cells{e.resident.name, e.resident.buildingName + QLatin1Char(' ') + e.resident.unitLabel,
                                reasons.join(QStringLiteral("; ")), until};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, e.resident.id);
            // Within a week of deletion: colour and the "days left" text.
            if (c == 3 && daysLeft <= 7)
                item->setForeground(QColor(0xcf, 0x22, 0x2e));
            m_table->setItem(i, c, item);
            if (e.resident.id == selected && c == 0)
                m_table->setCurrentCell(i, 0);
        }
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(list->isEmpty() ? tr("Nobody needs to be asked again.")
                                       : tr("%n resident(s) must be asked again in person. Until they decide, face "
                                            "recognition keeps working only until the date shown; then their face data "
                                            "is deleted and they use their card, PIN or QR code.",
                                            nullptr, int(list->size())));
    m_start->setEnabled(selectedResident() > 0);
    Q_EMIT countChanged(int(list->size()));
}

} // namespace cg::ui
