#include "ui/widgets/figuretile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cg::ui {

FigureTile::FigureTile(const QString& objectName, QWidget* parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::TabFocus);   // keyboard and screen-reader users reach every figure
    m_layout = new QVBoxLayout(this);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_value = new QLabel(QStringLiteral("—"), this);
    m_value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_value->setFont(big);
    m_detail = new QLabel(this);
    m_detail->setObjectName(objectName + QStringLiteral("Detail"));
    m_detail->setWordWrap(true);
    m_layout->addWidget(m_caption);
    m_layout->addWidget(m_value);
    m_layout->addWidget(m_detail, 1);
    setFigure(QStringLiteral("—"), QString(), Tone::Neutral);
}

void FigureTile::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    updateAccessibility();
}

void FigureTile::setFigure(const QString& value, const QString& detail, Tone tone)
{
    m_value->setText(value);
    m_detail->setText(detail);
    QString colour;
    switch (tone) {
    case Tone::Good: colour = QStringLiteral("#2e7d32"); break;
    case Tone::Warning: colour = QStringLiteral("#b26a00"); break;
    case Tone::Bad: colour = QStringLiteral("#c62828"); break;
    case Tone::Neutral: break;
    }
    const QString name = objectName();
    setStyleSheet(colour.isEmpty()
                      ? QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-radius: 6px; }").arg(name)
                      : QStringLiteral("QFrame#%1 { border: 2px solid %2; border-radius: 6px; } QLabel#%1Value { color: %2; }")
                            .arg(name, colour));
    updateAccessibility();
}

void FigureTile::addAction(QWidget* widget)
{
    m_layout->addWidget(widget);
}

QString FigureTile::value() const
{
    return m_value->text();
}

void FigureTile::updateAccessibility()
{
    setAccessibleName(m_caption->text() + QStringLiteral(": ") + m_value->text());
    setAccessibleDescription(m_detail->text());
}

} // namespace cg::ui
