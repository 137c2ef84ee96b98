#pragma once

#include <QList>
#include <QString>

namespace salesdesk::ui {

// The demo market's speeds offered in the toolbar and in Settings (simulated seconds per real
// second), and how they are shown ("60×").
QList<int> demoSpeeds();
QString formatSpeed(int speed);
// The speed a new user starts with: requests every few seconds, a sale within a minute.
constexpr int kDefaultDemoSpeed = 60;

} // namespace salesdesk::ui
