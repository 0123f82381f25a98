#include "ui/pages/residentspage.h"

#include "core/clock.h"
#include "services/residentexporter.h"
#include "services/residentservice.h"
#include "ui/dialogs/moveoutwizard.h"
#include "ui/dialogs/residenteditor.h"
#include "ui/dialogs/residentimportdialog.h"
#include "ui/icons.h"
#include "ui/models/residenttablemodel.h"
#include "ui/shortcuttooltips.h"

#include <QCheckBox>
#include <QDir>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cg::ui {

ResidentsPage::ResidentsPage(Services services, ActorProvider actor, std::shared_ptr<const core::Clock> clock,
                             QWidget* parent)
    : Page(parent), m_services(std::move(services)), m_actor(std::move(actor)), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("residentsPage"));
    m_model = new ResidentTableModel(m_services.residents, m_actor, m_clock, this);
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: 600;"));
    layout->addWidget(m_heading);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("residentSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    m_search->setStyleSheet(QStringLiteral("font-size: 12pt; padding: 4px;"));
    filters->addWidget(m_search, 2);
    m_building = new QComboBox(this);
    m_role = new QComboBox(this);
    m_consent = new QComboBox(this);
    m_coverage = new QComboBox(this);
    for (QComboBox* c : {m_building, m_role, m_consent, m_coverage}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        // Never narrower than the longest choice: the search field takes what is left.
        c->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        filters->addWidget(c);
    }
    m_currentOnly = new QCheckBox(this);
    m_currentOnly->setChecked(true);
    filters->addWidget(m_currentOnly);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("residentTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(ResidentTableModel::Name, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    const QList<QPair<int, int>> widths = {{ResidentTableModel::Name, 130}, {ResidentTableModel::Unit, 120},
                                           {ResidentTableModel::Role, 135}, {ResidentTableModel::Phone, 115},
                                           {ResidentTableModel::IdNumber, 150}, {ResidentTableModel::Status, 90},
                                           {ResidentTableModel::MoveIn, 85}, {ResidentTableModel::Consent, 100}};
    for (const auto& [column, width] : widths)
        m_table->setColumnWidth(column, width);
    m_table->installEventFilter(this);
    m_search->installEventFilter(this);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("residentCount"));
    bottom->addWidget(m_count, 1);
    m_new = new QPushButton(themedIcon(QStringLiteral("document-new")), QString(), this);
    m_open = new QPushButton(themedIcon(QStringLiteral("im-user")), QString(), this);
    m_moveOut = new QPushButton(themedIcon(QStringLiteral("go-next")), QString(), this);
    m_import = new QPushButton(themedIcon(QStringLiteral("document-open")), QString(), this);
    m_export = new QPushButton(themedIcon(QStringLiteral("document-export")), QString(), this);
    for (QPushButton* b : {m_new, m_open, m_moveOut, m_import, m_export}) {
        b->setMinimumHeight(36);
        bottom->addWidget(b);
    }
    layout->addLayout(bottom);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &ResidentsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        applyFilter();
        m_table->setFocus();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    for (QComboBox* c : {m_building, m_role, m_consent, m_coverage})
        connect(c, &QComboBox::activated, this, &ResidentsPage::applyFilter);
    connect(m_currentOnly, &QCheckBox::toggled, this, &ResidentsPage::applyFilter);
    connect(m_table, &QTableView::activated, this, &ResidentsPage::openCurrent);
    connect(m_new, &QPushButton::clicked, this, &ResidentsPage::newResident);
    connect(m_open, &QPushButton::clicked, this, &ResidentsPage::openCurrent);
    connect(m_moveOut, &QPushButton::clicked, this, &ResidentsPage::moveOutCurrent);
    connect(m_import, &QPushButton::clicked, this, &ResidentsPage::importResidents);
    connect(m_export, &QPushButton::clicked, this, &ResidentsPage::exportResidents);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResidentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResidentsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ResidentsPage::updateCount);
    connect(m_model, &ResidentTableModel::loadFailed, this, [this](const QString& message) { m_count->setText(message); });
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &ResidentsPage::newResident);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    ShortcutToolTips::setKeys(m_new, newShortcut->key());
    ShortcutToolTips::setKeys(m_search, findShortcut->key());

    const core::Role role = m_actor().role;
    m_import->setVisible(core::roleAllows(role, core::Permission::ImportResidents));
    m_export->setVisible(core::roleAllows(role, core::Permission::ExportResidents));
    m_new->setEnabled(core::roleAllows(role, core::Permission::EditResidents));
    m_moveOut->setEnabled(core::roleAllows(role, core::Permission::MoveOutResidents));
    retranslate();
}

