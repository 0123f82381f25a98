#pragma once

// Shared set-up for the credential service tests: a real SQLite file seeded
// with a small demo compound, real keys, and a fake clock.
#include "core/actor.h"
#include "services/servicedeps.h"
#include "storage/database.h"
#include "storage/demoseeder.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

namespace cg::test {

struct CredentialFixture
{
    TempDatabase temp;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    std::shared_ptr<storage::Database> db;
    services::ServiceDeps deps;
    core::Actor clerk{7, QStringLiteral("clerk.li"), core::Role::Clerk, QStringLiteral("desk-1")};
    core::Actor auditor{8, QStringLiteral("auditor.wu"), core::Role::Auditor, QStringLiteral("desk-1")};

    explicit CredentialFixture(int residents = 60)
    {
        db = temp.open();
        storage::DemoSeeder seeder(db);
        storage::DemoSeeder::Options options;
        options.residents = residents;
        options.today = clock->nowUtc().date();
        auto seeded = seeder.seed(options);
        if (!seeded)
            qFatal("seed failed: %s", qPrintable(seeded.error().message));
        auto built = services::ServiceDeps::build(db, temp.keyDir(), clock);
        if (!built)
            qFatal("deps failed: %s", qPrintable(built.error().message));
        deps = built.value();
    }

    QVariant scalar(const QString& sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    // The first resident of the given role ("owner", "tenant", ...).
    qint64 residentWithRole(const QString& role) const
    {
        return scalar(QStringLiteral("SELECT id FROM residents WHERE role = '%1' ORDER BY id LIMIT 1").arg(role)).toLongLong();
    }
    qint64 doorOf(qint64 residentId, const QString& kind) const
    {
        return scalar(QStringLiteral("SELECT d.id FROM residents r JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
                                     " JOIN doors d ON d.compound_id = b.compound_id AND (d.building_id = b.id OR d.building_id IS NULL)"
                                     " WHERE r.id = %1 AND d.kind = '%2' ORDER BY d.id LIMIT 1")
                          .arg(residentId)
                          .arg(kind))
            .toLongLong();
    }
    // An entrance of another building in the same compound.
    qint64 foreignEntrance(qint64 residentId) const
    {
        return scalar(QStringLiteral("SELECT d.id FROM residents r JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
                                     " JOIN doors d ON d.compound_id = b.compound_id AND d.building_id <> b.id"
                                     " WHERE r.id = %1 AND d.kind = 'entrance' ORDER BY d.id LIMIT 1")
                          .arg(residentId))
            .toLongLong();
    }
    QString unitLabel(qint64 residentId) const
    {
        return scalar(QStringLiteral("SELECT u.label FROM residents r JOIN units u ON u.id = r.unit_id WHERE r.id = %1").arg(residentId))
            .toString();
    }
    int auditCount(const QString& action) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = '%1'").arg(action)).toInt();
    }
};

} // namespace cg::test
