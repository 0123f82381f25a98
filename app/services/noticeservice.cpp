#include "services/noticeservice.h"

#include "core/clock.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "storage/consentrepository.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace cg::services {

NoticeService::NoticeService(ServiceDeps deps) : m_deps(std::move(deps)), m_notices(m_deps.database) {}

core::Result<storage::NoticeRepository::Draft> NoticeService::draft(const core::Actor& actor)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageNotices); !s)
        return s.error();
    auto d = m_notices.draft();
    if (!d)
        return d.error();
    if (d->version == 0) {
        // No draft yet: start from the current version, else from the default.
        auto latest = m_notices.latest();
        if (!latest)
            return latest.error();
        d->content = latest->has_value() ? (*latest)->content : defaultNotice();
    }
    return d;
}

core::Result<int> NoticeService::saveDraft(const core::Actor& actor, const core::NoticeContent& content,
                                           int expectedVersion)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageNotices); !s)
        return s.error();
    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto saved = m_notices.saveDraft(content, expectedVersion, m_deps.clock->nowUtc(), actor.name);
    if (!saved)
        return saved.error();
    if (auto s = m_deps.audit->record(actor, QStringLiteral("notice.draft_save"), QStringLiteral("notice_draft"),
                                      QStringLiteral("1"), {{QStringLiteral("version"), saved.value()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return saved;
}

core::Result<NoticeService::Published> NoticeService::publish(const core::Actor& actor,
                                                              const core::NoticeContent& content, int graceDays)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageNotices); !s)
        return s.error();
    if (auto s = core::checkComplete(content); !s)
        return s.error();
    if (graceDays < 0 || graceDays > 365)
        return core::Error::invalid(QStringLiteral("grace_days"),
                                    QCoreApplication::translate("cg::services::NoticeService", "The grace period must be between 0 and 365 days."));

    storage::Transaction tx(m_deps.database->connection());
    if (!tx.isActive())
        return tx.error();
    auto latest = m_notices.latest();
    if (!latest)
        return latest.error();
    const QString hash = core::noticeHash(content);
    auto existing = m_notices.byHash(hash);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return core::Error::make(core::Error::Kind::Conflict,
                                 QCoreApplication::translate("cg::services::NoticeService", "This text is already published as version %1.").arg((*existing)->number),
                                 QStringLiteral("notice.duplicate"));

    core::NoticeVersion version;
    version.number = latest->has_value() ? (*latest)->number + 1 : 1;
    version.hash = hash;
    version.content = content;
    version.publishedAt = m_deps.clock->nowUtc();
    version.publishedBy = actor.name;
    version.graceDays = graceDays;
    version.scopeChanged = latest->has_value() && core::changesScope((*latest)->content, content);
    version.previousHash = latest->has_value() ? (*latest)->hash : QString();
    auto inserted = m_notices.insert(version);
    if (!inserted)
        return inserted.error();

    Published result{inserted.value(), 0};
    if (version.scopeChanged) {
        storage::ConsentRepository ledger(m_deps.database);
        auto maxId = ledger.maxEventId();
        if (!maxId)
            return maxId.error();
        auto marked = ledger.markActiveConsenters(hash, version.publishedAt,
                                                  version.publishedAt.addDays(graceDays), maxId.value());
        if (!marked)
            return marked.error();
        result.residentsMarked = marked.value();
    }
    if (auto s = m_deps.audit->record(actor, QStringLiteral("notice.publish"), QStringLiteral("notice_version"),
                                      QString::number(result.version.id),
                                      {{QStringLiteral("number"), version.number},
                                       {QStringLiteral("hash"), hash},
                                       {QStringLiteral("scope_changed"), version.scopeChanged},
                                       {QStringLiteral("grace_days"), graceDays},
                                       {QStringLiteral("residents_marked"), result.residentsMarked}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

core::Result<NoticeService::PublishPreview> NoticeService::previewPublish(const core::Actor& actor,
                                                                          const core::NoticeContent& content) const
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ManageNotices); !s)
        return s.error();
    auto latest = m_notices.latest();
    if (!latest)
        return latest.error();
    PublishPreview preview;
    preview.number = latest->has_value() ? (*latest)->number + 1 : 1;
    auto existing = m_notices.byHash(core::noticeHash(content));
    if (!existing)
        return existing.error();
    if (existing->has_value())
        preview.duplicateOf = (*existing)->number;
    preview.scopeChanged = latest->has_value() && core::changesScope((*latest)->content, content);
    if (preview.scopeChanged) {
        auto count = storage::ConsentRepository(m_deps.database).countActiveConsenters();
        if (!count)
            return count.error();
        preview.residentsToMark = count.value();
    }
    return preview;
}

core::Result<NoticeService::ProcessorUpdate> NoticeService::setProcessorDetails(const core::Actor& actor,
                                                                                const ProcessorDetails& details)
{
    if (auto valid = details.validate(); !valid)
        return valid.error();
    auto d = draft(actor);   // checks the permission
    if (!d)
        return d.error();
    auto latest = m_notices.latest();
    if (!latest)
        return latest.error();
    // Publish at once only when nobody has edited the notice yet: the draft
    // equals what is published, and that is the text ConsentGate ships.
    const bool untouched = !latest->has_value()
                           || ((*latest)->hash == core::noticeHash(defaultNotice()) && d->content == (*latest)->content);
    const core::NoticeContent content = details.applyTo(d->content);
    auto saved = saveDraft(actor, content, d->version);
    if (!saved)
        return saved.error();
    ProcessorUpdate update;
    if (untouched && (!latest->has_value() || core::noticeHash(content) != (*latest)->hash)) {
        const int grace = m_deps.database->setting(QStringLiteral("consent.grace_days"), QStringLiteral("30")).toInt();
        auto published = publish(actor, content, grace);
        if (!published)
            return published.error();
        update.published = true;
        update.number = published->version.number;
    }
    return update;
}

core::Result<std::optional<core::NoticeVersion>> NoticeService::current() const
{
    return m_notices.latest();
}

core::Result<std::optional<core::NoticeVersion>> NoticeService::byHash(const QString& hash) const
{
    return m_notices.byHash(hash);
}

core::Result<QList<core::NoticeVersion>> NoticeService::versions() const
{
    return m_notices.all();
}

core::NoticeContent NoticeService::defaultNotice()
{
    QFile file(QStringLiteral(":/notices/default_notice.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return core::NoticeContent::fromJson(QJsonDocument::fromJson(file.readAll()).object());
}

core::Result<bool> NoticeService::ensurePublished(const core::Actor& actor)
{
    auto latest = m_notices.latest();
    if (!latest)
        return latest.error();
    if (latest->has_value())
        return false;
    auto published = publish(actor, defaultNotice(), 30);
    if (!published)
        return published.error();
    return true;
}

} // namespace cg::services
