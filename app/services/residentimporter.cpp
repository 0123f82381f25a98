#include "services/residentimporter.h"

#include "core/clock.h"
#include "core/csvreader.h"
#include "core/residentrules.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "services/residentidcodec.h"
#include "storage/database.h"
#include "storage/residentrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace cg::services {

using core::CsvIssue;
using core::Error;
using core::ResidentColumn;
using core::Result;

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::ResidentImporter)
};

std::optional<ResidentColumn> columnForField(const QString& field)
{
    static const QHash<QString, ResidentColumn> map = {
        {QStringLiteral("name"), ResidentColumn::Name},         {QStringLiteral("unit"), ResidentColumn::Unit},
        {QStringLiteral("phone"), ResidentColumn::Phone},       {QStringLiteral("id_number"), ResidentColumn::IdNumber},
        {QStringLiteral("birth_date"), ResidentColumn::BirthDate}, {QStringLiteral("guardian"), ResidentColumn::Guardian},
        {QStringLiteral("move_in"), ResidentColumn::MoveIn},    {QStringLiteral("move_out"), ResidentColumn::MoveOut},
        {QStringLiteral("lease_end"), ResidentColumn::LeaseEnd}, {QStringLiteral("language"), ResidentColumn::Language},
        {QStringLiteral("notes"), ResidentColumn::Notes},
    };
    auto it = map.constFind(field);
    return it == map.constEnd() ? std::nullopt : std::optional<ResidentColumn>(*it);
}

bool canBeGuardian(const core::Resident& r, const QDate& today)
{
    if (r.birthDate.isValid())
        return core::isAdult(r.birthDate, today);
    return r.role == core::ResidentRole::Owner || r.role == core::ResidentRole::Tenant;
}

QString placeKey(qint64 parent, const QString& name)
{
    return QString::number(parent) + QLatin1Char('\x1f') + name;
}

// Raises the page cache for the bulk insert (nine indexes on residents) and
// puts it back afterwards.
class BulkCache final
{
public:
    explicit BulkCache(storage::ResidentRepository& repo) : m_repo(repo) { (void)m_repo.setCacheSizeKiB(65536); }
    ~BulkCache() { (void)m_repo.setCacheSizeKiB(2000); }
    BulkCache(const BulkCache&) = delete;
    BulkCache& operator=(const BulkCache&) = delete;

private:
    storage::ResidentRepository& m_repo;
};

Result<qint64> compoundIdFor(storage::ResidentRepository& repo, const QString& name, ResidentImporter::Report* rep,
                             qint64* slot)
{
    bool created = false;
    auto id = repo.findOrCreateCompound(name, &created);
    if (!id)
        return id.error();
    rep->compoundsCreated += created ? 1 : 0;
    *slot = id.value();
    return id.value();
}

} // namespace

ResidentImporter::ResidentImporter(ServiceDeps deps) : m_deps(std::move(deps)) {}

Result<ResidentImporter::Report> ResidentImporter::runFile(const core::Actor& actor, const QString& path, Mode mode,
                                                           const QString& compound)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, Tr::tr("Cannot read %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    if (file.size() > 512LL * 1024 * 1024)
        return Error::make(Error::Kind::Io, Tr::tr("%1 is larger than 512 MB; split it into several files.").arg(path));
    return run(actor, file.readAll(), mode, compound);
}

