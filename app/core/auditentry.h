#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cg::core {

// One row of the append-only audit log (DOMAIN.md rule 7). `mac` is the
// HMAC-SHA-256 over the entry's content and the previous entry's mac.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;            // UTC
    QString actor;           // user name or "system:<os user>"
    qint64 actorId = 0;      // 0 for the system actor
    QString desk;            // host name of the desk
    QString action;          // stable key, e.g. "signin.failed"
    QString recordType;
    QString recordId;
    QString details;         // compact JSON, non-sensitive facts only
    QByteArray mac;
};

// What the audit log page and the CSV export filter by. Empty fields match all.
struct AuditFilter
{
    QString actor;           // exact user name
    QString action;          // exact key, or a prefix ending in '.' ("signin.")
    QString recordType;
    QString recordId;
    QDateTime from;          // inclusive, UTC; invalid = open
    QDateTime to;            // exclusive, UTC; invalid = open
};

} // namespace cg::core
