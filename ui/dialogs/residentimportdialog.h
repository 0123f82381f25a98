#pragma once

#include "core/actor.h"
#include "services/residentimporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>
#include <memory>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cg::ui {

// Import of an old system's spreadsheet: choose the file, see how its
// columns were understood and the first rows, see every problem with line
// and column, then import all or nothing. Checking and importing run on a
// worker thread (100,000 rows take seconds); the dialog stays responsive.
class ResidentImportDialog final : public QDialog
{
    Q_OBJECT
public:
    using ActorProvider = std::function<core::Actor()>;
    ResidentImportDialog(std::shared_ptr<services::ResidentImporter> importer, ActorProvider actor,
                         QWidget* parent = nullptr);

    // Starts a check of `path` (the file chooser calls this too).
    void checkFile(const QString& path);
    bool imported() const { return m_imported; }

Q_SIGNALS:
    void importDone(bool committed);

private:
    // The field a column feeds, in the user's language ("id_number" -> "ID number").
    static QString fieldLabel(const QString& key);
    void chooseFile();
    void start(services::ResidentImporter::Mode mode);
    void present(const core::Result<services::ResidentImporter::Report>& report, services::ResidentImporter::Mode mode);

    std::shared_ptr<services::ResidentImporter> m_importer;
    ActorProvider m_actor;
    QString m_path;
    bool m_imported = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_preview = nullptr;
    QListWidget* m_issues = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_import = nullptr;
    QFutureWatcher<core::Result<services::ResidentImporter::Report>> m_watcher;
    services::ResidentImporter::Mode m_running = services::ResidentImporter::Mode::Check;
};

} // namespace cg::ui
