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

// Residents who must be asked again (new notice scope, a minor who turned 14,
// a guardian who moved out), soonest grace-period end first, with one key to
// start their consent session. Reads through ConsentService::reconsentList.
class ReconsentList final : public QWidget
{
    Q_OBJECT
public:
    ReconsentList(std::shared_ptr<services::ConsentService> consent, std::shared_ptr<const core::Clock> clock,
                  std::function<core::Actor()> actor, QWidget* parent = nullptr);

    void reload();
    int count() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* startButton() const { return m_start; }
    qint64 selectedResident() const;

Q_SIGNALS:
    void countChanged(int count);
    void startSessionRequested(qint64 residentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void requestStart();

    std::shared_ptr<services::ConsentService> m_consent;
    std::shared_ptr<const core::Clock> m_clock;
    std::function<core::Actor()> m_actor;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace cg::ui
