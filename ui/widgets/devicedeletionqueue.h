#pragma once

#include "core/actor.h"
#include "ui/widgets/listtab.h"

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace cg::core {
class Clock;
}
namespace cg::services {
class ConsentService;
}

namespace cg::ui {

// Face data that was deleted here but may still sit on a door device: each
// queued device deletion with its age, the count and the oldest, and (for
// whoever may manage devices) confirming that a device deleted its copy.
// Entries older than the notice's promise (5 days) are shown as overdue.
class DeviceDeletionQueue final : public ListTab
{
    Q_OBJECT
public:
    DeviceDeletionQueue(std::shared_ptr<services::ConsentService> consent, std::shared_ptr<const core::Clock> clock,
                        std::function<core::Actor()> actor, QWidget* parent = nullptr);

    static constexpr int kPromisedDays = 5;

    void reload() override;
    QPushButton* confirmButton() const { return m_confirm; }
    QString summaryText() const;
    // Confirms the selected entry; `ask` false skips the question (tests).
    bool confirmSelected(bool ask = true);

    // "3 d 4 h", "25 min": how long an entry has waited.
    static QString ageText(qint64 seconds);

private:
    void retranslate() override;

    std::shared_ptr<services::ConsentService> m_consent;
    std::shared_ptr<const core::Clock> m_clock;
    std::function<core::Actor()> m_actor;
    QPushButton* m_confirm = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cg::ui
