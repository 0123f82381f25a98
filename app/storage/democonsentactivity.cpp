#include "storage/democonsentactivity.h"

#include "storage/demoactivitycontext.h"
#include "storage/sqlerror.h"

#include <QVariant>

#include <algorithm>

namespace cg::storage::demo {

void DemoConsentActivity::plan()
{
    const qint64 now = m_c.now;
    std::vector<ConsentRow>& ledger = m_c.ledger;
    ledger.reserve(m_c.people.size() * 13 / 10);
    for (int i = 0; i < int(m_c.people.size()); ++i) {
        const Person& p = m_c.people[i];
        if (p.guardian < 0 || p.from >= now - 3600 || !m_c.chance(0.88))
            continue;
        const qint64 span = now - p.from;
        // Most are asked soon after moving in or when the desk opened.
        const double u = m_c.rng.generateDouble();
        qint64 t = p.from + qint64(u * u * double(span) * 0.9);
        Kind state = m_c.chance(0.52) ? Kind::Granted : Kind::Refused;
        ledger.push_back({t, t, i, state, m_c.chance(0.85) ? Method::Desk : Method::Scan});
        for (int step = 0; step < 3; ++step) {
            t += m_c.between(20 * kDay, 420 * kDay);
            if (t >= now - 600)
                break;
            ConsentRow row{t, t, i, Kind::Granted, m_c.chance(0.85) ? Method::Desk : Method::Scan};
            if (state == Kind::Granted) {
                const double r = m_c.rng.generateDouble();
                if (r < 0.12) {
                    row.kind = Kind::Withdrawn;
                    const double m = m_c.rng.generateDouble();
                    row.method = m < 0.6 ? Method::Desk : (m < 0.85 ? Method::Phone : Method::Letter);
                    if (row.method == Method::Phone)
                        row.requested = t - m_c.between(600, 6 * 3600);
                    else if (row.method == Method::Letter)
                        row.requested = t - m_c.between(kDay, 3 * kDay);
                } else if (r < 0.14) {
                    row.kind = Kind::Expired;
                    row.method = Method::System;
                } else {
                    break;
                }
            } else if (!m_c.chance(state == Kind::Refused ? 0.06 : (state == Kind::Withdrawn ? 0.15 : 0.5))) {
                break;
            }
            state = row.kind;
            ledger.push_back(row);
        }
        // A notice change near the end: most residents who had agreed confirm again.
        if (state == Kind::Granted && m_c.noticeChanged && t < m_c.noticeAt && m_c.chance(0.85)) {
            // Most come in within the first two weeks (letters, notices in the lifts).
            const double q = m_c.rng.generateDouble();
            const qint64 again = m_c.noticeAt + 3600 + qint64(q * q * double(14 * kDay));
            if (again < now - 600)
                ledger.push_back({again, again, i, Kind::Granted, Method::Desk});
        }
    }
    std::stable_sort(ledger.begin(), ledger.end(), [](const ConsentRow& a, const ConsentRow& b) { return a.at < b.at; });
}

core::Status DemoConsentActivity::write()
{
    const auto& o = m_c.options;
    qint64 eventId = m_c.nextId(QStringLiteral("consent_events"));
    qint64 deletionId = m_c.nextId(QStringLiteral("deletion_records"));
    auto insertEvent = prepare(m_c.db, QStringLiteral("INSERT INTO consent_events (id, resident_id, kind, notice_hash, guardian_id,"
                                                      " clerk_name, at, method, received_on, language, note)"
                                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"));
    auto insertDeletion = prepare(m_c.db, QStringLiteral("INSERT INTO deletion_records (id, resident_id, reason, consent_event_id, at,"
                                                         " actor, images_deleted, templates_deleted, devices_queued, requested_at,"
                                                         " details) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)"));
    auto insertQueue = prepare(m_c.db, QStringLiteral("INSERT INTO device_deletion_queue (deletion_id, resident_id, device, queued_at,"
                                                      " confirmed_at, confirmed_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto* q : {&insertEvent, &insertDeletion, &insertQueue})
        if (!*q)
            return q->error();
    for (const ConsentRow& row : m_c.ledger) {
        Person& p = m_c.people[row.person];
        const QString clerk = row.method == Method::System ? QStringLiteral("system") : m_c.clerkFor(p.id);
        const QString at = stamp(row.at);
        for (const QVariant& v :
             {QVariant(eventId), QVariant(p.id), QVariant(QString::fromLatin1(kindKey(row.kind))),
              QVariant(row.at >= m_c.noticeAt ? o.currentNotice.hash : o.firstNotice.hash),
              p.guardian > 0 ? QVariant(p.guardian) : QVariant(QMetaType(QMetaType::LongLong)), QVariant(clerk),
              QVariant(at), QVariant(QString::fromLatin1(methodKey(row.method))),
              row.method == Method::Phone || row.method == Method::Letter ? QVariant(dayOf(row.requested))
                                                                          : QVariant(QMetaType(QMetaType::QString)),
              QVariant(p.english ? QStringLiteral("en") : QStringLiteral("zh_CN"))})
            insertEvent->addBindValue(v);
        if (auto s = exec(*insertEvent); !s)
            return s.error();
        ++m_c.summary.consentEvents;
        const bool hadFace = p.asked && p.last == Kind::Granted;
        if (row.at < m_c.noticeAt) {
            p.lastBeforeNoticeId = eventId;
            p.grantedAtNotice = row.kind == Kind::Granted;
        }
        if ((row.kind == Kind::Withdrawn || row.kind == Kind::Expired) && hadFace) {
            // Withdrawal deletes at once (DOMAIN rule 4); the gate terminals'
            // copies are queued and confirmed by the devices later.
            const qint64 deletedAt = row.at + m_c.between(1, 4);
            const QStringList devices = m_c.terminals.value(p.compound);
            for (const QVariant& v :
                 {QVariant(deletionId), QVariant(p.id), QVariant(QString::fromLatin1(kindKey(row.kind))), QVariant(eventId),
                  QVariant(stamp(deletedAt)), QVariant(clerk), QVariant(int(devices.size())),
                  QVariant(stamp(std::min(row.requested, row.at))),
                  QVariant(QStringLiteral("{\"devices\":[\"%1\"]}").arg(devices.join(QStringLiteral("\",\""))))})
                insertDeletion->addBindValue(v);
            if (auto s = exec(*insertDeletion); !s)
                return s.error();
            ++m_c.summary.deletions;
            for (const QString& device : devices) {
                const qint64 confirmed = deletedAt + m_c.between(300, 20 * 3600);
                const bool pending = confirmed > m_c.now - 3600 * 6;
                for (const QVariant& v : {QVariant(deletionId), QVariant(p.id), QVariant(device), QVariant(stamp(deletedAt)),
                                          pending ? QVariant(QMetaType(QMetaType::QString)) : QVariant(stamp(confirmed)),
                                          pending ? QVariant(QMetaType(QMetaType::QString)) : QVariant(device)})
                    insertQueue->addBindValue(v);
                if (auto s = exec(*insertQueue); !s)
                    return s.error();
                m_c.summary.deviceCopiesPending += pending ? 1 : 0;
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
    return {};
}

core::Status DemoConsentActivity::writeStatus()
{
    auto insertMark = prepare(m_c.db, QStringLiteral("INSERT INTO reconsent_marks (resident_id, notice_hash, marked_at, grace_until,"
                                                     " after_event_id) VALUES (?, ?, ?, ?, ?)"));
    auto updateStatus = prepare(m_c.db, QStringLiteral("UPDATE residents SET consent_status = ? WHERE id = ?"));
    for (auto* q : {&insertMark, &updateStatus})
        if (!*q)
            return q->error();
    for (const Person& p : m_c.people) {
        if (!p.asked)
            continue;
        if (m_c.noticeChanged && p.grantedAtNotice) {
            for (const QVariant& v : {QVariant(p.id), QVariant(m_c.options.currentNotice.hash), QVariant(stamp(m_c.noticeAt)),
                                      QVariant(stamp(m_c.noticeAt + qint64(m_c.options.graceDays) * kDay)),
                                      QVariant(p.lastBeforeNoticeId)})
                insertMark->addBindValue(v);
            if (auto s = exec(*insertMark); !s)
                return s.error();
            ++m_c.summary.reconsentMarks;
        }
        static const char* const kStatus[] = {"active", "refused", "withdrawn", "expired"};
        updateStatus->addBindValue(QString::fromLatin1(kStatus[int(p.last)]));
        updateStatus->addBindValue(p.id);
        if (auto s = exec(*updateStatus); !s)
            return s.error();
    }
    return {};
}

} // namespace cg::storage::demo
