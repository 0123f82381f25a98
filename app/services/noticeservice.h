#pragma once

#include "core/actor.h"
#include "core/notice.h"
#include "services/servicedeps.h"
#include "storage/noticerepository.h"

#include <optional>

namespace cg::services {

// Notice templates: administrators edit a draft and publish immutable,
// hash-identified versions. Publishing a version that changes purpose, method
// or data categories marks every resident with active consent "re-consent
// needed" until the grace period ends (DOMAIN.md rule 2).
// Thread-safety: use from one thread (the connection of the calling thread).
class NoticeService final
{
public:
    explicit NoticeService(ServiceDeps deps);

    core::Result<storage::NoticeRepository::Draft> draft(const core::Actor& actor);
    core::Result<int> saveDraft(const core::Actor& actor, const core::NoticeContent& content, int expectedVersion);

    struct Published
    {
        core::NoticeVersion version;
        int residentsMarked = 0;
    };
    // Refuses an incomplete notice (the error names the field) and a text
    // identical to the current version.
    core::Result<Published> publish(const core::Actor& actor, const core::NoticeContent& content, int graceDays);

    core::Result<std::optional<core::NoticeVersion>> current() const;
    core::Result<std::optional<core::NoticeVersion>> byHash(const QString& hash) const;
    core::Result<QList<core::NoticeVersion>> versions() const;

    // The notice that ships with ConsentGate (resources/notices).
    static core::NoticeContent defaultNotice();
    // Publishes the default notice when none is published yet (first start,
    // demo databases), so the desk works out of the box. Returns true when it did.
    core::Result<bool> ensurePublished(const core::Actor& actor);

private:
    ServiceDeps m_deps;
    storage::NoticeRepository m_notices;
};

} // namespace cg::services
