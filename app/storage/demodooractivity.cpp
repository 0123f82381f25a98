#include "storage/demodooractivity.h"

#include "storage/demoactivitycontext.h"
#include "storage/sqlerror.h"

#include <QVariant>

#include <algorithm>

namespace cg::storage::demo {

namespace {
struct DoorEventRow
{
    qint64 at = 0;
    int cred = -1;            // -1: an unknown card
    qint64 door = 0;
    quint8 outcome = 0;       // 0 allowed, 1 wrong PIN, 2 wrong door, 3 unknown
};
} // namespace

core::Status DemoDoorActivity::write()
{
    const std::vector<Cred>& creds = m_c.creds;
    QRandomGenerator& rng = m_c.rng;
    const qint64 now = m_c.now;
    const qint64 doorBudget = std::max<qint64>(0, m_c.options.events - m_c.summary.total());
    std::vector<DoorEventRow> doorEvents;
    doorEvents.reserve(size_t(doorBudget));
    while (qint64(doorEvents.size()) < doorBudget && !creds.empty()) {
        const int idx = int(rng.bounded(quint32(creds.size())));
        const Cred& c = creds[idx];
        const qint64 end = c.type == 'v' ? std::min(c.changed, now) : (c.status == 'l' ? c.changed : now);
        if (end - c.issued < 120)
            continue;
        const Person& p = m_c.people[c.person];
        DoorEventRow e;
        e.at = m_c.between(c.issued + 60, end);
        const QList<qint64>& inside = m_c.buildingDoors[p.building];
        const QList<qint64>& outside = m_c.gates[p.compound];
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
    auto insertDoorEvent = prepare(m_c.db, QStringLiteral("INSERT INTO credential_events (at, door_id, credential_id, resident_id,"
                                                          " presented_kind, presented_masked, result, reason)"
                                                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insertDoorEvent)
        return insertDoorEvent.error();
    const QString allowed = QStringLiteral("allowed");
    const QString denied = QStringLiteral("denied");
    const QVariant nullId(QMetaType(QMetaType::LongLong));
    for (const DoorEventRow& e : doorEvents) {
        const Cred& c = creds[e.cred];
        const Person& p = m_c.people[c.person];
        QString kind;
        QString masked;
        switch (c.type) {
        case 'c': kind = QStringLiteral("card"); masked = QStringLiteral("•••• ") + m_c.last4[e.cred]; break;
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
        ++m_c.summary.doorEvents;
    }
    return {};
}

} // namespace cg::storage::demo
