#include "reports/compliancereport.h"

#include "reports/reporttext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace cg::reports {

namespace {

QString num(qint64 n)
{
    return QLocale::c().toString(n);
}

using Style = PdfDocument::TextStyle;

void listNote(PdfDocument& doc, int shown, int total)
{
    if (total > shown)
        doc.paragraph(ComplianceReport::tr("Showing the first %1 of %2; the complete list is in the CSV exports.").arg(shown).arg(total),
                      Style::Small);
}

} // namespace

QColor ComplianceReport::statusColor(const QString& key)
{
    if (key == QLatin1String("agreed"))
        return QColor(0x2e, 0x7d, 0x32);
    if (key == QLatin1String("refused"))
        return QColor(0x15, 0x65, 0xc0);
    if (key == QLatin1String("withdrawn"))
        return QColor(0x6a, 0x1b, 0x9a);
    if (key == QLatin1String("never"))
        return QColor(0x9e, 0x9e, 0x9e);
    if (key == QLatin1String("reconsent"))
        return QColor(0xef, 0x6c, 0x00);
    return QColor(0x60, 0x60, 0x60);
}

bool ComplianceReport::statusByCompound(const services::ComplianceFigures& f)
{
    if (f.byBuilding.size() <= kMaxBars)
        return false;
    QSet<QString> compounds;
    for (const auto& b : f.byBuilding)
        compounds.insert(b.compound);
    return compounds.size() > 1;
}

ChartSpec ComplianceReport::statusByBuildingChart(const services::ComplianceFigures& f)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::StackedBars;
    spec.valueAxisTitle = tr("Residents");
    const QStringList keys{QStringLiteral("agreed"), QStringLiteral("refused"), QStringLiteral("withdrawn"),
                           QStringLiteral("never"), QStringLiteral("reconsent")};
    QList<ChartSeries> series;
    for (const QString& k : keys)
        series.append({consentStatusName(k), {}, statusColor(k)});
    auto addBar = [&series, &spec](const QString& label, const storage::BuildingConsent& b) {
        spec.categories << label;
        series[0].values << b.agreed;
        series[1].values << b.refused;
        series[2].values << b.withdrawn;
        series[3].values << b.neverAsked;
        series[4].values << b.reconsentNeeded;
    };
    if (statusByCompound(f)) {
        // Hundreds of buildings make unreadable bars: one bar per compound
        // (choose a compound to see its buildings).
        spec.title = tr("Consent status by compound");
        QMap<QString, storage::BuildingConsent> sums;
        for (const auto& b : f.byBuilding) {
            auto& sum = sums[b.compound];
            sum.agreed += b.agreed;
            sum.refused += b.refused;
            sum.withdrawn += b.withdrawn;
            sum.neverAsked += b.neverAsked;
            sum.reconsentNeeded += b.reconsentNeeded;
        }
        for (auto it = sums.cbegin(); it != sums.cend(); ++it)
            addBar(it.key(), it.value());
    } else {
        spec.title = tr("Consent status by building");
        // Name buildings with their compound only when there are several compounds.
        QSet<QString> compounds;
        for (const auto& b : f.byBuilding)
            compounds.insert(b.compound);
        for (const auto& b : f.byBuilding)
            addBar(compounds.size() > 1 ? b.compound + QLatin1Char(' ') + b.building : b.building, b);
    }
    spec.horizontal = spec.categories.size() > kMaxBars;
    if (spec.horizontal) {
        // Horizontal bars are drawn bottom-up: reversed, the list reads from the top.
        std::reverse(spec.categories.begin(), spec.categories.end());
        for (auto& s : series)
            std::reverse(s.values.begin(), s.values.end());
    }
    spec.series = series;
    spec.emptyText = tr("No residents in scope");
    return spec;
}

qreal ComplianceReport::statusChartHeightMm(const ChartSpec& spec)
{
    // About 8.5 mm a bar keeps an 8.5 pt label beside every bar (at 6.5 mm Qt
    // Charts elides them to "…"); the rest is title, value axis and legend.
    // Capped at a page.
    if (!spec.horizontal)
        return 85;
    return std::clamp(45.0 + 8.5 * qreal(spec.categories.size()), 85.0, 235.0);
}

ChartSpec ComplianceReport::trendChart(const services::ComplianceFigures& f)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Lines;
    spec.title = tr("Consents and opt-outs by month");
    spec.valueAxisTitle = tr("Events");
    ChartSeries granted{tr("Consent given"), {}, statusColor(QStringLiteral("agreed"))};
    ChartSeries optedOut{tr("Refused or withdrawn"), {}, statusColor(QStringLiteral("refused"))};
    for (const auto& m : f.trend) {
        spec.categories << m.month;
        granted.values << m.granted;
        optedOut.values << m.refused + m.withdrawn;
    }
    spec.series = {granted, optedOut};
    spec.emptyText = tr("No consent events in the period");
    return spec;
}

