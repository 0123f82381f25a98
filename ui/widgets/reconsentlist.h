#pragma once

#include "core/actor.h"
#include "ui/widgets/listtab.h"

#include <functional>
#include <memory>

class QPushButton;

namespace cg::core {
class Clock;
}
namespace cg::services {
class ConsentService;
}

namespace cg::ui {

// Residents who must be asked again (new notice scope, a minor who turned 14,
// a guardian who moved out), soonest grace-period end first, with one key to
// start their consent session. Reads through ConsentService::reconsentList.
class ReconsentList final : public ListTab
{
    Q_OBJECT
public:
    ReconsentList(std::shared_ptr<services::ConsentService> consent, std::shared_ptr<const core::Clock> clock,
                  std::function<core::Actor()> actor, QWidget* parent = nullptr);

    void reload() override;
    QPushButton* startButton() const { return m_start; }
    qint64 selectedResident() const;

Q_SIGNALS:
    void startSessionRequested(qint64 residentId);

private:
    void retranslate() override;
    void requestStart();

    std::shared_ptr<services::ConsentService> m_consent;
    std::shared_ptr<const core::Clock> m_clock;
    std::function<core::Actor()> m_actor;
    QPushButton* m_start = nullptr;
};

} // namespace cg::ui
