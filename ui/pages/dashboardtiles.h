#pragma once

#include "services/complianceservice.h"

#include <QWidget>

class QPushButton;

namespace cg::ui {

class FigureTile;

// The Reports page's four figure tiles, status in colour and text: coverage
// violations (target 0; the list one click away), deletions in the period
// with the time from withdrawal to deletion, people whose face data is held
// against the 100,000 filing threshold (the working-day deadline and the
// holiday table behind it), and doors and cameras failing the compliance
// check. Retranslates its captions; the page shows the figures again.
class DashboardTiles final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardTiles(QWidget* parent = nullptr);

    void showFigures(const services::ComplianceFigures& f);

Q_SIGNALS:
    void violationsRequested();
    void holidayTableRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void showViolations(const services::ComplianceFigures& f);
    void showDeletions(const services::ComplianceFigures& f);
    void showFiling(const services::ComplianceFigures& f);
    void showDevices(const services::ComplianceFigures& f);
    void retranslate();

    FigureTile* m_violations = nullptr;
    QPushButton* m_violationsButton = nullptr;
    FigureTile* m_deletions = nullptr;
    FigureTile* m_faceData = nullptr;
    QPushButton* m_holidayButton = nullptr;
    FigureTile* m_doors = nullptr;
};

} // namespace cg::ui
