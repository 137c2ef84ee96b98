#pragma once

#include <QIcon>
#include <QStyle>

namespace salesdesk::ui {

// The freedesktop icon `name` from the current theme, or the style's `fallback` where the theme
// has none.
QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback, const QStyle* style);

} // namespace salesdesk::ui
