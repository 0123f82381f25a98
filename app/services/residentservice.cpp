#include "services/residentservice.h"

#include "core/clock.h"
#include "core/residentrules.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "services/residentidcodec.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cg::services {

using core::Error;
using core::Permission;
using core::Result;

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::ResidentService)
};

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject residentAuditFacts(const core::Resident& r)
{
    return QJsonObject{
        {QStringLiteral("unit_id"), r.unitId},
        {QStringLiteral("role"), core::residentRoleKey(r.role)},
        {QStringLiteral("language"), r.language},
        {QStringLiteral("accessibility"), core::accessibilityToKeys(r.accessibility)},
        {QStringLiteral("move_in"), isoDate(r.moveIn)},
        {QStringLiteral("move_out"), isoDate(r.moveOut)},
        {QStringLiteral("lease_end"), isoDate(r.leaseEnd)},
        {QStringLiteral("guardian_id"), r.guardianId},
        {QStringLiteral("id_kind"), core::idKindKey(r.idKind)},
    };
}

QJsonObject residentAuditChanges(const core::Resident& before, const core::Resident& after, bool idChanged)
{
    const QJsonObject b = residentAuditFacts(before);
    const QJsonObject a = residentAuditFacts(after);
    QJsonObject beforeOut, afterOut;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value()) {
            beforeOut.insert(it.key(), b.value(it.key()));
            afterOut.insert(it.key(), it.value());
        }
    }
    QJsonArray personal;
    if (before.name != after.name)
        personal.append(QStringLiteral("name"));
    if (before.phone != after.phone)
        personal.append(QStringLiteral("phone"));
    if (before.birthDate != after.birthDate)
        personal.append(QStringLiteral("birth_date"));
    if (before.notes != after.notes)
        personal.append(QStringLiteral("notes"));
    if (idChanged)
        personal.append(QStringLiteral("id_number"));
    return QJsonObject{{QStringLiteral("before"), beforeOut},
                       {QStringLiteral("after"), afterOut},
                       {QStringLiteral("personal_fields_changed"), personal}};
}

ResidentService::ResidentService(ServiceDeps deps)
    : m_deps(std::move(deps)),
      m_repo(std::make_unique<storage::ResidentRepository>(m_deps.database)),
      m_codec(std::make_unique<ResidentIdCodec>(m_deps.keys))
{
}

ResidentService::~ResidentService() = default;

Result<int> ResidentService::count(const core::Actor& actor, const storage::ResidentFilter& filter)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents); !s)
        return s.error();
    storage::ResidentFilter f = filter;
    f.today = m_deps.clock->todayLocal();
    return m_repo->count(f);
}

Result<storage::ResidentCount> ResidentService::countUpTo(const core::Actor& actor, const storage::ResidentFilter& filter,
                                                          int cap)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents); !s)
        return s.error();
    storage::ResidentFilter f = filter;
    f.today = m_deps.clock->todayLocal();
    return m_repo->countUpTo(f, cap);
}

Result<QList<storage::ResidentListRow>> ResidentService::pageAfter(const core::Actor& actor,
                                                                   const storage::ResidentFilter& filter,
                                                                   const std::optional<storage::PageCursor>& cursor,
                                                                   int limit)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents); !s)
        return s.error();
    storage::ResidentFilter f = filter;
    f.today = m_deps.clock->todayLocal();
    return m_repo->pageAfter(f, cursor, limit);
}

Result<QList<storage::ResidentListRow>> ResidentService::pageAt(const core::Actor& actor,
                                                                const storage::ResidentFilter& filter, int offset,
                                                                int limit, int total)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents); !s)
        return s.error();
    storage::ResidentFilter f = filter;
    f.today = m_deps.clock->todayLocal();
    return m_repo->pageAt(f, offset, limit, total);
}

Result<core::Resident> ResidentService::get(const core::Actor& actor, qint64 id)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents, QStringLiteral("resident"),
                                            QString::number(id));
        !s)
        return s.error();
    return m_repo->get(id);
}

Result<QList<core::Building>> ResidentService::buildings(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents); !s)
        return s.error();
    return m_repo->buildings();
}

Result<QList<core::Unit>> ResidentService::units(const core::Actor& actor, qint64 buildingId)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents); !s)
        return s.error();
    return m_repo->units(buildingId);
}

Result<QList<core::Resident>> ResidentService::residentsOfUnit(const core::Actor& actor, qint64 unitId, bool currentOnly)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ViewResidents); !s)
        return s.error();
    return m_repo->residentsOfUnit(unitId, currentOnly);
}

