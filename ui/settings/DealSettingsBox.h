#pragma once

#include "core/domain/TokenInfo.h"

#include <QGroupBox>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace salesdesk {

class DealService;

namespace ui {

// Settings → Direct deals (DealSettings): whether the desk takes direct storage deals on a chain,
// whether it accepts new ones, the address and port it listens on, its ask (the price per byte per
// second and the collateral per byte in the smallest unit of `token`, the running market's; the
// deal sizes in bytes; the term in hours and days; how soon and how late a deal may start) and its
// rules (the clients allowed and denied, the transfers one client may run at once). Each field is
// checked as it is typed, its message under it, and so is every least value against its largest;
// "Save" stores them all, or nothing while a field is wrong. They take effect at the next start of
// the desk; while the service runs (setRunningService), the ask and the rules also apply to new
// proposals at once.
class DealSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit DealSettingsBox(TokenInfo token, QWidget* parent = nullptr);

    // Where the running service is found when saving (null while it does not run).
    void setRunningService(std::function<DealService*()> running);

public Q_SLOTS:
    // Stores the fields; false (with the messages under the fields) when one is wrong.
    bool save();
    // Reloads the fields from the settings, discarding edits.
    void revert();

Q_SIGNALS:
    void saved();

private:
    // Shows each field's message; true when every field is acceptable.
    bool checkFields();
    bool checkListenAddress();
    bool checkAmount(QLineEdit* field, QLabel* error);
    bool checkSize(QLineEdit* field, QLabel* error);
    bool checkAddresses(QPlainTextEdit* field, QLabel* error);
    // The least values against the largest, each pair's message under it.
    bool checkRanges();
    // What the amounts and sizes amount to, under their fields.
    void updateHints();

    TokenInfo m_token;
    std::function<DealService*()> m_running;
    QCheckBox* m_enabled = nullptr;
    QCheckBox* m_acceptDeals = nullptr;
    QLineEdit* m_listenAddress = nullptr;
    QLabel* m_listenAddressError = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceHint = nullptr;
    QLabel* m_priceError = nullptr;
    QLineEdit* m_minCollateral = nullptr;
    QLabel* m_minCollateralHint = nullptr;
    QLabel* m_minCollateralError = nullptr;
    QLineEdit* m_maxCollateral = nullptr;
    QLabel* m_maxCollateralHint = nullptr;
    QLabel* m_maxCollateralError = nullptr;
    QLabel* m_collateralRangeError = nullptr;
    QLineEdit* m_minSize = nullptr;
    QLabel* m_minSizeHint = nullptr;
    QLabel* m_minSizeError = nullptr;
    QLineEdit* m_maxSize = nullptr;
    QLabel* m_maxSizeHint = nullptr;
    QLabel* m_maxSizeError = nullptr;
    QLabel* m_sizeRangeError = nullptr;
    QSpinBox* m_minDuration = nullptr;
    QSpinBox* m_maxDuration = nullptr;
    QLabel* m_durationRangeError = nullptr;
    QSpinBox* m_minStartLead = nullptr;
    QSpinBox* m_maxStartLead = nullptr;
    QLabel* m_startLeadRangeError = nullptr;
    QPlainTextEdit* m_allowedClients = nullptr;
    QLabel* m_allowedClientsError = nullptr;
    QPlainTextEdit* m_deniedClients = nullptr;
    QLabel* m_deniedClientsError = nullptr;
    QSpinBox* m_maxTransfers = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace ui
} // namespace salesdesk
