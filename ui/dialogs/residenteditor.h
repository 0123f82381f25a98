#pragma once

#include "core/actor.h"
#include "core/permissions.h"
#include "core/resident.h"
#include "core/result.h"

#include <QDialog>
#include <QHash>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace cg::core {
class Clock;
}
namespace cg::services {
class ResidentService;
}

namespace cg::ui {

// A tab other parts add to an existing resident's editor (consent history,
// credentials, access events). main.cpp registers them on the ResidentsPage.
class ResidentDetailExtension
{
public:
    virtual ~ResidentDetailExtension() = default;
    virtual QString title() const = 0;   // translated
    // A new widget showing this resident; owned by `parent`.
    virtual QWidget* createWidget(qint64 residentId, QWidget* parent) = 0;
};

// Create or edit a resident. Every problem is listed naming the field, the
// field is marked, and nothing is saved until all is valid. Saving an
// existing resident fails cleanly when another desk changed it meanwhile.
class ResidentEditor final : public QDialog
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;
    // residentId 0: a new resident (unitId preselects the unit).
    ResidentEditor(std::shared_ptr<services::ResidentService> residents, ActorProvider actor,
                   std::shared_ptr<const core::Clock> clock, qint64 residentId, qint64 unitId,
                   const QList<std::shared_ptr<ResidentDetailExtension>>& extensions, QWidget* parent = nullptr);

    qint64 savedId() const { return m_saved.id; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void loadBuildings();
    void loadUnits(qint64 buildingId, qint64 selectUnit);
    void loadGuardians();
    void fill(const core::Resident& r);
    bool collect(core::Resident* r, QStringList* dateProblems);
    void showProblems(const QList<core::Error>& problems);
    void save();
    void revealId();

    std::shared_ptr<services::ResidentService> m_residents;
    ActorProvider m_actor;
    std::shared_ptr<const core::Clock> m_clock;
    core::Resident m_original;
    core::Resident m_saved;
    bool m_existing = false;

    QTabWidget* m_tabs = nullptr;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_building = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QPushButton* m_revealId = nullptr;
    QPushButton* m_removeId = nullptr;
    bool m_idRemoved = false;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_guardian = nullptr;
    QComboBox* m_language = nullptr;
    QHash<unsigned, QCheckBox*> m_needs;
    QLineEdit* m_moveIn = nullptr;
    QLineEdit* m_leaseEnd = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_problems = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QHash<QString, QWidget*> m_fields;   // field key -> widget, for marking problems
};

} // namespace cg::ui