void ResidentsPage::addDetailExtension(std::shared_ptr<ResidentDetailExtension> extension)
{
    m_extensions.append(std::move(extension));
}

QString ResidentsPage::title() const
{
    return tr("Residents");
}

QIcon ResidentsPage::icon() const
{
    return themedIcon(QStringLiteral("system-users"));
}

QString ResidentsPage::shortcutHint() const
{
    return tr("Type to search · Enter opens · Ctrl+N new resident");
}

void ResidentsPage::activated()
{
    if (!m_loaded) {
        m_loaded = true;
        loadBuildings();
        applyFilter();
    }
    m_search->setFocus();
}

void ResidentsPage::loadBuildings()
{
    const qint64 keep = m_building->currentData().toLongLong();
    m_building->clear();
    m_building->addItem(tr("All buildings"), qint64(0));
    if (auto buildings = m_services.residents->buildings(m_actor())) {
        for (const core::Building& b : buildings.value())
            m_building->addItem(b.name, b.id);
    }
    m_building->setCurrentIndex(std::max(0, m_building->findData(keep)));
}

void ResidentsPage::applyFilter()
{
    storage::ResidentFilter f = m_model->filter();
    f.search = m_search->text().trimmed();
    f.buildingId = m_building->currentData().toLongLong();
    f.unitId = 0;
    const int role = m_role->currentData().toInt();
    f.role = role >= 0 ? std::optional<core::ResidentRole>(core::ResidentRole(role)) : std::nullopt;
    f.consentStatus = m_consent->currentData().toString();
    f.credentialCoverage = m_coverage->currentData().toString();
    f.currentOnly = m_currentOnly->isChecked();
    m_model->setFilter(f);
}

void ResidentsPage::updateCount()
{
    if (!m_model->countIsExact()) {
        // A broad search: counting every match would cost more than it tells.
        m_count->setText(tr("Residents: more than %L1 — type more to narrow the search, or scroll to the end to count "
                            "them all.")
                             .arg(m_model->rowCount()));
        return;
    }
    // "Residents: N" needs no plural forms (English "(s)" reads badly).
    m_count->setText(tr("Residents: %L1").arg(m_model->rowCount()));
}

qint64 ResidentsPage::currentId() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->residentId(index.row()) : 0;
}

void ResidentsPage::newResident()
{
    if (!core::roleAllows(m_actor().role, core::Permission::EditResidents))
        return;
    qint64 unit = 0;
    if (const qint64 id = currentId()) {
        if (auto r = m_services.residents->get(m_actor(), id))
            unit = r->unitId;   // families are registered one after another
    }
    ResidentEditor editor(m_services.residents, m_actor, m_clock, 0, unit, m_extensions, this);
    if (editor.exec() == QDialog::Accepted)
        m_model->refresh();
}

void ResidentsPage::openCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    const int row = m_table->currentIndex().row();
    ResidentEditor editor(m_services.residents, m_actor, m_clock, id, 0, m_extensions, this);
    if (editor.exec() == QDialog::Accepted) {
        m_model->refresh();
        m_table->selectRow(std::min(row, m_model->rowCount() - 1));
    }
}

void ResidentsPage::moveOutCurrent()
{
    const qint64 id = currentId();
    if (id == 0 || !m_services.moveOut)
        return;
    MoveOutWizard wizard(m_services.moveOut, m_services.residents, m_actor, m_clock, id, this);
    wizard.exec();
    m_model->refresh();
}

void ResidentsPage::importResidents()
{
    ResidentImportDialog dialog(m_services.importer, m_actor, this);
    dialog.exec();
    if (dialog.imported()) {
        loadBuildings();
        m_model->refresh();
    }
}

