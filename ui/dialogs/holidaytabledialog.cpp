#include "ui/dialogs/holidaytabledialog.h"

#include "core/permissions.h"
#include "services/complianceservice.h"
#include "ui/icons.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg::ui {

namespace {
// The CSV written has one comment line before the first day.
constexpr int kFirstDataLine = 2;
} // namespace

HolidayTableDialog::HolidayTableDialog(std::shared_ptr<services::ComplianceService> compliance, core::Actor actor,
                                       int currentYear, QWidget* parent)
    : QDialog(parent)
    , m_compliance(std::move(compliance))
    , m_actor(std::move(actor))
    , m_currentYear(currentYear)
    , m_editable(core::roleAllows(m_actor.role, core::Permission::EditHolidayTable))
{
    setObjectName(QStringLiteral("holidayTableDialog"));
    setWindowTitle(tr("Holiday table (working days for legal deadlines)"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Working days count the 30-working-day filing deadline. Monday to Friday are working days "
                            "unless a row says “holiday”; Saturday and Sunday are days off unless a row says "
                            "“make-up working day” (调休上班). The State Council publishes each year's arrangement "
                            "in the autumn of the year before."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_years = new QLabel(this);
    m_years->setObjectName(QStringLiteral("holidayYears"));
    m_years->setWordWrap(true);
    m_years->setTextFormat(Qt::PlainText);
    layout->addWidget(m_years);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("holidayTable"));
    m_table->setAccessibleName(tr("Holidays and make-up working days"));
    m_table->setHorizontalHeaderLabels({tr("Date (YYYY-MM-DD)"), tr("Weekday"), tr("Kind"), tr("Name (Chinese)"),
                                        tr("Name (English)"), tr("Source")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameEn, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    if (!m_editable)
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto* rowButtons = new QHBoxLayout;
    m_add = new QPushButton(themedIcon(QStringLiteral("list-add")), tr("&Add a day"), this);
    m_remove = new QPushButton(themedIcon(QStringLiteral("list-remove")), tr("&Remove the selected day"), this);
    m_reset = new QPushButton(themedIcon(QStringLiteral("edit-undo")), tr("Restore the &shipped table"), this);
    for (QPushButton* b : {m_add, m_remove, m_reset}) {
        b->setEnabled(m_editable);
        rowButtons->addWidget(b);
    }
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("holidayError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    if (!m_editable) {
        auto* readOnly = new QLabel(tr("Read-only: only a manager or administrator can change the holiday table."), this);
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    m_buttons = new QDialogButtonBox(m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel
                                                : QDialogButtonBox::Close,
                                     this);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, [this] {
        core::CalendarDay day;
        day.date = QDate(m_currentYear + 1, 1, 1);
        addDay(day);
        m_table->setCurrentCell(m_table->rowCount() - 1, Date);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Date));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            m_table->removeRow(row);
            updateYears();
        }
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        if (auto days = core::WorkingCalendar::parseCsv(services::ComplianceService::shippedCalendarCsv()))
            load(*days);
    });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) { rowEdited(item->row()); });

    load(m_compliance->calendar().days());
    resize(860, 560);
}

void HolidayTableDialog::load(const QList<core::CalendarDay>& days)
{
    m_table->setRowCount(0);
    for (const auto& d : days)
        addDay(d);
    m_error->hide();
    updateYears();
}

void HolidayTableDialog::addDay(const core::CalendarDay& day)
{
    m_loading = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Date, new QTableWidgetItem(day.date.toString(Qt::ISODate)));
    auto* weekday = new QTableWidgetItem;
    weekday->setFlags(weekday->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Weekday, weekday);
    auto* kind = new QComboBox(m_table);
    kind->addItem(tr("Holiday"), QStringLiteral("holiday"));
    kind->addItem(tr("Make-up working day"), QStringLiteral("workday"));
    kind->setCurrentIndex(day.kind == core::CalendarDay::Kind::Workday ? 1 : 0);
    kind->setEnabled(m_editable);
    kind->setAccessibleName(tr("Kind of day"));
    m_table->setCellWidget(row, Kind, kind);
    m_table->setItem(row, NameZh, new QTableWidgetItem(day.nameZh));
    m_table->setItem(row, NameEn, new QTableWidgetItem(day.nameEn));
    auto* source = new QTableWidgetItem(day.source);
    source->setFlags(source->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Source, source);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->cellWidget(r, Kind) == kind)
                rowEdited(r);
    });
    m_loading = false;
    rowEdited(row);
    if (day.source.isEmpty())
        source->setText(QStringLiteral("admin:") + m_actor.name);
}

