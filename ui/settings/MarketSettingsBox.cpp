#include "ui/settings/MarketSettingsBox.h"

#include "core/chain/crypto/Eip55.h"
#include "core/chain/market/MarketplaceCheck.h"
#include "core/chain/rpc/ChainIdCheck.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/settings/Settings.h"
#include "ui/common/FieldLabels.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace salesdesk::ui {

namespace {

using Field = NetworkProfile::Field;

// The fields in the order of NetworkProfile::Field, with their object names.
constexpr const char* kFieldNames[] = {"networkName",  "rpcUrl",     "chainId",
                                       "marketplace",  "startBlock", "confirmations",
                                       "dataSourceUrl"};

// How long a connection test waits for the node: a dead port answers at once, a black hole not.
constexpr qint64 kTestTimeoutSeconds = 10;

QLabel* noteLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QString marketName(const QString& kind) {
    if (kind == QLatin1String("local-chain"))
        return MarketSettingsBox::tr("the local test chain");
    if (kind == QLatin1String("network"))
        return MarketSettingsBox::tr("the network");
    return MarketSettingsBox::tr("the demo market");
}

// A failed chain id check in plain words.
QString chainIdProblem(const ChainIdCheck& check) {
    if (!check.actual) {
        const bool silent = check.error && (check.error->kind == RpcError::Kind::Transport ||
                                            check.error->kind == RpcError::Kind::Timeout);
        const QString detail = check.error ? check.error->describe() : QString();
        if (silent)
            return MarketSettingsBox::tr("The node at %1 is not answering (%2).")
                .arg(check.endpoint, detail);
        return MarketSettingsBox::tr("The address %1 answers, but not as a chain node does: %2")
            .arg(check.endpoint, detail);
    }
    return MarketSettingsBox::tr("The node at %1 serves chain %2, not chain %3: check the chain "
                                 "id and the RPC URL.")
        .arg(check.endpoint)
        .arg(*check.actual)
        .arg(check.expected);
}

} // namespace

