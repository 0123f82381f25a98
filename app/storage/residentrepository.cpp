#include "storage/residentrepository.h"

#include "core/pinyin.h"
#include "core/searchgrams.h"
#include "storage/database.h"
#include "storage/residentgrams.h"
#include "storage/sqlerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>

namespace cg::storage {

using core::Error;
using core::Result;
using core::Status;

namespace {

QVariant text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant date(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant optionalId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QDate toDate(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

// The unit's display text and natural sort key, computed in SQL from the unit
// id so every writer (service, import, demo seeder, migration) agrees.
const QString kUnitKeySql = QStringLiteral(
    "(SELECT b.name || ' ' || u.label FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ?)");
const QString kUnitSortSql = QStringLiteral(
    "(SELECT printf('%08d|%s|%06d|%08d|%s', CAST(b.name AS INTEGER), b.name, u.floor,"
    " CAST(substr(u.label, instr(u.label, '-') + 1) AS INTEGER), u.label)"
    " FROM units u JOIN buildings b ON b.id = u.building_id WHERE u.id = ?)");

const QString kResidentColumns = QStringLiteral(
    "r.id, r.unit_id, r.name, r.role, r.phone, r.id_kind, r.id_masked, r.birth_date, r.guardian_id, r.language,"
    " r.accessibility, r.move_in, r.move_out, r.lease_end, r.notes, r.anonymised_at, r.version, r.unit_key,"
    " (SELECT building_id FROM units WHERE id = r.unit_id)");

core::Resident residentFrom(const QSqlQuery& q)
{
    core::Resident r;
    r.id = q.value(0).toLongLong();
    r.unitId = q.value(1).toLongLong();
    r.name = q.value(2).toString();
    r.role = core::residentRoleFromKey(q.value(3).toString()).value_or(core::ResidentRole::Occupant);
    r.phone = q.value(4).toString();
    r.idKind = core::idKindFromKey(q.value(5).toString());
    r.idMasked = q.value(6).toString();
    r.birthDate = toDate(q.value(7));
    r.guardianId = q.value(8).toLongLong();
    r.language = q.value(9).toString();
    r.accessibility = core::accessibilityFromKeys(q.value(10).toString());
    r.moveIn = toDate(q.value(11));
    r.moveOut = toDate(q.value(12));
    r.leaseEnd = toDate(q.value(13));
    r.notes = q.value(14).toString();
    r.anonymisedAt = q.value(15).isNull() ? QDateTime() : QDateTime::fromString(q.value(15).toString(), Qt::ISODate);
    r.version = q.value(16).toInt();
    r.unitDisplay = q.value(17).toString();
    r.buildingId = q.value(18).toLongLong();
    return r;
}

// lupdate files Tr::tr() strings under this context, the one used at run time
// (a free Tr::tr() helper gets a context guessed from the caller and is never translated).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::storage::ResidentRepository)
};

} // namespace

ResidentRepository::ResidentRepository(std::shared_ptr<Database> database)
    : m_database(std::move(database)), m_db(m_database->connection())
{
}

ResidentRepository::~ResidentRepository()
{
    qDeleteAll(m_queries);
}

Result<QSqlQuery*> ResidentRepository::cached(const QString& sql)
{
    auto it = m_queries.constFind(sql);
    if (it != m_queries.constEnd())
        return *it;
    auto* q = new QSqlQuery(m_db);
    if (!q->prepare(sql)) {
        Error e = sqlError(q->lastError(), sql.left(60));
        delete q;
        return e;
    }
    m_queries.insert(sql, q);
    return q;
}

Result<core::Resident> ResidentRepository::get(qint64 id)
{
    auto q = cached(QStringLiteral("SELECT ") + kResidentColumns + QStringLiteral(" FROM residents r WHERE r.id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(id);
    if (auto s = exec(**q); !s)
        return s.error();
    if (!(*q)->next()) {
        (*q)->finish();
        return Error::make(Error::Kind::NotFound, Tr::tr("Resident %1 does not exist.").arg(id));
    }
    core::Resident r = residentFrom(**q);
    (*q)->finish();
    return r;
}

Result<qint64> ResidentRepository::nextId()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM residents")) || !q.next())
        return sqlError(q.lastError(), QStringLiteral("next resident id"));
    return q.value(0).toLongLong();
}

Status ResidentRepository::insert(const core::Resident& r, const SealedIdNumber& id, const QDateTime& now, bool indexNow)
{
    auto q = cached(QStringLiteral(
        "INSERT INTO residents (id, unit_id, name, name_initials, role, phone, id_kind, id_sealed, id_masked, id_lookup,"
        " birth_date, guardian_id, language, accessibility, move_in, move_out, lease_end, notes, created_at,"
        " updated_at, version, unit_key, unit_sort) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ")
        + kUnitKeySql + QStringLiteral(", ") + kUnitSortSql + QStringLiteral(")"));
    if (!q)
        return q.error();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    const bool hasId = id.kind != core::IdKind::None;
    for (const QVariant& v :
         {QVariant(r.id), QVariant(r.unitId), text(r.name), text(core::pinyinInitials(r.name)),
          QVariant(core::residentRoleKey(r.role)), text(r.phone),
          hasId ? QVariant(core::idKindKey(id.kind)) : QVariant(), hasId ? QVariant(id.sealed) : QVariant(),
          text(hasId ? id.masked : QString()), hasId ? QVariant(id.lookup) : QVariant(), date(r.birthDate),
          optionalId(r.guardianId), text(r.language), text(core::accessibilityToKeys(r.accessibility)), date(r.moveIn),
          date(r.moveOut), date(r.leaseEnd), text(r.notes), QVariant(at), QVariant(at), QVariant(r.unitId),
          QVariant(r.unitId)})
        (*q)->addBindValue(v);
    if (auto s = exec(**q); !s)
        return s;
    return indexNow ? writeSearchIndex(r.id) : Status();
}

Status ResidentRepository::indexForSearch(qint64 firstId, qint64 lastId)
{
    auto q = cached(QStringLiteral("INSERT INTO residents_fts (rowid, name, unit_key, phone)"
                                   " SELECT id, name, unit_key, phone FROM residents WHERE id BETWEEN ? AND ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(firstId);
    (*q)->addBindValue(lastId);
    if (auto s = exec(**q); !s)
        return s;
    return addResidentGrams(m_db, firstId, lastId);
}

Status ResidentRepository::update(const core::Resident& r, const std::optional<SealedIdNumber>& id, const QDateTime& now)
{
    QString sql = QStringLiteral(
        "UPDATE residents SET unit_id = ?, name = ?, name_initials = ?, role = ?, phone = ?, birth_date = ?,"
        " guardian_id = ?, language = ?, accessibility = ?, move_in = ?, move_out = ?, lease_end = ?, notes = ?,"
        " updated_at = ?, version = version + 1, unit_key = ")
        + kUnitKeySql + QStringLiteral(", unit_sort = ") + kUnitSortSql;
    if (id)
        sql += QStringLiteral(", id_kind = ?, id_sealed = ?, id_masked = ?, id_lookup = ?");
    sql += QStringLiteral(" WHERE id = ? AND version = ?");
    auto q = cached(sql);
    if (!q)
        return q.error();
    for (const QVariant& v :
         {QVariant(r.unitId), text(r.name), text(core::pinyinInitials(r.name)), QVariant(core::residentRoleKey(r.role)),
          text(r.phone), date(r.birthDate), optionalId(r.guardianId), text(r.language),
          text(core::accessibilityToKeys(r.accessibility)), date(r.moveIn), date(r.moveOut), date(r.leaseEnd),
          text(r.notes), QVariant(now.toUTC().toString(Qt::ISODateWithMs)), QVariant(r.unitId), QVariant(r.unitId)})
        (*q)->addBindValue(v);
    if (id) {
        const bool hasId = id->kind != core::IdKind::None;
        (*q)->addBindValue(hasId ? QVariant(core::idKindKey(id->kind)) : QVariant());
        (*q)->addBindValue(hasId ? QVariant(id->sealed) : QVariant());
        (*q)->addBindValue(text(hasId ? id->masked : QString()));
        (*q)->addBindValue(hasId ? QVariant(id->lookup) : QVariant());
    }
    (*q)->addBindValue(r.id);
    (*q)->addBindValue(r.version);
    if (auto s = exec(**q); !s)
        return s;
    if ((*q)->numRowsAffected() != 1)
        return Error::make(Error::Kind::Conflict,
                           Tr::tr("Someone else changed or removed this resident since you opened it. Close the editor, "
                              "open the resident again and repeat your change."),
                           QStringLiteral("resident.stale"));
    return writeSearchIndex(r.id);
}

Status ResidentRepository::writeSearchIndex(qint64 id)
{
    // What the indexes hold now (the FTS row keeps the previous name, unit
    // and phone) and what they must hold: the grams of the previous text
    // that the new text lacks are removed — after anonymisation nothing of
    // the former name remains searchable.
    auto texts = [this](const QString& sql, qint64 rowId) -> Result<QStringList> {
        auto q = cached(sql);
        if (!q)
            return q.error();
        (*q)->addBindValue(rowId);
        if (auto s = exec(**q); !s)
            return s.error();
        QStringList list;
        if ((*q)->next())
            list = {(*q)->value(0).toString(), (*q)->value(1).toString(), (*q)->value(2).toString()};
        (*q)->finish();
        return list;
    };
    auto previous = texts(QStringLiteral("SELECT name, unit_key, phone FROM residents_fts WHERE rowid = ?"), id);
    if (!previous)
        return previous.error();
    auto current = texts(QStringLiteral("SELECT name, unit_key, phone FROM residents WHERE id = ?"), id);
    if (!current)
        return current.error();
    const QStringList before = core::searchGrams(previous.value());
    const QStringList after = core::searchGrams(current.value());
    QStringList removed, added;
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(removed));
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
    for (const auto& [sql, grams] :
         {std::pair{QStringLiteral("DELETE FROM resident_grams WHERE resident_id = ? AND gram IN"
                                   " (SELECT value FROM json_each(?))"),
                    removed},
          std::pair{QStringLiteral("INSERT OR IGNORE INTO resident_grams (resident_id, gram)"
                                   " SELECT ?, value FROM json_each(?)"),
                    added}}) {
        if (grams.isEmpty())
            continue;
        auto q = cached(sql);
        if (!q)
            return q.error();
        (*q)->addBindValue(id);
        (*q)->addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(grams)).toJson(QJsonDocument::Compact)));
        if (auto s = exec(**q); !s)
            return s;
    }

