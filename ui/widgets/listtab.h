#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace cg::ui {

// The shell the desk's work lists share (residents to ask again, deletions
// waiting for devices): a summary line, a read-only table of whole rows
// selected one at a time, and a row of buttons ending in Refresh. A derived
// list fills the table in reload() and says what is in it with
// countChanged(); retranslate() runs again on every language change.
class ListTab : public QWidget
{
    Q_OBJECT
public:
    int count() const;
    QTableWidget* table() const { return m_table; }
    virtual void reload() = 0;

Q_SIGNALS:
    void countChanged(int count);

protected:
    ListTab(int columns, const QString& objectName, QWidget* parent);
    void changeEvent(QEvent* event) override;
    // Derived classes call it at the end of their constructor, and again
    // after each language change (it reloads: the rows hold words too).
    virtual void retranslate() = 0;
    // Puts `action` first in the button row, then `middle` (may be null,
    // takes the free space), then Refresh; Refresh's text is set here.
    void addButtons(QPushButton* action, QWidget* middle);
    void retranslateRefresh();

    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_refresh = nullptr;
};

} // namespace cg::ui
