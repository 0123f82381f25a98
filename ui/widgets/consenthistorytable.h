#pragma once

#include "core/consent.h"
#include "storage/enrolmentrepository.h"

#include <QTableWidget>

namespace cg::ui {

// A resident's consent history on the desk: ledger events and deletion
// records, newest first. Rows of ledger events carry the event id (for
// re-printing the receipt); deletion rows carry 0.
class ConsentHistoryTable final : public QTableWidget
{
    Q_OBJECT
public:
    explicit ConsentHistoryTable(QWidget* parent = nullptr);

    void load(const QList<core::ConsentEvent>& events, const QList<storage::DeletionRecord>& deletions);
    // The ledger event of the current row; 0 for none or a deletion row.
    qint64 selectedEventId() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace cg::ui
