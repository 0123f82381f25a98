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
    std::vector<std::function<void()>> finallyHooks;
};

void runAll(std::vector<std::function<void()>> hooks)
{
    for (auto& hook : hooks)
        hook();
}

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
        state.finallyHooks.clear();
    } else {
        m_hookMark = state.hooks.size();
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
    auto finallyHooks = std::move(state.finallyHooks);
    state.hooks.clear();
    state.finallyHooks.clear();
    // `state` may be invalidated by a hook that opens another connection.
    runAll(std::move(hooks));
    runAll(std::move(finallyHooks));
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
        if (state.hooks.size() > m_hookMark)
            state.hooks.resize(m_hookMark);
        m_active = false;
        return;
    }
    (void)execSql(m_db, QStringLiteral("ROLLBACK"));
    state.depth = 0;
    state.hooks.clear();
    auto finallyHooks = std::move(state.finallyHooks);
    state.finallyHooks.clear();
    m_active = false;
    runAll(std::move(finallyHooks));
}

void Transaction::onCommitted(std::function<void()> hook)
{
    t_states[m_db.connectionName()].hooks.push_back(std::move(hook));
}

void Transaction::afterTransaction(const QSqlDatabase& db, std::function<void()> hook)
{
    auto it = t_states.find(db.connectionName());
    if (it == t_states.end() || it->depth == 0) {
        hook();
        return;
    }
    it->finallyHooks.push_back(std::move(hook));
}

bool Transaction::isOpen(const QSqlDatabase& db)
{
    auto it = t_states.constFind(db.connectionName());
    return it != t_states.constEnd() && it->depth > 0;
}

} // namespace cg::storage
