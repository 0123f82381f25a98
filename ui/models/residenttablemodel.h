#pragma once

#include "core/actor.h"
#include "storage/residentrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <memory>

namespace cg::core {
class Clock;
}
namespace cg::services {
class ResidentService;
}

namespace cg::ui {

// The residents list for a QTableView at 100,000 rows. rowCount() is the
// number of matching residents; rows are fetched in pages of kPageSize on
// demand — the page after a cached one by key (keyset), any other page by
// offset from the nearer end — and at most kMaxPages pages are kept, so
// memory stays flat however far the clerk scrolls. Sorting and filtering go
// to SQL. A broad 1-2 character search ("1", "A") is counted only up to
// kCountCap rows (countIsExact() is then false); when the view scrolls to the
// end of those, fetchMore() counts them all and the rows grow. GUI thread only.
class ResidentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Unit, Role, Phone, IdNumber, Status, MoveIn, Consent, Coverage, ColumnCount };
    static constexpr int kPageSize = 100;
    static constexpr int kMaxPages = 30;
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int kCountCap = 1000;

    using ActorProvider = std::function<core::Actor()>;
    ResidentTableModel(std::shared_ptr<services::ResidentService> residents, ActorProvider actor,
                       std::shared_ptr<const core::Clock> clock, QObject* parent = nullptr);

    // Replaces the filter (search text, building, role, ...) and reloads.
    void setFilter(const storage::ResidentFilter& filter);
    const storage::ResidentFilter& filter() const { return m_filter; }
    // Reloads after an edit, keeping the filter.
    void refresh();
    qint64 residentId(int row) const;
    int cachedPages() const { return int(m_pages.size()); }
    // False while rowCount() is only the first kCountCap of more matches.
    bool countIsExact() const { return m_exact; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString consentText(const QString& status);
    static QString coverageText(const QString& coverage);

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    const storage::ResidentListRow* rowAt(int row) const;
    bool loadPage(int page) const;

    std::shared_ptr<services::ResidentService> m_residents;
    ActorProvider m_actor;
    std::shared_ptr<const core::Clock> m_clock;
    storage::ResidentFilter m_filter;
    int m_count = 0;
    bool m_exact = true;
    mutable QHash<int, QList<storage::ResidentListRow>> m_pages;
    mutable QList<int> m_recent;   // page numbers, most recently used last
};

} // namespace cg::ui
