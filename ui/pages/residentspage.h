#pragma once

#include "core/actor.h"
#include "core/permissions.h"
#include "ui/page.h"

#include <QList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace cg::core {
class Clock;
}
namespace cg::services {
class MoveOutService;
class ResidentExporter;
class ResidentImporter;
class ResidentService;
}

namespace cg::ui {

class ResidentDetailExtension;
class ResidentTableModel;

// The residents list: search as you type (name, unit, phone, pinyin
// initials), filters, keyset-paged table, and the editor, move-out wizard,
// import and export. Keyboard: typing anywhere searches, arrows move,
// Enter opens, Ctrl+N adds, Ctrl+F goes to the search field.
class ResidentsPage final : public Page
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;
    struct Services
    {
        std::shared_ptr<services::ResidentService> residents;
        std::shared_ptr<services::MoveOutService> moveOut;
        std::shared_ptr<services::ResidentImporter> importer;
        std::shared_ptr<services::ResidentExporter> exporter;
    };
    ResidentsPage(Services services, ActorProvider actor, std::shared_ptr<const core::Clock> clock,
                  QWidget* parent = nullptr);

    // Tabs other parts add to the resident editor (consent history, credentials).
    void addDetailExtension(std::shared_ptr<ResidentDetailExtension> extension);

    QString title() const override;
    QIcon icon() const override;
    QString shortcutHint() const override;
    void activated() override;

    ResidentTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }

public Q_SLOTS:
    void newResident();
    void openCurrent();
    void moveOutCurrent();
    void importResidents();
    void exportResidents();

protected:
    void retranslate() override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    void loadBuildings();
    qint64 currentId() const;

    Services m_services;
    ActorProvider m_actor;
    std::shared_ptr<const core::Clock> m_clock;
    QList<std::shared_ptr<ResidentDetailExtension>> m_extensions;
    ResidentTableModel* m_model = nullptr;
    bool m_loaded = false;

    QLabel* m_heading = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_building = nullptr;
    QComboBox* m_role = nullptr;
    QComboBox* m_consent = nullptr;
    QComboBox* m_coverage = nullptr;
    QCheckBox* m_currentOnly = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_moveOut = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_export = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace cg::ui
