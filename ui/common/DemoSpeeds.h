#pragma once

#include <QList>
#include <QString>

namespace salesdesk::ui {

// The demo market's speeds offered in the toolbar and in Settings (simulated seconds per real
// second), and how they are shown ("60×").
QList<int> demoSpeeds();
QString formatSpeed(int speed);
// The speed a new user starts with is settings::demoSpeed's default (core/settings/Settings.h).

} // namespace salesdesk::ui
