#pragma once

#include "core/result.h"
#include "services/restoreplan.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace cg::core {
class Clock;
}

namespace cg::services {

// Puts a backup back (`consentgate restore`, the console's "Restore from
// backup…"): the database copy goes to the database path, the key into the
// key folder, the audit chain head is set to the copy's newest entry, and
// every deletion the plan lists is applied again through the real services
// (ConsentService, MoveOutService with its hooks, RetentionService,
// CredentialService), each audited as usual, framed by "backup.restore" and
// "backup.restore_completed" entries. An existing database (and a different
// key file) is renamed aside, never deleted.
//
// Call it while no connection to the database at the path is open in this
// process. Thread-safety: one call at a time.
class RestoreService final
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::RestoreService)
public:
    struct Report
    {
        QString databasePath;
        QString setAside;            // where the replaced database went (empty when none)
        QString keySetAside;         // where a different key file went
        QStringList reapplied;       // one translated line per deletion applied again
        QStringList failures;        // deletions that could not be applied (also audited)
        qint64 auditEntries = 0;     // of the restored log, after verification
        bool auditIntact = false;

        QString summary() const;
    };

    // `confirmed` must be true when plan.needsConfirmation(). `requestedBy`
    // names the operator for the audit entry (the work itself runs as the
    // system actor: the restored users table may not know the operator).
    static core::Result<Report> apply(const RestorePlan& plan, bool confirmed, const QString& requestedBy,
                                      std::shared_ptr<const core::Clock> clock);
};

} // namespace cg::services
