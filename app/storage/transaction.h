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

    // Runs `hook` after the outermost transaction commits. A hook registered
    // inside a savepoint that is rolled back is dropped with it.
    void onCommitted(std::function<void()> hook);

    // Runs `hook` once no transaction is open on `db`: at once when none is,
    // otherwise after the outermost guard commits *or* rolls back. Used for
    // writes that must survive the caller's rollback (an audited refusal).
    static void afterTransaction(const QSqlDatabase& db, std::function<void()> hook);

    // True while any transaction guard is open on `db` on this thread.
    static bool isOpen(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    QString m_savepoint;   // empty for the outermost guard
    size_t m_hookMark = 0; // onCommitted hooks registered before this savepoint
    bool m_active = false;
    core::Error m_beginError;
};

} // namespace cg::storage
