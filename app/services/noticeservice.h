#pragma once

#include "core/actor.h"
#include "core/notice.h"
#include "services/processordetails.h"
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

    // What publishing `content` would do, before the administrator confirms:
    // its version number, whether it changes purpose, method or data
    // categories, and how many residents with active consent would then be
    // marked "re-consent needed". `duplicateOf` > 0: already published as that number.
    struct PublishPreview
    {
        int number = 1;
        bool scopeChanged = false;
        int residentsToMark = 0;
        int duplicateOf = 0;
    };
    core::Result<PublishPreview> previewPublish(const core::Actor& actor, const core::NoticeContent& content) const;

    // Fills the property company's name and contact into the processor,
    // processor-contact and personal-information-contact fields of both
    // languages (the first-run set-up asks for them; invalid details are
    // refused naming the field, see ProcessorDetails::validate). The draft is
    // saved; when the published notice is still the unedited one that ships
    // with ConsentGate (or none is published), the result is published at once
    // (processor fields do not change scope, so nobody is asked again).
    struct ProcessorUpdate
    {
        bool published = false;
        int number = 0;            // the version published, when published
    };
    core::Result<ProcessorUpdate> setProcessorDetails(const core::Actor& actor, const ProcessorDetails& details);

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
