#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cg::security {

// The audit chain head: the id and MAC of the newest audit entry known to
// have committed, kept outside the database ("<key dir>/<uuid>.head", 0600).
// It marks the minimum length of the chain: verification fails when the log
// does not reach the head entry or that entry differs. It is written after the
// entry commits, so after a crash it may lag behind the log (never ahead).
struct ChainHead
{
    qint64 id = 0;
    QByteArray mac;
};

// Reading and writing the head file. Thread-safe (writes are serialised in
// this process); the file is replaced atomically (write temp, fsync, rename).
class ChainHeadFile final
{
public:
    // std::nullopt when no head file exists yet; an error when it is unreadable or damaged.
    static core::Result<std::optional<ChainHead>> read(const QString& path, const QString& databaseUuid);
    // Writes `head` unless the file already records a newer entry, so two
    // writers finishing out of order never move the head backwards.
    static core::Status advance(const QString& path, const QString& databaseUuid, const ChainHead& head);
    // Writes `head` unconditionally (key import, tests).
    static core::Status write(const QString& path, const QString& databaseUuid, const ChainHead& head);
};

} // namespace cg::security
