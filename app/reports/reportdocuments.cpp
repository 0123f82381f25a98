// The per-resident deletion certificate and the impact assessment draft.
#include "reports/reportservice.h"

#include "core/clock.h"
#include "reports/reporttext.h"
#include "services/authorizer.h"
#include "storage/database.h"
#include "storage/exportrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace cg::reports {

using core::Result;

Result<ReportService::Written> ReportService::writeDeletionCertificate(const core::Actor& actor, qint64 residentId,
                                                                       const QString& path) const
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = m_deps.authorizer->require(actor, core::Permission::GenerateReports, QStringLiteral("resident"),
                                            QString::number(residentId));
        !s)
        return s.error();
    storage::ExportRepository repo(m_deps.database);
    auto resident = repo.resident(residentId);
    if (!resident)
        return resident.error();
    auto deletions = repo.deletionsOf(residentId);
    if (!deletions)
        return deletions.error();
    auto held = repo.heldFaceData(residentId);
    if (!held)
        return held.error();

    PdfDocument doc(options(actor, tr("Deletion certificate"), tr("Resident record no. %1").arg(residentId)));
    doc.heading(tr("Certificate of deletion of face data"));
    doc.keyValues({{tr("Resident"), resident->name},
                   {tr("Record no."), QString::number(resident->id)},
                   {tr("Address"), tr("%1, %2, unit %3").arg(resident->compound, buildingName(resident->building), resident->unit)},
                   {tr("ID document"), resident->idMasked.isEmpty() ? tr("not recorded") : resident->idMasked}});
    if (deletions->isEmpty()) {
        doc.paragraph(tr("No deletion of face data has been recorded for this resident."), PdfDocument::TextStyle::Strong);
    }
    for (const auto& d : *deletions) {
        doc.heading(tr("Deletion no. %1").arg(d.id), 2);
        doc.keyValues({{tr("Reason"), deletionReasonName(d.reason)},
                       {tr("Requested"), localDateTime(d.requestedAt)},
                       {tr("Deleted"), localDateTime(d.deletedAt)},
                       {tr("Time taken"), durationText(std::max<qint64>(0, d.requestedAt.secsTo(d.deletedAt)))},
                       {tr("Deleted by"), d.actor},
                       {tr("What was deleted"),
                        tr("%1 enrolment image(s) and %2 face template(s), encrypted, from the database")
                            .arg(d.images)
                            .arg(d.templates)},
                       {tr("Device copies"), tr("%1 queued for deletion, %2 not yet confirmed").arg(d.devicesQueued).arg(d.devicesPending)}});
        if (!d.pendingDevices.isEmpty()) {
            QList<QStringList> rows;
            for (const QString& entry : d.pendingDevices) {
                const QStringList f = entry.split(QLatin1Char('|'));
                const QDateTime queued = QDateTime::fromString(f.value(1), Qt::ISODateWithMs);
                const QDateTime confirmed = QDateTime::fromString(f.value(2), Qt::ISODateWithMs);
                rows << QStringList{f.value(0), localDateTime(queued),
                                    confirmed.isValid() ? localDateTime(confirmed) : tr("not yet confirmed"), f.value(3)};
            }
            doc.table({tr("Device"), tr("Queued"), tr("Deletion confirmed"), tr("Confirmed by")}, rows);
        }
    }
    doc.heading(tr("Face data held now"), 2);
    if (held->first == 0 && held->second == 0)
        doc.paragraph(tr("No enrolment image, face template or device copy of this resident is held."),
                      PdfDocument::TextStyle::Good);
    else
        doc.paragraph(tr("Still held: %1 enrolment(s) in the database, %2 device copy(ies) awaiting deletion.")
                          .arg(held->first)
                          .arg(held->second),
                      PdfDocument::TextStyle::Warning);
    doc.paragraph(tr("This certificate was generated from the consent ledger and deletion records of ConsentGate, "
                     "whose entries are protected by an HMAC-chained audit trail."),
                  PdfDocument::TextStyle::Small);
    doc.spacer(12);
    doc.keyValues({{tr("Signature of the property service centre"), QStringLiteral("\n\n")}, {tr("Date"), QString()}});

    if (auto s = doc.writePdf(path); !s)
        return s.error();
    if (auto s = audit(actor, Kind::DeletionCertificate, {}, path, doc.pageCount(), QStringLiteral("report.generate"),
                       QString::number(residentId));
        !s) {
        QFile::remove(path);
        return s.error();
    }
    return Written{path, doc.pageCount(), timer.elapsed()};
}