QList<Error> ResidentService::validate(const ResidentDraft& draft)
{
    const QDate today = m_deps.clock->todayLocal();
    const QString idNumber = draft.idNumber ? core::normalizeIdNumber(*draft.idNumber) : QString();
    core::Resident r = draft.resident;
    r.idKind = idNumber.isEmpty() ? core::IdKind::None : core::guessIdKind(idNumber);

    std::optional<core::GuardianFacts> guardian;
    QList<Error> extra;
    if (r.guardianId > 0) {
        auto g = m_repo->get(r.guardianId);
        if (!g) {
            extra << Error::invalid(QStringLiteral("guardian"), Tr::tr("The chosen guardian does not exist."));
        } else {
            guardian = core::GuardianFacts{g->id, g->birthDate, g->hasMovedOutBy(today), g->isAnonymised()};
        }
    }
    // Keep the stored birth date rule honest when the number is unchanged.
    QList<Error> problems = core::residentProblems(r, idNumber, guardian, today);
    problems << extra;
    if (r.unitId > 0 && !m_repo->unit(r.unitId))
        problems << Error::invalid(QStringLiteral("unit"), Tr::tr("The chosen unit does not exist."));
    if (!idNumber.isEmpty()) {
        auto other = m_repo->findByIdLookup(m_codec->lookup(idNumber), r.id);
        if (!other)
            problems << other.error();
        else if (other.value() != 0)
            problems << Error::invalid(QStringLiteral("id_number"),
                                       Tr::tr("This ID number is already registered for resident no. %1. "
                                          "Open that record instead of creating a duplicate.")
                                           .arg(other.value()));
    }
    return problems;
}

Result<core::Resident> ResidentService::create(const core::Actor& actor, const ResidentDraft& draft)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::EditResidents, QStringLiteral("resident")); !s)
        return s.error();
    return save(actor, draft, true);
}

Result<core::Resident> ResidentService::update(const core::Actor& actor, const ResidentDraft& draft)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::EditResidents, QStringLiteral("resident"),
                                            QString::number(draft.resident.id));
        !s)
        return s.error();
    return save(actor, draft, false);
}

Result<core::Resident> ResidentService::save(const core::Actor& actor, const ResidentDraft& input, bool creating)
{
    QSqlDatabase db = m_deps.database->connection();
    storage::Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    ResidentDraft draft = input;
    core::Resident& r = draft.resident;
    r.name = r.name.simplified();
    r.phone = r.phone.trimmed().isEmpty() ? QString() : core::normalizePhone(r.phone);
    r.notes = r.notes.trimmed();
    core::Resident before;
    if (creating) {
        r.id = 0;
    } else {
        auto stored = m_repo->get(r.id);
        if (!stored)
            return stored.error();
        before = stored.value();
        if (before.isAnonymised())
            return Error::make(Error::Kind::Conflict, Tr::tr("This former resident was anonymised and cannot be edited."));
        if (before.version != r.version)
            return Error::make(Error::Kind::Conflict,
                               Tr::tr("Someone else changed this resident since you opened it. Close the editor, open "
                                  "the resident again and repeat your change."),
                               QStringLiteral("resident.stale"));
    }
    const QList<Error> problems = validate(draft);
    if (!problems.isEmpty())
        return problems.first();

    const QString idNumber = draft.idNumber ? core::normalizeIdNumber(*draft.idNumber) : QString();
    const core::IdKind kind = core::guessIdKind(idNumber);
    if (!r.birthDate.isValid() && kind == core::IdKind::PrcResident)
        r.birthDate = core::prcBirthDate(idNumber);
    const QDateTime now = m_deps.clock->nowUtc();
    if (creating) {
        auto id = m_repo->nextId();
        if (!id)
            return id.error();
        r.id = id.value();
        if (auto s = m_repo->insert(r, m_codec->seal(r.id, kind, idNumber), now); !s)
            return s.error();
    } else {
        std::optional<storage::SealedIdNumber> sealed;
        if (draft.idNumber)
            sealed = m_codec->seal(r.id, kind, idNumber);
        if (auto s = m_repo->update(r, sealed, now); !s)
            return s.error();
    }
    auto saved = m_repo->get(r.id);
    if (!saved)
        return saved.error();
    const QJsonObject details = creating
                                    ? QJsonObject{{QStringLiteral("after"), residentAuditFacts(saved.value())},
                                                  {QStringLiteral("with_id_number"), !idNumber.isEmpty()}}
                                    : residentAuditChanges(before, saved.value(), draft.idNumber.has_value());
    if (auto s = m_deps.audit->record(actor, creating ? QStringLiteral("resident.create") : QStringLiteral("resident.update"),
                                      QStringLiteral("resident"), QString::number(r.id), details);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<QString> ResidentService::readFullId(const core::Actor& actor, qint64 id, const QString& reason)
{
    if (auto s = m_deps.authorizer->require(actor, Permission::ReadFullIdNumber, QStringLiteral("resident"),
                                            QString::number(id));
        !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), Tr::tr("Say why the full ID number is needed; the reason is logged."));
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto sealed = m_repo->sealedIdNumber(id);
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return Error::make(Error::Kind::NotFound, Tr::tr("No ID number is stored for this resident."));
    auto number = m_codec->open(id, sealed.value());
    if (!number)
        return number.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("resident.read_full_id"), QStringLiteral("resident"),
                                      QString::number(id), QJsonObject{{QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return number;
}

} // namespace cg::services
