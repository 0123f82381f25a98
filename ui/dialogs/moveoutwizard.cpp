#include "ui/dialogs/moveoutwizard.h"

#include "core/clock.h"
#include "services/moveoutservice.h"
#include "services/residentservice.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace cg::ui {

MoveOutWizard::MoveOutWizard(std::shared_ptr<services::MoveOutService> moveOut,
                             std::shared_ptr<services::ResidentService> residents, ActorProvider actor,
                             std::shared_ptr<const core::Clock> clock, qint64 residentId, QWidget* parent)
    : QWizard(parent), m_moveOut(std::move(moveOut)), m_residents(std::move(residents)), m_actor(std::move(actor)),
      m_residentId(residentId)
{
    setObjectName(QStringLiteral("moveOutWizard"));
    setWindowTitle(tr("Move out"));
    setWizardStyle(QWizard::ClassicStyle);
    auto got = m_residents->get(m_actor(), residentId);
    const core::Resident resident = got ? got.value() : core::Resident();
    m_unitId = resident.unitId;
    if (auto people = m_residents->residentsOfUnit(m_actor(), m_unitId, true)) {
        for (const core::Resident& p : people.value())
            m_household << p.id;
    }

    auto* who = new QWizardPage(this);
    who->setTitle(tr("Who moves out, and when?"));
    auto* form = new QFormLayout(who);
    m_single = new QRadioButton(tr("Only %1").arg(resident.name), who);
    m_all = new QRadioButton(tr("Everyone in %1 (%n people)", nullptr, int(m_household.size())).arg(resident.unitDisplay), who);
    m_single->setChecked(true);
    m_date = new QDateEdit(clock->todayLocal(), who);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock->todayLocal());
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reason = new QLineEdit(who);
    m_reason->setPlaceholderText(tr("e.g. sold the flat, lease ended"));
    form->addRow(m_single);
    form->addRow(m_all);
    form->addRow(tr("Move-out date:"), m_date);
    form->addRow(tr("Reason (optional):"), m_reason);
    addPage(who);

    auto* plan = new QWizardPage(this);
    plan->setTitle(tr("What will happen"));
    plan->setSubTitle(tr("Access stops at once. Nothing is changed until you press “Move out”."));
    plan->setCommitPage(true);
    plan->setButtonText(QWizard::CommitButton, tr("Move out"));
    auto* planLayout = new QVBoxLayout(plan);
    m_plan = new QPlainTextEdit(plan);
    m_plan->setReadOnly(true);
    m_planError = new QLabel(plan);
    m_planError->setWordWrap(true);
    m_planError->setStyleSheet(QStringLiteral("color: #b02020;"));
    planLayout->addWidget(m_plan);
    planLayout->addWidget(m_planError);
    addPage(plan);

    auto* done = new QWizardPage(this);
    done->setTitle(tr("Done"));
    auto* doneLayout = new QVBoxLayout(done);
    m_result = new QPlainTextEdit(done);
    m_result->setReadOnly(true);
    doneLayout->addWidget(m_result);
    addPage(done);
    resize(640, 460);
}

QList<qint64> MoveOutWizard::chosenIds() const
{
    return m_all->isChecked() ? m_household : QList<qint64>{m_residentId};
}

void MoveOutWizard::initializePage(int id)
{
    if (id == 1) {
        m_planError->clear();
        auto plan = m_moveOut->plan(m_actor(), chosenIds());
        QStringList lines;
        if (plan) {
            for (const auto& o : plan.value()) {
                lines << o.name;
                for (const QString& a : o.actions)
                    lines << QStringLiteral("    • ") + a;
            }
            if (m_moveOut->hooks().isEmpty())
                lines << QString() << tr("No credential or face-data service is connected yet: check the door "
                                         "system by hand.");
        } else {
            m_planError->setText(plan.error().message);
        }
        m_plan->setPlainText(lines.join(QLatin1Char('\n')));
    }
    QWizard::initializePage(id);
}

bool MoveOutWizard::validateCurrentPage()
{
    if (currentId() == 1) {
        auto done = m_all->isChecked() ? m_moveOut->moveOutHousehold(m_actor(), m_unitId, m_date->date(), m_reason->text())
                                       : m_moveOut->moveOut(m_actor(), chosenIds(), m_date->date(), m_reason->text());
        if (!done) {
            m_planError->setText(done.error().message);
            return false;
        }
        QStringList lines;
        for (const auto& o : done.value()) {
            lines << o.name;
            for (const QString& a : o.actions)
                lines << QStringLiteral("    ✓ ") + a;
        }
        lines << QString() << tr("Recorded in the audit log.");
        m_result->setPlainText(lines.join(QLatin1Char('\n')));
    }
    return QWizard::validateCurrentPage();
}

} // namespace cg::ui
