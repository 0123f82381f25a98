#include "reports/reporttext.h"

#include <QCoreApplication>
#include <QStringList>

namespace cg::reports {

namespace {
struct ReportText
{
    Q_DECLARE_TR_FUNCTIONS(cg::reports::ReportText)
};
} // namespace

QString consentStatusName(const QString& key)
{
    if (key == QLatin1String("granted") || key == QLatin1String("agreed"))
        return ReportText::tr("Agreed");
    if (key == QLatin1String("refused"))
        return ReportText::tr("Refused");
    if (key == QLatin1String("withdrawn"))
        return ReportText::tr("Withdrawn");
    if (key == QLatin1String("expired"))
        return ReportText::tr("Expired");
    if (key == QLatin1String("reconsent"))
        return ReportText::tr("Re-consent needed");
    if (key == QLatin1String("never"))
        return ReportText::tr("Never asked");
    return key;
}

QString credentialTypeName(const QString& key)
{
    if (key == QLatin1String("card"))
        return ReportText::tr("Access card");
    if (key == QLatin1String("pin"))
        return ReportText::tr("PIN");
    if (key == QLatin1String("qr"))
        return ReportText::tr("QR code");
    if (key == QLatin1String("visitor"))
        return ReportText::tr("Visitor pass");
    return key;
}

QString deletionReasonName(const QString& key)
{
    if (key == QLatin1String("withdrawal") || key == QLatin1String("withdrawn"))
        return ReportText::tr("Consent withdrawn");
    if (key == QLatin1String("refusal") || key == QLatin1String("refused"))
        return ReportText::tr("Consent refused");
    if (key == QLatin1String("move_out") || key == QLatin1String("moved_out"))
        return ReportText::tr("Moved out");
    if (key == QLatin1String("retention") || key == QLatin1String("expired") || key == QLatin1String("expiry"))
        return ReportText::tr("Retention period ended");
    if (key == QLatin1String("grace_ended"))
        return ReportText::tr("Re-consent grace period ended");
    if (key == QLatin1String("request"))
        return ReportText::tr("Deletion requested");
    return key;
}

QString credentialList(const QString& raw)
{
    QStringList out;
    for (const QString& item : raw.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString type = item.section(QLatin1Char(':'), 0, 0);
        const QString last4 = item.section(QLatin1Char(':'), 1);
        out << (last4.isEmpty() ? credentialTypeName(type)
                                : credentialTypeName(type) + QStringLiteral(" ••") + last4);
    }
    return out.isEmpty() ? ReportText::tr("none") : out.join(QStringLiteral(", "));
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return ReportText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ReportText::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return ReportText::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    return ReportText::tr("%1 d %2 h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
}

QString localDateTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString yesNo(bool value)
{
    return value ? ReportText::tr("yes") : ReportText::tr("no");
}

QString deletedDataText(int images, int templates)
{
    return ReportText::tr("Images: %1, templates: %2").arg(images).arg(templates);
}

QString filingCalendarText(const core::FilingStatus& status)
{
    if (!status.deadline)
        return {};
    QStringList years;
    for (int y : status.windowYears)
        years << (status.provisionalYears.contains(y)
                      ? ReportText::tr("%1 provisional (statutory holidays only; the State Council's arrangement is "
                                       "not in the table)").arg(y)
                      : ReportText::tr("%1 official (State Council arrangement)").arg(y));
    return ReportText::tr("Working days counted with the holiday table: %1.")
        .arg(years.join(ReportText::tr("; ", "list separator")));
}

QString holidayPromptText(const QList<int>& years)
{
    if (years.isEmpty())
        return {};
    QStringList list;
    for (int y : years)
        list << QString::number(y);
    const QString joined = list.join(ReportText::tr(", ", "list separator between years"));
    return ReportText::tr("Holiday table: enter the State Council's %1 arrangement when it is published (%1 deadlines "
                          "are provisional until then).")
        .arg(joined);
}

QString buildingName(const QString& name)
{
    const QString trimmed = name.trimmed();
    bool number = false;
    trimmed.toInt(&number);
    return number ? ReportText::tr("building %1").arg(trimmed) : trimmed;
}

} // namespace cg::reports
