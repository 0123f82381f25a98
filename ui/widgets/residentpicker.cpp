#include "ui/widgets/residentpicker.h"

#include "services/consentservice.h"

#include <QEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace cg::ui {

ResidentPicker::ResidentPicker(std::shared_ptr<services::ConsentService> consent, std::function<core::Actor()> actor,
                               QWidget* parent)
    : QWidget(parent), m_consent(std::move(consent)), m_actor(std::move(actor))
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(this);
    m_results->setMinimumWidth(260);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_timer, &QTimer::timeout, this, &ResidentPicker::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    });
    // Selection, not the current item: a list without a current item makes
    // its first row current when it gets keyboard focus (closing the
    // resident's screen hands focus back), which would switch the desk to
    // another resident behind the clerk's back.
    connect(m_results, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem*> selected = m_results->selectedItems();
        if (selected.size() == 1)
            Q_EMIT residentChosen(selected.constFirst()->data(Qt::UserRole).toLongLong());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_results, 1);
    retranslate();
}

void ResidentPicker::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResidentPicker::retranslate()
{
    // Short enough to show whole in the picker; the tooltip says the rest and
    // names Ctrl+F (ShortcutToolTips).
    m_search->setPlaceholderText(tr("Name, unit or phone"));
    m_search->setToolTip(tr("Find a resident by name, unit or phone number"));
    m_search->setAccessibleName(tr("Find a resident"));
    // Wide enough for the placeholder in every language, next to the clear button.
    const QFontMetrics metrics(m_search->font());
    m_search->setMinimumWidth(metrics.horizontalAdvance(m_search->placeholderText()) + 3 * metrics.height());
    m_results->setAccessibleName(tr("Residents found"));
}

void ResidentPicker::activated()
{
    if (m_results->count() == 0)
        search();
    m_search->setFocus();
}

void ResidentPicker::showCurrent(qint64 residentId)
{
    const QSignalBlocker quiet(m_results);
    for (int row = 0; row < m_results->count(); ++row) {
        if (m_results->item(row)->data(Qt::UserRole).toLongLong() == residentId) {
            m_results->setCurrentRow(row);
            return;
        }
    }
    m_results->clearSelection();
}

void ResidentPicker::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void ResidentPicker::search()
{
    auto found = m_consent->search(m_actor(), m_search->text(), 100);
    m_results->clear();
    if (!found) {
        Q_EMIT failed(found.error().message);
        return;
    }
    for (const storage::ConsentResident& r : found.value()) {
        QString text = r.name + QStringLiteral("  ·  ") + r.buildingName + QLatin1Char(' ') + r.unitLabel;
        if (r.moveOut.isValid())
            text += QStringLiteral("  ·  ") + tr("moved out");
        auto* item = new QListWidgetItem(text, m_results);
        item->setData(Qt::UserRole, r.id);
    }
}

} // namespace cg::ui
