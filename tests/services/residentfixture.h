#pragma once

#include "core/actor.h"
#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/residentrepository.h"
#include "storage/transaction.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>

#include <memory>

namespace cg::test {

// A real database with keys, a fake clock (2026-11-26) and one compound with
// two units, for the residents services.
struct ResidentFixture
{
    TempDatabase temp;
    std::shared_ptr<storage::Database> db;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    services::ServiceDeps deps;
    qint64 unitA = 0;
    qint64 unitB = 0;

    ResidentFixture()
    {
        db = temp.open();
        auto built = services::ServiceDeps::build(db, temp.keyDir(), clock);
        if (!built)
            qFatal("deps: %s", qPrintable(built.error().message));
        deps = built.value();
        storage::ResidentRepository repo(db);
        storage::Transaction tx(db->connection());
        const qint64 compound = repo.findOrCreateCompound(QStringLiteral("翠苑小区")).value();
        const qint64 building = repo.findOrCreateBuilding(compound, QStringLiteral("3幢")).value();
        unitA = repo.findOrCreateUnit(building, QStringLiteral("3-1502")).value();
        unitB = repo.findOrCreateUnit(building, QStringLiteral("3-0801")).value();
        if (!tx.commit())
            qFatal("fixture commit failed");
    }

    static core::Actor actor(core::Role role, const QString& name)
    {
        core::Actor a;
        a.userId = 10 + int(role);
        a.name = name;
        a.role = role;
        a.desk = QStringLiteral("desk-1");
        return a;
    }
    static core::Actor clerk() { return actor(core::Role::Clerk, QStringLiteral("clerk.li")); }
    static core::Actor manager() { return actor(core::Role::Manager, QStringLiteral("manager.wang")); }
    static core::Actor auditor() { return actor(core::Role::Auditor, QStringLiteral("auditor.zhao")); }

    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            qFatal("scalar: %s", qPrintable(sql));
        return q.value(0).toLongLong();
    }
    qint64 audits(const QString& action) const
    {
        core::AuditFilter f;
        f.action = action;
        return deps.audit->repository()->count(f).value();
    }
    QList<core::AuditEntry> auditEntries(const QString& action) const
    {
        core::AuditFilter f;
        f.action = action;
        return deps.audit->repository()->page(f, 0, 1000).value();
    }
};

} // namespace cg::test
