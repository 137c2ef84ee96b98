#pragma once

class QColor;
class QLabel;
class QString;
class QWidget;

namespace salesdesk::ui {

// A problem under a form field: the style's warning icon and the text, word-wrapped and
// selectable, named `name` (tests find it). Returns the text label; its parent row, hidden until
// a problem is shown, is what shows and hides (put `label->parentWidget()` in the layout).
QLabel* fieldProblemLabel(const QString& name, QWidget* parent);

// A hint under a form field, in the placeholder colour, word-wrapped, named `name`.
QLabel* fieldHintLabel(const QString& name, QWidget* parent);

// A message that says what went wrong (under a form, in a dialog), in problemColour(),
// word-wrapped, named `name`, hidden until shown.
QLabel* problemMessageLabel(const QString& name, QWidget* parent);

// The red of a refusal or failure and the green of a success, both readable on light and dark
// backgrounds.
QColor problemColour();
QColor successColour();

} // namespace salesdesk::ui
