#include "ui/icons.h"

namespace cg::ui {

QIcon themedIcon(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace cg::ui