void ResidentsPage::exportResidents()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Export residents"));
    auto* layout = new QVBoxLayout(&ask);
    auto* masked = new QRadioButton(tr("ID numbers masked (3301**********1234)"), &ask);
    auto* full = new QRadioButton(tr("Include full ID numbers — a provision of personal data, written to the audit log"), &ask);
    masked->setChecked(true);
    full->setEnabled(core::roleAllows(m_actor().role, core::Permission::ExportFullIds));
    auto* chinese = new QCheckBox(tr("Chinese column headers"), &ask);
    chinese->setChecked(QLocale().language() == QLocale::Chinese);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    for (QWidget* w : std::initializer_list<QWidget*>{masked, full, chinese, buttons})
        layout->addWidget(w);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export residents"), QStringLiteral("residents.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    services::ResidentExporter::Options options;
    options.includeFullIds = full->isChecked();
    options.chineseHeaders = chinese->isChecked();
    auto summary = m_services.exporter->exportCsv(m_actor(), path, options);
    if (!summary) {
        QMessageBox::warning(this, tr("Export residents"), summary.error().message);
        return;
    }
    m_count->setText(tr("Exported %1 residents to %2.").arg(summary->rows).arg(QDir::toNativeSeparators(path)));
}

bool ResidentsPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_table) {
            // Typing in the table searches: a clerk never has to find the field.
            const QString text = key->text();
            if (!text.isEmpty() && text.at(0).isPrint() && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
                m_search->setFocus();
                m_search->setText(m_search->text() + text);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                openCurrent();
                return true;
            }
        } else if (watched == m_search && (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)) {
            m_table->setFocus();
            if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->selectRow(0);
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void ResidentsPage::retranslate()
{
    m_heading->setText(tr("Residents"));
    // Short enough to show whole beside the filters; the tooltip has the rest.
    m_search->setPlaceholderText(tr("Name, unit, phone or pinyin"));
    m_search->setToolTip(tr("Search by name, unit, phone or pinyin initials (e.g. wxm for 王小明)"));
    m_search->setAccessibleName(tr("Search residents"));
    {
        // Room for the placeholder, the search icon and the clear button, in every language.
        m_search->ensurePolished();   // the style sheet's font size
        const QFontMetrics metrics(m_search->font());
        m_search->setMinimumWidth(metrics.horizontalAdvance(m_search->placeholderText()) + 3 * metrics.height() + 16);
    }
    auto refill = [](QComboBox* combo, const QList<QPair<QString, QVariant>>& items) {
        const QVariant keep = combo->currentData();
        combo->clear();
        for (const auto& [text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findData(keep)));
    };
    QList<QPair<QString, QVariant>> roles = {{tr("All roles"), -1}};
    for (core::ResidentRole r : core::allResidentRoles())
        roles.append({core::residentRoleDisplayName(r), int(r)});
    refill(m_role, roles);
    refill(m_consent, {{tr("Any face consent"), QString()},
                       {ResidentTableModel::consentText(QStringLiteral("active")), QStringLiteral("active")},
                       {ResidentTableModel::consentText(QStringLiteral("refused")), QStringLiteral("refused")},
                       {ResidentTableModel::consentText(QStringLiteral("withdrawn")), QStringLiteral("withdrawn")},
                       {tr("Not asked yet"), QStringLiteral("unknown")}});
    refill(m_coverage, {{tr("Any credentials"), QString()},
                        {ResidentTableModel::coverageText(QStringLiteral("covered")), QStringLiteral("covered")},
                        {ResidentTableModel::coverageText(QStringLiteral("uncovered")), QStringLiteral("uncovered")}});
    if (m_building->count() > 0)
        m_building->setItemText(0, tr("All buildings"));
    m_building->setAccessibleName(tr("Building"));
    m_role->setAccessibleName(tr("Role"));
    m_consent->setAccessibleName(tr("Face consent"));
    m_coverage->setAccessibleName(tr("Credentials"));
    m_currentOnly->setText(tr("Current residents only"));
    m_table->setAccessibleName(tr("Residents"));
    m_new->setText(tr("&New resident"));
    m_open->setText(tr("&Open"));
    m_moveOut->setText(tr("&Move out…"));
    m_import->setText(tr("&Import…"));
    m_export->setText(tr("&Export…"));
    updateCount();
}

} // namespace cg::ui
