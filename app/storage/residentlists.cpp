// ResidentRepository: keyset-paged lists, search, and places (compounds,
// buildings, units).
#include "storage/residentrepository.h"

#include "core/searchgrams.h"
#include "storage/database.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cg::storage {

using core::Error;
using core::Result;

namespace {

bool isAsciiLetters(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    });
}

QString likePattern(const QString& s)
{
    QString escaped = s;
    escaped.replace(QLatin1String("\\"), QLatin1String("\\\\"));
    escaped.replace(QLatin1String("%"), QLatin1String("\\%"));
    escaped.replace(QLatin1String("_"), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString kListColumns = QStringLiteral(
    "r.id, r.unit_id, r.name, r.unit_key, r.role, r.phone, r.id_masked, r.birth_date, r.move_in, r.move_out,"
    " r.guardian_id, r.consent_status, r.credential_coverage, r.anonymised_at IS NOT NULL");

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString residentSortColumn(ResidentSort sort)
{
    switch (sort) {
    case ResidentSort::Name: return QStringLiteral("r.name");
    case ResidentSort::Unit: return QStringLiteral("r.unit_sort");
    case ResidentSort::Role: return QStringLiteral("r.role");
    case ResidentSort::Phone: return QStringLiteral("r.phone");
    case ResidentSort::MoveIn: return QStringLiteral("coalesce(r.move_in, '')");
    }
    return QStringLiteral("r.name");
}

Result<ResidentRepository::SearchRoute> ResidentRepository::searchRoute(const QString& search)
{
    if (search.isEmpty())
        return SearchRoute::None;
    if (core::codePointCount(search) >= 3)
        return SearchRoute::Trigram;
    if (!core::isGramQuery(search))
        return SearchRoute::Scan;   // digits, spaces, punctuation: not in the grams
    if (search == m_routedSearch)
        return m_route;
    // How many residents hold the gram (or these pinyin initials), counted
    // no further than the limit: a few index steps.
    const bool initials = isAsciiLetters(search) && search.size() >= 2;
    QString sql = QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM resident_grams WHERE gram = ? LIMIT ?))");
    if (initials)
        sql += QStringLiteral(" + (SELECT count(*) FROM (SELECT 1 FROM residents WHERE name_initials GLOB ? LIMIT ?))");
    auto q = cached(sql);
    if (!q)
        return q.error();
    (*q)->addBindValue(core::foldSearchText(search));
    (*q)->addBindValue(m_gramRouteLimit + 1);
    if (initials) {
        (*q)->addBindValue(QString(search.toLower() + QLatin1Char('*')));
        (*q)->addBindValue(m_gramRouteLimit + 1);
    }
    if (auto s = exec(**q); !s)
        return s.error();
    const int held = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    m_routedSearch = search;
    m_route = held > m_gramRouteLimit ? SearchRoute::Scan : SearchRoute::Grams;
    return m_route;
}

