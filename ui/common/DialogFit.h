#pragma once

class QWidget;

namespace salesdesk::ui {

// Makes a dialog (or any top-level widget with a layout) tall enough for its contents at its
// present width, after a message or hint appeared in it; it never gets narrower or shorter.
void growToFitContents(QWidget& window);

} // namespace salesdesk::ui
