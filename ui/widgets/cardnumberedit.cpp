#include "ui/widgets/cardnumberedit.h"

#include <QKeyEvent>

namespace cg::ui {

CardNumberEdit::CardNumberEdit(QWidget* parent) : QLineEdit(parent)
{
    setObjectName(QStringLiteral("cardNumberEdit"));
    setMaxLength(40);
    // Monospace digits are easier to compare with the number printed on a card.
    QFont f = font();
    f.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    f.setPointSizeF(f.pointSizeF() * 1.3);
    setFont(f);
    connect(this, &QLineEdit::textEdited, this, [this] { m_fromReader = false; });
}

void CardNumberEdit::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter) {
        // A reader: every key of the entry came fast, and there were enough of them.
        m_fromReader = m_keysInEntry >= kReaderMinDigits && m_slowestGapMs <= kReaderMaxGapMs;
        m_entryDone = true;
        const QString value = text().trimmed();
        event->accept();
        Q_EMIT cardEntered(value, m_fromReader);
        return;
    }
    const QString typed = event->text();
    const bool printable = !typed.isEmpty() && typed.at(0).isPrint();
    if (printable) {
        if (m_entryDone || m_keysInEntry == 0 || !m_sinceLastKey.isValid()) {
            // First key of a new entry: a new card replaces the previous number.
            if (m_entryDone)
                clear();
            m_entryDone = false;
            m_keysInEntry = 0;
            m_slowestGapMs = 0;
        } else {
            m_slowestGapMs = std::max(m_slowestGapMs, m_sinceLastKey.elapsed());
        }
        ++m_keysInEntry;
        m_sinceLastKey.start();
    } else if (event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete) {
        // Editing by hand: whatever is left was not read by a machine.
        m_slowestGapMs = std::numeric_limits<qint64>::max();
        m_entryDone = false;
    }
    QLineEdit::keyPressEvent(event);
    if (text().isEmpty())
        m_keysInEntry = 0;
}

} // namespace cg::ui