Result<ResidentRepository::Where> ResidentRepository::whereFor(const ResidentFilter& f, SearchRoute* routeOut)
{
    Where w;
    w.from = QStringLiteral("residents r");
    const QString search = f.search.simplified();
    auto route = searchRoute(search);
    if (!route)
        return route.error();
    if (routeOut)
        *routeOut = route.value();
    // Pinyin initials for letter-only queries ("wxm" finds 王小明): a prefix
    // GLOB that the name_initials index serves.
    const bool initials = isAsciiLetters(search) && search.size() >= 2;
    const QString initialsGlob = search.toLower() + QLatin1Char('*');
    switch (route.value()) {
    case SearchRoute::None:
        break;
    case SearchRoute::Trigram: {
        // The trigram index matches any substring of 3+ characters.
        QString phrase = search;
        phrase.replace(QLatin1String("\""), QLatin1String("\"\""));
        QString clause = QStringLiteral("r.id IN (SELECT rowid FROM residents_fts WHERE residents_fts MATCH ?");
        w.binds << QString(QLatin1Char('"') + phrase + QLatin1Char('"'));
        if (initials) {
            clause += QStringLiteral(" UNION SELECT id FROM residents WHERE name_initials GLOB ?");
            w.binds << initialsGlob;
        }
        w.clauses << clause + QLatin1Char(')');
        break;
    }
    case SearchRoute::Grams:
    case SearchRoute::Scan: {
        // Grams: the candidates come from the gram index (CROSS JOIN keeps
        // them the outer loop) and are checked again with LIKE, so a stale
        // gram could never show a wrong row. Scan: LIKE over the covering
        // index in sort order, which stops as soon as a page is full.
        const QString like = likePattern(search);
        if (route.value() == SearchRoute::Grams) {
            w.from = QStringLiteral("(SELECT resident_id AS id FROM resident_grams WHERE gram = ?");
            w.binds << core::foldSearchText(search);
            if (initials) {
                w.from += QStringLiteral(" UNION SELECT id FROM residents WHERE name_initials GLOB ?");
                w.binds << initialsGlob;
            }
            w.from += QStringLiteral(") m CROSS JOIN residents r ON r.id = m.id");
        }
        QString clause = QStringLiteral("(r.name LIKE ? ESCAPE '\\' OR r.unit_key LIKE ? ESCAPE '\\'"
                                        " OR r.phone LIKE ? ESCAPE '\\'");
        w.binds << like << like << like;
        if (initials) {
            clause += QStringLiteral(" OR r.name_initials GLOB ?");
            w.binds << initialsGlob;
        }
        w.clauses << clause + QLatin1Char(')');
        break;
    }
    }
    if (f.unitId > 0) {
        w.clauses << QStringLiteral("r.unit_id = ?");
        w.binds << f.unitId;
    } else if (f.buildingId > 0) {
        w.clauses << QStringLiteral("r.unit_id IN (SELECT id FROM units WHERE building_id = ?)");
        w.binds << f.buildingId;
    }
    if (f.role) {
        w.clauses << QStringLiteral("r.role = ?");
        w.binds << core::residentRoleKey(*f.role);
    }
    for (const auto& [column, value] : {std::pair{QStringLiteral("r.consent_status"), f.consentStatus},
                                        std::pair{QStringLiteral("r.credential_coverage"), f.credentialCoverage}}) {
        if (value.isEmpty())
            continue;
        if (value == QLatin1String("unknown")) {
            w.clauses << column + QStringLiteral(" IS NULL");
        } else {
            w.clauses << column + QStringLiteral(" = ?");
            w.binds << value;
        }
    }
    if (f.currentOnly) {
        // A bound date, not date('now'): SQLite would evaluate that per row.
        w.clauses << QStringLiteral("(r.move_out IS NULL OR r.move_out > ?)");
        w.binds << (f.today.isValid() ? f.today : QDate::currentDate()).toString(Qt::ISODate);
    }
    return w;
}

Result<int> ResidentRepository::count(const ResidentFilter& filter)
{
    auto counted = countUpTo(filter, -1);
    if (!counted)
        return counted.error();
    return counted->rows;
}

