#pragma once

#include "core/actor.h"

#include <QWizard>

#include <functional>
#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace cg::core {
class Clock;
}
namespace cg::services {
class MoveOutService;
class ResidentService;
}

namespace cg::ui {

// Move-out in three steps: who (this resident or the whole household) and
// when; what will happen (credentials revoked, face data deleted — from the
// registered hooks); what was done. Nothing changes before "Move out".
class MoveOutWizard final : public QWizard
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;
    MoveOutWizard(std::shared_ptr<services::MoveOutService> moveOut, std::shared_ptr<services::ResidentService> residents,
                  ActorProvider actor, std::shared_ptr<const core::Clock> clock, qint64 residentId,
                  QWidget* parent = nullptr);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    QList<qint64> chosenIds() const;

    std::shared_ptr<services::MoveOutService> m_moveOut;
    std::shared_ptr<services::ResidentService> m_residents;
    ActorProvider m_actor;
    qint64 m_residentId = 0;
    qint64 m_unitId = 0;
    QList<qint64> m_household;
    QRadioButton* m_single = nullptr;
    QRadioButton* m_all = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QLabel* m_planError = nullptr;
};

} // namespace cg::ui
