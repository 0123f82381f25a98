#pragma once

#include "core/actor.h"
#include "core/result.h"
#include "services/moveouthook.h"
#include "services/servicedeps.h"

#include <QList>

#include <memory>

namespace cg::services {

// Moving residents out (DOMAIN.md rule 4): sets the move-out date, runs the
// registered hooks (revoke credentials, delete biometric data) and records
// what was done, all in one transaction. Thread-safety: GUI/CLI thread.
class MoveOutService final
{
public:
    explicit MoveOutService(ServiceDeps deps);

    void registerHook(std::shared_ptr<MoveOutHook> hook);
    const QList<std::shared_ptr<MoveOutHook>>& hooks() const { return m_hooks; }

    struct Outcome
    {
        qint64 residentId = 0;
        QString name;
        QStringList actions;   // what each hook did, in words
    };

    // What will happen, per resident, without changing anything.
    core::Result<QList<Outcome>> plan(const core::Actor& actor, const QList<qint64>& residentIds);

    // Permission::MoveOutResidents. The date may not lie in the future (the
    // credentials stop working now) nor before the move-in date.
    core::Result<QList<Outcome>> moveOut(const core::Actor& actor, const QList<qint64>& residentIds, const QDate& date,
                                         const QString& reason);
    // Everyone still living in the unit.
    core::Result<QList<Outcome>> moveOutHousehold(const core::Actor& actor, qint64 unitId, const QDate& date,
                                                  const QString& reason);

private:
    ServiceDeps m_deps;
    QList<std::shared_ptr<MoveOutHook>> m_hooks;
};

} // namespace cg::services
