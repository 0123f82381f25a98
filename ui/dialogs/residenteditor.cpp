#include "ui/dialogs/residenteditor.h"

#include "core/clock.h"
#include "core/residentcsv.h"
#include "core/residentrules.h"
#include "services/residentservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cg::ui {

namespace {
QString isoOrEmpty(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

ResidentEditor::ResidentEditor(std::shared_ptr<services::ResidentService> residents, ActorProvider actor,
                               std::shared_ptr<const core::Clock> clock, qint64 residentId, qint64 unitId,
                               const QList<std::shared_ptr<ResidentDetailExtension>>& extensions, QWidget* parent)
    : QDialog(parent), m_residents(std::move(residents)), m_actor(std::move(actor)), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("residentEditor"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);
    auto* details = new QWidget(m_tabs);
    m_form = new QFormLayout(details);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_name = new QLineEdit(details);
    m_name->setObjectName(QStringLiteral("name"));
    m_building = new QComboBox(details);
    m_unit = new QComboBox(details);
    m_unit->setObjectName(QStringLiteral("unit"));
    auto* place = new QWidget(details);
    auto* placeLayout = new QHBoxLayout(place);
    placeLayout->setContentsMargins(0, 0, 0, 0);
    placeLayout->addWidget(m_building, 1);
    placeLayout->addWidget(m_unit, 1);
    m_role = new QComboBox(details);
    for (core::ResidentRole r : core::allResidentRoles())
        m_role->addItem(QString(), int(r));
    m_phone = new QLineEdit(details);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_idNumber = new QLineEdit(details);
    m_idNumber->setObjectName(QStringLiteral("idNumber"));
    m_revealId = new QPushButton(details);
    m_removeId = new QPushButton(details);
    auto* idRow = new QWidget(details);
    auto* idLayout = new QHBoxLayout(idRow);
    idLayout->setContentsMargins(0, 0, 0, 0);
    idLayout->addWidget(m_idNumber, 1);
    idLayout->addWidget(m_revealId);
    idLayout->addWidget(m_removeId);
    m_birthDate = new QLineEdit(details);
    m_birthDate->setObjectName(QStringLiteral("birthDate"));
    m_guardian = new QComboBox(details);
    m_guardian->setObjectName(QStringLiteral("guardian"));
    // As wide as the other fields: names must not be cut off (also under the red problem frame).
    m_guardian->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_language = new QComboBox(details);
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    auto* needs = new QWidget(details);
    auto* needsLayout = new QHBoxLayout(needs);
    needsLayout->setContentsMargins(0, 0, 0, 0);
    for (core::AccessibilityNeed n : core::allAccessibilityNeeds()) {
        auto* box = new QCheckBox(needs);
        needsLayout->addWidget(box);
        m_needs.insert(unsigned(n), box);
    }
    needsLayout->addStretch(1);
    m_moveIn = new QLineEdit(details);
    m_leaseEnd = new QLineEdit(details);
    m_notes = new QPlainTextEdit(details);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    for (QWidget* w : std::initializer_list<QWidget*>{m_name, place, m_role, m_phone, idRow, m_birthDate, m_guardian,
                                                      m_language, needs, m_moveIn, m_leaseEnd, m_notes})
        m_form->addRow(QStringLiteral("-"), w);
    m_fields = {{QStringLiteral("name"), m_name},         {QStringLiteral("unit"), m_unit},
                {QStringLiteral("phone"), m_phone},       {QStringLiteral("id_number"), m_idNumber},
                {QStringLiteral("birth_date"), m_birthDate}, {QStringLiteral("guardian"), m_guardian},
                {QStringLiteral("language"), m_language}, {QStringLiteral("move_in"), m_moveIn},
                {QStringLiteral("move_out"), m_moveIn},   {QStringLiteral("lease_end"), m_leaseEnd},
                {QStringLiteral("notes"), m_notes}};
    m_tabs->addTab(details, QString());

    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b02020;"));
    m_problems->setVisible(false);
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_saveButton->setDefault(true);
    m_cancelButton = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_saveButton, &QPushButton::clicked, this, &ResidentEditor::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_revealId, &QPushButton::clicked, this, &ResidentEditor::revealId);
    connect(m_removeId, &QPushButton::clicked, this, [this] {
        m_idRemoved = true;
        m_idNumber->clear();
        m_idNumber->setPlaceholderText(tr("(will be removed when you save)"));
    });
    connect(m_building, &QComboBox::currentIndexChanged, this,
            [this](int) { loadUnits(m_building->currentData().toLongLong(), 0); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this](int) { loadGuardians(); });

