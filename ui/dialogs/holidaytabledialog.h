#pragma once

#include "core/actor.h"
#include "core/workingcalendar.h"

#include <QDialog>

#include <memory>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cg::services {
class ComplianceService;
}

namespace cg::ui {

// The working-day calendar behind the 30-working-day filing deadline: the
// shipped State Council table, edited by a manager or administrator when a
// new year's notice is published (holidays and make-up working days).
// Saving goes through ComplianceService::setCalendarCsv (validated, audited);
// errors name the row. Other roles see the table read-only. Rows a person
// adds or edits are marked "admin:<name>", which makes their year official.
class HolidayTableDialog final : public QDialog
{
    Q_OBJECT
public:
    HolidayTableDialog(std::shared_ptr<services::ComplianceService> compliance, core::Actor actor, int currentYear,
                       QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QString yearStatusText() const;
    // Stores the table; false (and the reason shown) when it is refused.
    bool save();
    void addDay(const core::CalendarDay& day);

private:
    enum Column { Date, Weekday, Kind, NameZh, NameEn, Source, ColumnCount };
    void load(const QList<core::CalendarDay>& days);
    QList<core::CalendarDay> days() const;
    QString csv() const;
    void rowEdited(int row);
    void updateYears();

    std::shared_ptr<services::ComplianceService> m_compliance;
    core::Actor m_actor;
    int m_currentYear = 0;
    bool m_editable = false;
    bool m_loading = false;
    QLabel* m_intro = nullptr;
    QLabel* m_years = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_reset = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace cg::ui
