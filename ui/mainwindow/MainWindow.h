#pragma once

#include <QMainWindow>

class QLabel;

namespace salesdesk {

class Repo;
struct QuotaUsage;

// The application window. The screens come with the GUI work; for now it shows where the data
// lives and the repo quota, live.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(const QString& dataDirectory, Repo& repo, QWidget* parent = nullptr);

private:
    void showQuota(const QuotaUsage& usage);

    QLabel* m_quotaLabel = nullptr;
};

} // namespace salesdesk
