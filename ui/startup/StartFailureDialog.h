#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace salesdesk::ui {

class MarketSettingsBox;

// Says why the chosen market could not be opened, and lets the user change the market settings
// (MarketSettingsBox, in the dialog itself) and try again, or quit. Accepted: try again with the
// settings as they are now; rejected: quit.
class StartFailureDialog : public QDialog {
    Q_OBJECT
public:
    StartFailureDialog(const QString& message, QWidget* parent = nullptr);

    MarketSettingsBox* marketSettings() const { return m_settings; }

public Q_SLOTS:
    // With the market settings shown, saves them first; stays open when a field is wrong.
    void accept() override;

private:
    MarketSettingsBox* m_settings = nullptr;
};

} // namespace salesdesk::ui
