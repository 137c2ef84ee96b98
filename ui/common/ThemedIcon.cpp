#include "ui/common/ThemedIcon.h"

namespace salesdesk::ui {

QIcon themedIcon(const char* name, QStyle::StandardPixmap fallback, const QStyle* style) {
    return QIcon::fromTheme(QString::fromLatin1(name), style->standardIcon(fallback));
}

} // namespace salesdesk::ui
