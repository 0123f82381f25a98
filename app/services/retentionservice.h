#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "services/servicedeps.h"

#include <QDate>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace cg::services {

class MoveOutService;

// After the retention period the administrator sets (default 3 years after
// move-out), a former resident's personal data is anonymised: the name becomes
// a placeholder; phone, ID number, birth date, guardian link, accessibility
// needs and notes are removed. Unit, role, language and the move dates stay
// for statistics. Runs at start-up and by `consentgate retention run`; every
// anonymisation is audited. Thread-safety: GUI/CLI thread.
class RetentionService final
{
public:
    static constexpr int kDefaultYears = 3;
    static QString settingKey() { return QStringLiteral("retention.former_resident_years"); }

    RetentionService(ServiceDeps deps, std::shared_ptr<MoveOutService> moveOut);

    int retentionYears() const;
    // Permission::ManageSettings; 1 to 30 years; audited.
    core::Status setRetentionYears(const core::Actor& actor, int years);

    struct Report
    {
        QDate cutoff;                 // moved out on or before this day
        QList<qint64> anonymised;
    };
    // Permission::RunRetention. Works in batches, each its own transaction.
    // `automatic` (start-up): the summary is audited only when something was done.
    core::Result<Report> run(const core::Actor& actor, bool automatic = false);

    // Anonymises one resident now, whatever the retention period (restoring a
    // backup re-applies an anonymisation made after it was taken). Runs the
    // move-out hooks' residentAnonymising() first. Permission::RunRetention;
    // audited as "retention.anonymise" with `reason`.
    core::Status anonymiseResident(const core::Actor& actor, qint64 residentId, const QString& reason);

private:
    core::Status anonymiseOne(const core::Actor& actor, qint64 residentId, const QJsonObject& extra);

    ServiceDeps m_deps;
    std::shared_ptr<MoveOutService> m_moveOut;
};

} // namespace cg::services
