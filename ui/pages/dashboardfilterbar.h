#pragma once

#include "core/clock.h"
#include "storage/compliancerepository.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace cg::ui {

// The Reports page's filters: compound, building (of the chosen compound),
// period (presets counted back from the Clock's today, or custom dates) and
// Refresh. Emits refreshRequested() when the filter changes: at once for a
// combo box, when a date editor is left (so typing a date does not start
// ten computations), and on Refresh (F5). Retranslates itself.
class DashboardFilterBar final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardFilterBar(std::shared_ptr<const core::Clock> clock, QWidget* parent = nullptr);

    // Fills the compound and building lists (keeps "All …" first).
    void setScopes(const QList<storage::ScopeRef>& compounds, const QList<storage::ScopeRef>& buildings);
    storage::ComplianceFilter filter() const;

Q_SIGNALS:
    void refreshRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum Preset { Last30Days, Last3Months, ThisYear, Last12Months, AllTime, Custom };

    void fillBuildings();
    void applyPreset();
    void retranslate();

    std::shared_ptr<const core::Clock> m_clock;
    QList<storage::ScopeRef> m_buildingRefs;
    QLabel* m_compoundLabel = nullptr;
    QComboBox* m_compound = nullptr;
    QLabel* m_buildingLabel = nullptr;
    QComboBox* m_building = nullptr;
    QLabel* m_periodLabel = nullptr;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace cg::ui
