#pragma once

#include "core/auditentry.h"

#include <QAbstractTableModel>
#include <QList>

namespace cg::services {
class AuditLogService;
}

namespace cg::ui {

class Session;

// The audit log for a view, newest first, fetched in pages by key (id <
// last id seen) as the view scrolls: never every row in memory at once
// beyond what was scrolled through. GUI thread.
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, User, Desk, Action, Record, Details, ColumnCount };

    AuditLogModel(services::AuditLogService* service, Session* session, QObject* parent = nullptr);

    void setFilter(const core::AuditFilter& filter);   // resets and loads the first page
    const core::AuditFilter& filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    void reload();
    const core::AuditEntry* entry(int row) const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    services::AuditLogService* m_service = nullptr;
    Session* m_session = nullptr;
    core::AuditFilter m_filter;
    QList<core::AuditEntry> m_rows;
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_fetching = false;   // views and testers may ask again while rows are being inserted
    QString m_error;
};

} // namespace cg::ui
