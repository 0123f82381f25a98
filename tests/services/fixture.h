#pragma once

#include "services/audittrail.h"
#include "services/servicedeps.h"
#include "storage/auditrepository.h"
#include "support/fakeclock.h"
#include "support/tempdatabase.h"

#include <QList>

namespace cg::test {

// A real database with real keys in a temporary folder and a fake clock.
struct ServiceFixture
{
    TempDatabase temp;
    std::shared_ptr<FakeClock> clock = std::make_shared<FakeClock>();
    services::ServiceDeps deps;

    ServiceFixture()
    {
        auto built = services::ServiceDeps::build(temp.open(), temp.keyDir(), clock);
        if (!built)
            qFatal("deps: %s", qPrintable(built.error().message));
        deps = built.value();
    }

    // Newest first.
    QList<core::AuditEntry> audit(int limit = 50) const
    {
        return deps.audit->repository()->page({}, 0, limit).value();
    }
    QStringList actions(int limit = 50) const
    {
        QStringList out;
        for (const auto& e : audit(limit))
            out << e.action;
        return out;
    }
};

} // namespace cg::test
