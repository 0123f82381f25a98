#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace cg::ui {

// One figure of the compliance dashboard: caption, a large value and a
// sentence saying what it means. The tone colours the border and the value
// but only repeats what the sentence says (never the only signal).
// Child object names: <name>Value and <name>Detail (for tests and screen readers).
class FigureTile final : public QFrame
{
    Q_OBJECT
public:
    enum class Tone { Neutral, Good, Warning, Bad };

    FigureTile(const QString& objectName, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setFigure(const QString& value, const QString& detail, Tone tone);
    // Adds a widget (a "show the list" button) under the detail.
    void addAction(QWidget* widget);
    QString value() const;

private:
    void updateAccessibility();

    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    QVBoxLayout* m_layout = nullptr;
};

} // namespace cg::ui
