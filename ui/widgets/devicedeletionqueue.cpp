#include "ui/widgets/devicedeletionqueue.h"

#include "core/clock.h"
#include "core/permissions.h"
#include "services/consentservice.h"
#include "ui/icons.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>

namespace cg::ui {

DeviceDeletionQueue::DeviceDeletionQueue(std::shared_ptr<services::ConsentService> consent,
                                         std::shared_ptr<const core::Clock> clock, std::function<core::Actor()> actor,
                                         QWidget* parent)
    : ListTab(4, QStringLiteral("deviceDeletionQueue"), parent), m_consent(std::move(consent)), m_clock(std::move(clock)),
      m_actor(std::move(actor))
{
    m_summary->setObjectName(QStringLiteral("deviceDeletionSummary"));
    m_table->setObjectName(QStringLiteral("deviceDeletionTable"));
    m_confirm = new QPushButton(themedIcon(QStringLiteral("dialog-ok-apply")), QString(), this);
    m_confirm->setObjectName(QStringLiteral("deviceDeletionConfirm"));
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirmSelected(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_confirm->setEnabled(!m_table->selectedItems().isEmpty()
                              && core::roleAllows(m_actor().role, core::Permission::ManageDevices));
    });
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    addButtons(m_confirm, m_message);
    retranslate();
}

void DeviceDeletionQueue::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Resident"), tr("Device"), tr("Queued"), tr("Waiting for")});
    m_table->setAccessibleName(tr("Face data deletions waiting for devices"));
    m_confirm->setText(tr("Confirm deleted on device…"));
    m_confirm->setToolTip(tr("Only when the device itself shows the face data is gone. Administrators only."));
    retranslateRefresh();
    reload();
}

QString DeviceDeletionQueue::ageText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    if (days > 0)
        return tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg((seconds % 3600) / 60);
    return tr("%1 min").arg(seconds / 60);
}

QString DeviceDeletionQueue::summaryText() const
{
    return m_summary->text();
}

void DeviceDeletionQueue::reload()
{
    auto pending = m_consent->pendingDeviceDeletions(m_actor());
    m_table->setRowCount(0);
    m_confirm->setEnabled(false);
    if (!pending) {
        m_summary->setText(pending.error().message);
        Q_EMIT countChanged(0);
        return;
    }
    const QDateTime now = m_clock->nowUtc();
    int overdue = 0;
    m_table->setRowCount(int(pending->size()));
    for (int i = 0; i < pending->size(); ++i) {
        const storage::DeviceDeletion& d = pending->at(i);
        const qint64 age = d.queuedAt.secsTo(now);
        const bool late = age > qint64(kPromisedDays) * 86400;
        overdue += late ? 1 : 0;
        const QStringList cells{d.residentName, d.device,
                                QLocale().toString(d.queuedAt.toLocalTime(), QLocale::ShortFormat),
                                late ? tr("%1 — overdue").arg(ageText(age)) : ageText(age)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, d.id);
            if (late)
                item->setForeground(QColor(0xcf, 0x22, 0x2e));
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    if (pending->isEmpty()) {
        m_summary->setText(tr("No device holds face data that was deleted here."));
    } else {
        QString text = tr("%n deletion(s) waiting for door devices; the oldest has waited %1.", nullptr, int(pending->size()))
                           .arg(ageText(pending->constFirst().queuedAt.secsTo(now)));
        if (overdue > 0)
            text += QLatin1Char(' ') + tr("%n past the %1 days promised in the notice.", nullptr, overdue).arg(kPromisedDays);
        m_summary->setText(text);
    }
    Q_EMIT countChanged(int(pending->size()));
}

bool DeviceDeletionQueue::confirmSelected(bool ask)
{
    const int row = m_table->currentRow();
    if (row < 0 || m_table->selectedItems().isEmpty())
        return false;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (ask
        && QMessageBox::question(this, tr("Confirm deletion"),
                                 tr("Has %1 deleted the face data of %2? Confirm only what the device shows.")
                                     .arg(m_table->item(row, 1)->text(), m_table->item(row, 0)->text()))
               != QMessageBox::Yes)
        return false;
    if (auto s = m_consent->confirmDeviceDeletion(m_actor(), id); !s) {
        m_message->setText(QStringLiteral("<span style='color:#cf222e'>%1</span>").arg(s.error().message.toHtmlEscaped()));
        return false;
    }
    m_message->setText(tr("Confirmed."));
    reload();
    return true;
}

} // namespace cg::ui
