#include "ui/dialogs/residentimportdialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cg::ui {

using services::ResidentImporter;

ResidentImportDialog::ResidentImportDialog(std::shared_ptr<ResidentImporter> importer, ActorProvider actor, QWidget* parent)
    : QDialog(parent), m_importer(std::move(importer)), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("residentImportDialog"));
    setWindowTitle(tr("Import residents"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A CSV file from a spreadsheet: UTF-8 or GB18030 (Chinese Excel), comma or tab separated, "
                                "with a header row in Chinese or English. Building, unit and name are required. "
                                "Nothing is imported unless every line is correct."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 3);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("importIssues"));
    m_issues->setAccessibleName(tr("Problems found in the file"));
    // Long reasons wrap instead of running off to the right or being cut short.
    m_issues->setWordWrap(true);
    m_issues->setTextElideMode(Qt::ElideNone);
    m_issues->setResizeMode(QListView::Adjust);
    layout->addWidget(m_issues, 2);
    auto* buttons = new QDialogButtonBox(this);
    m_choose = buttons->addButton(tr("Choose &file…"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_choose, &QPushButton::clicked, this, &ResidentImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, [this] { start(ResidentImporter::Mode::Import); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] { present(m_watcher.result(), m_running); });
    resize(900, 620);
}

QString ResidentImportDialog::fieldLabel(const QString& key)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("compound"), QT_TR_NOOP("Compound")},    {QStringLiteral("building"), QT_TR_NOOP("Building")},
        {QStringLiteral("unit"), QT_TR_NOOP("Unit")},            {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},            {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("id_number"), QT_TR_NOOP("ID number")},  {QStringLiteral("birth_date"), QT_TR_NOOP("Birth date")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},    {QStringLiteral("accessibility"), QT_TR_NOOP("Accessibility")},
        {QStringLiteral("move_in"), QT_TR_NOOP("Moved in")},     {QStringLiteral("move_out"), QT_TR_NOOP("Moved out")},
        {QStringLiteral("lease_end"), QT_TR_NOOP("Lease ends")}, {QStringLiteral("guardian"), QT_TR_NOOP("Guardian")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")}};
    const char* label = labels.value(key);
    return label ? tr(label) : key;
}

void ResidentImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import residents"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        checkFile(path);
}

void ResidentImportDialog::checkFile(const QString& path)
{
    m_path = path;
    start(ResidentImporter::Mode::Check);
}

void ResidentImportDialog::start(ResidentImporter::Mode mode)
{
    if (m_path.isEmpty() || m_watcher.isRunning())
        return;
    m_running = mode;
    m_import->setEnabled(false);
    m_choose->setEnabled(false);
    m_summary->setText(mode == ResidentImporter::Mode::Check ? tr("Checking %1…").arg(QFileInfo(m_path).fileName())
                                                             : tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
    const auto importer = m_importer;
    const core::Actor actor = m_actor();
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([importer, actor, path, mode] { return importer->runFile(actor, path, mode); }));
}

void ResidentImportDialog::present(const core::Result<ResidentImporter::Report>& result, ResidentImporter::Mode mode)
{
    m_choose->setEnabled(true);
    m_issues->clear();
    if (!result) {
        m_summary->setText(result.error().message);
        return;
    }
    const ResidentImporter::Report& r = result.value();
    // Preview: the file's header with the field each column feeds.
    m_preview->clear();
    m_preview->setColumnCount(int(r.headers.size()));
    QStringList headers;
    for (int i = 0; i < r.headers.size(); ++i) {
        const QString field = r.mappedFields.value(i);
        headers << (field.isEmpty() ? tr("%1\n(ignored)").arg(r.headers.at(i))
                                    : QStringLiteral("%1\n→ %2").arg(r.headers.at(i), fieldLabel(field)));
    }
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(r.sample.size()));
    for (int row = 0; row < r.sample.size(); ++row) {
        for (int col = 0; col < r.sample.at(row).size() && col < r.headers.size(); ++col)
            m_preview->setItem(row, col, new QTableWidgetItem(r.sample.at(row).at(col)));
    }
    m_preview->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    for (const core::CsvIssue& issue : r.issues) {
        m_issues->addItem(issue.column.isEmpty() ? tr("Line %1: %2").arg(issue.line).arg(issue.reason)
                                                 : tr("Line %1, column “%2”: %3").arg(issue.line).arg(issue.column, issue.reason));
    }
    const QString file = QFileInfo(m_path).fileName();
    if (!r.issues.isEmpty()) {
        m_summary->setText(tr("%1 (%2): %3 rows read, %4 problems. Correct the file and choose it again; nothing was imported.")
                               .arg(file, r.encoding)
                               .arg(r.rows)
                               .arg(r.issues.size()));
        return;
    }
    if (mode == ResidentImporter::Mode::Check) {
        m_summary->setText(tr("%1 (%2): %3 residents ready to import; %4 new units and %5 new buildings will be created.")
                               .arg(file, r.encoding)
                               .arg(r.created)
                               .arg(r.unitsCreated)
                               .arg(r.buildingsCreated));
        m_import->setEnabled(r.created > 0);
        m_import->setFocus();
        return;
    }
    m_imported = r.committed;
    m_summary->setText(tr("Imported %1 residents from %2.").arg(r.created).arg(file));
    Q_EMIT importDone(r.committed);
}

} // namespace cg::ui
