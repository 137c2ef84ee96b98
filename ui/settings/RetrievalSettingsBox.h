#pragma once

#include "core/domain/TokenInfo.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace salesdesk::ui {

// Settings → Paid retrieval (RetrievalSettings): whether the desk serves paid retrievals of its
// slot data on a chain, the address and port it listens on, the price per byte and the claim
// threshold in the smallest unit of `token` (the running market's), and the first chunk and its
// growth in KiB. Each field is checked as it is typed, its message under it; "Save" stores them
// all, or nothing while a field is wrong. They take effect at the next start of the desk.
class RetrievalSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    explicit RetrievalSettingsBox(TokenInfo token, QWidget* parent = nullptr);

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
    bool checkPrice();
    bool checkClaimThreshold();
    // What the price and the threshold amount to, in tokens, under their fields.
    void updateHints();

    TokenInfo m_token;
    QCheckBox* m_enabled = nullptr;
    QLineEdit* m_listenAddress = nullptr;
    QLabel* m_listenAddressError = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceHint = nullptr;
    QLabel* m_priceError = nullptr;
    QSpinBox* m_firstChunk = nullptr;
    QSpinBox* m_chunkGrowth = nullptr;
    QLineEdit* m_claimThreshold = nullptr;
    QLabel* m_claimThresholdHint = nullptr;
    QLabel* m_claimThresholdError = nullptr;
    QSpinBox* m_maxActivePerClient = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace salesdesk::ui
