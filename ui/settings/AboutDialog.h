#pragma once

#include <QDialog>

namespace salesdesk::ui {

// About Sales Desk: version, Qt version and where the data lives. (The project has not chosen
// a licence yet: add it here when it does.)
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString& dataDirectory, QWidget* parent = nullptr);
};

} // namespace salesdesk::ui
