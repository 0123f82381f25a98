#pragma once

#include <QIcon>

namespace cg::ui {

// A themed icon by its freedesktop name, falling back to the Breeze SVG
// bundled in resources/icons so every desktop shows the same set.
QIcon themedIcon(const QString& name);

} // namespace cg::ui
