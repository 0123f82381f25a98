#pragma once

#include "core/actor.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

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
class DeviceDeletionQueue final : public QWidget
{
    Q_OBJECT
public:
    DeviceDeletionQueue(std::shared_ptr<services::ConsentService> consent, std::shared_ptr<const core::Clock> clock,
                        std::function<core::Actor()> actor, QWidget* parent = nullptr);

    static constexpr int kPromisedDays = 5;

    void reload();
    int count() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* confirmButton() const { return m_confirm; }
    QString summaryText() const;
    // Confirms the selected entry; `ask` false skips the question (tests).
    bool confirmSelected(bool ask = true);

    // "3 d 4 h", "25 min": how long an entry has waited.
    static QString ageText(qint64 seconds);

Q_SIGNALS:
    void countChanged(int count);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<services::ConsentService> m_consent;
    std::shared_ptr<const core::Clock> m_clock;
    std::function<core::Actor()> m_actor;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_refresh = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace cg::ui
