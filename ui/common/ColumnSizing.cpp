#include "ui/common/ColumnSizing.h"

#include <QHeaderView>

namespace salesdesk::ui {

void fitColumnsToContents(QHeaderView& header) {
    header.setSectionResizeMode(QHeaderView::ResizeToContents);
    header.setResizeContentsPrecision(kContentsSampleRows);
}

} // namespace salesdesk::ui
