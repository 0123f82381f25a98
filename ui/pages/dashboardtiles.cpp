#include "ui/pages/dashboardtiles.h"

#include "reports/reporttext.h"
#include "ui/icons.h"
#include "ui/widgets/figuretile.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>

namespace cg::ui {

namespace {
QString number(qint64 n)
{
    return QLocale().toString(n);
}
} // namespace

DashboardTiles::DashboardTiles(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("dashboardTiles"));
    auto* tiles = new QHBoxLayout(this);
    tiles->setContentsMargins(0, 0, 0, 0);
    m_violations = new FigureTile(QStringLiteral("tileViolations"), this);
    m_violationsButton = new QPushButton(themedIcon(QStringLiteral("view-list-details")), QString(), m_violations);
    m_violationsButton->setObjectName(QStringLiteral("showViolations"));
    m_violations->addAction(m_violationsButton);
    m_deletions = new FigureTile(QStringLiteral("tileDeletions"), this);
    m_faceData = new FigureTile(QStringLiteral("tileFaceData"), this);
    m_holidayButton = new QPushButton(themedIcon(QStringLiteral("view-calendar")), QString(), m_faceData);
    m_holidayButton->setObjectName(QStringLiteral("showHolidayTable"));
    m_faceData->addAction(m_holidayButton);
    m_doors = new FigureTile(QStringLiteral("tileDoors"), this);
    for (FigureTile* t : {m_violations, m_deletions, m_faceData, m_doors})
        tiles->addWidget(t, 1);
    connect(m_violationsButton, &QPushButton::clicked, this, &DashboardTiles::violationsRequested);
    connect(m_holidayButton, &QPushButton::clicked, this, &DashboardTiles::holidayTableRequested);
    retranslate();
}

void DashboardTiles::showFigures(const services::ComplianceFigures& f)
{
    showViolations(f);
    showDeletions(f);
    showFiling(f);
    showDevices(f);
}

void DashboardTiles::showViolations(const services::ComplianceFigures& f)
{
    using Tone = FigureTile::Tone;
    // Coverage violations: target 0.
    if (!f.coverageViolations)
        m_violations->setFigure(QStringLiteral("—"), tr("Cannot be computed in this database."), Tone::Neutral);
    else if (*f.coverageViolations > 0)
        m_violations->setFigure(number(*f.coverageViolations),
                                tr("Action needed: %Ln resident(s) without face consent cannot pass every door with a card, "
                                   "PIN or QR code.", nullptr, *f.coverageViolations),
                                Tone::Bad);
    else
        m_violations->setFigure(number(0), tr("OK: everyone without face consent can pass every door another way."),
                                Tone::Good);
    m_violationsButton->setEnabled(f.coverageViolations.value_or(0) > 0);
}

void DashboardTiles::showDeletions(const services::ComplianceFigures& f)
{
    using Tone = FigureTile::Tone;
    // Deletions in the period.
    QString deletionText = f.medianDeletionSeconds
                               ? tr("Withdrawal to deletion: median %1, longest %2.")
                                     .arg(reports::durationText(*f.medianDeletionSeconds),
                                          reports::durationText(f.maxDeletionSeconds.value_or(0)))
                               : tr("No deletions in the period.");
    if (f.deviceCopiesPending > 0)
        deletionText += QLatin1Char(' ')
                        + tr("Warning: %Ln copy(ies) on devices not yet confirmed deleted.", nullptr, f.deviceCopiesPending);
    m_deletions->setFigure(number(f.deletions), deletionText, f.deviceCopiesPending > 0 ? Tone::Warning : Tone::Neutral);
}

