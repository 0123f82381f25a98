#include "services/moveoutservice.h"

#include "core/clock.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/database.h"
#include "storage/residentrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cg::services {

using core::Error;
using core::Result;

namespace {
// lupdate files Tr::tr() strings under this context, the one used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::MoveOutService)
};
} // namespace

MoveOutService::MoveOutService(ServiceDeps deps) : m_deps(std::move(deps)) {}

void MoveOutService::registerHook(std::shared_ptr<MoveOutHook> hook)
{
    m_hooks.append(std::move(hook));
}

Result<QList<MoveOutService::Outcome>> MoveOutService::plan(const core::Actor& actor, const QList<qint64>& residentIds)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::MoveOutResidents); !s)
        return s.error();
    storage::ResidentRepository repo(m_deps.database);
    QList<Outcome> outcomes;
    for (qint64 id : residentIds) {
        auto r = repo.get(id);
        if (!r)
            return r.error();
        Outcome o{id, r->name, {Tr::tr("Set the move-out date.")}};
        for (const auto& hook : m_hooks)
            o.actions << hook->plannedActions(r.value());
        outcomes << o;
    }
    return outcomes;
}

Result<QList<MoveOutService::Outcome>> MoveOutService::moveOut(const core::Actor& actor, const QList<qint64>& residentIds,
                                                               const QDate& date, const QString& reason)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::MoveOutResidents, QStringLiteral("resident")); !s)
        return s.error();
    if (residentIds.isEmpty())
        return Error::invalid(QStringLiteral("residents"), Tr::tr("Choose at least one resident to move out."));
    const QDate today = m_deps.clock->todayLocal();
    if (!date.isValid())
        return Error::invalid(QStringLiteral("move_out"), Tr::tr("Enter the move-out date."));
    if (date > today)
        return Error::invalid(QStringLiteral("move_out"),
                              Tr::tr("The move-out date lies in the future; record the move-out on the day the "
                                 "resident leaves, because their access stops at once."));
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    storage::ResidentRepository repo(m_deps.database);
    QList<Outcome> outcomes;
    const QDateTime now = m_deps.clock->nowUtc();
    for (qint64 id : residentIds) {
        auto r = repo.get(id);
        if (!r)
            return r.error();
        if (r->hasMovedOutBy(today))
            return Error::invalid(QStringLiteral("residents"), Tr::tr("%1 has already moved out.").arg(r->name));
        if (r->moveIn.isValid() && date < r->moveIn)
            return Error::invalid(QStringLiteral("move_out"),
                                  Tr::tr("The move-out date is before %1 moved in (%2).")
                                      .arg(r->name, r->moveIn.toString(Qt::ISODate)));
        if (auto s = repo.setMoveOut(id, date, now); !s)
            return s.error();
        Outcome o{id, r->name, {Tr::tr("Move-out date set to %1.").arg(date.toString(Qt::ISODate))}};
        QJsonObject done;
        for (const auto& hook : m_hooks) {
            auto actions = hook->residentMovedOut(actor, r.value(), date);
            if (!actions)
                return actions.error();
            o.actions << actions.value();
            done.insert(hook->key(), QJsonArray::fromStringList(actions.value()));
        }
        if (auto s = m_deps.audit->record(actor, QStringLiteral("resident.move_out"), QStringLiteral("resident"),
                                          QString::number(id),
                                          QJsonObject{{QStringLiteral("move_out"), date.toString(Qt::ISODate)},
                                                      {QStringLiteral("reason"), reason.trimmed()},
                                                      {QStringLiteral("unit_id"), r->unitId},
                                                      {QStringLiteral("hooks"), done}});
            !s)
            return s.error();
        outcomes << o;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcomes;
}

Result<QList<MoveOutService::Outcome>> MoveOutService::moveOutHousehold(const core::Actor& actor, qint64 unitId,
                                                                        const QDate& date, const QString& reason)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::MoveOutResidents, QStringLiteral("unit"),
                                            QString::number(unitId));
        !s)
        return s.error();
    storage::ResidentRepository repo(m_deps.database);
    auto residents = repo.residentsOfUnit(unitId, true);
    if (!residents)
        return residents.error();
    QList<qint64> ids;
    for (const core::Resident& r : residents.value())
        ids << r.id;
    if (ids.isEmpty())
        return Error::invalid(QStringLiteral("unit"), Tr::tr("Nobody lives in this unit any more."));
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto outcomes = moveOut(actor, ids, date, reason);
    if (!outcomes)
        return outcomes;
    if (auto s = m_deps.audit->record(actor, QStringLiteral("unit.household_move_out"), QStringLiteral("unit"),
                                      QString::number(unitId),
                                      QJsonObject{{QStringLiteral("residents"), int(ids.size())},
                                                  {QStringLiteral("move_out"), date.toString(Qt::ISODate)}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return outcomes;
}

} // namespace cg::services
