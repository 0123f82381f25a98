#include "ui/pages/dashboardfilterbar.h"

#include "ui/icons.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cg::ui {

DashboardFilterBar::DashboardFilterBar(std::shared_ptr<const core::Clock> clock, QWidget* parent)
    : QWidget(parent), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("dashboardFilters"));
    auto* filters = new QHBoxLayout(this);
    filters->setContentsMargins(0, 0, 0, 0);
    m_compoundLabel = new QLabel(this);
    m_compound = new QComboBox(this);
    m_compound->setObjectName(QStringLiteral("compoundFilter"));
    m_compoundLabel->setBuddy(m_compound);
    m_buildingLabel = new QLabel(this);
    m_building = new QComboBox(this);
    m_building->setObjectName(QStringLiteral("buildingFilter"));
    m_buildingLabel->setBuddy(m_building);
    m_periodLabel = new QLabel(this);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodFilter"));
    for (int i = 0; i <= Custom; ++i)
        m_preset->addItem(QString());
    m_periodLabel->setBuddy(m_preset);
    m_from = new QDateEdit(this);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel = new QLabel(this);
    m_to = new QDateEdit(this);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel->setBuddy(m_to);
    m_refresh = new QPushButton(themedIcon(QStringLiteral("view-refresh")), QString(), this);
    m_refresh->setShortcut(QKeySequence::Refresh);
    for (QWidget* w : std::initializer_list<QWidget*>{m_compoundLabel, m_compound, m_buildingLabel, m_building,
                                                      m_periodLabel, m_preset, m_from, m_toLabel, m_to, m_refresh})
        filters->addWidget(w);
    filters->addStretch(1);

    connect(m_compound, &QComboBox::currentIndexChanged, this, [this] {
        fillBuildings();
        Q_EMIT refreshRequested();
    });
    connect(m_building, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::refreshRequested);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        applyPreset();
        Q_EMIT refreshRequested();
    });
    // Editing a date makes the period custom; the computation starts on Refresh
    // (or when the editor loses focus) so typing a date does not start ten.
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::editingFinished, this, [this] {
            if (m_preset->currentIndex() != Custom) {
                const QSignalBlocker block(m_preset);
                m_preset->setCurrentIndex(Custom);
            }
            Q_EMIT refreshRequested();
        });
    }
    connect(m_refresh, &QPushButton::clicked, this, &DashboardFilterBar::refreshRequested);

    {
        const QSignalBlocker block(m_preset);
        m_preset->setCurrentIndex(Last12Months);
    }
    applyPreset();
    retranslate();
}

void DashboardFilterBar::setScopes(const QList<storage::ScopeRef>& compounds, const QList<storage::ScopeRef>& buildings)
{
    m_buildingRefs = buildings;
    const QSignalBlocker block(m_compound);
    while (m_compound->count() > 1)
        m_compound->removeItem(1);
    if (m_compound->count() == 0)
        m_compound->addItem(tr("All compounds"), qint64(0));
    for (const auto& c : compounds)
        m_compound->addItem(c.name, c.id);
    fillBuildings();
}

void DashboardFilterBar::fillBuildings()
{
    const qint64 compound = m_compound->currentData().toLongLong();
    const QSignalBlocker block(m_building);
    m_building->clear();
    m_building->addItem(tr("All buildings"), qint64(0));
    for (const auto& b : m_buildingRefs) {
        if (compound == 0 || b.parentId == compound)
            m_building->addItem(b.name, b.id);
    }
}

void DashboardFilterBar::applyPreset()
{
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    const int preset = m_preset->currentIndex();
    m_from->setEnabled(preset != AllTime);
    m_to->setEnabled(preset != AllTime);
    switch (preset) {
    case Last30Days: m_from->setDate(today.addDays(-29)); m_to->setDate(today); break;
    case Last3Months: m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2)); m_to->setDate(today); break;
    case ThisYear: m_from->setDate(QDate(today.year(), 1, 1)); m_to->setDate(today); break;
    case Last12Months: m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-11)); m_to->setDate(today); break;
    default: break;
    }
}

storage::ComplianceFilter DashboardFilterBar::filter() const
{
    storage::ComplianceFilter f;
    f.compoundId = m_compound->currentData().toLongLong();
    f.buildingId = m_building->currentData().toLongLong();
    if (m_preset->currentIndex() != AllTime) {
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
    }
    return f;
}

void DashboardFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DashboardFilterBar::retranslate()
{
    m_compoundLabel->setText(tr("&Compound:"));
    m_buildingLabel->setText(tr("&Building:"));
    m_periodLabel->setText(tr("&Period:"));
    m_toLabel->setText(tr("&to"));
    m_from->setAccessibleName(tr("Period start"));
    m_to->setAccessibleName(tr("Period end"));
    if (m_compound->count() > 0)
        m_compound->setItemText(0, tr("All compounds"));
    if (m_building->count() > 0)
        m_building->setItemText(0, tr("All buildings"));
    m_preset->setItemText(Last30Days, tr("Last 30 days"));
    m_preset->setItemText(Last3Months, tr("Last 3 months"));
    m_preset->setItemText(ThisYear, tr("This year"));
    m_preset->setItemText(Last12Months, tr("Last 12 months"));
    m_preset->setItemText(AllTime, tr("All time"));
    m_preset->setItemText(Custom, tr("Custom dates"));
    m_refresh->setText(tr("&Refresh"));
}

} // namespace cg::ui