    auto del = cached(QStringLiteral("DELETE FROM residents_fts WHERE rowid = ?"));
    if (!del)
        return del.error();
    (*del)->addBindValue(id);
    if (auto s = exec(**del); !s)
        return s;
    auto ins = cached(QStringLiteral("INSERT INTO residents_fts (rowid, name, unit_key, phone)"
                                     " SELECT id, name, unit_key, phone FROM residents WHERE id = ?"));
    if (!ins)
        return ins.error();
    (*ins)->addBindValue(id);
    return exec(**ins);
}

Result<QByteArray> ResidentRepository::sealedIdNumber(qint64 id)
{
    auto q = cached(QStringLiteral("SELECT id_sealed FROM residents WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(id);
    if (auto s = exec(**q); !s)
        return s.error();
    const QByteArray sealed = (*q)->next() ? (*q)->value(0).toByteArray() : QByteArray();
    (*q)->finish();
    return sealed;
}

Result<QList<ResidentExportRow>> ResidentRepository::exportPage(qint64 afterId, int limit)
{
    auto q = cached(QStringLiteral("SELECT ") + kResidentColumns
                    + QStringLiteral(", c.name, b.name, u.label, g.name, r.id_sealed FROM residents r"
                                     " JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
                                     " JOIN compounds c ON c.id = b.compound_id"
                                     " LEFT JOIN residents g ON g.id = r.guardian_id"
                                     " WHERE r.id > ? AND r.anonymised_at IS NULL ORDER BY r.id LIMIT ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(afterId);
    (*q)->addBindValue(limit);
    if (auto s = exec(**q); !s)
        return s.error();
    QList<ResidentExportRow> rows;
    while ((*q)->next()) {
        ResidentExportRow row;
        row.resident = residentFrom(**q);
        row.compound = (*q)->value(19).toString();
        row.building = (*q)->value(20).toString();
        row.unitLabel = (*q)->value(21).toString();
        row.guardianName = (*q)->value(22).toString();
        row.idSealed = (*q)->value(23).toByteArray();
        rows.append(std::move(row));
    }
    (*q)->finish();
    return rows;
}

Result<qint64> ResidentRepository::findByIdLookup(const QByteArray& lookup, qint64 exceptId)
{
    auto q = cached(QStringLiteral("SELECT id FROM residents WHERE id_lookup = ? AND id <> ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(lookup);
    (*q)->addBindValue(exceptId);
    if (auto s = exec(**q); !s)
        return s.error();
    const qint64 found = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return found;
}

Result<QList<core::Resident>> ResidentRepository::residentsOfUnit(qint64 unitId, bool currentOnly)
{
    QString sql = QStringLiteral("SELECT ") + kResidentColumns + QStringLiteral(" FROM residents r WHERE r.unit_id = ?");
    if (currentOnly)
        sql += QStringLiteral(" AND r.move_out IS NULL");
    auto q = cached(sql + QStringLiteral(" ORDER BY r.id"));
    if (!q)
        return q.error();
    (*q)->addBindValue(unitId);
    if (auto s = exec(**q); !s)
        return s.error();
    QList<core::Resident> list;
    while ((*q)->next())
        list << residentFrom(**q);
    (*q)->finish();
    return list;
}

Status ResidentRepository::setMoveOut(qint64 id, const QDate& moveOut, const QDateTime& now)
{
    auto q = cached(QStringLiteral("UPDATE residents SET move_out = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(date(moveOut));
    (*q)->addBindValue(now.toUTC().toString(Qt::ISODateWithMs));
    (*q)->addBindValue(id);
    return exec(**q);
}

Result<QList<qint64>> ResidentRepository::dueForAnonymisation(const QDate& cutoff, int limit)
{
    auto q = cached(QStringLiteral("SELECT id FROM residents WHERE move_out IS NOT NULL AND move_out <= ?"
                                   " AND anonymised_at IS NULL ORDER BY move_out, id LIMIT ?"));
    if (!q)
        return q.error();
    (*q)->addBindValue(date(cutoff));
    (*q)->addBindValue(limit);
    if (auto s = exec(**q); !s)
        return s.error();
    QList<qint64> ids;
    while ((*q)->next())
        ids << (*q)->value(0).toLongLong();
    (*q)->finish();
    return ids;
}

Status ResidentRepository::anonymise(qint64 id, const QString& placeholderName, const QDateTime& now)
{
    // Guardian links from other residents to this one are kept as numbers
    // only; nothing personal remains on this row.
    auto q = cached(QStringLiteral(
        "UPDATE residents SET name = ?, name_initials = '', phone = '', id_kind = NULL, id_sealed = NULL,"
        " id_masked = '', id_lookup = NULL, birth_date = NULL, guardian_id = NULL, notes = '', accessibility = '',"
        " anonymised_at = ?, updated_at = ?, version = version + 1 WHERE id = ?"));
    if (!q)
        return q.error();
    const QString at = now.toUTC().toString(Qt::ISODateWithMs);
    (*q)->addBindValue(placeholderName);
    (*q)->addBindValue(at);
    (*q)->addBindValue(at);
    (*q)->addBindValue(id);
    if (auto s = exec(**q); !s)
        return s;
    return writeSearchIndex(id);
}

Status ResidentRepository::setCacheSizeKiB(int kib)
{
    return execSql(m_db, QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
}

Result<int> ResidentRepository::backfillInitials()
{
    QSqlQuery select(m_db);
    if (!select.exec(QStringLiteral("SELECT id, name FROM residents WHERE name_initials IS NULL")))
        return sqlError(select.lastError(), QStringLiteral("initials"));
    QList<QPair<qint64, QString>> rows;
    while (select.next())
        rows.append({select.value(0).toLongLong(), core::pinyinInitials(select.value(1).toString())});
    select.finish();
    if (rows.isEmpty())
        return 0;
    auto q = prepare(m_db, QStringLiteral("UPDATE residents SET name_initials = ? WHERE id = ?"));
    if (!q)
        return q.error();
    for (const auto& [id, initials] : rows) {
        q->addBindValue(initials);
        q->addBindValue(id);
        if (auto s = exec(*q); !s)
            return s.error();
    }
    return int(rows.size());
}

} // namespace cg::storage
