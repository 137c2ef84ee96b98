#pragma once

// Answers the modal message boxes a screen test's clicks open.
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QString>
#include <QTimer>

namespace salesdesk::test {

// Answers the next modal message box: clicks the button named `button` (Cancel when empty) and
// records the box's name. Unless `wait`, it looks once only, on the next turn of the event loop
// (where a box shown by the click is open).
struct DialogAnswer {
    QString button;
    QString shown; // objectName of the box answered
    bool wait = true;
    void armFor(QObject* context) {
        QTimer::singleShot(0, context, [this] { answer(); });
    }
    void answer() {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box) {
            if (wait)
                QTimer::singleShot(10, QApplication::instance(), [this] { answer(); });
            return;
        }
        shown = box->objectName();
        if (button.isEmpty())
            box->button(QMessageBox::Cancel)->click();
        else
            box->findChild<QPushButton*>(button)->click();
    }
};

} // namespace salesdesk::test
