#include "ui/widgets/consenthistorytable.h"

#include "core/notice.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace cg::ui {

ConsentHistoryTable::ConsentHistoryTable(QWidget* parent) : QTableWidget(0, 6, parent)
{
    setObjectName(QStringLiteral("consentHistory"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    retranslate();
}

void ConsentHistoryTable::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTableWidget::changeEvent(event);
}

void ConsentHistoryTable::retranslate()
{
    setHorizontalHeaderLabels({tr("When"), tr("What"), tr("How"), tr("Notice"), tr("Guardian"), tr("By")});
    setAccessibleName(tr("Consent history"));
}

qint64 ConsentHistoryTable::selectedEventId() const
{
    const int row = currentRow();
    if (row < 0 || !item(row, 0))
        return 0;
    return item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ConsentHistoryTable::load(const QList<core::ConsentEvent>& events, const QList<storage::DeletionRecord>& deletions)
{
    struct Row
    {
        QDateTime at;
        QStringList cells;
        qint64 eventId = 0;
    };
    QList<Row> rows;
    for (const core::ConsentEvent& e : events) {
        QString how = core::consentMethodName(e.method);
        if (e.receivedOn.isValid() && (e.method == core::ConsentMethod::Phone || e.method == core::ConsentMethod::Letter))
            how += QStringLiteral(" (%1)").arg(e.receivedOn.toString(Qt::ISODate));
        rows.append({e.at,
                     {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), core::consentKindName(e.kind), how,
                      core::shortHash(e.noticeHash), e.guardianName, e.clerkName},
                     e.id});
    }
    for (const storage::DeletionRecord& d : deletions) {
        rows.append({d.at,
                     {QLocale().toString(d.at.toLocalTime(), QLocale::ShortFormat),
                      tr("Face data deleted: %n image(s)", nullptr, d.imagesDeleted),
                      d.devicesQueued ? tr("%n device(s) queued", nullptr, d.devicesQueued) : tr("no device held a copy"),
                      QString(), QString(), d.actor},
                     0});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.at > b.at; });
    setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        for (int c = 0; c < rows[i].cells.size(); ++c) {
            auto* cell = new QTableWidgetItem(rows[i].cells[c]);
            if (c == 0)
                cell->setData(Qt::UserRole, rows[i].eventId);
            setItem(i, c, cell);
        }
    }
    resizeColumnsToContents();
}

} // namespace cg::ui
