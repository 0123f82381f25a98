#include "storage/demoactivityseeder.h"

#include "storage/database.h"
#include "storage/demoactivitycontext.h"
#include "storage/democonsentactivity.h"
#include "storage/democredentialactivity.h"
#include "storage/demodeviceactivity.h"
#include "storage/demodooractivity.h"
#include "storage/demoenrolmentactivity.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QDate>

namespace cg::storage {

using core::Error;
using core::Result;

DemoActivitySeeder::DemoActivitySeeder(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

// The coordinator: one transaction, one shared random generator, the
// activities in a fixed order (each draws from the generator, so the order
// is part of the deterministic history).
Result<DemoActivitySeeder::Summary> DemoActivitySeeder::seed(const Options& o)
{
    if (!o.sealCrop || o.pinHash.isEmpty() || o.firstNotice.hash.isEmpty() || !o.nowUtc.isValid())
        return Error::make(Error::Kind::Internal, QStringLiteral("DemoActivitySeeder: incomplete options"));
    QSqlDatabase db = m_database->connection();
    // Index pages of a million-row table stay in memory while seeding.
    (void)execSql(db, QStringLiteral("PRAGMA cache_size = -262144"));
    struct RestoreCache
    {
        QSqlDatabase db;
        ~RestoreCache() { (void)execSql(db, QStringLiteral("PRAGMA cache_size = -2000")); }
    } restore{db};
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    Summary summary;
    demo::Context context(db, o, summary);
    if (auto s = context.loadResidents(); !s)
        return s.error();
    if (context.people.empty())
        return summary;
    if (auto s = context.loadDoors(); !s)
        return s.error();

    demo::DemoConsentActivity consent(context);
    consent.plan();
    if (auto s = consent.write(); !s)
        return s.error();
    if (auto s = consent.writeStatus(); !s)
        return s.error();
    if (auto s = demo::DemoEnrolmentActivity(context).write(); !s)
        return s.error();
    demo::DemoCredentialActivity credentials(context);
    credentials.plan();
    if (auto s = credentials.write(); !s)
        return s.error();
    if (auto s = demo::DemoDoorActivity(context).write(); !s)
        return s.error();

    if (o.devices) {
        auto cameras = demo::DemoDeviceActivity::write(db, context.compounds,
                                                       QDate::fromJulianDay(2440588 + context.start / demo::kDay),
                                                       demo::stamp(context.now));
        if (!cameras)
            return cameras.error();
        summary.cameras = *cameras;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace cg::storage