MarketSettingsBox::MarketSettingsBox(QString runningMarket, QWidget* parent)
    : QGroupBox(tr("Market"), parent)
    , m_running(std::move(runningMarket)) {
    const QList<NetworkProfile> builtIn = NetworkProfile::builtIn();
    m_demo = new QRadioButton(tr("Demo market (simulated, accelerated time)"), this);
    m_demo->setObjectName(QStringLiteral("marketDemo"));
    m_localChain = new QRadioButton(builtIn.at(0).name, this);
    m_localChain->setObjectName(QStringLiteral("marketLocalChain"));
    m_network = new QRadioButton(tr("Network (a chain by RPC URL, with your wallet)"), this);
    m_network->setObjectName(QStringLiteral("marketNetwork"));
    auto* kinds = new QButtonGroup(this);
    for (QRadioButton* button : {m_demo, m_localChain, m_network}) {
        kinds->addButton(button);
        connect(button, &QRadioButton::toggled, this, &MarketSettingsBox::updateNetworkFields);
    }

    // ---- The network's profile
    m_networkPanel = new QWidget(this);
    m_profile = new QComboBox(m_networkPanel);
    m_profile->setObjectName(QStringLiteral("networkProfile"));
    m_profile->addItem(tr("Custom network"), QString::fromLatin1(NetworkProfile::kCustomId));
    auto* items = qobject_cast<QStandardItemModel*>(m_profile->model());
    for (const NetworkProfile& profile : builtIn.mid(1)) {
        m_profile->addItem(profile.name, profile.id);
        // Shown, so that nobody looks for it, but not selectable while it cannot work.
        if (!profile.usable && items) {
            QStandardItem* item = items->item(m_profile->count() - 1);
            item->setEnabled(false);
            item->setToolTip(profile.reason);
        }
    }
    connect(m_profile, &QComboBox::activated, this, &MarketSettingsBox::onProfileChosen);
    m_profileNote = new QLabel(m_networkPanel);
    m_profileNote->setForegroundRole(QPalette::PlaceholderText);
    m_profileNote->setText(tr("The Codex testnet is listed, but cannot be chosen: it is offline."));
    m_profileNote->setToolTip(builtIn.at(1).reason);

    const QString labels[] = {
        tr("Name:"),        tr("RPC URL:"),       tr("Chain id:"),       tr("Marketplace address:"),
        tr("Start block:"), tr("Confirmations:"), tr("Data source URL:")};
    const QString placeholders[] = {tr("e.g. My test network"),
                                    QStringLiteral("http://127.0.0.1:8545"),
                                    QStringLiteral("31337"),
                                    QStringLiteral("0x…"),
                                    QStringLiteral("0"),
                                    QStringLiteral("0"),
                                    tr("optional: http://127.0.0.1:8080/api/codex/v1")};
    const QString tips[] = {
        tr("A name of your choice, shown while Sales Desk connects."),
        tr("The JSON-RPC URL of a node of the chain (http:// or https://)."),
        tr("The chain's id; it is checked against the node before anything is signed."),
        tr("The address of the Codex Marketplace contract on that chain."),
        tr("The block the Marketplace was deployed in; events before it are not read."),
        tr("How many blocks to wait on top of a transaction's block before counting on it."),
        tr("Where slot data is downloaded from: a Codex node's REST API or a client's HTTP "
           "server.")};
    auto* form = new QFormLayout();
    form->addRow(tr("Profile:"), m_profile);
    form->addRow(QString(), m_profileNote);
    for (int i = 0; i < kFieldCount; ++i) {
        m_fields[i] = new QLineEdit(m_networkPanel);
        m_fields[i]->setObjectName(QString::fromLatin1(kFieldNames[i]));
        m_fields[i]->setPlaceholderText(placeholders[i]);
        m_fields[i]->setToolTip(tips[i]);
        m_errors[i] = problemMessageLabel(
            QString::fromLatin1(kFieldNames[i]) + QStringLiteral("Error"), m_networkPanel);
        connect(m_fields[i], &QLineEdit::textEdited, this, [this, i] { checkField(i); });
        form->addRow(labels[i], m_fields[i]);
        form->addRow(QString(), m_errors[i]);
    }
    m_test = new QPushButton(tr("Test connection"), m_networkPanel);
    m_test->setObjectName(QStringLiteral("testConnection"));
    connect(m_test, &QPushButton::clicked, this, &MarketSettingsBox::testConnection);
    m_testResult = new QLabel(m_networkPanel);
    m_testResult->setObjectName(QStringLiteral("connectionResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* testRow = new QHBoxLayout();
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    auto* walletNote = noteLabel(m_networkPanel);
    walletNote->setText(tr("Sales Desk signs with the wallet of the data directory: at the next "
                           "start it asks for its passphrase, or offers to create or import one. "
                           "Each network's books are kept in their own folder of the data "
                           "directory."));
    // The wrapped texts under the form, not in it: a form row gives them too much height.
    auto* panel = new QVBoxLayout(m_networkPanel);
    panel->setContentsMargins(24, 0, 0, 0);
    panel->addLayout(form);
    panel->addWidget(m_testResult);
    panel->addWidget(walletNote);

    // ---- Save, restart
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveMarket"));
    connect(m_save, &QPushButton::clicked, this, &MarketSettingsBox::save);
    m_restart = new QPushButton(tr("Restart now"), this);
    m_restart->setObjectName(QStringLiteral("restartNow"));
    m_restart->hide();
    connect(m_restart, &QPushButton::clicked, this, &MarketSettingsBox::restartNow);
    m_note = noteLabel(this);
    m_note->setObjectName(QStringLiteral("marketNote"));
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(m_restart);
    buttons->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_demo);
    layout->addWidget(m_localChain);
    layout->addWidget(m_network);
    layout->addWidget(m_networkPanel);
    layout->addSpacing(6);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    revert();
}

MarketSettingsBox::~MarketSettingsBox() = default;

NetworkProfile MarketSettingsBox::profile() const {
    NetworkProfile profile;
    profile.name = m_fields[int(Field::Name)]->text();
    profile.rpcUrl = m_fields[int(Field::RpcUrl)]->text();
    profile.chainId = m_fields[int(Field::ChainId)]->text();
    profile.marketplace = m_fields[int(Field::Marketplace)]->text();
    profile.startBlock = m_fields[int(Field::StartBlock)]->text();
    profile.confirmations = m_fields[int(Field::Confirmations)]->text();
    profile.dataSourceUrl = m_fields[int(Field::DataSource)]->text();
    return profile;
}

QString MarketSettingsBox::chosenMarket() const {
    if (m_localChain->isChecked())
        return QStringLiteral("local-chain");
    if (m_network->isChecked())
        return QStringLiteral("network");
    return QStringLiteral("demo");
}

QString MarketSettingsBox::connectionResult() const {
    return m_lastResult;
}

void MarketSettingsBox::revert() {
    const QSettings stored;
    const QString kind = settings::market.value(stored);
    (kind == QLatin1String("network")       ? m_network
     : kind == QLatin1String("local-chain") ? m_localChain
                                            : m_demo)
        ->setChecked(true);
    const NetworkProfile profile = NetworkProfile::stored(stored);
    const QString values[] = {profile.name,         profile.rpcUrl,     profile.chainId,
                              profile.marketplace,  profile.startBlock, profile.confirmations,
                              profile.dataSourceUrl};
    for (int i = 0; i < kFieldCount; ++i) {
        m_fields[i]->setText(values[i]);
        m_errors[i]->hide();
    }
    m_profile->setCurrentIndex(0);
    m_testResult->clear();
    m_testResult->hide();
    if (m_running.isEmpty())
        m_note->setText(tr("Saved when you try again."));
    else
        m_note->setText(tr("Sales Desk now sells on %1. A change takes effect the next time it "
                           "starts.")
                            .arg(marketName(m_running)));
    m_restart->hide();
    updateNetworkFields();
    // Shown because the stored network could not be used: say which fields are wrong at once.
    if (m_running.isEmpty() && m_network->isChecked())
        for (int i = 0; i < kFieldCount; ++i)
            checkField(i);
}

void MarketSettingsBox::updateNetworkFields() {
    m_networkPanel->setEnabled(m_network->isChecked());
    m_networkPanel->setVisible(m_network->isChecked());
}

void MarketSettingsBox::onProfileChosen(int index) {
    // Only usable profiles can be chosen; a built-in one fills the fields it knows.
    const QString id = m_profile->itemData(index).toString();
    for (const NetworkProfile& profile : NetworkProfile::builtIn()) {
        if (profile.id != id || !profile.usable)
            continue;
        m_fields[int(Field::Name)]->setText(profile.name);
        m_fields[int(Field::ChainId)]->setText(profile.chainId);
    }
}

bool MarketSettingsBox::checkField(int index) {
    const QString text = m_fields[index]->text();
    QString message;
    switch (Field(index)) {
    case Field::Name:
        message = NetworkProfile::nameError(text);
        break;
    case Field::RpcUrl:
        message = NetworkProfile::rpcUrlError(text);
        break;
    case Field::ChainId:
        message = NetworkProfile::chainIdError(text);
        break;
    case Field::Marketplace:
        message = NetworkProfile::marketplaceError(text);
        break;
    case Field::StartBlock:
        message = NetworkProfile::startBlockError(text);
        break;
    case Field::Confirmations:
        message = NetworkProfile::confirmationsError(text);
        break;
    case Field::DataSource:
        message = NetworkProfile::dataSourceUrlError(text);
        break;
    }
    m_errors[index]->setText(message);
    m_errors[index]->setVisible(!message.isEmpty());
    return message.isEmpty();
}

bool MarketSettingsBox::save() {
    const QString kind = chosenMarket();
    QSettings stored;
    if (kind == QLatin1String("network")) {
        bool allGood = true;
        for (int i = 0; i < kFieldCount; ++i)
            allGood = checkField(i) && allGood;
        if (!allGood) {
            m_note->setText(tr("Not saved: correct the fields marked in red."));
            return false;
        }
        profile().store(stored);
    }
    settings::market.set(stored, kind);
    m_note->setText(
        kind == m_running
            ? tr("Saved. Sales Desk uses it the next time it starts.")
            : tr("Saved. Sales Desk sells on %1 from the next start.").arg(marketName(kind)));
    m_restart->show();
    Q_EMIT saved();
    return true;
}

void MarketSettingsBox::testConnection() {
    bool allGood = true;
    for (Field field : {Field::RpcUrl, Field::ChainId, Field::Marketplace})
        allGood = checkField(int(field)) && allGood;
    if (!allGood) {
        finishTest(false, tr("Correct the RPC URL, chain id and Marketplace address first."));
        return;
    }
    auto checked = [&] {
        NetworkProfile candidate = profile();
        candidate.name = QStringLiteral("-"); // only the node's fields matter here
        candidate.startBlock = candidate.confirmations = QStringLiteral("0");
        candidate.dataSourceUrl.clear();
        return *candidate.check();
    }();
    JsonRpcClient::Options options;
    options.timeoutSeconds = kTestTimeoutSeconds;
    options.maxAttempts = 1;
    // A new client drops the answers a test still running would have had.
    m_rpc = std::make_unique<JsonRpcClient>(checked.rpcUrl, m_clock, options);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Asking the node at %1…").arg(checked.rpcUrl.toString()));
    m_testResult->show();
    m_testResult->setPalette(palette());
    JsonRpcClient* client = m_rpc.get();
    ChainIdCheck::run(
        *client, checked.chainId, client, [this, client, checked](const ChainIdCheck& check) {
            if (!check.matches()) {
                finishTest(false, chainIdProblem(check));
                return;
            }
            MarketplaceCheck::run(
                *client, checked.marketplace, client,
                [this, checked](const Result<MarketplaceCheck::Found>& found) {
                    const QString address = eip55::toChecksumHex(checked.marketplace);
                    if (!found.ok()) {
                        finishTest(false, tr("Chain %1 answers, but there is no Codex Marketplace "
                                             "at %2: %3")
                                              .arg(checked.chainId)
                                              .arg(address, found.message()));
                        return;
                    }
                    finishTest(true, tr("Connected: the node serves chain %1 and a Codex "
                                        "Marketplace is at %2 (its token at %3).")
                                         .arg(checked.chainId)
                                         .arg(address, eip55::toChecksumHex(found->token)));
                });
        });
}

void MarketSettingsBox::finishTest(bool ok, const QString& message) {
    m_lastResult = message;
    m_test->setEnabled(true);
    m_testResult->setText(message);
    m_testResult->show();
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText, ok ? successColour() : problemColour());
    m_testResult->setPalette(colours);
    Q_EMIT connectionTested(ok, message);
}

void MarketSettingsBox::restartNow() {
    QWidget* top = window();
    if (!top || top == this || top->metaObject()->indexOfSlot("quit()") < 0) {
        Q_EMIT restartRequested();
        return;
    }
    qApp->setProperty(kRestartProperty, true);
    QMetaObject::invokeMethod(top, "quit", Qt::QueuedConnection);
}

} // namespace salesdesk::ui
