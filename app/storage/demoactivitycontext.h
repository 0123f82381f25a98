#pragma once

#include "storage/demoactivityseeder.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <vector>

// What the demo activities (consent, enrolment, credential, door, device)
// share while DemoActivitySeeder::seed() runs. Internal to cg_storage.
namespace cg::storage::demo {

constexpr qint64 kDay = 86400;

// "2026-10-10T10:00:00.000Z" (the stored form) without a QDateTime per row:
// a million rows are formatted here.
QString stamp(qint64 secs);
QString dayOf(qint64 secs);   // "2026-10-10"

enum class Kind : quint8 { Granted, Refused, Withdrawn, Expired };
enum class Method : quint8 { Desk, Scan, Phone, Letter, System };
const char* kindKey(Kind k);
const char* methodKey(Method m);

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

// The shared state, filled in this order: residents and doors (load), the
// consent ledger, the credentials (with the last digits of each card, which
// the door events print). One random generator serves every activity: its
// draw order makes the history deterministic for a seed, so the coordinator
// runs the activities in a fixed order. Lives on the seeding thread only.
struct Context
{
    Context(QSqlDatabase database, const DemoActivitySeeder::Options& o, DemoActivitySeeder::Summary& s);

    // Residents without any consent event or credential yet (who joins the
    // compound set), then every door with the gates' face terminals.
    core::Status loadResidents();
    core::Status loadDoors();
    bool chance(double p) { return rng.generateDouble() < p; }
    qint64 between(qint64 a, qint64 b) { return b <= a ? a : a + qint64(rng.generateDouble() * double(b - a)); }
    // The clerk who serves a resident (demo: always the same one).
    QString clerkFor(qint64 residentId) const;
    // max(id) + 1 of `table` (1 when empty): rows are written with explicit
    // ids in time order.
    qint64 nextId(const QString& table) const;

    QSqlDatabase db;
    const DemoActivitySeeder::Options& options;
    DemoActivitySeeder::Summary& summary;
    QRandomGenerator rng;
    qint64 now = 0;
    qint64 start = 0;
    bool noticeChanged = false;
    qint64 noticeAt = 0;      // the current notice's publication (after `now` when unchanged)

    std::vector<Person> people;
    QSet<qint64> compounds;
    QHash<qint64, QList<qint64>> buildingDoors;   // entrance first, then lifts
    QHash<qint64, QList<qint64>> gates;           // by compound
    QHash<qint64, QStringList> terminals;         // face terminals at the gates, by compound
    std::vector<ConsentRow> ledger;               // time order
    std::vector<Cred> creds;
    QList<QString> last4;                         // per credential: card digits, else null
};

} // namespace cg::storage::demo
