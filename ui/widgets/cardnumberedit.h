#pragma once

#include <QElapsedTimer>
#include <QLineEdit>

namespace cg::ui {

// The card-number field. A USB card reader acts as a keyboard: it "types" the
// number in a burst (a few milliseconds per key) and presses Enter. A person
// types one key every ~100 ms or slower. The field times the keys and, on
// Enter, reports whether the number came from a reader; a new burst replaces
// what was there, so a clerk can simply hold the next card to the reader.
class CardNumberEdit final : public QLineEdit
{
    Q_OBJECT
public:
    // A reader sends every key within this gap of the previous one.
    static constexpr qint64 kReaderMaxGapMs = 35;
    static constexpr int kReaderMinDigits = 4;

    explicit CardNumberEdit(QWidget* parent = nullptr);

    bool lastEntryFromReader() const { return m_fromReader; }

Q_SIGNALS:
    // Enter was pressed. fromReader: the whole entry arrived at reader speed.
    void cardEntered(const QString& text, bool fromReader);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QElapsedTimer m_sinceLastKey;
    qint64 m_slowestGapMs = 0;
    int m_keysInEntry = 0;
    bool m_entryDone = false;
    bool m_fromReader = false;
};

} // namespace cg::ui