    loadBuildings();
    if (residentId > 0) {
        auto r = m_residents->get(m_actor(), residentId);
        if (r) {
            m_existing = true;
            m_original = r.value();
            fill(m_original);
            for (const auto& ext : extensions)
                m_tabs->addTab(ext->createWidget(residentId, m_tabs), ext->title());
        } else {
            m_problems->setText(r.error().message);
            m_problems->setVisible(true);
        }
    } else {
        m_original.unitId = unitId;
        m_original.moveIn = m_clock->todayLocal();
        fill(m_original);
    }
    const bool anonymised = m_original.isAnonymised();
    m_saveButton->setEnabled(!anonymised);
    m_revealId->setVisible(m_existing && m_original.idKind != core::IdKind::None
                           && core::roleAllows(m_actor().role, core::Permission::ReadFullIdNumber));
    m_removeId->setVisible(m_existing && m_original.idKind != core::IdKind::None);
    retranslate();
    resize(620, sizeHint().height());
    m_name->setFocus();
}

void ResidentEditor::loadBuildings()
{
    const QSignalBlocker block(m_building);
    m_building->clear();
    auto buildings = m_residents->buildings(m_actor());
    if (!buildings)
        return;
    for (const core::Building& b : buildings.value())
        m_building->addItem(b.name, b.id);
}

void ResidentEditor::loadUnits(qint64 buildingId, qint64 selectUnit)
{
    {
        const QSignalBlocker block(m_unit);
        m_unit->clear();
        auto units = m_residents->units(m_actor(), buildingId);
        if (units) {
            for (const core::Unit& u : units.value())
                m_unit->addItem(u.label, u.id);
        }
        const int at = m_unit->findData(selectUnit);
        m_unit->setCurrentIndex(at >= 0 ? at : 0);
    }
    loadGuardians();
}

void ResidentEditor::loadGuardians()
{
    const qint64 keep = m_guardian->currentData().toLongLong() ? m_guardian->currentData().toLongLong() : m_original.guardianId;
    m_guardian->clear();
    m_guardian->addItem(tr("No guardian"), qint64(0));
    auto people = m_residents->residentsOfUnit(m_actor(), m_unit->currentData().toLongLong(), true);
    if (people) {
        const QDate today = m_clock->todayLocal();
        for (const core::Resident& p : people.value()) {
            if (p.id != m_original.id && !core::isMinorUnder14(p.birthDate, today))
                m_guardian->addItem(p.name, p.id);
        }
    }
    const int at = m_guardian->findData(keep);
    m_guardian->setCurrentIndex(at >= 0 ? at : 0);
}

void ResidentEditor::fill(const core::Resident& r)
{
    m_name->setText(r.name);
    if (r.unitId > 0) {
        qint64 building = r.buildingId;
        if (building == 0) {
            // A new resident for a preselected unit: find its building.
            for (int i = 0; i < m_building->count() && building == 0; ++i) {
                auto units = m_residents->units(m_actor(), m_building->itemData(i).toLongLong());
                if (units && std::any_of(units->cbegin(), units->cend(), [&](const core::Unit& u) { return u.id == r.unitId; }))
                    building = m_building->itemData(i).toLongLong();
            }
        }
        const QSignalBlocker block(m_building);
        m_building->setCurrentIndex(std::max(0, m_building->findData(building)));
    }
    loadUnits(m_building->currentData().toLongLong(), r.unitId);
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(r.role))));
    m_phone->setText(r.phone);
    m_idNumber->setPlaceholderText(r.idMasked);
    m_birthDate->setText(isoOrEmpty(r.birthDate));
    m_guardian->setCurrentIndex(std::max(0, m_guardian->findData(r.guardianId)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(r.language)));
    for (auto it = m_needs.cbegin(); it != m_needs.cend(); ++it)
        it.value()->setChecked(r.accessibility & it.key());
    m_moveIn->setText(isoOrEmpty(r.moveIn));
    m_leaseEnd->setText(isoOrEmpty(r.leaseEnd));
    m_notes->setPlainText(r.notes);
}

bool ResidentEditor::collect(core::Resident* r, QStringList* dateProblems)
{
    *r = m_original;
    r->name = m_name->text();
    r->unitId = m_unit->currentData().toLongLong();
    r->role = core::ResidentRole(m_role->currentData().toInt());
    r->phone = m_phone->text();
    r->guardianId = m_guardian->currentData().toLongLong();
    r->language = m_language->currentData().toString();
    r->accessibility = 0;
    for (auto it = m_needs.cbegin(); it != m_needs.cend(); ++it) {
        if (it.value()->isChecked())
            r->accessibility |= it.key();
    }
    r->notes = m_notes->toPlainText();
    struct DateField
    {
        QLineEdit* edit;
        QDate* target;
        QString key;
    };
    bool ok = true;
    for (const DateField& d : {DateField{m_birthDate, &r->birthDate, QStringLiteral("birth_date")},
                               DateField{m_moveIn, &r->moveIn, QStringLiteral("move_in")},
                               DateField{m_leaseEnd, &r->leaseEnd, QStringLiteral("lease_end")}}) {
        const QString text = d.edit->text().trimmed();
        *d.target = text.isEmpty() ? QDate() : core::parseCsvDate(text);
        if (!text.isEmpty() && !d.target->isValid()) {
            *dateProblems << d.key;
            ok = false;
        }
    }
    return ok;
}

