#include "storage/transaction.h"

#include "storage/sqlerror.h"

#include <QHash>

#include <vector>

namespace cg::storage {

namespace {

struct ConnectionState
{
    int depth = 0;
    int savepointCounter = 0;
    std::vector<std::function<void()>> hooks;
};

// Per thread, per connection name: connections are thread-bound anyway.
thread_local QHash<QString, ConnectionState> t_states;

} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    ConnectionState& state = t_states[m_db.connectionName()];
    if (state.depth == 0) {
        if (auto status = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE")); !status) {
            m_beginError = status.error();
            return;
        }
        state.hooks.clear();
    } else {
        m_savepoint = QStringLiteral("cg_sp_%1").arg(++state.savepointCounter);
        if (auto status = execSql(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint); !status) {
            m_beginError = status.error();
            return;
        }
    }
    ++state.depth;
    m_active = true;
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

core::Status Transaction::commit()
{
    if (!m_active)
        return core::Error::make(core::Error::Kind::Internal, QStringLiteral("transaction not active"));
    ConnectionState& state = t_states[m_db.connectionName()];
    if (!m_savepoint.isEmpty()) {
        if (auto status = execSql(m_db, QStringLiteral("RELEASE ") + m_savepoint); !status) {
            rollback();
            return status;
        }
        m_active = false;
        --state.depth;
        return {};
    }
    if (auto status = execSql(m_db, QStringLiteral("COMMIT")); !status) {
        rollback();
        return status;
    }
    m_active = false;
    state.depth = 0;
    auto hooks = std::move(state.hooks);
    state.hooks.clear();
    for (auto& hook : hooks)
        hook();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    ConnectionState& state = t_states[m_db.connectionName()];
    if (!m_savepoint.isEmpty()) {
        (void)execSql(m_db, QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)execSql(m_db, QStringLiteral("RELEASE ") + m_savepoint);
        --state.depth;
    } else {
        (void)execSql(m_db, QStringLiteral("ROLLBACK"));
        state.depth = 0;
        state.hooks.clear();
    }
    m_active = false;
}

void Transaction::onCommitted(std::function<void()> hook)
{
    t_states[m_db.connectionName()].hooks.push_back(std::move(hook));
}

bool Transaction::isOpen(const QSqlDatabase& db)
{
    auto it = t_states.constFind(db.connectionName());
    return it != t_states.constEnd() && it->depth > 0;
}

} // namespace cg::storage