Result<ResidentCount> ResidentRepository::countUpTo(const ResidentFilter& filter, int cap)
{
    SearchRoute route = SearchRoute::None;
    auto w = whereFor(filter, &route);
    if (!w)
        return w.error();
    const bool capped = cap >= 0 && route == SearchRoute::Scan;
    QString sql = capped ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM ") : QStringLiteral("SELECT count(*) FROM ");
    sql += w->from;
    if (!w->clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + w->clauses.join(QStringLiteral(" AND "));
    if (capped)
        sql += QStringLiteral(" LIMIT ?)");
    auto q = cached(sql);
    if (!q)
        return q.error();
    for (const QVariant& v : std::as_const(w->binds))
        (*q)->addBindValue(v);
    if (capped)
        (*q)->addBindValue(cap + 1);
    if (auto s = exec(**q); !s)
        return s.error();
    const int n = (*q)->next() ? (*q)->value(0).toInt() : 0;
    (*q)->finish();
    if (capped && n > cap)
        return ResidentCount{cap, false};
    return ResidentCount{n, true};
}

Result<QList<ResidentListRow>> ResidentRepository::pageAfter(const ResidentFilter& filter,
                                                             const std::optional<PageCursor>& cursor, int limit)
{
    return runPage(filter, cursor, true, limit, 0);
}

Result<QList<ResidentListRow>> ResidentRepository::pageBefore(const ResidentFilter& filter,
                                                              const std::optional<PageCursor>& cursor, int limit)
{
    return runPage(filter, cursor, false, limit, 0);
}

Result<QList<ResidentListRow>> ResidentRepository::pageAt(const ResidentFilter& filter, int offset, int limit, int total)
{
    if (offset < 0 || limit <= 0)
        return QList<ResidentListRow>();
    if (offset <= total / 2)
        return runPage(filter, std::nullopt, true, limit, offset);
    // Count from the end: OFFSET walks fewer index entries.
    int fromEnd = total - (offset + limit);
    if (fromEnd < 0) {
        limit += fromEnd;
        fromEnd = 0;
    }
    if (limit <= 0)
        return QList<ResidentListRow>();
    return runPage(filter, std::nullopt, false, limit, fromEnd);
}

Result<QList<ResidentListRow>> ResidentRepository::runPage(const ResidentFilter& filter,
                                                           const std::optional<PageCursor>& cursor, bool forward,
                                                           int limit, int offset)
{
    auto where = whereFor(filter);
    if (!where)
        return where.error();
    Where& w = *where;
    const QString key = residentSortColumn(filter.sort);
    // Ascending display order read forwards, or descending read backwards,
    // both walk the index upwards.
    const bool upwards = forward != filter.descending;
    if (cursor) {
        w.clauses << QStringLiteral("(%1, r.id) %2 (?, ?)").arg(key, upwards ? QStringLiteral(">") : QStringLiteral("<"));
        w.binds << cursor->sortValue << cursor->id;
    }
    const QString direction = upwards ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral("SELECT ") + kListColumns + QStringLiteral(", ") + key + QStringLiteral(" FROM ") + w.from;
    if (!w.clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + w.clauses.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY %1 %2, r.id %2 LIMIT ? OFFSET ?").arg(key, direction);
    auto q = cached(sql);
    if (!q)
        return q.error();
    for (const QVariant& v : std::as_const(w.binds))
        (*q)->addBindValue(v);
    (*q)->addBindValue(limit);
    (*q)->addBindValue(offset);
    if (auto s = exec(**q); !s)
        return s.error();
    QList<ResidentListRow> rows;
    rows.reserve(limit);
    QSqlQuery& r = **q;
    while (r.next()) {
        ResidentListRow row;
        row.id = r.value(0).toLongLong();
        row.unitId = r.value(1).toLongLong();
        row.name = r.value(2).toString();
        row.unit = r.value(3).toString();
        row.role = core::residentRoleFromKey(r.value(4).toString()).value_or(core::ResidentRole::Occupant);
        row.phone = r.value(5).toString();
        row.idMasked = r.value(6).toString();
        row.birthDate = toDate(r.value(7));
        row.moveIn = toDate(r.value(8));
        row.moveOut = toDate(r.value(9));
        row.guardianId = r.value(10).toLongLong();
        row.consentStatus = r.value(11).toString();
        row.credentialCoverage = r.value(12).toString();
        row.anonymised = r.value(13).toBool();
        row.sortValue = r.value(14);
        rows.append(std::move(row));
    }
    r.finish();
    if (!forward)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<QList<core::Compound>> ResidentRepository::compounds()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, address FROM compounds ORDER BY id")))
        return sqlError(q.lastError(), QStringLiteral("compounds"));
    QList<core::Compound> list;
    while (q.next())
        list << core::Compound{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return list;
}

Result<QList<core::Building>> ResidentRepository::buildings()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, compound_id, name, floors FROM buildings"
                               " ORDER BY compound_id, CAST(name AS INTEGER), name")))
        return sqlError(q.lastError(), QStringLiteral("buildings"));
    QList<core::Building> list;
    while (q.next())
        list << core::Building{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt()};
    return list;
}