ChartSpec ComplianceReport::credentialMixChart(const services::ComplianceFigures& f)
{
    ChartSpec spec;
    spec.kind = ChartSpec::Kind::Pie;
    spec.title = tr("Active credentials by type");
    ChartSeries s{tr("Credentials"), {}, {}};
    for (const QString& key : {QStringLiteral("card"), QStringLiteral("pin"), QStringLiteral("qr"), QStringLiteral("visitor")}) {
        spec.categories << credentialTypeName(key);
        s.values << f.credentialMix.value(key);
    }
    spec.series = {s};
    spec.emptyText = tr("No credentials issued");
    return spec;
}

void ComplianceReport::build(PdfDocument& doc, const ComplianceReportData& data)
{
    const services::ComplianceFigures& f = data.figures;
    doc.heading(tr("Face recognition compliance report"));
    doc.keyValues({{tr("Scope"), data.scope},
                   {tr("Period"), data.period},
                   {tr("Residents living in scope"), num(f.residents)}});
    doc.paragraph(tr("Face recognition is used only for residents who gave separate consent; everyone else enters "
                     "with a card, PIN or QR code. This report states how that rule holds in the scope above."),
                  Style::Small);

    // ----- summary
    doc.heading(tr("Summary"), 2);
    const int violations = f.coverageViolations.value_or(-1);
    auto filingText = [&]() {
        const auto& s = f.filing;
        switch (s.level) {
        case core::FilingStatus::Level::Below:
            return tr("%1 of 100,000 — below the filing threshold").arg(num(s.people));
        case core::FilingStatus::Level::Warning:
            return tr("%1 of 100,000 — approaching the filing threshold").arg(num(s.people));
        case core::FilingStatus::Level::Exceeded:
            if (s.workingDaysLeft < 0)
                return tr("%1 — threshold reached on %2; the filing with the provincial CAC was due on %3 "
                          "(overdue by %n working day(s))", nullptr, -s.workingDaysLeft)
                    .arg(num(s.people), s.crossedOn->toString(Qt::ISODate), s.deadline->toString(Qt::ISODate));
            return tr("%1 — threshold reached on %2; file with the provincial CAC by %3 (%n working day(s) left)",
                      nullptr, s.workingDaysLeft)
                .arg(num(s.people), s.crossedOn->toString(Qt::ISODate), s.deadline->toString(Qt::ISODate));
        }
        return QString();
    };
    QList<QStringList> summary{
        {tr("Agreed to face recognition"), num(f.consentTotal(QStringLiteral("agreed"))), QString()},
        {tr("Refused"), num(f.consentTotal(QStringLiteral("refused"))), QString()},
        {tr("Withdrawn"), num(f.consentTotal(QStringLiteral("withdrawn"))), QString()},
        {tr("Never asked"), num(f.consentTotal(QStringLiteral("never"))), QString()},
        {tr("Re-consent needed"), num(f.consentTotal(QStringLiteral("reconsent"))), tr("0 when every notice change is re-confirmed")},
        {tr("Coverage violations (resident without face consent and without a working card, PIN or QR)"),
         violations < 0 ? tr("not available") : num(violations), tr("target 0")},
        {tr("Active credentials: card / PIN / QR / visitor"),
         QStringLiteral("%1 / %2 / %3 / %4")
             .arg(num(f.credentialMix.value(QStringLiteral("card"))), num(f.credentialMix.value(QStringLiteral("pin"))),
                  num(f.credentialMix.value(QStringLiteral("qr"))), num(f.credentialMix.value(QStringLiteral("visitor")))),
         QString()},
        {tr("Face data deletions in the period"), num(f.deletions), QString()},
        {tr("Time from withdrawal to deletion: median / maximum"),
         f.medianDeletionSeconds ? durationText(*f.medianDeletionSeconds) + QStringLiteral(" / ")
                                       + durationText(*f.maxDeletionSeconds)
                                 : tr("no deletions"),
         tr("courts have ordered deletion within 5 days")},
        {tr("Copies on devices awaiting confirmed deletion"), num(f.deviceCopiesPending), tr("target 0")},
        {tr("People whose face data is held"), filingText(), tr("filing within 30 working days at 100,000")},
        {tr("Doors and cameras failing the compliance check"),
         tr("%1 of %2").arg(num(f.devicesFailing()), num(f.doorsInScope + f.camerasInScope)), tr("target 0")},
        {tr("Door events in the period: allowed / denied"),
         QStringLiteral("%1 / %2").arg(num(f.accessEvents.value(QStringLiteral("allowed"))),
                                       num(f.accessEvents.value(QStringLiteral("denied")))),
         QString()},
    };
    doc.table({tr("Figure"), tr("Value"), tr("Target / note")}, summary, {0.45, 0.33, 0.22});
    if (violations > 0)
        doc.paragraph(tr("%n resident(s) without face consent cannot open every door they are entitled to. "
                         "Issue each of them a card, PIN or QR code.", nullptr, violations),
                      Style::Warning);
    else if (violations == 0)
        doc.paragraph(tr("Every resident without face consent holds a working card, PIN or QR code."), Style::Good);
    if (f.filing.level == core::FilingStatus::Level::Exceeded)
        doc.paragraph(tr("Filing with the provincial Cyberspace Administration is due by %1.")
                              .arg(f.filing.deadline->toString(Qt::ISODate))
                          + QLatin1Char(' ') + filingCalendarText(f.filing),
                      Style::Warning);

    // ----- charts
    doc.heading(tr("Charts"), 2);
    const ChartSpec status = statusByBuildingChart(f);
    doc.chart(status, statusChartHeightMm(status));
    if (!f.trend.isEmpty())
        doc.chart(trendChart(f), f.trend.size() > 12 ? 95 : 75);   // upright month labels need the height
    else
        doc.paragraph(tr("No consent events in the period."), Style::Small);
    doc.chart(credentialMixChart(f), 70);   // says "No credentials issued" when there are none

    // ----- coverage violations
    doc.heading(tr("Coverage violations"), 2);
    if (!f.coverageViolations)
        doc.paragraph(tr("Not available in this database."), Style::Small);
    else if (f.violations.isEmpty())
        doc.paragraph(tr("None."), Style::Good);
    else {
        QList<QStringList> rows;
        for (const auto& v : f.violations)
            rows << QStringList{v.building, v.unit, v.name, QString::number(v.residentId)};
        doc.table({tr("Building"), tr("Unit"), tr("Resident"), tr("Record no.")}, rows, {0.25, 0.2, 0.35, 0.2});
        listNote(doc, int(f.violations.size()), *f.coverageViolations);
    }

    // ----- opted-out residents
    doc.heading(tr("Residents who refused or withdrew, and their credentials"), 2);
    const int optedOutTotal = f.consentTotal(QStringLiteral("refused")) + f.consentTotal(QStringLiteral("withdrawn"));
    if (data.optedOut.isEmpty())
        doc.paragraph(tr("None."), Style::Small);
    else {
        QList<QStringList> rows;
        for (const auto& r : data.optedOut)
            rows << QStringList{r.building, r.unit, r.name, consentStatusName(r.status), localDateTime(r.since),
                                credentialList(r.detail)};
        doc.table({tr("Building"), tr("Unit"), tr("Resident"), tr("Decision"), tr("Since"), tr("Credentials")}, rows,
                  {0.14, 0.1, 0.2, 0.13, 0.18, 0.25});
        listNote(doc, int(data.optedOut.size()), optedOutTotal);
    }

    // ----- deletions
    doc.heading(tr("Face data deletions"), 2);
    if (f.recentDeletions.isEmpty())
        doc.paragraph(tr("No deletions in the period."), Style::Small);
    else {
        QList<QStringList> rows;
        for (const auto& d : f.recentDeletions)
            rows << QStringList{localDateTime(d.requestedAt), localDateTime(d.deletedAt), d.building + QLatin1Char(' ') + d.unit,
                                d.name, deletionReasonName(d.reason),
                                deletedDataText(d.images, d.templates),
                                d.pendingDevices.isEmpty() ? tr("none pending") : d.pendingDevices.join(QStringLiteral(", ")),
                                d.actor};
        doc.table({tr("Requested"), tr("Deleted"), tr("Unit"), tr("Resident"), tr("Reason"), tr("Deleted data"),
                   tr("Device copies pending"), tr("By")},
                  rows, {0.13, 0.13, 0.1, 0.12, 0.13, 0.14, 0.13, 0.12});
        listNote(doc, int(f.recentDeletions.size()), f.deletions);
    }

    // ----- re-consent backlog
    doc.heading(tr("Re-consent backlog"), 2);
    if (data.reconsent.isEmpty())
        doc.paragraph(tr("Nobody is waiting to be asked again."), Style::Small);
    else {
        QList<QStringList> rows;
        for (const auto& r : data.reconsent)
            rows << QStringList{r.building, r.unit, r.name, localDateTime(r.since),
                                r.detail.isEmpty() ? tr("consent expired") : r.detail.left(10)};
        doc.table({tr("Building"), tr("Unit"), tr("Resident"), tr("Last decision"), tr("Grace period ends")}, rows,
                  {0.18, 0.14, 0.28, 0.2, 0.2});
        listNote(doc, int(data.reconsent.size()), f.consentTotal(QStringLiteral("reconsent")));
    }

    // ----- devices and signage
    doc.heading(tr("Doors, cameras and signage"), 2);
    doc.paragraph(tr("The device registry's compliance check: face recognition is never the only way through a door, "
                     "no face reader or face-recognition camera in a private space (toilets, changing rooms, homes), and "
                     "a recorded sign wherever face recognition is used. In scope: %1 door(s), %2 camera(s).")
                      .arg(num(f.doorsInScope), num(f.camerasInScope)),
                  Style::Small);
    const int failing = f.devicesFailing();
    if (failing == 0)
        doc.paragraph(tr("Every door and camera passes the check."), Style::Good);
    else
        doc.paragraph(tr("%n door(s) or camera(s) fail the check; the reasons are listed first below.", nullptr, failing),
                      Style::Warning);
    // A large estate has thousands of card-only doors: every device that
    // uses face recognition, has a camera or fails is listed; the plain
    // card/PIN/QR doors that pass are counted.
    const bool listAll = f.devices.size() <= kDeviceListAll;
    QList<QStringList> rows;
    int plain = 0;
    for (const auto& d : f.devices) {
        if (!listAll && d.problems.isEmpty() && !d.usesFace() && !d.camera && d.watchedBy.isEmpty()) {
            ++plain;
            continue;
        }
        QStringList setup;
        if (d.camera) {
            setup << (d.faceRecognition ? tr("camera with face recognition") : tr("camera: detection and blur only"));
            setup << tr("recording off");   // the console stores no camera video at all
            if (!d.watches.isEmpty())
                setup << tr("watches %1").arg(d.watches.join(QStringLiteral(", ")));
        } else {
            QStringList readers;
            for (const auto& [bit, key] : {std::pair{1, "card"}, std::pair{2, "pin"}, std::pair{4, "qr"}})
                if (d.acceptsMask & bit)
                    readers << credentialTypeName(QString::fromLatin1(key));
            setup << (readers.isEmpty() ? tr("no card, PIN or QR reader") : readers.join(QStringLiteral(", ")));
            if (d.faceReader)
                setup << tr("face reader");
            if (!d.watchedBy.isEmpty())
                setup << tr("camera %1").arg(d.watchedBy);
            if (d.privateSpace)
                setup << tr("private space");
        }
        const QString place = d.camera ? tr("camera") : (d.building.isEmpty() ? tr("compound gate") : d.building);
        const QString sign = d.camera ? QStringLiteral("—")
                                      : (d.signageDate.isValid() ? tr("posted %1").arg(d.signageDate.toString(Qt::ISODate))
                                                                 : (d.usesFace() ? tr("none recorded") : tr("not needed")));
        rows << QStringList{d.name, place, setup.join(QStringLiteral("; ")), sign,
                            d.problems.isEmpty() ? tr("OK") : tr("FAILS: %1").arg(d.problems.join(QLatin1Char(' ')))};
    }
    if (!rows.isEmpty())
        doc.table({tr("Door or camera"), tr("Where"), tr("Set-up"), tr("Sign"), tr("Check")}, rows,
                  {0.17, 0.1, 0.3, 0.13, 0.3});
    if (plain > 0)
        doc.paragraph(tr("%n other door(s) read card, PIN or QR code only, with no face reader or camera: they pass the "
                         "check and need no sign.", nullptr, plain),
                      Style::Small);

    // ----- audit chain
    doc.heading(tr("Audit trail"), 2);
    const auto& a = data.audit;
    QString verdict;
    if (!a.intact)
        verdict = tr("not verified by this build");
    else if (*a.intact)
        verdict = tr("verified: every entry's HMAC and the chain head match")
                  + (a.problem.isEmpty() ? QString() : QStringLiteral(" (") + a.problem + QLatin1Char(')'));
    else
        verdict = tr("BROKEN at entry %1: %2").arg(a.brokenId).arg(a.problem);
    doc.keyValues({{tr("Entries"), num(a.tail.entries)},
                   {tr("Chain head (newest entry)"),
                    tr("no. %1, %2, %3").arg(a.tail.lastId).arg(localDateTime(a.tail.lastAt), a.tail.lastAction)},
                   {tr("Head MAC"), QString::fromLatin1(a.tail.lastMac.toHex())},
                   {tr("Verification"), verdict}});
    if (a.intact && !*a.intact)
        doc.paragraph(tr("The audit trail has been altered. Keep this report and inform the data protection officer."),
                      Style::Warning);

    if (!f.notes.isEmpty()) {
        doc.heading(tr("Notes"), 2);
        for (const QString& n : f.notes)
            doc.paragraph(QStringLiteral("• ") + n, Style::Small);
    }
}

} // namespace cg::reports
