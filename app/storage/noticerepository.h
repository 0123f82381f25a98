#pragma once

#include "core/notice.h"
#include "core/result.h"

#include <memory>
#include <optional>

namespace cg::storage {

class Database;

// Notice drafts (editable, optimistic version) and published versions
// (append-only: triggers refuse UPDATE and DELETE). Runs on the calling
// thread's connection; callers own the transaction.
class NoticeRepository final
{
public:
    explicit NoticeRepository(std::shared_ptr<Database> database);

    struct Draft
    {
        core::NoticeContent content;
        QDateTime updatedAt;
        QString updatedBy;
        int version = 0;     // 0: no draft saved yet
    };
    core::Result<Draft> draft() const;
    // Saves the single working draft; Conflict when `expectedVersion` is stale.
    core::Result<int> saveDraft(const core::NoticeContent& content, int expectedVersion, const QDateTime& at,
                                const QString& by);

    core::Result<std::optional<core::NoticeVersion>> latest() const;
    core::Result<std::optional<core::NoticeVersion>> byHash(const QString& hash) const;
    core::Result<QList<core::NoticeVersion>> all() const;          // newest first
    core::Result<core::NoticeVersion> insert(core::NoticeVersion version);

private:
    std::shared_ptr<Database> m_database;
};

} // namespace cg::storage