Result<ResidentImporter::Report> ResidentImporter::run(const core::Actor& actor, const QByteArray& bytes, Mode mode,
                                                       const QString& compoundName)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ImportResidents); !s)
        return s.error();
    Report rep;
    auto decoded = core::decodeCsv(bytes);
    if (!decoded) {
        rep.issues << CsvIssue{0, {}, decoded.error().message};
        return rep;
    }
    rep.encoding = decoded->encoding;
    rep.delimiter = decoded->delimiter;
    core::CsvParser parser(decoded->text, decoded->delimiter);
    core::CsvRecord record;
    if (!parser.next(record)) {
        rep.issues << CsvIssue{1, {}, parser.hasError() ? parser.error() : Tr::tr("The file is empty.")};
        return rep;
    }
    rep.headers = record.fields;
    QList<CsvIssue>& issues = rep.issues;
    auto layout = core::residentCsvLayout(record.fields, &issues);
    for (int i = 0; i < rep.headers.size(); ++i) {
        QString key;
        if (layout) {
            for (auto it = layout->index.cbegin(); it != layout->index.cend(); ++it) {
                if (it.value() == i)
                    key = core::residentColumnKey(it.key());
            }
        }
        rep.mappedFields << key;
    }
    if (!layout)
        return rep;
    rep.ignoredColumns = layout->ignored;

    // 1. Read and check every row on its own.
    QList<core::ResidentCsvRow> rows;
    const int idColumn = layout->index.value(ResidentColumn::IdNumber, -1);
    while (issues.size() < kMaxIssues && parser.next(record)) {
        if (std::all_of(record.fields.cbegin(), record.fields.cend(), [](const QString& f) { return f.trimmed().isEmpty(); }))
            continue;
        ++rep.rows;
        if (rep.sample.size() < kSampleRows)
            rep.sample << record.fields;
        for (int i = int(rep.headers.size()); i < record.fields.size(); ++i) {
            if (!record.fields.at(i).trimmed().isEmpty()) {
                issues << CsvIssue{record.line, QString::number(i + 1),
                                   Tr::tr("This row has more cells than the header row (is a comma missing quotes?).")};
                break;
            }
        }
        if (idColumn >= 0 && idColumn < record.fields.size() && record.fields.at(idColumn).contains(QLatin1Char('*'))) {
            record.fields[idColumn].clear();   // a masked number from an export: nothing to store
            ++rep.maskedIdsSkipped;
        }
        if (auto row = core::parseResidentCsvRow(*layout, record.fields, record.line, &issues))
            rows.append(std::move(*row));
    }
    if (parser.hasError())
        issues << CsvIssue{parser.errorLine(), {}, parser.error()};
    if (rep.rows == 0 && issues.isEmpty())
        issues << CsvIssue{2, {}, Tr::tr("The file has a header row but no residents.")};

    // 2. Places, duplicates and guardians need the database: one transaction,
    // rolled back unless everything is valid and this is a real import.
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    storage::ResidentRepository repo(m_deps.database);
    BulkCache bulk(repo);
    const ResidentIdCodec codec(m_deps.keys);
    const QDate today = m_deps.clock->todayLocal();

    qint64 defaultCompound = 0;
    auto compoundId = [&](const QString& name) -> Result<qint64> {
        if (!name.isEmpty()) {
            bool created = false;
            auto id = repo.findOrCreateCompound(name, &created);
            rep.compoundsCreated += created ? 1 : 0;
            return id;
        }
        if (defaultCompound == 0) {
            if (!compoundName.isEmpty())
                return compoundIdFor(repo, compoundName, &rep, &defaultCompound);
            auto all = repo.compounds();
            if (!all)
                return all.error();
            if (!all->isEmpty()) {
                defaultCompound = all->first().id;
            } else {
                return compoundIdFor(repo, Tr::tr("Compound"), &rep, &defaultCompound);
            }
        }
        return defaultCompound;
    };
    QHash<QString, qint64> compounds, buildings, units;
    QSet<qint64> newUnits;
    for (core::ResidentCsvRow& row : rows) {
        auto cIt = compounds.constFind(row.compound);
        qint64 cId = 0;
        if (cIt == compounds.constEnd()) {
            auto id = compoundId(row.compound);
            if (!id)
                return id.error();
            cId = id.value();
            compounds.insert(row.compound, cId);
        } else {
            cId = *cIt;
        }
        const QString bKey = placeKey(cId, row.building);
        qint64 bId = buildings.value(bKey);
        if (bId == 0) {
            bool created = false;
            auto id = repo.findOrCreateBuilding(cId, row.building, &created);
            if (!id)
                return id.error();
            bId = id.value();
            rep.buildingsCreated += created ? 1 : 0;
            buildings.insert(bKey, bId);
        }
        const QString uKey = placeKey(bId, row.unit);
        qint64 uId = units.value(uKey);
        if (uId == 0) {
            bool created = false;
            auto id = repo.findOrCreateUnit(bId, row.unit, &created);
            if (!id)
                return id.error();
            uId = id.value();
            if (created) {
                ++rep.unitsCreated;
                newUnits.insert(uId);
            }
            units.insert(uKey, uId);
        }
        row.resident.unitId = uId;
    }

    // Residents already living in the units the file touches.
    QHash<qint64, QList<core::Resident>> existing;
    for (qint64 uId : std::as_const(units)) {
        if (newUnits.contains(uId))
            continue;
        auto list = repo.residentsOfUnit(uId, true);
        if (!list)
            return list.error();
        existing.insert(uId, list.value());
    }

    auto nextId = repo.nextId();
    if (!nextId)
        return nextId.error();
    QHash<QString, int> idLines, nameLines;
    QHash<qint64, QList<int>> fileRowsByUnit;
    for (int i = 0; i < rows.size(); ++i) {
        core::ResidentCsvRow& row = rows[i];
        row.resident.id = nextId.value() + i;
        const QString idHeader = layout->header(ResidentColumn::IdNumber);
        if (!row.idNumber.isEmpty()) {
            if (auto it = idLines.constFind(row.idNumber); it != idLines.constEnd()) {
                issues << CsvIssue{row.line, idHeader, Tr::tr("The same ID number is already on line %1.").arg(*it)};
            } else {
                idLines.insert(row.idNumber, row.line);
                auto other = repo.findByIdLookup(codec.lookup(row.idNumber));
                if (!other)
                    return other.error();
                if (other.value() != 0)
                    issues << CsvIssue{row.line, idHeader,
                                       Tr::tr("This ID number is already registered (resident no. %1).").arg(other.value())};
            }
        }
        const QString nameKey = placeKey(row.resident.unitId, row.resident.name);
        if (auto it = nameLines.constFind(nameKey); it != nameLines.constEnd()) {
            issues << CsvIssue{row.line, layout->header(ResidentColumn::Name),
                               Tr::tr("%1 is already listed for this unit on line %2.").arg(row.resident.name).arg(*it)};
        } else {
            nameLines.insert(nameKey, row.line);
            for (const core::Resident& r : existing.value(row.resident.unitId)) {
                if (r.name == row.resident.name) {
                    issues << CsvIssue{row.line, layout->header(ResidentColumn::Name),
                                       Tr::tr("%1 is already registered in this unit (resident no. %2).")
                                           .arg(row.resident.name)
                                           .arg(r.id)};
                    break;
                }
            }
        }
        if (!row.resident.birthDate.isValid() && row.resident.idKind == core::IdKind::PrcResident)
            row.resident.birthDate = core::prcBirthDate(row.idNumber);
        fileRowsByUnit[row.resident.unitId] << i;
    }

    // Guardians: the named one, else the unit's first adult (owner first).
    QSet<int> needsFileGuardian;
    for (int i = 0; i < rows.size(); ++i) {
        core::ResidentCsvRow& row = rows[i];
        core::Resident& r = row.resident;
        std::optional<core::GuardianFacts> facts;
        if (core::isMinorUnder14(r.birthDate, today) && !r.hasMovedOutBy(today)) {
            const QList<int> unitRows = fileRowsByUnit.value(r.unitId);
            const QList<core::Resident> unitExisting = existing.value(r.unitId);
            const core::Resident* chosen = nullptr;
            bool fromFile = false;
            auto consider = [&](const core::Resident& candidate, bool inFile) {
                if (chosen || candidate.id == r.id)
                    return;
                if (!row.guardianName.isEmpty() ? candidate.name == row.guardianName
                                                : canBeGuardian(candidate, today)) {
                    chosen = &candidate;
                    fromFile = inFile;
                }
            };
            for (bool ownersFirst : {true, false}) {
                for (int j : unitRows) {
                    if (!ownersFirst || rows.at(j).resident.role == core::ResidentRole::Owner)
                        consider(rows.at(j).resident, true);
                }
                for (const core::Resident& e : unitExisting) {
                    if (!ownersFirst || e.role == core::ResidentRole::Owner)
                        consider(e, false);
                }
            }
            if (chosen) {
                r.guardianId = chosen->id;
                facts = core::GuardianFacts{chosen->id, chosen->birthDate, chosen->hasMovedOutBy(today), false};
                if (fromFile)
                    needsFileGuardian.insert(i);
                if (row.guardianName.isEmpty())
                    ++rep.guardiansLinked;
            } else if (!row.guardianName.isEmpty()) {
                issues << CsvIssue{row.line, layout->header(ResidentColumn::Guardian),
                                   Tr::tr("No resident named %1 lives in this unit.").arg(row.guardianName)};
                continue;
            }
        }
        for (const Error& e : core::residentProblems(r, row.idNumber, facts, today)) {
            const auto column = columnForField(e.field);
            issues << CsvIssue{row.line, column ? layout->header(*column) : e.field, e.message};
        }
        if (issues.size() >= kMaxIssues)
            break;
    }

    if (!issues.isEmpty() || mode == Mode::Check) {
        std::stable_sort(issues.begin(), issues.end(), [](const CsvIssue& a, const CsvIssue& b) { return a.line < b.line; });
        if (issues.isEmpty())
            rep.created = int(rows.size());
        return rep;   // the transaction rolls back: nothing is written
    }

    // 3. Write: guardians from the file before the minors who point at them.
    const QDateTime now = m_deps.clock->nowUtc();
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < rows.size(); ++i) {
            if (needsFileGuardian.contains(i) != (pass == 1))
                continue;
            const core::ResidentCsvRow& row = rows.at(i);
            const auto sealed = codec.seal(row.resident.id, row.resident.idKind, row.idNumber);
            if (auto s = repo.insert(row.resident, sealed, now, false); !s) {
                Error e = s.error();
                e.message = Tr::tr("Line %1: %2").arg(row.line).arg(e.message);
                return e;
            }
            ++rep.created;
        }
    }
    if (rep.created > 0) {
        if (auto s = repo.indexForSearch(nextId.value(), nextId.value() + rep.created - 1); !s)
            return s.error();
    }
    if (auto s = m_deps.audit->record(actor, QStringLiteral("import.residents"), QStringLiteral("resident"), {},
                                      QJsonObject{{QStringLiteral("rows"), rep.rows},
                                                  {QStringLiteral("created"), rep.created},
                                                  {QStringLiteral("first_id"), nextId.value()},
                                                  {QStringLiteral("last_id"), nextId.value() + rep.created - 1},
                                                  {QStringLiteral("encoding"), rep.encoding},
                                                  {QStringLiteral("units_created"), rep.unitsCreated},
                                                  {QStringLiteral("buildings_created"), rep.buildingsCreated},
                                                  {QStringLiteral("guardians_linked"), rep.guardiansLinked}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    rep.committed = true;
    return rep;
}

} // namespace cg::services
