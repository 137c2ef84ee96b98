#pragma once

#include <QMainWindow>

class QLabel;

namespace salesdesk {

class Repo;

// The application window. Until the screens land it shows the repo quota in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QString dataDirectory, QWidget* parent = nullptr);

private:
    QLabel* m_dataDirLabel = nullptr;
};

} // namespace salesdesk
