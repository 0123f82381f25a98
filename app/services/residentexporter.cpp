#include "services/residentexporter.h"

#include "core/csvreader.h"
#include "core/residentcsv.h"
#include "services/audittrail.h"
#include "services/authorizer.h"
#include "services/residentidcodec.h"
#include "storage/residentrepository.h"
#include "storage/transaction.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

namespace cg::services {

using core::Error;
using core::ResidentColumn;
using core::Result;

namespace {

// lupdate files Tr::tr() strings under this context, the one used at run time.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::ResidentExporter)
};

QString chineseRole(core::ResidentRole role)
{
    switch (role) {
    case core::ResidentRole::Owner: return QStringLiteral("业主");
    case core::ResidentRole::Tenant: return QStringLiteral("租户");
    case core::ResidentRole::Family: return QStringLiteral("家属");
    case core::ResidentRole::Occupant: return QStringLiteral("其他");
    }
    return {};
}

QString iso(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

ResidentExporter::ResidentExporter(ServiceDeps deps) : m_deps(std::move(deps)) {}

Result<ResidentExporter::Summary> ResidentExporter::exportCsv(const core::Actor& actor, const QString& path,
                                                              const Options& options)
{
    if (auto s = m_deps.authorizer->require(actor, core::Permission::ExportResidents); !s)
        return s.error();
    if (options.includeFullIds) {
        if (auto s = m_deps.authorizer->require(actor, core::Permission::ExportFullIds); !s)
            return s.error();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(Error::Kind::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    const ResidentIdCodec codec(m_deps.keys);
    storage::ResidentRepository repo(m_deps.database);
    const QList<ResidentColumn> columns = core::allResidentColumns();
    QStringList header;
    for (ResidentColumn c : columns)
        header << (options.chineseHeaders ? core::residentColumnChineseHeader(c) : core::residentColumnKey(c));
    QByteArray out = QByteArrayLiteral("\xEF\xBB\xBF") + header.join(QLatin1Char(',')).toUtf8() + "\r\n";

    Summary summary;
    summary.fullIds = options.includeFullIds;
    qint64 after = 0;
    for (;;) {
        auto page = repo.exportPage(after, 2000);
        if (!page)
            return page.error();
        if (page->isEmpty())
            break;
        for (const storage::ResidentExportRow& row : page.value()) {
            const core::Resident& r = row.resident;
            QString idText = r.idMasked;
            if (options.includeFullIds && !row.idSealed.isEmpty()) {
                auto full = codec.open(r.id, row.idSealed);
                if (!full)
                    return full.error();
                idText = full.value();
            }
            QStringList cells;
            for (ResidentColumn c : columns) {
                switch (c) {
                case ResidentColumn::Compound: cells << row.compound; break;
                case ResidentColumn::Building: cells << row.building; break;
                case ResidentColumn::Unit: cells << row.unitLabel; break;
                case ResidentColumn::Name: cells << r.name; break;
                case ResidentColumn::Role:
                    cells << (options.chineseHeaders ? chineseRole(r.role) : core::residentRoleKey(r.role));
                    break;
                case ResidentColumn::Phone: cells << r.phone; break;
                case ResidentColumn::IdNumber: cells << idText; break;
                case ResidentColumn::BirthDate: cells << iso(r.birthDate); break;
                case ResidentColumn::Language: cells << r.language; break;
                case ResidentColumn::Accessibility: cells << core::accessibilityToKeys(r.accessibility); break;
                case ResidentColumn::MoveIn: cells << iso(r.moveIn); break;
                case ResidentColumn::MoveOut: cells << iso(r.moveOut); break;
                case ResidentColumn::LeaseEnd: cells << iso(r.leaseEnd); break;
                case ResidentColumn::Guardian: cells << row.guardianName; break;
                case ResidentColumn::Notes: cells << r.notes; break;
                }
            }
            for (int i = 0; i < cells.size(); ++i) {
                if (i > 0)
                    out += ',';
                out += core::csvField(cells.at(i)).toUtf8();
            }
            out += "\r\n";
            ++summary.rows;
            after = r.id;
        }
        if (file.write(out) != out.size())
            return Error::make(Error::Kind::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
        out.clear();
    }
    if (file.write(out) != out.size())
        return Error::make(Error::Kind::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));

    // Audited before the file appears: a provision of personal data is never unrecorded.
    const QString action = options.includeFullIds ? QStringLiteral("export.residents_full_id")
                                                  : QStringLiteral("export.residents");
    if (auto s = m_deps.audit->record(actor, action, QStringLiteral("resident"), {},
                                      QJsonObject{{QStringLiteral("rows"), summary.rows},
                                                  {QStringLiteral("full_ids"), options.includeFullIds},
                                                  {QStringLiteral("file"), QFileInfo(path).fileName()}});
        !s)
        return s.error();
    if (!file.commit())
        return Error::make(Error::Kind::Io, Tr::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return summary;
}

} // namespace cg::services
