#pragma once

class QHeaderView;

namespace salesdesk::ui {

// How many rows a column sized to its contents looks at: the visible rows first, then the rows
// after them. Qt's default (1,000) is too many for our tables: a ResizeToContents column is
// measured again whenever its model changes — every batch, four times a second, also while its
// screen is hidden (a hidden view measures from its first row) — and measuring a cell lays out
// its text. 500 rows of the Matching table took ~35 ms per batch, 1,000 next payouts on the
// Dashboard ~40 ms per paint (salesdesk-bench gui).
constexpr int kContentsSampleRows = 100;

// Sizes every column of `header` to its contents (QHeaderView::ResizeToContents), measuring at
// most kContentsSampleRows rows, and only while the header is shown (ContentsSizingPause). Set
// other modes for single columns afterwards, on the same turn of the event loop.
void fitColumnsToContents(QHeaderView& header);

} // namespace salesdesk::ui
