#include "storage/demoactivityseeder.h"

#include "storage/database.h"
#include "storage/sqlerror.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <vector>

namespace cg::storage {

using core::Error;
using core::Result;

namespace {

constexpr qint64 kDay = 86400;

// "2026-10-10T10:00:00.000Z" (the stored form) without a QDateTime per row:
// a million rows are formatted here.
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

enum class Kind : quint8 { Granted, Refused, Withdrawn, Expired };
enum class Method : quint8 { Desk, Scan, Phone, Letter, System };

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

struct Person
{
    qint64 id = 0;
    qint64 building = 0;
    qint64 compound = 0;
    QString unit;
    qint64 guardian = 0;
    bool english = false;
    qint64 from = 0;          // first moment the desk could ask (move-in or window start)
    // Filled while the sorted ledger is written:
    qint64 lastEventId = 0;
    Kind last = Kind::Refused;
    bool asked = false;
    qint64 lastGrantId = 0;
    qint64 lastGrantAt = 0;
    qint64 lastBeforeNoticeId = 0;
    bool grantedAtNotice = false;
};

struct ConsentRow
{
    qint64 at = 0;
    qint64 requested = 0;     // when the resident asked (phone call, letter received)
    int person = 0;
    Kind kind = Kind::Granted;
    Method method = Method::Desk;
};

struct Cred
{
    qint64 issued = 0;
    qint64 changed = 0;       // lost / expired at
    int person = 0;
    char type = 'c';          // c card, p pin, q qr, v visitor
    char status = 'a';        // a active, l lost, e expired
    int replacedBy = -1;      // index into the credential list
    qint64 id = 0;
};

struct DoorEventRow
{
    qint64 at = 0;
    int cred = -1;            // -1: an unknown card
    qint64 door = 0;
    quint8 outcome = 0;       // 0 allowed, 1 wrong PIN, 2 wrong door, 3 unknown
};

const QStringList kClerks = {QStringLiteral("李娟"), QStringLiteral("陈晓燕"), QStringLiteral("王磊"), QStringLiteral("张敏")};
const QStringList kVisitors = {QStringLiteral("快递 刘师傅"), QStringLiteral("保洁 周阿姨"), QStringLiteral("访客 孙先生"),
                               QStringLiteral("家政 吴女士"), QStringLiteral("维修 郑师傅"), QStringLiteral("Guest Tom Baker")};

// Face readers with signage at every gate and a detection-only camera at
// the first gate of each compound; in the first compound a lift face reader
// whose sign has not been recorded yet, so the compliance lint has something
// to report (as it would in a real compound after an installer's visit).
Result<int> seedDevices(const QSqlDatabase& db, const QSet<qint64>& compounds, const QDate& signed_, const QString& now)
{
    QList<qint64> ids(compounds.begin(), compounds.end());
    std::sort(ids.begin(), ids.end());
    auto gates = prepare(db, QStringLiteral("UPDATE doors SET face_reader = 1, signage_text = ?, signage_date = ?,"
                                            " version = version + 1 WHERE compound_id = ? AND kind = 'gate'"
                                            " AND face_reader = 0 AND signage_text = ''"));
    auto camera = prepare(db, QStringLiteral("INSERT INTO cameras (name, kind, location, recording, face_recognition,"
                                             " created_at, updated_at) SELECT name || ' 南门摄像头', 'file', ?, 0, 0, ?, ?"
                                             " FROM compounds WHERE id = ?"));
    auto link = prepare(db, QStringLiteral("UPDATE doors SET camera_id = ? WHERE id = (SELECT min(id) FROM doors"
                                           " WHERE compound_id = ? AND kind = 'gate') AND camera_id IS NULL"));
    auto lift = prepare(db, QStringLiteral("UPDATE doors SET face_reader = 1, version = version + 1 WHERE id ="
                                           " (SELECT min(id) FROM doors WHERE compound_id = ? AND kind = 'lift' AND face_reader = 0)"));
    for (auto* q : {&gates, &camera, &link, &lift})
        if (!*q)
            return q->error();
    const QString sign = QStringLiteral("本出入口设有人脸识别门禁，仅识别已单独书面同意的住户；不同意者凭门禁卡、密码或二维码通行，"
                                        "权益不受影响。人脸信息仅存于本小区，撤回同意后立即删除。咨询：物业服务中心。");
    int cameras = 0;
    for (qint64 compound : ids) {
        gates->addBindValue(sign);
        gates->addBindValue(signed_.toString(Qt::ISODate));
        gates->addBindValue(compound);
        if (auto s = exec(*gates); !s)
            return s.error();
        camera->addBindValue(QStringLiteral("/usr/share/doc/opencv-doc/examples/data/vtest.avi"));
        camera->addBindValue(now);
        camera->addBindValue(now);
        camera->addBindValue(compound);
        if (auto s = exec(*camera); !s)
            return s.error();
        if (camera->numRowsAffected() > 0) {
            ++cameras;
            link->addBindValue(camera->lastInsertId());
            link->addBindValue(compound);
            if (auto s = exec(*link); !s)
                return s.error();
        }
    }
    if (!ids.isEmpty()) {
        lift->addBindValue(ids.first());
        if (auto s = exec(*lift); !s)
            return s.error();
    }
    return cameras;
}

} // namespace

DemoActivitySeeder::DemoActivitySeeder(std::shared_ptr<Database> database) : m_database(std::move(database)) {}

Result<DemoActivitySeeder::Summary> DemoActivitySeeder::seed(const Options& o)
{
    if (!o.sealCrop || o.pinHash.isEmpty() || o.firstNotice.hash.isEmpty() || !o.nowUtc.isValid())
        return Error::make(Error::Kind::Internal, QStringLiteral("DemoActivitySeeder: incomplete options"));
    QSqlDatabase db = m_database->connection();
    // Index pages of a million-row table stay in memory while seeding.
    (void)execSql(db, QStringLiteral("PRAGMA cache_size = -262144"));
    struct RestoreCache
    {
        QSqlDatabase db;
        ~RestoreCache() { (void)execSql(db, QStringLiteral("PRAGMA cache_size = -2000")); }
    } restore{db};
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();

    QRandomGenerator rng(o.seed ^ 0x5eed);
    auto chance = [&rng](double p) { return rng.generateDouble() < p; };
    auto between = [&rng](qint64 a, qint64 b) { return b <= a ? a : a + qint64(rng.generateDouble() * double(b - a)); };
    const qint64 now = o.nowUtc.toSecsSinceEpoch();
    const qint64 start = now - qint64(o.days) * kDay;
    const bool noticeChanged = o.currentNotice.hash != o.firstNotice.hash && o.currentNotice.publishedAt.isValid();
    const qint64 noticeAt = noticeChanged ? o.currentNotice.publishedAt.toSecsSinceEpoch() : now + 1;
    Summary summary;

    // ----- who: residents with no consent event and no credential yet
    std::vector<Person> people;
    QSet<qint64> compounds;
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
        const QDate today = o.nowUtc.date();
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
    }
    if (people.empty())
        return summary;

