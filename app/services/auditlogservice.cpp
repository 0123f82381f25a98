#include "services/auditlogservice.h"

#include "core/permissions.h"
#include "services/authorizer.h"
#include "storage/auditrepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace cg::services {

namespace {

// A spreadsheet runs cells starting with = + - @ as formulas; a log must
// never smuggle one in (CSV injection), so such cells get a leading quote.
QByteArray csvField(const QString& value)
{
    QString v = value;
    if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r')) || v.contains(QLatin1Char('\''))) {
        v.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v.toUtf8();
}

QJsonObject describe(const core::AuditFilter& f)
{
    QJsonObject o;
    if (!f.actor.isEmpty())
        o.insert(QStringLiteral("actor"), f.actor);
    if (!f.action.isEmpty())
        o.insert(QStringLiteral("action"), f.action);
    if (!f.recordType.isEmpty())
        o.insert(QStringLiteral("record_type"), f.recordType);
    if (!f.recordId.isEmpty())
        o.insert(QStringLiteral("record_id"), f.recordId);
    if (f.from.isValid())
        o.insert(QStringLiteral("from"), f.from.toUTC().toString(Qt::ISODate));
    if (f.to.isValid())
        o.insert(QStringLiteral("to"), f.to.toUTC().toString(Qt::ISODate));
    return o;
}

} // namespace

AuditLogService::AuditLogService(ServiceDeps deps) : m_deps(std::move(deps)) {}

core::Result<QList<core::AuditEntry>> AuditLogService::page(const core::Actor& actor, const core::AuditFilter& filter,
                                                            qint64 beforeId, int limit) const
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ViewAudit, QStringLiteral("audit_log")); !allowed)
        return allowed.error();
    return m_deps.audit->repository()->page(filter, beforeId, limit);
}

core::Result<qint64> AuditLogService::count(const core::Actor& actor, const core::AuditFilter& filter) const
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ViewAudit, QStringLiteral("audit_log")); !allowed)
        return allowed.error();
    return m_deps.audit->repository()->count(filter);
}

core::Result<QStringList> AuditLogService::actors(const core::Actor& actor) const
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ViewAudit, QStringLiteral("audit_log")); !allowed)
        return allowed.error();
    return m_deps.audit->repository()->distinctActors();
}

core::Result<QStringList> AuditLogService::actions(const core::Actor& actor) const
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ViewAudit, QStringLiteral("audit_log")); !allowed)
        return allowed.error();
    return m_deps.audit->repository()->distinctActions();
}

core::Result<AuditVerification> AuditLogService::verify(const core::Actor& actor)
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::VerifyAudit, QStringLiteral("audit_log"));
        !allowed)
        return allowed.error();
    auto result = m_deps.audit->verify();
    if (!result)
        return result;
    // Recorded after the check, so the check covers the log as it was.
    (void)m_deps.audit->record(actor, QStringLiteral("audit.verify"), QStringLiteral("audit_log"), {},
                               QJsonObject{{QStringLiteral("intact"), result->intact},
                                           {QStringLiteral("entries"), result->entries},
                                           {QStringLiteral("broken_id"), result->brokenId}});
    return result;
}

core::Result<qint64> AuditLogService::exportCsv(const core::Actor& actor, const core::AuditFilter& filter,
                                                const QString& path)
{
    if (auto allowed = m_deps.authorizer->require(actor, core::Permission::ExportAudit, QStringLiteral("audit_log"));
        !allowed)
        return allowed.error();
    QSaveFile file(path);
    const auto ioError = [&file, &path] {
        return core::Error::make(core::Error::Kind::Io,
                                 QCoreApplication::translate("cg::services::AuditLogService", "Cannot write %1: %2")
                                     .arg(path, file.errorString()),
                                 QStringLiteral("export.io"));
    };
    if (!file.open(QIODevice::WriteOnly))
        return ioError();
    file.write("\xEF\xBB\xBF");   // BOM: spreadsheet programs then read the Chinese names right
    file.write("id,at_utc,user,user_id,desk,action,record_type,record_id,details,mac\r\n");
    qint64 rows = 0;
    auto walked = m_deps.audit->repository()->forEach(filter, [&](const core::AuditEntry& e) {
        QByteArray line;
        line += QByteArray::number(e.id) + ',' + csvField(e.at.toUTC().toString(Qt::ISODateWithMs)) + ','
                + csvField(e.actor) + ',' + (e.actorId ? QByteArray::number(e.actorId) : QByteArray()) + ','
                + csvField(e.desk) + ',' + csvField(e.action) + ',' + csvField(e.recordType) + ','
                + csvField(e.recordId) + ',' + csvField(e.details) + ',' + e.mac.toHex() + "\r\n";
        file.write(line);
        ++rows;
        return true;
    });
    if (!walked) {
        file.cancelWriting();
        return walked.error();
    }
    if (!file.commit())
        return ioError();
    auto details = describe(filter);
    details.insert(QStringLiteral("rows"), rows);
    details.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    if (auto status = m_deps.audit->record(actor, QStringLiteral("audit.export"), QStringLiteral("audit_log"), {}, details);
        !status) {
        // An export that cannot be recorded must not exist.
        QFile::remove(path);
        return status.error();
    }
    return rows;
}

} // namespace cg::services
