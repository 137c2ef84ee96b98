#include "ui/common/ColumnSizing.h"

#include "ui/common/ContentsSizingPause.h"

#include <QHeaderView>

namespace salesdesk::ui {

void fitColumnsToContents(QHeaderView& header) {
    header.setSectionResizeMode(QHeaderView::ResizeToContents);
    header.setResizeContentsPrecision(kContentsSampleRows);
    if (!header.findChild<ContentsSizingPause*>(QString(), Qt::FindDirectChildrenOnly))
        new ContentsSizingPause(header);
}

} // namespace salesdesk::ui