namespace {

// A notice field from the stored notice JSON; tolerant of the two shapes
// {"zh_CN": {"purpose": ...}} and {"text": {"zh_CN": {...}}}.
QString noticeField(const QJsonObject& notice, const QString& language, const QString& field)
{
    QJsonObject byLanguage = notice.value(QStringLiteral("text")).toObject();
    if (byLanguage.isEmpty())
        byLanguage = notice;
    QString value = byLanguage.value(language).toObject().value(field).toString();
    if (value.isEmpty())
        value = byLanguage.value(QStringLiteral("en")).toObject().value(field).toString();
    return value;
}

struct Section
{
    QString title;
    QList<QPair<QString, QString>> facts;
    QStringList paragraphs;
};

} // namespace

Result<ReportService::Written> ReportService::writeImpactAssessment(const core::Actor& actor, const QString& path) const
{
    QElapsedTimer timer;
    timer.start();
    if (auto s = m_deps.authorizer->require(actor, core::Permission::GenerateReports); !s)
        return s.error();
    storage::ExportRepository repo(m_deps.database);
    auto config = repo.configuration(m_deps.clock->todayLocal());
    if (!config)
        return config.error();
    auto figures = m_compliance.compute(actor, {});
    if (!figures)
        return figures.error();
    auto auditCheck = m_compliance.auditCheck(actor);
    if (!auditCheck)
        return auditCheck.error();
    const qint64 auditEntries = auditCheck->tail.entries;
    const QString language = QLocale().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const QJsonObject notice = QJsonDocument::fromJson(config->latestNoticeJson.toUtf8()).object();
    const QString todo = tr("[to be completed by the person responsible]");
    auto fromNotice = [&](const QString& field) {
        const QString v = noticeField(notice, language, field);
        return v.isEmpty() ? todo : v;
    };
    auto n = [](qint64 v) { return QLocale::c().toString(v); };

    QList<Section> sections;
    sections << Section{tr("1. Processing assessed"),
                        {{tr("Processor and contact"), fromNotice(QStringLiteral("processor"))},
                         {tr("Personal-information contact"), fromNotice(QStringLiteral("pi_contact"))},
                         {tr("Processing"), tr("Face recognition at compound gates, building entrances and lifts, "
                                               "for residents who gave separate consent")},
                         {tr("Scope"), tr("%1 compound(s), %2 building(s), %3 units, %4 residents (%5 under 14)")
                                           .arg(config->compounds).arg(config->buildings).arg(config->units)
                                           .arg(n(config->residents)).arg(n(config->minors))},
                         {tr("Published notice"), config->latestNoticeHash.isEmpty()
                                                      ? tr("none published yet")
                                                      : tr("version %1 of %2, hash %3").arg(config->noticeVersions)
                                                            .arg(localDateTime(config->latestNoticePublished), config->latestNoticeHash)}},
                        {}};
    sections << Section{tr("2. Lawfulness, legitimacy and necessity of the purpose and method (PIPL Art. 56(1))"),
                        {{tr("Purpose"), fromNotice(QStringLiteral("purpose"))},
                         {tr("Method"), fromNotice(QStringLiteral("method"))},
                         {tr("Necessity and impact stated to residents"), fromNotice(QStringLiteral("necessity_impact"))},
                         {tr("Legal basis"), tr("Separate consent (PIPL Art. 29); guardian consent under 14 (Art. 31)")},
                         {tr("Alternative for those who refuse"),
                          tr("Card, PIN or QR code issued in the same transaction as a refusal or withdrawal; "
                             "%1 active card(s), %2 PIN(s), %3 QR code(s)")
                              .arg(n(figures->credentialMix.value(QStringLiteral("card"))))
                              .arg(n(figures->credentialMix.value(QStringLiteral("pin"))))
                              .arg(n(figures->credentialMix.value(QStringLiteral("qr"))))}},
                        {todo}};
    sections << Section{tr("3. Impact on individuals' rights and interests, and security risks (Art. 56(2))"),
                        {{tr("Data categories"), fromNotice(QStringLiteral("data_categories"))},
                         {tr("People whose face data is held"), n(figures->filing.people)},
                         {tr("Residents who agreed / refused / withdrew"),
                          QStringLiteral("%1 / %2 / %3").arg(n(figures->consentTotal(QStringLiteral("agreed"))),
                                                              n(figures->consentTotal(QStringLiteral("refused"))),
                                                              n(figures->consentTotal(QStringLiteral("withdrawn"))))},
                         {tr("Coverage violations"), figures->coverageViolations ? n(*figures->coverageViolations)
                                                                                 : tr("not available")},
                         {tr("Doors and cameras failing the compliance check"), n(figures->devicesFailing())}},
                        {todo}};
    QStringList roles;
    for (auto it = config->usersByRole.constBegin(); it != config->usersByRole.constEnd(); ++it)
        roles << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    std::sort(roles.begin(), roles.end());
    QStringList doors;
    for (auto it = config->doorsByKind.constBegin(); it != config->doorsByKind.constEnd(); ++it)
        doors << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    std::sort(doors.begin(), doors.end());
    QStringList retention;
    for (auto it = config->settings.constBegin(); it != config->settings.constEnd(); ++it)
        retention << QStringLiteral("%1 = %2").arg(it.key(), it.value());
    std::sort(retention.begin(), retention.end());
    sections << Section{tr("4. Protective measures: lawful, effective and proportionate to the risk (Art. 56(3))"),
                        {{tr("Storage"), tr("Face data stays on premises; enrolment crops and templates encrypted "
                                            "(XChaCha20-Poly1305); never a full frame; live view is detection-only and blurred")},
                         {tr("Access control"), roles.isEmpty() ? todo : roles.join(QStringLiteral(", "))},
                         {tr("Audit"), tr("HMAC-chained audit trail, %1 entries").arg(n(auditEntries))},
                         {tr("Retention"), retention.isEmpty() ? fromNotice(QStringLiteral("retention")) : retention.join(QStringLiteral("; "))},
                         {tr("Withdrawal and deletion"),
                          figures->medianDeletionSeconds
                              ? tr("median %1, maximum %2 from withdrawal to deletion")
                                    .arg(durationText(*figures->medianDeletionSeconds), durationText(*figures->maxDeletionSeconds))
                              : tr("no deletions recorded yet")},
                         {tr("Doors and lifts"), doors.join(QStringLiteral(", "))}},
                        {todo}};
    sections << Section{tr("5. Conclusion, sign-off and retention of this assessment (Art. 56)"),
                        {{tr("Assessed by"), todo}, {tr("Date"), todo}, {tr("Decision"), todo}},
                        {tr("This assessment and the record of processing must be kept for at least three years.")}};

    const bool markdown = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
    qint64 size = 0;
    if (markdown) {
        QString text = QStringLiteral("# ") + tr("Personal information protection impact assessment (draft)") + QStringLiteral("\n\n");
        text += tr("Generated %1 by %2 from the live configuration. Complete every bracketed field.")
                    .arg(localDateTime(m_deps.clock->nowUtc()), actor.name)
                + QStringLiteral("\n\n");
        for (const Section& s : sections) {
            text += QStringLiteral("## ") + s.title + QStringLiteral("\n\n");
            for (const auto& [k, v] : s.facts)
                text += QStringLiteral("- **") + k + QStringLiteral("**: ") + QString(v).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n');
            for (const QString& p : s.paragraphs)
                text += QLatin1Char('\n') + p + QLatin1Char('\n');
            text += QLatin1Char('\n');
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return core::Error::make(core::Error::Kind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
        size = text.size();
    } else {
        PdfDocument doc(options(actor, tr("Impact assessment (draft)"), tr("All compounds")));
        doc.heading(tr("Personal information protection impact assessment (draft)"));
        doc.paragraph(tr("Pre-filled from the live configuration on %1. Complete every bracketed field; "
                         "this draft is not an assessment until a responsible person signs it.")
                          .arg(localDateTime(m_deps.clock->nowUtc())),
                      PdfDocument::TextStyle::Small);
        for (const Section& s : sections) {
            doc.heading(s.title, 2);
            doc.keyValues(s.facts);
            for (const QString& p : s.paragraphs)
                doc.paragraph(p);
        }
        if (auto s = doc.writePdf(path); !s)
            return s.error();
        size = doc.pageCount();
    }
    if (auto s = audit(actor, Kind::ImpactAssessment, {}, path, size); !s) {
        QFile::remove(path);
        return s.error();
    }
    return Written{path, size, timer.elapsed()};
}

} // namespace cg::reports
