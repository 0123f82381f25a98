#include "ui/models/auditlogmodel.h"

#include "services/auditlogservice.h"
#include "ui/session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QScopeGuard>

namespace cg::ui {

AuditLogModel::AuditLogModel(services::AuditLogService* service, Session* session, QObject* parent)
    : QAbstractTableModel(parent), m_service(service), m_session(session)
{
}

void AuditLogModel::setFilter(const core::AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditLogModel::reload()
{
    // No fetching from inside the reset's signals: views re-ask afterwards.
    m_fetching = true;
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    endResetModel();
    m_fetching = false;
    if (canFetchMore({}))
        fetchMore({});
}

const core::AuditEntry* AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_session->isSignedIn();
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    auto page = m_service->page(m_session->actor(), m_filter, before, m_pageSize);
    if (!page) {
        m_atEnd = true;
        m_error = page.error().message;
        Q_EMIT failed(m_error);
        return;
    }
    if (page->size() < m_pageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    const core::AuditEntry* e = entry(index.row());
    if (!e || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Time:
            return QLocale().toString(e->at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case User:
            return e->actor;
        case Desk:
            return e->desk;
        case Action:
            return e->action;
        case Record:
            return e->recordType.isEmpty() ? QString()
                                           : e->recordId.isEmpty() ? e->recordType
                                                                   : e->recordType + QLatin1Char(' ') + e->recordId;
        case Details: {
            const QJsonObject o = QJsonDocument::fromJson(e->details.toUtf8()).object();
            QStringList parts;
            for (auto it = o.begin(); it != o.end(); ++it)
                parts << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
            return parts.join(QStringLiteral(", "));
        }
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::UserRole)
        return e->id;
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Desk: return tr("Desk");
    case Action: return tr("Action");
    case Record: return tr("Record");
    case Details: return tr("Details");
    case ColumnCount: break;
    }
    return {};
}

} // namespace cg::ui
