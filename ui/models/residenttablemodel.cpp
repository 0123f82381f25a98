#include "ui/models/residenttablemodel.h"

#include "core/clock.h"
#include "core/residentrules.h"
#include "services/residentservice.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <limits>

namespace cg::ui {

ResidentTableModel::ResidentTableModel(std::shared_ptr<services::ResidentService> residents, ActorProvider actor,
                                       std::shared_ptr<const core::Clock> clock, QObject* parent)
    : QAbstractTableModel(parent), m_residents(std::move(residents)), m_actor(std::move(actor)), m_clock(std::move(clock))
{
}

void ResidentTableModel::setFilter(const storage::ResidentFilter& filter)
{
    m_filter = filter;
    refresh();
}

void ResidentTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    auto count = m_residents->countUpTo(m_actor(), m_filter, kCountCap);
    m_count = count ? count->rows : 0;
    m_exact = count ? count->exact : true;
    endResetModel();
    if (!count)
        Q_EMIT loadFailed(count.error().message);
}

int ResidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

bool ResidentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exact;
}

void ResidentTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // The clerk scrolled past the first kCountCap matches: count them all once.
    auto count = m_residents->count(m_actor(), m_filter);
    if (!count) {
        Q_EMIT loadFailed(count.error().message);
        return;
    }
    m_exact = true;
    if (count.value() > m_count) {
        beginInsertRows({}, m_count, count.value() - 1);
        m_count = count.value();
        endInsertRows();
    } else if (count.value() < m_count) {   // residents moved out meanwhile
        beginRemoveRows({}, count.value(), m_count - 1);
        m_count = count.value();
        endRemoveRows();
    }
}

int ResidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ResidentTableModel::loadPage(int page) const
{
    const int offset = page * kPageSize;
    core::Result<QList<storage::ResidentListRow>> rows = QList<storage::ResidentListRow>();
    auto previous = m_pages.constFind(page - 1);
    if (previous != m_pages.constEnd() && previous->size() == kPageSize) {
        // Scrolling down: continue after the last row we have (keyset).
        const storage::ResidentListRow& last = previous->last();
        rows = m_residents->pageAfter(m_actor(), m_filter, storage::PageCursor{last.sortValue, last.id}, kPageSize);
    } else {
        // pageAt() counts from the nearer end, which needs the true total.
        rows = m_residents->pageAt(m_actor(), m_filter, offset, kPageSize,
                                   m_exact ? m_count : std::numeric_limits<int>::max());
    }
    if (!rows) {
        Q_EMIT const_cast<ResidentTableModel*>(this)->loadFailed(rows.error().message);
        return false;
    }
    m_pages.insert(page, rows.value());
    m_recent.append(page);
    while (m_recent.size() > kMaxPages)
        m_pages.remove(m_recent.takeFirst());
    return true;
}

const storage::ResidentListRow* ResidentTableModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd()) {
        if (!loadPage(page))
            return nullptr;
        it = m_pages.constFind(page);
    } else if (m_recent.last() != page) {
        m_recent.removeOne(page);
        m_recent.append(page);
    }
    const int inPage = row % kPageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

qint64 ResidentTableModel::residentId(int row) const
{
    const auto* r = rowAt(row);
    return r ? r->id : 0;
}

QString ResidentTableModel::consentText(const QString& status)
{
    if (status.isEmpty())
        return QStringLiteral("—");
    if (status == QLatin1String("active"))
        return tr("Face consent");
    if (status == QLatin1String("refused"))
        return tr("Refused");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    return status;
}

QString ResidentTableModel::coverageText(const QString& coverage)
{
    if (coverage.isEmpty())
        return QStringLiteral("—");
    if (coverage == QLatin1String("covered"))
        return tr("Covered");
    if (coverage == QLatin1String("uncovered"))
        return tr("Missing");
    return coverage;
}

QVariant ResidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= ColumnCount)
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole && role != IdRole)
        return {};
    const storage::ResidentListRow* r = rowAt(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const QDate today = m_clock->todayLocal();
    const bool movedOut = r->moveOut.isValid() && r->moveOut <= today;
    if (role == Qt::ForegroundRole) {
        if (movedOut)
            return QBrush(QColor(0x70, 0x70, 0x70));
        if (index.column() == Coverage && r->credentialCoverage == QLatin1String("uncovered"))
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    }
    switch (Column(index.column())) {
    case Name: return r->anonymised ? tr("Former resident %1").arg(r->name) : r->name;
    case Unit: return r->unit;
    case Role: return core::residentRoleDisplayName(r->role);
    case Phone: return r->phone;
    case IdNumber: return r->idMasked;
    case Status:
        if (r->anonymised)
            return tr("Anonymised");
        if (movedOut)
            return tr("Moved out %1").arg(QLocale().toString(r->moveOut, QLocale::ShortFormat));
        if (core::isMinorUnder14(r->birthDate, today))
            return tr("Under 14");
        return QString();
    case MoveIn: return r->moveIn.isValid() ? QLocale().toString(r->moveIn, QLocale::ShortFormat) : QString();
    case Consent: return consentText(r->consentStatus);
    case Coverage: return coverageText(r->credentialCoverage);
    case ColumnCount: break;
    }
    return {};
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name: return tr("Name");
    case Unit: return tr("Unit");
    case Role: return tr("Role");
    case Phone: return tr("Phone");
    case IdNumber: return tr("ID number");
    case Status: return tr("Status");
    case MoveIn: return tr("Moved in");
    case Consent: return tr("Face consent");
    case Coverage: return tr("Credentials");
    case ColumnCount: break;
    }
    return {};
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    storage::ResidentFilter f = m_filter;
    switch (Column(column)) {
    case Name: f.sort = storage::ResidentSort::Name; break;
    case Unit: f.sort = storage::ResidentSort::Unit; break;
    case Role: f.sort = storage::ResidentSort::Role; break;
    case Phone: f.sort = storage::ResidentSort::Phone; break;
    case MoveIn: f.sort = storage::ResidentSort::MoveIn; break;
    default: return;   // not sortable by key; keep the current order
    }
    f.descending = order == Qt::DescendingOrder;
    if (f.sort == m_filter.sort && f.descending == m_filter.descending)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_filter = f;
    m_pages.clear();
    m_recent.clear();
    // Persistent indexes cannot follow rows across a re-sort done in SQL.
    const QModelIndexList persistent = persistentIndexList();
    for (const QModelIndex& i : persistent)
        changePersistentIndex(i, QModelIndex());
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace cg::ui
