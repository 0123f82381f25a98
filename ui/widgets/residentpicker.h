#pragma once

#include "core/actor.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLineEdit;
class QListWidget;
class QTimer;

namespace cg::services {
class ConsentService;
}

namespace cg::ui {

// The desk's resident finder: a search field (name, unit or phone) and the
// residents found; Enter moves to the first hit. Searches through
// ConsentService (as the signed-in operator).
class ResidentPicker final : public QWidget
{
    Q_OBJECT
public:
    ResidentPicker(std::shared_ptr<services::ConsentService> consent, std::function<core::Actor()> actor,
                   QWidget* parent = nullptr);

    void search();
    // The page became visible: list residents if none are shown, focus the search.
    void activated();
    void focusSearch();
    // Marks the resident the desk shows (chosen elsewhere) without choosing
    // again, so clicking any other row still chooses it.
    void showCurrent(qint64 residentId);
    QLineEdit* searchField() const { return m_search; }
    QListWidget* resultList() const { return m_results; }

Q_SIGNALS:
    void residentChosen(qint64 residentId);
    void failed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::shared_ptr<services::ConsentService> m_consent;
    std::function<core::Actor()> m_actor;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace cg::ui
