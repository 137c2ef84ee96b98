#pragma once

#include "core/clock/SystemClock.h"
#include "core/settings/NetworkProfile.h"

#include <QGroupBox>

#include <array>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace salesdesk {

class JsonRpcClient;

namespace ui {

// Settings → Market: where Sales Desk sells from the next start (settings::market): the demo
// market, a local test chain started by Sales Desk, or a network by RPC URL with its profile's
// fields (NetworkProfile), each checked as it is typed with the field's own message under it.
// "Test connection" asks the node, off the event loop's way, for its chain id (ChainIdCheck) and
// whether our Marketplace is at the address (MarketplaceCheck), and says what it found in plain
// words. "Save" stores the choice (refused, with the messages, while a field is wrong); it takes
// effect at the next start, which "Restart now" brings about at once.
//
// Needs no desk: the start-up failure dialog shows it too, when no desk could be opened.
class MarketSettingsBox : public QGroupBox {
    Q_OBJECT
public:
    // The property set on the application when the user asks for a restart: the GUI's main
    // starts Sales Desk again once the window has quit.
    static constexpr char kRestartProperty[] = "salesdeskRestart";

    // `runningMarket`: the market kind the running desk sells on ("demo", "local-chain",
    // "network"), or empty when none runs.
    explicit MarketSettingsBox(QString runningMarket, QWidget* parent = nullptr);
    ~MarketSettingsBox() override;

    // The profile as the fields show it.
    NetworkProfile profile() const;
    // The market kind chosen in the box.
    QString chosenMarket() const;
    // The last connection test's message (empty before any).
    QString connectionResult() const;

public Q_SLOTS:
    // Stores the choice; false (with the field messages shown) when a network field is wrong.
    bool save();
    // Reloads the fields from the settings.
    void revert();
    // Asks the node; connectionTested reports the answer.
    void testConnection();
    // In the main window (one with a quit() slot): sets the restart property and quits through
    // it. Elsewhere (the start-up failure dialog): emits restartRequested.
    void restartNow();

Q_SIGNALS:
    void restartRequested();
    void connectionTested(bool ok, const QString& message);
    void saved();

private:
    static constexpr int kFieldCount = 7;
    void updateNetworkFields();
    // Shows the field's message under it; true when the field is acceptable.
    bool checkField(int index);
    void onProfileChosen(int index);
    void finishTest(bool ok, const QString& message);

    QString m_running;
    QRadioButton* m_demo = nullptr;
    QRadioButton* m_localChain = nullptr;
    QRadioButton* m_network = nullptr;
    QWidget* m_networkPanel = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_profileNote = nullptr;
    std::array<QLineEdit*, kFieldCount> m_fields{};
    std::array<QLabel*, kFieldCount> m_errors{};
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_restart = nullptr;
    QLabel* m_note = nullptr;
    SystemClock m_clock;
    std::unique_ptr<JsonRpcClient> m_rpc;
    QString m_lastResult;
};

} // namespace ui
} // namespace salesdesk