Result<QList<core::Unit>> ResidentRepository::units(qint64 buildingId)
{
    auto q = prepare(m_db, QStringLiteral("SELECT u.id, u.building_id, u.label, u.floor, b.name FROM units u"
                                          " JOIN buildings b ON b.id = u.building_id WHERE u.building_id = ?"
                                          " ORDER BY u.floor, u.label"));
    if (!q)
        return q.error();
    q->addBindValue(buildingId);
    if (auto s = exec(*q); !s)
        return s.error();
    QList<core::Unit> list;
    while (q->next())
        list << core::Unit{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                           q->value(3).toInt(), q->value(4).toString()};
    return list;
}

Result<core::Unit> ResidentRepository::unit(qint64 unitId)
{
    auto q = prepare(m_db, QStringLiteral("SELECT u.id, u.building_id, u.label, u.floor, b.name FROM units u"
                                          " JOIN buildings b ON b.id = u.building_id WHERE u.id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(unitId);
    if (auto s = exec(*q); !s)
        return s.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound,
                           QCoreApplication::translate("cg::storage::ResidentRepository", "Unit %1 does not exist.")
                               .arg(unitId));
    return core::Unit{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toInt(),
                      q->value(4).toString()};
}

Result<qint64> ResidentRepository::findOrInsert(const QString& select, const QVariantList& keys, const QString& insert,
                                                const QVariantList& values, bool* created)
{
    auto q = cached(select);
    if (!q)
        return q.error();
    for (const QVariant& v : keys)
        (*q)->addBindValue(v);
    if (auto s = exec(**q); !s)
        return s.error();
    if ((*q)->next()) {
        const qint64 id = (*q)->value(0).toLongLong();
        (*q)->finish();
        if (created)
            *created = false;
        return id;
    }
    (*q)->finish();
    auto ins = cached(insert);
    if (!ins)
        return ins.error();
    for (const QVariant& v : values)
        (*ins)->addBindValue(v);
    if (auto s = exec(**ins); !s)
        return s.error();
    if (created)
        *created = true;
    return (*ins)->lastInsertId().toLongLong();
}

Result<qint64> ResidentRepository::findOrCreateCompound(const QString& name, bool* created)
{
    return findOrInsert(QStringLiteral("SELECT id FROM compounds WHERE name = ?"), {name},
                        QStringLiteral("INSERT INTO compounds (name) VALUES (?)"), {name}, created);
}

Result<qint64> ResidentRepository::findOrCreateBuilding(qint64 compoundId, const QString& name, bool* created)
{
    return findOrInsert(QStringLiteral("SELECT id FROM buildings WHERE compound_id = ? AND name = ?"),
                        {compoundId, name}, QStringLiteral("INSERT INTO buildings (compound_id, name) VALUES (?, ?)"),
                        {compoundId, name}, created);
}

Result<qint64> ResidentRepository::findOrCreateUnit(qint64 buildingId, const QString& label, bool* created)
{
    // The floor follows from labels such as "3-1201" (floor 12) or "1201".
    QString digits = label.mid(label.lastIndexOf(QLatin1Char('-')) + 1);
    const int number = digits.toInt();
    const int floor = number >= 100 ? number / 100 : 0;
    return findOrInsert(QStringLiteral("SELECT id FROM units WHERE building_id = ? AND label = ?"),
                        {buildingId, label}, QStringLiteral("INSERT INTO units (building_id, label, floor) VALUES (?, ?, ?)"),
                        {buildingId, label, floor}, created);
}

} // namespace cg::storage
