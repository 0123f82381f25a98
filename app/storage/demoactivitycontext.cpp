#include "storage/demoactivitycontext.h"

#include "storage/sqlerror.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>

namespace cg::storage::demo {

namespace {
const QStringList kClerks = {QStringLiteral("李娟"), QStringLiteral("陈晓燕"), QStringLiteral("王磊"), QStringLiteral("张敏")};
} // namespace

QString stamp(qint64 secs)
{
    const qint64 days = secs >= 0 ? secs / kDay : (secs - kDay + 1) / kDay;
    const int rem = int(secs - days * kDay);
    const QDate d = QDate::fromJulianDay(2440588 + days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", d.year(), d.month(), d.day(), rem / 3600,
                  rem / 60 % 60, rem % 60);
    return QString::fromLatin1(buf);
}

QString dayOf(qint64 secs)
{
    return stamp(secs).left(10);
}

const char* kindKey(Kind k)
{
    switch (k) {
    case Kind::Granted: return "granted";
    case Kind::Refused: return "refused";
    case Kind::Withdrawn: return "withdrawn";
    case Kind::Expired: return "expired";
    }
    return "";
}

const char* methodKey(Method m)
{
    switch (m) {
    case Method::Desk: return "desk_signature";
    case Method::Scan: return "paper_scan";
    case Method::Phone: return "phone";
    case Method::Letter: return "letter";
    case Method::System: return "system";
    }
    return "";
}

Context::Context(QSqlDatabase database, const DemoActivitySeeder::Options& o, DemoActivitySeeder::Summary& s)
    : db(std::move(database))
    , options(o)
    , summary(s)
    , rng(o.seed ^ 0x5eed)
    , now(o.nowUtc.toSecsSinceEpoch())
    , start(now - qint64(o.days) * kDay)
    , noticeChanged(o.currentNotice.hash != o.firstNotice.hash && o.currentNotice.publishedAt.isValid())
    , noticeAt(noticeChanged ? o.currentNotice.publishedAt.toSecsSinceEpoch() : now + 1)
{
}

QString Context::clerkFor(qint64 residentId) const
{
    return kClerks.at(int(residentId % kClerks.size()));
}

qint64 Context::nextId(const QString& table) const
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM %1").arg(table)) && q.next())
        return q.value(0).toLongLong();
    return 1;
}

core::Status Context::loadResidents()
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT r.id, u.building_id, b.compound_id, u.label, r.guardian_id, r.birth_date, r.move_in, r.language"
            " FROM residents r JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id"
            " WHERE r.anonymised_at IS NULL AND r.move_out IS NULL"
            " AND NOT EXISTS (SELECT 1 FROM consent_events e WHERE e.resident_id = r.id)"
            " AND NOT EXISTS (SELECT 1 FROM credentials c WHERE c.resident_id = r.id) ORDER BY r.id")))
        return sqlError(q.lastError(), QStringLiteral("demo residents"));
    const QDate today = options.nowUtc.date();
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.building = q.value(1).toLongLong();
        p.compound = q.value(2).toLongLong();
        p.unit = q.value(3).toString();
        p.guardian = q.value(4).toLongLong();
        const QDate birth = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        const bool under14 = birth.isValid() && birth.addYears(14) > today;
        if (under14 && p.guardian == 0)
            p.guardian = -1;   // cannot be asked without a guardian
        const QDate moveIn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        p.from = std::max(start, moveIn.isValid() ? moveIn.startOfDay(Qt::UTC).toSecsSinceEpoch() + 9 * 3600 : start);
        p.english = q.value(7).toString() == QLatin1String("en");
        if (!under14)
            p.guardian = 0;
        compounds.insert(p.compound);
        people.push_back(p);
    }
    return {};
}

core::Status Context::loadDoors()
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, compound_id, COALESCE(building_id, 0), kind FROM doors ORDER BY id")))
        return sqlError(q.lastError(), QStringLiteral("demo doors"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 compound = q.value(1).toLongLong();
        if (q.value(3).toString() == QLatin1String("gate")) {
            gates[compound].append(id);
            terminals[compound].append(QStringLiteral("gate-terminal-%1-%2").arg(compound).arg(gates[compound].size()));
        } else {
            buildingDoors[q.value(2).toLongLong()].append(id);
        }
    }
    return {};
}

} // namespace cg::storage::demo
