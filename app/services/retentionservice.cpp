#include "services/retentionservice.h"

#include "core/clock.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "services/moveoutservice.h"
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
    Q_DECLARE_TR_FUNCTIONS(cg::services::RetentionService)
};
constexpr int kBatch = 200;
} // namespace

RetentionService::RetentionService(ServiceDeps deps, std::shared_ptr<MoveOutService> moveOut)
    : m_deps(std::move(deps)), m_moveOut(std::move(moveOut))
{
}

int RetentionService::retentionYears() const
{
    bool ok = false;
    const int years = m_deps.database->setting(settingKey(), QString::number(kDefaultYears)).toInt(&ok);
    return ok && years >= 1 ? years : kDefaultYears;
}

core::Status RetentionService::setRetentionYears(const core::Actor& actor, int years)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageSettings); !s)
        return s;
    if (years < 1 || years > 30)
        return Error::invalid(QStringLiteral("years"), Tr::tr("The retention period must be between 1 and 30 years."));
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    const int before = retentionYears();
    if (auto s = m_deps.database->setSetting(settingKey(), QString::number(years)); !s)
        return s;
    if (auto s = m_deps.audit->record(actor, QStringLiteral("settings.retention_years"), QStringLiteral("setting"),
                                      settingKey(),
                                      QJsonObject{{QStringLiteral("before"), before}, {QStringLiteral("after"), years}});
        !s)
        return s;
    return tx.commit();
}

core::Status RetentionService::anonymiseOne(const core::Actor& actor, qint64 id, const QJsonObject& extra)
{
    storage::ResidentRepository repo(m_deps.database);
    auto r = repo.get(id);
    if (!r)
        return r.error();
    QJsonObject hooks;
    if (m_moveOut) {
        for (const auto& hook : m_moveOut->hooks()) {
            auto actions = hook->residentAnonymising(actor, r.value());
            if (!actions)
                return actions.error();
            if (!actions->isEmpty())
                hooks.insert(hook->key(), QJsonArray::fromStringList(actions.value()));
        }
    }
    // The placeholder is language-neutral: it is stored, not displayed text.
    if (auto s = repo.anonymise(id, QStringLiteral("#%1").arg(id), m_deps.clock->nowUtc()); !s)
        return s;
    QJsonObject details{{QStringLiteral("move_out"), r->moveOut.toString(Qt::ISODate)},
                        {QStringLiteral("removed"),
                         QJsonArray{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("id_number"),
                                    QStringLiteral("birth_date"), QStringLiteral("guardian"),
                                    QStringLiteral("accessibility"), QStringLiteral("notes")}},
                        {QStringLiteral("hooks"), hooks}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        details.insert(it.key(), it.value());
    return m_deps.audit->record(actor, QStringLiteral("retention.anonymise"), QStringLiteral("resident"),
                                QString::number(id), details);
}

core::Status RetentionService::anonymiseResident(const core::Actor& actor, qint64 residentId, const QString& reason)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::RunRetention, QStringLiteral("resident"),
                                            QString::number(residentId));
        !s)
        return s;
    storage::ResidentRepository repo(m_deps.database);
    auto r = repo.get(residentId);
    if (!r)
        return r.error();
    if (r->anonymisedAt.isValid())
        return {};
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    if (auto s = anonymiseOne(actor, residentId, QJsonObject{{QStringLiteral("reason"), reason}}); !s)
        return s;
    return tx.commit();
}

Result<RetentionService::Report> RetentionService::run(const core::Actor& actor, bool automatic)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::RunRetention); !s)
        return s.error();
    Report report;
    const int years = retentionYears();
    report.cutoff = m_deps.clock->todayLocal().addYears(-years);
    storage::ResidentRepository repo(m_deps.database);
    for (;;) {
        auto due = repo.dueForAnonymisation(report.cutoff, kBatch);
        if (!due)
            return due.error();
        if (due->isEmpty())
            break;
        storage::Transaction tx(m_deps.database->connection());
        if (!tx.isActive())
            return tx.error();
        for (qint64 id : due.value()) {
            if (auto s = anonymiseOne(actor, id, QJsonObject{{QStringLiteral("retention_years"), years}}); !s)
                return s.error();
            report.anonymised << id;
        }
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    if (!report.anonymised.isEmpty() || !automatic) {
        if (auto s = m_deps.audit->record(actor, QStringLiteral("retention.run"), {}, {},
                                          QJsonObject{{QStringLiteral("cutoff"), report.cutoff.toString(Qt::ISODate)},
                                                      {QStringLiteral("retention_years"), years},
                                                      {QStringLiteral("anonymised"), int(report.anonymised.size())}});
            !s)
            return s.error();
    }
    return report;
}

} // namespace cg::services
