#include "ui/widgets/listtab.h"

#include "ui/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg::ui {

ListTab::ListTab(int columns, const QString& objectName, QWidget* parent) : QWidget(parent)
{
    setObjectName(objectName);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, columns, this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_refresh = new QPushButton(themedIcon(QStringLiteral("view-refresh")), QString(), this);
    connect(m_refresh, &QPushButton::clicked, this, &ListTab::reload);
}

void ListTab::addButtons(QPushButton* action, QWidget* middle)
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(action);
    if (middle)
        buttons->addWidget(middle, 1);
    else
        buttons->addStretch(1);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void ListTab::retranslateRefresh()
{
    m_refresh->setText(tr("Refresh"));
}

void ListTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int ListTab::count() const
{
    return m_table->rowCount();
}

} // namespace cg::ui
