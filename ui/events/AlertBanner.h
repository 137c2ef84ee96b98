#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace salesdesk::ui {

// A strip at the top of the events screen: how many alerts arrived since they were last
// dismissed and the latest one, with "Show alerts" and "Dismiss". Hidden while there are none.
class AlertBanner : public QFrame {
    Q_OBJECT
public:
    explicit AlertBanner(QWidget* parent = nullptr);

    // count 0 hides the banner.
    void setAlerts(int count, const QString& latest, bool isError);
    QString text() const;

Q_SIGNALS:
    void showRequested();
    void dismissRequested();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace salesdesk::ui