void DashboardTiles::showFiling(const services::ComplianceFigures& f)
{
    using Tone = FigureTile::Tone;
    const core::FilingStatus& filing = f.filing;
    QString text;
    Tone tone = Tone::Good;
    switch (filing.level) {
    case core::FilingStatus::Level::Below:
        text = tr("OK: below the filing threshold (warning from %1).").arg(number(core::FilingStatus::kWarning));
        break;
    case core::FilingStatus::Level::Warning:
        text = tr("Warning: approaching the 100,000-person threshold; prepare the filing with the provincial "
                  "cyberspace administration.");
        tone = Tone::Warning;
        break;
    case core::FilingStatus::Level::Exceeded:
        tone = Tone::Bad;
        if (filing.deadline && filing.workingDaysLeft >= 0)
            text = tr("Threshold reached: file with the provincial cyberspace administration by %1 "
                      "(%n working day(s) left).", nullptr, filing.workingDaysLeft)
                       .arg(QLocale().toString(*filing.deadline, QLocale::ShortFormat));
        else if (filing.deadline)
            text = tr("Filing overdue: it was due on %1.").arg(QLocale().toString(*filing.deadline, QLocale::ShortFormat));
        else
            text = tr("Threshold reached: file with the provincial cyberspace administration within 30 working days.");
        // Which calendar counted the deadline, and whether a year of it is provisional.
        text += QLatin1Char(' ') + reports::filingCalendarText(filing);
        break;
    }
    // A prompt to whoever keeps the holiday table (shown at every level: the
    // table has to be right before the threshold is reached).
    if (!f.holidayYearsToEnter.isEmpty())
        text += QLatin1Char(' ') + reports::holidayPromptText(f.holidayYearsToEnter);
    m_holidayButton->setIcon(themedIcon(f.holidayYearsToEnter.isEmpty() ? QStringLiteral("view-calendar")
                                                                        : QStringLiteral("emblem-warning")));
    m_faceData->setFigure(tr("%1 / %2").arg(number(filing.people), number(core::FilingStatus::kThreshold)), text, tone);
}

void DashboardTiles::showDevices(const services::ComplianceFigures& f)
{
    using Tone = FigureTile::Tone;
    const int failing = f.devicesFailing();
    if (failing == 0) {
        m_doors->setFigure(number(0),
                           tr("OK: all %1 door(s) and %2 camera(s) pass (face never the only way in, no face devices in "
                              "private spaces, signs recorded).")
                               .arg(number(f.doorsInScope), number(f.camerasInScope)),
                           Tone::Good);
        return;
    }
    QStringList names;
    for (const auto& d : f.devices) {
        if (d.problems.isEmpty() || names.size() == 3)
            continue;
        QString why;
        const QString key = d.problemKeys.value(0);
        if (key == QLatin1String("readers"))
            why = tr("face is the only way through");
        else if (key == QLatin1String("private_space"))
            why = tr("face device in a private space");
        else if (key == QLatin1String("no_reader"))
            why = tr("reads no card, PIN or QR code");
        else
            why = tr("no sign recorded");
        // Door names usually start with their building ("1幢 单元门"): not twice.
        const QString where = d.building.isEmpty() || d.name.contains(d.building)
                                  ? d.name
                                  : tr("%1 (%2)").arg(d.name, reports::buildingName(d.building));
        names << tr("%1: %2").arg(where, why);
    }
    if (failing > names.size())
        names << QStringLiteral("…");
    m_doors->setFigure(number(failing),
                       tr("Action needed (details in the compliance report): %1")
                           .arg(names.join(QLocale().language() == QLocale::Chinese ? QStringLiteral("；")
                                                                                    : QStringLiteral("; "))),
                       Tone::Bad);
}

void DashboardTiles::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardTiles::retranslate()
{
    m_violations->setCaption(tr("Coverage violations (target 0)"));
    m_violationsButton->setText(tr("Show the &list…"));
    m_violationsButton->setAccessibleName(tr("Show the residents breaking the coverage rule"));
    m_deletions->setCaption(tr("Deletions in the period"));
    m_faceData->setCaption(tr("People whose face data is held (filing threshold 100,000)"));
    m_holidayButton->setText(tr("&Holiday table…"));
    m_holidayButton->setToolTip(tr("The working days that count the 30-working-day filing deadline."));
    m_doors->setCaption(tr("Doors and cameras failing the compliance check"));
}

} // namespace cg::ui