void ResidentEditor::showProblems(const QList<core::Error>& problems)
{
    for (QWidget* w : std::as_const(m_fields))
        w->setStyleSheet(QString());
    QStringList lines;
    QWidget* first = nullptr;
    for (const core::Error& e : problems) {
        QWidget* field = m_fields.value(e.field);
        QString label;
        if (field) {
            QWidget* row = (field == m_unit || field == m_idNumber) ? field->parentWidget() : field;
            if (auto* l = qobject_cast<QLabel*>(m_form->labelForField(row)))
                label = l->text()
                            .remove(QRegularExpression(QStringLiteral("\\(&.\\)")))   // Chinese mnemonic "(&N)"
                            .remove(QLatin1Char('&'))
                            .remove(QRegularExpression(QStringLiteral("[:：]\\s*$")));
            field->setStyleSheet(QStringLiteral("border: 2px solid #b02020;"));
            if (!first)
                first = field;
        }
        lines << (label.isEmpty() ? e.message : tr("%1: %2").arg(label, e.message));
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus();
}

void ResidentEditor::save()
{
    core::Resident r;
    QStringList badDates;
    const bool datesOk = collect(&r, &badDates);
    services::ResidentDraft draft;
    draft.resident = r;
    if (!m_idNumber->text().trimmed().isEmpty())
        draft.idNumber = m_idNumber->text();
    else if (m_idRemoved || !m_existing)
        draft.idNumber = QString();
    QList<core::Error> problems;
    for (const QString& key : std::as_const(badDates))
        problems << core::Error::invalid(key, tr("Write the date as 2024-03-05."));
    if (datesOk)
        problems << m_residents->validate(draft);
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    auto saved = m_existing ? m_residents->update(m_actor(), draft) : m_residents->create(m_actor(), draft);
    if (!saved) {
        if (saved.error().kind == core::Error::Kind::Invalid)
            showProblems({saved.error()});
        else
            QMessageBox::warning(this, windowTitle(), saved.error().message);
        return;
    }
    m_saved = saved.value();
    accept();
}

void ResidentEditor::revealId()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Show the full ID number"),
                                                 tr("Why is the full number needed? (This is written to the audit log.)"),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    auto number = m_residents->readFullId(m_actor(), m_original.id, reason);
    if (!number) {
        QMessageBox::warning(this, tr("Show the full ID number"), number.error().message);
        return;
    }
    m_idNumber->setText(number.value());
}

void ResidentEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ResidentEditor::retranslate()
{
    setWindowTitle(m_existing ? tr("Resident: %1").arg(m_original.name) : tr("New resident"));
    m_tabs->setTabText(0, tr("Details"));
    const QStringList labels = {tr("&Name:"), tr("&Building and unit:"), tr("&Role:"), tr("&Phone:"), tr("&ID number:"),
                                tr("&Birth date:"), tr("&Guardian:"), tr("&Language:"), tr("Accessibility:"),
                                tr("&Moved in:"), tr("&Lease ends:"), tr("N&otes:")};
    for (int i = 0; i < labels.size() && i < m_form->rowCount(); ++i) {
        if (auto* item = m_form->itemAt(i, QFormLayout::LabelRole))
            if (auto* label = qobject_cast<QLabel*>(item->widget()))
                label->setText(labels.at(i));
    }
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(i, core::residentRoleDisplayName(core::ResidentRole(m_role->itemData(i).toInt())));
    for (auto it = m_needs.cbegin(); it != m_needs.cend(); ++it)
        it.value()->setText(core::accessibilityDisplayName(core::AccessibilityNeed(it.key())));
    m_name->setAccessibleName(tr("Name"));
    m_phone->setPlaceholderText(tr("13812345678, 0571-87654321 or +44…"));
    m_phone->setAccessibleName(tr("Phone"));
    if (!m_existing || m_original.idKind == core::IdKind::None)
        m_idNumber->setPlaceholderText(tr("18-digit resident ID or passport number (optional)"));
    m_idNumber->setAccessibleName(tr("ID number"));
    m_revealId->setText(tr("Show full…"));
    m_removeId->setText(tr("Remove"));
    for (QLineEdit* e : {m_birthDate, m_moveIn, m_leaseEnd})
        e->setPlaceholderText(tr("YYYY-MM-DD"));
    m_birthDate->setToolTip(tr("Left empty, the birth date is taken from a resident ID number."));
    if (m_guardian->count() > 0)
        m_guardian->setItemText(0, tr("No guardian"));
    m_guardian->setToolTip(tr("Residents under 14 need an adult guardian living in the same unit."));
    m_saveButton->setText(tr("&Save"));
    m_cancelButton->setText(tr("Cancel"));
}

} // namespace cg::ui
