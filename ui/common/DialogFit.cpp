#include "ui/common/DialogFit.h"

#include <QLayout>
#include <QWidget>

namespace salesdesk::ui {

void growToFitContents(QWidget& window) {
    QLayout* layout = window.layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(window.width())
                                                   : window.sizeHint().height();
    if (needed > window.height())
        window.resize(window.width(), needed);
}

} // namespace salesdesk::ui