void HolidayTableDialog::rowEdited(int row)
{
    if (m_loading || row < 0)
        return;
    m_loading = true;
    const QDate date = QDate::fromString(m_table->item(row, Date)->text().trimmed(), Qt::ISODate);
    m_table->item(row, Weekday)->setText(date.isValid() ? QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat)
                                                        : QString());
    m_loading = false;
    // A day a person typed in is their entry of the official notice.
    if (m_editable && isVisible() && !m_table->item(row, Source)->text().startsWith(QLatin1String("admin:"))) {
        m_loading = true;
        m_table->item(row, Source)->setText(QStringLiteral("admin:") + m_actor.name);
        m_loading = false;
    }
    updateYears();
}

QList<core::CalendarDay> HolidayTableDialog::days() const
{
    auto parsed = core::WorkingCalendar::parseCsv(csv());
    return parsed ? *parsed : QList<core::CalendarDay>{};
}

QString HolidayTableDialog::csv() const
{
    auto clean = [](QString s) { return s.replace(QLatin1Char(','), QStringLiteral("，")).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed(); };
    QString out = QStringLiteral("# date,kind,name_zh,name_en,source (edited in the console)\n");
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto* kind = qobject_cast<const QComboBox*>(m_table->cellWidget(r, Kind));
        out += QStringLiteral("%1,%2,%3,%4,%5\n")
                   .arg(m_table->item(r, Date)->text().trimmed(), kind ? kind->currentData().toString() : QString(),
                        clean(m_table->item(r, NameZh)->text()), clean(m_table->item(r, NameEn)->text()),
                        clean(m_table->item(r, Source)->text()));
    }
    return out;
}

QString HolidayTableDialog::yearStatusText() const
{
    const core::WorkingCalendar calendar(days());
    const QList<int> official = calendar.officialYears();
    QSet<int> years{m_currentYear, m_currentYear + 1};
    for (int y : calendar.coveredYears())
        years.insert(y);
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    QStringList lines;
    for (int y : sorted) {
        int n = 0;
        for (const auto& d : calendar.days())
            n += d.date.year() == y ? 1 : 0;
        if (official.contains(y))
            lines << tr("%1: official State Council arrangement in the table (%n day(s)).", nullptr, n).arg(y);
        else if (n > 0)
            lines << tr("%1: not yet published — enter it when the State Council publishes it. Until then only the "
                        "statutory holidays are listed and deadlines in %1 are provisional.")
                         .arg(y);
        else
            lines << tr("%1: not yet published — enter it when the State Council publishes it.").arg(y);
    }
    return lines.join(QLatin1Char('\n'));
}

void HolidayTableDialog::updateYears()
{
    if (!m_loading)
        m_years->setText(yearStatusText());
}

bool HolidayTableDialog::save()
{
    const auto status = m_compliance->setCalendarCsv(m_actor, csv());
    if (status) {
        m_error->hide();
        return true;
    }
    // "line N" of the CSV is row N - kFirstDataLine of the table.
    bool ok = false;
    const int line = status.error().field.section(QLatin1Char(' '), -1).toInt(&ok);
    QString text = status.error().message;
    if (ok && line >= kFirstDataLine) {
        const int row = line - kFirstDataLine;
        m_table->setCurrentCell(row, Date);
        text = tr("Row %1: %2").arg(row + 1).arg(text);
    }
    m_error->setText(text);
    m_error->show();
    return false;
}

} // namespace cg::ui
