#include "ui/common/DemoSpeeds.h"

#include <QCoreApplication>
#include <QLocale>

namespace salesdesk::ui {

QList<int> demoSpeeds() {
    return {1, 10, 60, 600, 3600};
}

QString formatSpeed(int speed) {
    return QCoreApplication::translate("DemoSpeed", "%1×").arg(QLocale().toString(speed));
}

} // namespace salesdesk::ui
