#pragma once
// A small compound with hand-countable compliance figures, written with plain
// SQL so the expected numbers below are obvious from the rows:
//
// Lakeside, building 1 (unit 1-101) and building 2 (unit 2-201).
//   r1 B1 granted (Sep)                        -> agreed, face enrolled
//   r2 B1 refused (Oct)                        -> refused
//   r3 B1 granted (Sep), withdrawn (Oct)       -> withdrawn; deletion 5 s, one device copy pending
//   r4 B1 —                                    -> never asked
//   r5 B1 granted (Sep), re-consent mark       -> re-consent needed, face enrolled
//   r6 B2 granted (Nov)                        -> agreed, face enrolled
//   r7 B2 refused (Nov)                        -> refused; deletion 1 day (2026-11-01 09:00 -> 11-02 09:00)
//   r8 B2 —                                    -> never asked
//   r9 B2 moved out 2026-06-30                 -> not counted
//   r10 B2 granted (Aug), expired (Nov)        -> re-consent needed
// Face data held: r1, r5, r6 (enrolments) + r3 (device copy) = 4 people.
// Period 2026-09-01..2026-11-30: Sep granted 3; Oct refused 1, withdrawn 1;
// Nov granted 1, refused 1, withdrawn/expired 1. Median deletion 43202 s, max 86400 s.
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

namespace cg::test {

struct ComplianceFixture
{
    qint64 compound = 1;
    qint64 building1 = 1;
    qint64 building2 = 2;

    static bool exec(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning().noquote() << sql << q.lastError().text();
            return false;
        }
        return true;
    }

    bool seed(storage::Database& database) const
    {
        QSqlDatabase db = database.connection();
        const QString now = QStringLiteral("2026-08-01T00:00:00.000Z");
        QStringList sql{
            QStringLiteral("INSERT INTO compounds (id, name) VALUES (1, 'Lakeside 湖畔花园')"),
            QStringLiteral("INSERT INTO buildings (id, compound_id, name) VALUES (1, 1, '1'), (2, 1, '2')"),
            QStringLiteral("INSERT INTO doors (compound_id, building_id, name, kind) VALUES"
                           " (1, NULL, 'North gate', 'gate'), (1, 1, 'B1 entrance', 'entrance'), (1, 2, 'B2 lift', 'lift')"),
            QStringLiteral("INSERT INTO units (id, building_id, label) VALUES (1, 1, '1-101'), (2, 2, '2-201')"),
        };
        const QStringList names{QStringLiteral("张伟"), QStringLiteral("李娜, \"Lina\""), QStringLiteral("王芳"),
                                QStringLiteral("刘洋"), QStringLiteral("陈静"), QStringLiteral("杨磊"),
                                QStringLiteral("赵敏"), QStringLiteral("黄勇"), QStringLiteral("周杰"),
                                QStringLiteral("吴婷")};
        for (int i = 1; i <= 10; ++i)
            sql << QStringLiteral("INSERT INTO residents (id, unit_id, name, role, created_at, updated_at, move_out)"
                                  " VALUES (%1, %2, '%3', 'owner', '%4', '%4', %5)")
                       .arg(i)
                       .arg(i <= 5 ? 1 : 2)
                       .arg(QString(names.at(i - 1)).replace(QLatin1Char('\''), QStringLiteral("''")), now,
                            i == 9 ? QStringLiteral("'2026-06-30'") : QStringLiteral("NULL"));
        sql << QStringLiteral("INSERT INTO notice_versions (id, number, text_hash, content, published_at, published_by)"
                              " VALUES (1, 1, 'aaaa1111', '{}', '%1', 'admin')")
                   .arg(now);
        auto event = [](int id, int resident, const char* kind, const char* at, const char* note = "") {
            return QStringLiteral("INSERT INTO consent_events (id, resident_id, kind, notice_hash, clerk_name, at, method, note)"
                                  " VALUES (%1, %2, '%3', 'aaaa1111', 'clerk1', '%4', 'desk_signature', '%5')")
                .arg(id)
                .arg(resident)
                .arg(QLatin1String(kind), QLatin1String(at), QString::fromUtf8(note));
        };
        sql << event(1, 1, "granted", "2026-09-02T08:00:00.000Z")
            << event(2, 2, "refused", "2026-10-03T08:00:00.000Z", "says: \"no\", thanks\nline 2")
            << event(3, 3, "granted", "2026-09-04T08:00:00.000Z")
            << event(4, 3, "withdrawn", "2026-10-10T10:00:00.000Z")
            << event(5, 5, "granted", "2026-09-05T08:00:00.000Z")
            << event(6, 6, "granted", "2026-11-06T08:00:00.000Z")
            << event(7, 7, "refused", "2026-11-01T09:00:00.000Z")
            << event(8, 10, "granted", "2026-08-08T08:00:00.000Z")
            << event(9, 10, "expired", "2026-11-09T08:00:00.000Z");
        sql << QStringLiteral("INSERT INTO reconsent_marks (resident_id, notice_hash, marked_at, grace_until, after_event_id)"
                              " VALUES (5, 'aaaa1111', '2026-11-10T00:00:00.000Z', '2026-12-10T00:00:00.000Z', 5)");
        for (int r : {1, 5, 6})
            sql << QStringLiteral("INSERT INTO face_enrolments (resident_id, consent_event_id, crop_sealed, width, height,"
                                  " created_at, created_by) VALUES (%1, (SELECT max(id) FROM consent_events WHERE"
                                  " resident_id = %1), x'00', 10, 10, '%2', 'clerk1')")
                       .arg(r)
                       .arg(now);
        sql << QStringLiteral("INSERT INTO deletion_records (id, resident_id, reason, consent_event_id, at, actor,"
                              " images_deleted, templates_deleted, devices_queued, requested_at) VALUES"
                              " (1, 3, 'withdrawn', 4, '2026-10-10T10:00:05.000Z', 'clerk1', 1, 1, 1, '2026-10-10T10:00:00.000Z'),"
                              " (2, 7, 'refused', 7, '2026-11-02T09:00:00.000Z', 'clerk1', 0, 0, 0, '2026-11-01T09:00:00.000Z')")
            << QStringLiteral("INSERT INTO device_deletion_queue (deletion_id, resident_id, device, queued_at) VALUES"
                              " (1, 3, 'gate-terminal-1', '2026-10-10T10:00:05.000Z')");
        for (const QString& s : sql)
            if (!exec(db, s))
                return false;
        return true;
    }
};

} // namespace cg::test