    // ----- doors
    QHash<qint64, QList<qint64>> buildingDoors;   // entrance first, then lifts
    QHash<qint64, QList<qint64>> gates;           // by compound
    QHash<qint64, QStringList> terminals;         // face terminals at the gates, by compound
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
    }

    // ----- consent decisions, per resident in time order
    std::vector<ConsentRow> ledger;
    ledger.reserve(people.size() * 13 / 10);
    for (int i = 0; i < int(people.size()); ++i) {
        const Person& p = people[i];
        if (p.guardian < 0 || p.from >= now - 3600 || !chance(0.88))
            continue;
        const qint64 span = now - p.from;
        // Most are asked soon after moving in or when the desk opened.
        const double u = rng.generateDouble();
        qint64 t = p.from + qint64(u * u * double(span) * 0.9);
        Kind state = chance(0.52) ? Kind::Granted : Kind::Refused;
        ledger.push_back({t, t, i, state, chance(0.85) ? Method::Desk : Method::Scan});
        for (int step = 0; step < 3; ++step) {
            t += between(20 * kDay, 420 * kDay);
            if (t >= now - 600)
                break;
            ConsentRow row{t, t, i, Kind::Granted, chance(0.85) ? Method::Desk : Method::Scan};
            if (state == Kind::Granted) {
                const double r = rng.generateDouble();
                if (r < 0.12) {
                    row.kind = Kind::Withdrawn;
                    const double m = rng.generateDouble();
                    row.method = m < 0.6 ? Method::Desk : (m < 0.85 ? Method::Phone : Method::Letter);
                    if (row.method == Method::Phone)
                        row.requested = t - between(600, 6 * 3600);
                    else if (row.method == Method::Letter)
                        row.requested = t - between(kDay, 3 * kDay);
                } else if (r < 0.14) {
                    row.kind = Kind::Expired;
                    row.method = Method::System;
                } else {
                    break;
                }
            } else if (!chance(state == Kind::Refused ? 0.06 : (state == Kind::Withdrawn ? 0.15 : 0.5))) {
                break;
            }
            state = row.kind;
            ledger.push_back(row);
        }
        // A notice change near the end: most residents who had agreed confirm again.
        if (state == Kind::Granted && noticeChanged && t < noticeAt && chance(0.85)) {
            // Most come in within the first two weeks (letters, notices in the lifts).
            const double q = rng.generateDouble();
            const qint64 again = noticeAt + 3600 + qint64(q * q * double(14 * kDay));
            if (again < now - 600)
                ledger.push_back({again, again, i, Kind::Granted, Method::Desk});
        }
    }
    std::stable_sort(ledger.begin(), ledger.end(), [](const ConsentRow& a, const ConsentRow& b) { return a.at < b.at; });

    qint64 eventId = 1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM consent_events")) && q.next())
            eventId = q.value(0).toLongLong();
    }
    qint64 deletionId = 1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM deletion_records")) && q.next())
            deletionId = q.value(0).toLongLong();
    }
    auto insertEvent = prepare(db, QStringLiteral("INSERT INTO consent_events (id, resident_id, kind, notice_hash, guardian_id,"
                                                  " clerk_name, at, method, received_on, language, note)"
                                                  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"));
    auto insertDeletion = prepare(db, QStringLiteral("INSERT INTO deletion_records (id, resident_id, reason, consent_event_id, at,"
                                                     " actor, images_deleted, templates_deleted, devices_queued, requested_at,"
                                                     " details) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)"));
    auto insertQueue = prepare(db, QStringLiteral("INSERT INTO device_deletion_queue (deletion_id, resident_id, device, queued_at,"
                                                  " confirmed_at, confirmed_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto* q : {&insertEvent, &insertDeletion, &insertQueue})
        if (!*q)
            return q->error();
    for (const ConsentRow& row : ledger) {
        Person& p = people[row.person];
        const QString clerk = row.method == Method::System ? QStringLiteral("system") : kClerks.at(int(p.id % kClerks.size()));
        const QString at = stamp(row.at);
        for (const QVariant& v :
             {QVariant(eventId), QVariant(p.id), QVariant(QString::fromLatin1(kindKey(row.kind))),
              QVariant(row.at >= noticeAt ? o.currentNotice.hash : o.firstNotice.hash),
              p.guardian > 0 ? QVariant(p.guardian) : QVariant(QMetaType(QMetaType::LongLong)), QVariant(clerk),
              QVariant(at), QVariant(QString::fromLatin1(methodKey(row.method))),
              row.method == Method::Phone || row.method == Method::Letter ? QVariant(dayOf(row.requested))
                                                                          : QVariant(QMetaType(QMetaType::QString)),
              QVariant(p.english ? QStringLiteral("en") : QStringLiteral("zh_CN"))})
            insertEvent->addBindValue(v);
        if (auto s = exec(*insertEvent); !s)
            return s.error();
        ++summary.consentEvents;
        const bool hadFace = p.asked && p.last == Kind::Granted;
        if (row.at < noticeAt) {
            p.lastBeforeNoticeId = eventId;
            p.grantedAtNotice = row.kind == Kind::Granted;
        }
        if ((row.kind == Kind::Withdrawn || row.kind == Kind::Expired) && hadFace) {
            // Withdrawal deletes at once (DOMAIN rule 4); the gate terminals'
            // copies are queued and confirmed by the devices later.
            const qint64 deletedAt = row.at + between(1, 4);
            const QStringList devices = terminals.value(p.compound);
            for (const QVariant& v :
                 {QVariant(deletionId), QVariant(p.id), QVariant(QString::fromLatin1(kindKey(row.kind))), QVariant(eventId),
                  QVariant(stamp(deletedAt)), QVariant(clerk), QVariant(int(devices.size())),
                  QVariant(stamp(std::min(row.requested, row.at))),
                  QVariant(QStringLiteral("{\"devices\":[\"%1\"]}").arg(devices.join(QStringLiteral("\",\""))))})
                insertDeletion->addBindValue(v);
            if (auto s = exec(*insertDeletion); !s)
                return s.error();
            ++summary.deletions;
            for (const QString& device : devices) {
                const qint64 confirmed = deletedAt + between(300, 20 * 3600);
                const bool pending = confirmed > now - 3600 * 6;
                for (const QVariant& v : {QVariant(deletionId), QVariant(p.id), QVariant(device), QVariant(stamp(deletedAt)),
                                          pending ? QVariant(QMetaType(QMetaType::QString)) : QVariant(stamp(confirmed)),
                                          pending ? QVariant(QMetaType(QMetaType::QString)) : QVariant(device)})
                    insertQueue->addBindValue(v);
                if (auto s = exec(*insertQueue); !s)
                    return s.error();
                summary.deviceCopiesPending += pending ? 1 : 0;
            }
            ++deletionId;
        }
        p.asked = true;
        p.last = row.kind;
        p.lastEventId = eventId;
        if (row.kind == Kind::Granted && !(hadFace && p.lastGrantId)) {
            p.lastGrantId = eventId;   // a re-confirmation keeps the enrolment of the first grant
            p.lastGrantAt = row.at;
        }
        ++eventId;
    }

    // ----- re-consent marks, enrolments and their copies on the gate terminals
    auto insertMark = prepare(db, QStringLiteral("INSERT INTO reconsent_marks (resident_id, notice_hash, marked_at, grace_until,"
                                                 " after_event_id) VALUES (?, ?, ?, ?, ?)"));
    auto insertEnrolment = prepare(db, QStringLiteral("INSERT INTO face_enrolments (id, resident_id, consent_event_id, crop_sealed,"
                                                      " width, height, quality, source, created_at, created_by)"
                                                      " VALUES (?, ?, ?, ?, 112, 112, '{\"demo\":true}', 'file', ?, ?)"));
    auto insertCopy = prepare(db, QStringLiteral("INSERT INTO face_copies (enrolment_id, resident_id, device, copied_at)"
                                                 " VALUES (?, ?, ?, ?)"));
    auto updateStatus = prepare(db, QStringLiteral("UPDATE residents SET consent_status = ? WHERE id = ?"));
    for (auto* q : {&insertMark, &insertEnrolment, &insertCopy, &updateStatus})
        if (!*q)
            return q->error();
    qint64 enrolmentId = 1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM face_enrolments")) && q.next())
            enrolmentId = q.value(0).toLongLong();
    }
    for (Person& p : people) {
        if (!p.asked)
            continue;
        if (noticeChanged && p.grantedAtNotice) {
            for (const QVariant& v : {QVariant(p.id), QVariant(o.currentNotice.hash), QVariant(stamp(noticeAt)),
                                      QVariant(stamp(noticeAt + qint64(o.graceDays) * kDay)), QVariant(p.lastBeforeNoticeId)})
                insertMark->addBindValue(v);
            if (auto s = exec(*insertMark); !s)
                return s.error();
            ++summary.reconsentMarks;
        }
        static const char* const kStatus[] = {"active", "refused", "withdrawn", "expired"};
        updateStatus->addBindValue(QString::fromLatin1(kStatus[int(p.last)]));
        updateStatus->addBindValue(p.id);
        if (auto s = exec(*updateStatus); !s)
            return s.error();
        if (p.last != Kind::Granted)
            continue;
        const qint64 created = p.lastGrantAt + between(60, 600);
        const QString clerk = kClerks.at(int(p.id % kClerks.size()));
        for (const QVariant& v : {QVariant(enrolmentId), QVariant(p.id), QVariant(p.lastGrantId),
                                  QVariant(o.sealCrop(enrolmentId, p.id)), QVariant(stamp(created)), QVariant(clerk)})
            insertEnrolment->addBindValue(v);
        if (auto s = exec(*insertEnrolment); !s)
            return s.error();
        ++summary.enrolments;
        for (const QString& device : terminals.value(p.compound)) {
            for (const QVariant& v : {QVariant(enrolmentId), QVariant(p.id), QVariant(device), QVariant(stamp(created + 300))})
                insertCopy->addBindValue(v);
            if (auto s = exec(*insertCopy); !s)
                return s.error();
        }
        ++enrolmentId;
    }

    // ----- credentials: refusing costs nothing, so each refusal or withdrawal
    // comes with a card, PIN or QR code; some who agree keep a card as well.
    std::vector<Cred> creds;
    creds.reserve(people.size() * 13 / 10);
    {
        // The first moment each resident was without face consent.
        std::vector<qint64> firstWithout(people.size(), 0);
        for (const ConsentRow& row : ledger)
            if (row.kind != Kind::Granted && firstWithout[row.person] == 0)
                firstWithout[row.person] = row.at;
        int optedOut = 0;
        for (int i = 0; i < int(people.size()); ++i) {
            const Person& p = people[i];
            qint64 issued = firstWithout[i];
            if (!p.asked)
                issued = p.from;
            else if (issued == 0 && chance(0.55))
                issued = p.lastGrantAt + between(0, 30 * kDay);
            if (issued == 0 || issued >= now)
                continue;
            const double r = rng.generateDouble();
            const char type = p.guardian > 0 ? (r < 0.55 ? 'q' : 'c') : (r < 0.8 ? 'c' : (r < 0.92 ? 'p' : 'q'));
            creds.push_back({issued, 0, i, type, 'a', -1, 0});
            const bool withoutFace = !p.asked || p.last != Kind::Granted;
            // A lost card is replaced the same week, except (rarely) when the
            // resident never came back: those are the coverage violations.
            if (type == 'c' && chance(0.05)) {
                const qint64 lost = between(issued + kDay, now - 3600);
                if (lost > issued) {
                    creds.back().status = 'l';
                    creds.back().changed = lost;
                    const bool forgotten = withoutFace && ++optedOut % 40 == 0;
                    if (!forgotten) {
                        creds.back().replacedBy = int(creds.size());
                        creds.push_back({std::min(lost + between(600, 3 * kDay), now - 600), 0, i, 'c', 'a', -1, 0});
                    }
                }
            }
        }
        // Visitor passes (QR, valid for a day), hosted by residents.
        const int visitors = int(people.size() / 6);
        for (int v = 0; v < visitors; ++v) {
            const int host = int(rng.bounded(quint32(people.size())));
            const qint64 issued = between(std::max(start, people[host].from), now - 600);
            const qint64 until = issued + between(2 * 3600, kDay);
            creds.push_back({issued, until, host, 'v', until <= now ? 'e' : 'a', -1, 0});
        }
    }
    // Ids in issue order; replacements point at the new card.
    std::vector<int> order(creds.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&creds](int a, int b) { return creds[a].issued < creds[b].issued; });
    qint64 credentialId = 1;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM credentials")) && q.next())
            credentialId = q.value(0).toLongLong();
    }
    for (int idx : order)
        creds[idx].id = credentialId++;
    auto insertCred = prepare(db, QStringLiteral("INSERT INTO credentials (id, resident_id, type, status, valid_from, valid_to,"
                                                 " card_lookup, card_last4, qr_lookup, pin_hash, visitor_name, replaced_by,"
                                                 " issued_at, issued_by, status_changed_at, status_reason)"
                                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insertCred)
        return insertCred.error();
    auto randomBytes = [&rng]() {
        QByteArray b(16, Qt::Uninitialized);
        for (int k = 0; k < 16; k += 4) {
            const quint32 x = rng.generate();
            std::memcpy(b.data() + k, &x, 4);
        }
        return b;
    };
    const QVariant nullText(QMetaType(QMetaType::QString));
    const QVariant nullBlob(QMetaType(QMetaType::QByteArray));
    QList<QString> last4(qsizetype(creds.size()));
    for (int idx : order) {
        const Cred& c = creds[idx];
        const Person& p = people[c.person];
        const QString type = c.type == 'c' ? QStringLiteral("card")
                             : c.type == 'p' ? QStringLiteral("pin")
                             : c.type == 'q' ? QStringLiteral("qr")
                                             : QStringLiteral("visitor");
        last4[idx] = c.type == 'c' ? QStringLiteral("%1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0')) : QString();
        const QString status = c.status == 'l' ? QStringLiteral("lost") : c.status == 'e' ? QStringLiteral("expired")
                                                                                       : QStringLiteral("active");
        for (const QVariant& v :
             {QVariant(c.id), QVariant(p.id), QVariant(type), QVariant(status), QVariant(stamp(c.issued)),
              c.type == 'v' ? QVariant(stamp(c.changed)) : nullText, c.type == 'c' ? QVariant(randomBytes()) : nullBlob,
              QVariant(last4[idx].isNull() ? QStringLiteral("") : last4[idx]),
              c.type == 'q' || c.type == 'v' ? QVariant(randomBytes()) : nullBlob,
              c.type == 'p' ? QVariant(o.pinHash) : nullText,
              QVariant(c.type == 'v' ? kVisitors.at(int(c.issued % kVisitors.size())) : QStringLiteral("")),
              QVariant(QMetaType(QMetaType::LongLong)),
              QVariant(stamp(c.issued)), QVariant(kClerks.at(int(p.id % kClerks.size()))),
              c.status == 'a' ? nullText : QVariant(stamp(c.changed)),
              QVariant(c.status == 'l' ? QStringLiteral("reported lost") : QStringLiteral(""))})
            insertCred->addBindValue(v);
        if (auto s = exec(*insertCred); !s)
            return s.error();
        ++summary.credentials;
        summary.credentialChanges += c.status == 'l' ? 1 : 0;
    }

    // The replacement is issued after the loss, so its id is known only now.
    auto replaced = prepare(db, QStringLiteral("UPDATE credentials SET replaced_by = ? WHERE id = ?"));
    if (!replaced)
        return replaced.error();
    for (const Cred& c : creds) {
        if (c.replacedBy < 0)
            continue;
        replaced->addBindValue(creds[c.replacedBy].id);
        replaced->addBindValue(c.id);
        if (auto s = exec(*replaced); !s)
            return s.error();
    }

    // ----- door events fill the rest of the budget
    const qint64 doorBudget = std::max<qint64>(0, o.events - summary.total());
    std::vector<DoorEventRow> doorEvents;
    doorEvents.reserve(size_t(doorBudget));
    while (qint64(doorEvents.size()) < doorBudget && !creds.empty()) {
        const int idx = int(rng.bounded(quint32(creds.size())));
        const Cred& c = creds[idx];
        const qint64 end = c.type == 'v' ? std::min(c.changed, now) : (c.status == 'l' ? c.changed : now);
        if (end - c.issued < 120)
            continue;
        const Person& p = people[c.person];
        DoorEventRow e;
        e.at = between(c.issued + 60, end);
        const QList<qint64>& inside = buildingDoors[p.building];
        const QList<qint64>& outside = gates[p.compound];
        const double where = rng.generateDouble();
        if (c.type == 'v' || where < 0.4 || inside.isEmpty())
            e.door = outside.isEmpty() ? 0 : outside.at(int(rng.bounded(quint32(outside.size()))));
        else
            e.door = inside.at(where < 0.75 || inside.size() == 1 ? 0 : 1 + int(rng.bounded(quint32(inside.size() - 1))));
        if (e.door == 0)
            continue;
        e.cred = idx;
        const double r = rng.generateDouble();
        if (c.type == 'p' && r < 0.03)
            e.outcome = 1;
        else if (r < 0.005)
            e.outcome = 2;
        else if (r < 0.008)
            e.outcome = 3;
        doorEvents.push_back(e);
    }
    std::sort(doorEvents.begin(), doorEvents.end(), [](const DoorEventRow& a, const DoorEventRow& b) { return a.at < b.at; });
    auto insertDoorEvent = prepare(db, QStringLiteral("INSERT INTO credential_events (at, door_id, credential_id, resident_id,"
                                                      " presented_kind, presented_masked, result, reason)"
                                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insertDoorEvent)
        return insertDoorEvent.error();
    const QString allowed = QStringLiteral("allowed");
    const QString denied = QStringLiteral("denied");
    const QVariant nullId(QMetaType(QMetaType::LongLong));
    for (const DoorEventRow& e : doorEvents) {
        const Cred& c = creds[e.cred];
        const Person& p = people[c.person];
        QString kind;
        QString masked;
        switch (c.type) {
        case 'c': kind = QStringLiteral("card"); masked = QStringLiteral("•••• ") + last4[e.cred]; break;
        case 'p': kind = QStringLiteral("unit_pin"); masked = p.unit + QStringLiteral(" + PIN"); break;
        default: kind = QStringLiteral("qr"); masked = QStringLiteral("QR …%1").arg(c.id % 10000, 4, 10, QLatin1Char('0')); break;
        }
        const bool unknown = e.outcome == 3;
        if (unknown) {
            kind = QStringLiteral("card");
            masked = QStringLiteral("•••• %1").arg(rng.bounded(10000), 4, 10, QLatin1Char('0'));
        }
        static const QString kReasons[] = {QStringLiteral("allowed"), QStringLiteral("wrong_pin"), QStringLiteral("wrong_door"),
                                           QStringLiteral("unknown")};
        for (const QVariant& v : {QVariant(stamp(e.at)), QVariant(e.door), unknown ? nullId : QVariant(c.id),
                                  unknown ? nullId : QVariant(p.id), QVariant(kind), QVariant(masked),
                                  QVariant(e.outcome == 0 ? allowed : denied), QVariant(kReasons[e.outcome])})
            insertDoorEvent->addBindValue(v);
        if (auto s = exec(*insertDoorEvent); !s)
            return s.error();
        ++summary.doorEvents;
    }

    if (o.devices) {
        auto cameras = seedDevices(db, compounds, QDate::fromJulianDay(2440588 + start / kDay), stamp(now));
        if (!cameras)
            return cameras.error();
        summary.cameras = *cameras;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace cg::storage
