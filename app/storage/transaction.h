#pragma once

#include "core/result.h"

#include <QSqlDatabase>

#include <functional>

namespace cg::storage {

// RAII write transaction: commits only when commit() is called, rolls back in
// the destructor otherwise. The outermost guard on a connection starts
// BEGIN IMMEDIATE (so two writers queue instead of deadlocking on upgrade);
// nested guards use savepoints, so a service can call another service inside
// its own transaction. Hooks registered with onCommitted() run after the
// outermost COMMIT succeeded (the audit chain head is written that way).
// Not thread-safe: a guard lives on the thread of its connection.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // False when BEGIN failed; error() then says why.
    bool isActive() const { return m_active; }
    const core::Error& error() const { return m_beginError; }

    core::Status commit();
    void rollback();

    void onCommitted(std::function<void()> hook);

    // True while any transaction guard is open on `db` on this thread.
    static bool isOpen(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    QString m_savepoint;   // empty for the outermost guard
    bool m_active = false;
    core::Error m_beginError;
};

} // namespace cg::storage
