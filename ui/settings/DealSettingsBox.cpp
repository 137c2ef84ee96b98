#include "ui/settings/DealSettingsBox.h"

#include "core/chain/deals/DealService.h"
#include "core/domain/PriceUnits.h"
#include "core/domain/TokenAmount.h"
#include "core/domain/UInt256.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"
#include "ui/settings/DealSettings.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace salesdesk::ui {

namespace {

QLabel* noteLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void showProblem(QLabel* label, const QString& text) {
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// A message under the form, in problemColour() when it says what went wrong.
void showMessage(QLabel* label, const QString& text, bool problem) {
    QPalette colours = label->parentWidget()->palette();
    if (problem)
        colours.setColor(QPalette::WindowText, problemColour());
    label->setPalette(colours);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QLineEdit* textField(const QString& name, const QString& placeholder, QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setMaximumWidth(240);
    return field;
}

QSpinBox* countField(const QString& name, int minimum, int maximum, QWidget* parent) {
    auto* field = new QSpinBox(parent);
    field->setObjectName(name);
    field->setRange(minimum, maximum);
    field->setAlignment(Qt::AlignRight);
    field->setMaximumWidth(180);
    return field;
}

QPlainTextEdit* addressListField(const QString& name, const QString& placeholder, QWidget* parent) {
    auto* field = new QPlainTextEdit(parent);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setTabChangesFocus(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->setMaximumHeight(field->fontMetrics().lineSpacing() * 4 + 12);
    return field;
}

// A field with its unit after it.
QHBoxLayout* withUnit(QWidget* field, const QString& unit, QWidget* parent) {
    auto* row = new QHBoxLayout();
    row->addWidget(field);
    row->addWidget(new QLabel(unit, parent));
    row->addStretch(1);
    return row;
}

// Two fields on one row: the least value and the largest.
QHBoxLayout* range(QWidget* least, const QString& leastUnit, const QString& to, QWidget* most,
                   const QString& mostUnit, QWidget* parent) {
    auto* row = new QHBoxLayout();
    row->addWidget(least);
    row->addWidget(new QLabel(leastUnit, parent));
    row->addSpacing(12);
    row->addWidget(new QLabel(to, parent));
    row->addSpacing(12);
    row->addWidget(most);
    row->addWidget(new QLabel(mostUnit, parent));
    row->addStretch(1);
    return row;
}

} // namespace

DealSettingsBox::DealSettingsBox(TokenInfo token, QWidget* parent)
    : QGroupBox(tr("Direct deals"), parent)
    , m_token(std::move(token)) {
    m_enabled = new QCheckBox(tr("Take direct deals"), this);
    m_enabled->setObjectName(QStringLiteral("dealsEnabled"));
    m_enabled->setToolTip(tr("Clients send this desk a signed proposal to store their data; the "
                             "desk takes the data, publishes the deal on the chain, proves it "
                             "every period and is paid as the term runs."));
    m_acceptDeals = new QCheckBox(tr("Accept new deals"), this);
    m_acceptDeals->setObjectName(QStringLiteral("dealsAcceptDeals"));
    m_acceptDeals->setToolTip(tr("Off: proposals are refused, while the deals already taken are "
                                 "still served, proven and paid."));

    m_listenAddress =
        textField(QStringLiteral("dealsListenAddress"), QStringLiteral("127.0.0.1"), this);
    m_listenAddress->setToolTip(tr("127.0.0.1 serves this computer only; 0.0.0.0 serves every "
                                   "network interface."));
    m_listenAddressError = problemMessageLabel(QStringLiteral("dealsListenAddressError"), this);
    connect(m_listenAddress, &QLineEdit::textEdited, this, &DealSettingsBox::checkListenAddress);

    m_port = countField(QStringLiteral("dealsPort"), 1, 65535, this);

    const auto amountField = [this](const QString& name, QLineEdit*& field, QLabel*& hint,
                                    QLabel*& error) {
        field = textField(name, QStringLiteral("0"), this);
        hint = fieldHintLabel(name + QStringLiteral("Hint"), this);
        error = problemMessageLabel(name + QStringLiteral("Error"), this);
        connect(field, &QLineEdit::textEdited, this, [this, field, error] {
            checkAmount(field, error);
            checkRanges();
            updateHints();
        });
    };
    amountField(QStringLiteral("dealsPrice"), m_price, m_priceHint, m_priceError);
    m_price->setToolTip(tr("The least a deal may pay for each byte and second, in the smallest "
                           "unit of %1 (one %1 is 10^%2 of them).")
                            .arg(m_token.symbol)
                            .arg(m_token.decimals));
    amountField(QStringLiteral("dealsMinCollateral"), m_minCollateral, m_minCollateralHint,
                m_minCollateralError);
    amountField(QStringLiteral("dealsMaxCollateral"), m_maxCollateral, m_maxCollateralHint,
                m_maxCollateralError);
    m_minCollateral->setToolTip(tr("The desk locks at least this much of its own for each byte "
                                   "of a deal, and loses it when it misses too many proofs."));
    m_maxCollateral->setToolTip(tr("The most the desk locks for each byte of a deal."));
    m_collateralRangeError = problemMessageLabel(QStringLiteral("dealsCollateralRangeError"), this);

    const auto sizeField = [this](const QString& name, QLineEdit*& field, QLabel*& hint,
                                  QLabel*& error) {
        field = textField(name, QStringLiteral("1"), this);
        hint = fieldHintLabel(name + QStringLiteral("Hint"), this);
        error = problemMessageLabel(name + QStringLiteral("Error"), this);
        connect(field, &QLineEdit::textEdited, this, [this, field, error] {
            checkSize(field, error);
            checkRanges();
            updateHints();
        });
    };
    sizeField(QStringLiteral("dealsMinSize"), m_minSize, m_minSizeHint, m_minSizeError);
    sizeField(QStringLiteral("dealsMaxSize"), m_maxSize, m_maxSizeHint, m_maxSizeError);
    m_sizeRangeError = problemMessageLabel(QStringLiteral("dealsSizeRangeError"), this);

    m_minDuration =
        countField(QStringLiteral("dealsMinDuration"), 1, DealSettings::kMaxDurationHours, this);
    m_maxDuration =
        countField(QStringLiteral("dealsMaxDuration"), 1, DealSettings::kMaxDurationDays, this);
    m_durationRangeError = problemMessageLabel(QStringLiteral("dealsDurationRangeError"), this);
    m_minStartLead = countField(QStringLiteral("dealsMinStartLead"), 0,
                                DealSettings::kMaxStartLeadMinutes, this);
    m_minStartLead->setToolTip(tr("The time the client has to push the data before the deal "
                                  "starts."));
    m_maxStartLead =
        countField(QStringLiteral("dealsMaxStartLead"), 1, DealSettings::kMaxStartLeadDays, this);
    m_startLeadRangeError = problemMessageLabel(QStringLiteral("dealsStartLeadRangeError"), this);
    for (QSpinBox* field : {m_minDuration, m_maxDuration, m_minStartLead, m_maxStartLead})
        connect(field, &QSpinBox::valueChanged, this, &DealSettingsBox::checkRanges);

    m_allowedClients = addressListField(QStringLiteral("dealsAllowedClients"),
                                        tr("Empty: every client that is not denied"), this);
    m_allowedClients->setToolTip(tr("Client addresses (0x and 40 hex digits), separated by "
                                    "commas, spaces or new lines. Only they may propose deals."));
    m_allowedClientsError = problemMessageLabel(QStringLiteral("dealsAllowedClientsError"), this);
    connect(m_allowedClients, &QPlainTextEdit::textChanged, this,
            [this] { checkAddresses(m_allowedClients, m_allowedClientsError); });
    m_deniedClients = addressListField(QStringLiteral("dealsDeniedClients"),
                                       tr("Empty: no client is denied"), this);
    m_deniedClients->setToolTip(tr("Client addresses (0x and 40 hex digits), separated by "
                                   "commas, spaces or new lines. Their proposals are refused."));
    m_deniedClientsError = problemMessageLabel(QStringLiteral("dealsDeniedClientsError"), this);
    connect(m_deniedClients, &QPlainTextEdit::textChanged, this,
            [this] { checkAddresses(m_deniedClients, m_deniedClientsError); });

    m_maxTransfers = countField(QStringLiteral("dealsMaxTransfers"), 1,
                                DealSettings::kMaxTransfersPerClient, this);
    m_maxTransfers->setToolTip(tr("How many deals of one client may receive data at the same "
                                  "time."));

    const QString smallestUnit = tr("smallest unit of %1").arg(m_token.symbol);
    const QString to = tr("to");
    auto* form = new QFormLayout();
    form->addRow(m_enabled);
    form->addRow(m_acceptDeals);
    form->addRow(tr("Listen address:"), m_listenAddress);
    form->addRow(QString(), m_listenAddressError);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Price per byte per second:"), withUnit(m_price, smallestUnit, this));
    form->addRow(QString(), m_priceHint);
    form->addRow(QString(), m_priceError);
    form->addRow(tr("Least collateral per byte:"), withUnit(m_minCollateral, smallestUnit, this));
    form->addRow(QString(), m_minCollateralHint);
    form->addRow(QString(), m_minCollateralError);
    form->addRow(tr("Largest collateral per byte:"), withUnit(m_maxCollateral, smallestUnit, this));
    form->addRow(QString(), m_maxCollateralHint);
    form->addRow(QString(), m_maxCollateralError);
    form->addRow(QString(), m_collateralRangeError);
    form->addRow(tr("Smallest deal:"), withUnit(m_minSize, tr("bytes"), this));
    form->addRow(QString(), m_minSizeHint);
    form->addRow(QString(), m_minSizeError);
    form->addRow(tr("Largest deal:"), withUnit(m_maxSize, tr("bytes"), this));
    form->addRow(QString(), m_maxSizeHint);
    form->addRow(QString(), m_maxSizeError);
    form->addRow(QString(), m_sizeRangeError);
    form->addRow(tr("Term:"),
                 range(m_minDuration, tr("hours"), to, m_maxDuration, tr("days"), this));
    form->addRow(QString(), m_durationRangeError);
    form->addRow(tr("Start from now:"),
                 range(m_minStartLead, tr("minutes"), to, m_maxStartLead, tr("days"), this));
    form->addRow(QString(), m_startLeadRangeError);
    form->addRow(tr("Allowed clients:"), m_allowedClients);
    form->addRow(QString(), m_allowedClientsError);
    form->addRow(tr("Denied clients:"), m_deniedClients);
    form->addRow(QString(), m_deniedClientsError);
    form->addRow(tr("Transfers per client:"), m_maxTransfers);

    auto* note = noteLabel(this);
    note->setObjectName(QStringLiteral("dealsNote"));
    note->setText(tr("Changes take effect at the next start of Sales Desk; while direct deals run, "
                     "the price, bounds and clients apply to new proposals at once. Direct deals "
                     "run on a chain only (the local test chain or a network): the demo market "
                     "has no deal contract. The Deals screen shows the deals taken and what they "
                     "paid."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dealsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveDeals"));
    connect(saveButton, &QPushButton::clicked, this, &DealSettingsBox::save);
    auto* revertButton = new QPushButton(tr("Revert"), this);
    revertButton->setObjectName(QStringLiteral("revertDeals"));
    connect(revertButton, &QPushButton::clicked, this, &DealSettingsBox::revert);
    auto* buttons = new QHBoxLayout();
    buttons->addStretch(1);
    buttons->addWidget(revertButton);
    buttons->addWidget(saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    revert();
}

void DealSettingsBox::setRunningService(std::function<DealService*()> running) {
    m_running = std::move(running);
}

void DealSettingsBox::revert() {
    const QSettings stored;
    m_enabled->setChecked(DealSettings::enabled.value(stored));
    m_acceptDeals->setChecked(DealSettings::acceptDeals.value(stored));
    m_listenAddress->setText(DealSettings::listenAddress.value(stored));
    m_port->setValue(DealSettings::port.value(stored));
    m_price->setText(DealSettings::pricePerBytePerSecond.value(stored));
    m_minCollateral->setText(DealSettings::minCollateralPerByte.value(stored));
    m_maxCollateral->setText(DealSettings::maxCollateralPerByte.value(stored));
    m_minSize->setText(DealSettings::minSizeBytes.value(stored));
    m_maxSize->setText(DealSettings::maxSizeBytes.value(stored));
    m_minDuration->setValue(DealSettings::minDurationHours.value(stored));
    m_maxDuration->setValue(DealSettings::maxDurationDays.value(stored));
    m_minStartLead->setValue(DealSettings::minStartLeadMinutes.value(stored));
    m_maxStartLead->setValue(DealSettings::maxStartLeadDays.value(stored));
    m_allowedClients->setPlainText(DealSettings::allowedClients.value(stored));
    m_deniedClients->setPlainText(DealSettings::deniedClients.value(stored));
    m_maxTransfers->setValue(DealSettings::maxTransfersPerClient.value(stored));
    checkFields();
    updateHints();
    m_message->hide();
}

bool DealSettingsBox::checkListenAddress() {
    const QString problem = DealSettings::listenAddressError(m_listenAddress->text());
    showProblem(m_listenAddressError, problem);
    return problem.isEmpty();
}

bool DealSettingsBox::checkAmount(QLineEdit* field, QLabel* error) {
    const QString problem = DealSettings::amountError(field->text());
    showProblem(error, problem);
    return problem.isEmpty();
}

bool DealSettingsBox::checkSize(QLineEdit* field, QLabel* error) {
    const QString problem = DealSettings::sizeError(field->text());
    showProblem(error, problem);
    return problem.isEmpty();
}

bool DealSettingsBox::checkAddresses(QPlainTextEdit* field, QLabel* error) {
    const QString problem = DealSettings::addressListError(field->toPlainText());
    showProblem(error, problem);
    return problem.isEmpty();
}

bool DealSettingsBox::checkRanges() {
    const QString collateral =
        DealSettings::collateralRangeError(m_minCollateral->text(), m_maxCollateral->text());
    const QString size = DealSettings::sizeRangeError(m_minSize->text(), m_maxSize->text());
    const QString duration =
        DealSettings::durationRangeError(m_minDuration->value(), m_maxDuration->value());
    const QString startLead =
        DealSettings::startLeadRangeError(m_minStartLead->value(), m_maxStartLead->value());
    showProblem(m_collateralRangeError, collateral);
    showProblem(m_sizeRangeError, size);
    showProblem(m_durationRangeError, duration);
    showProblem(m_startLeadRangeError, startLead);
    return collateral.isEmpty() && size.isEmpty() && duration.isEmpty() && startLead.isEmpty();
}

bool DealSettingsBox::checkFields() {
    const bool address = checkListenAddress();
    const bool price = checkAmount(m_price, m_priceError);
    const bool minCollateral = checkAmount(m_minCollateral, m_minCollateralError);
    const bool maxCollateral = checkAmount(m_maxCollateral, m_maxCollateralError);
    const bool minSize = checkSize(m_minSize, m_minSizeError);
    const bool maxSize = checkSize(m_maxSize, m_maxSizeError);
    const bool allowed = checkAddresses(m_allowedClients, m_allowedClientsError);
    const bool denied = checkAddresses(m_deniedClients, m_deniedClientsError);
    const bool ranges = checkRanges();
    return address && price && minCollateral && maxCollateral && minSize && maxSize && allowed &&
           denied && ranges;
}

void DealSettingsBox::updateHints() {
    auto price = uint256::parse(m_price->text().trimmed());
    if (!price.ok()) {
        m_priceHint->clear();
    } else {
        auto perTiBMonth = prices::perTiBMonth(*price);
        m_priceHint->setText(
            perTiBMonth.ok()
                ? tr("%1 per byte per second, %2 per TiB per month")
                      .arg(tokens::formatExact(*price, m_token),
                           tokens::formatRounded(*perTiBMonth, m_token))
                : tr("%1 per byte per second").arg(tokens::formatExact(*price, m_token)));
    }
    for (const auto& [field, hint] : {std::pair{m_minCollateral, m_minCollateralHint},
                                      std::pair{m_maxCollateral, m_maxCollateralHint}}) {
        auto perByte = uint256::parse(field->text().trimmed());
        if (!perByte.ok()) {
            hint->clear();
            continue;
        }
        auto perTiB = uint256::checkedMul(*perByte, UInt256(prices::kBytesPerTiB));
        hint->setText(perTiB.ok() ? tr("%1 per byte, %2 per TiB")
                                        .arg(tokens::formatExact(*perByte, m_token),
                                             tokens::formatRounded(*perTiB, m_token))
                                  : tr("%1 per byte").arg(tokens::formatExact(*perByte, m_token)));
    }
    for (const auto& [field, hint] :
         {std::pair{m_minSize, m_minSizeHint}, std::pair{m_maxSize, m_maxSizeHint}}) {
        const qulonglong bytes = field->text().trimmed().toULongLong();
        if (DealSettings::sizeError(field->text()).isEmpty() && bytes >= 1024)
            hint->setText(formatBytes(bytes));
        else
            hint->clear();
    }
}

bool DealSettingsBox::save() {
    if (!checkFields()) {
        showMessage(m_message, tr("Nothing was saved: correct the fields marked above."), true);
        return false;
    }
    QSettings stored;
    const auto amount = [](const QLineEdit* field) {
        return uint256::toDecimal(uint256::parse(field->text().trimmed()).value());
    };
    const auto bytes = [](const QLineEdit* field) {
        return QString::number(field->text().trimmed().toULongLong());
    };
    const auto addresses = [](const QPlainTextEdit* field) {
        return DealSettings::addressEntries(field->toPlainText()).join(QLatin1Char('\n'));
    };
    DealSettings::enabled.set(stored, m_enabled->isChecked());
    DealSettings::acceptDeals.set(stored, m_acceptDeals->isChecked());
    DealSettings::listenAddress.set(stored, m_listenAddress->text().trimmed());
    DealSettings::port.set(stored, m_port->value());
    DealSettings::pricePerBytePerSecond.set(stored, amount(m_price));
    DealSettings::minCollateralPerByte.set(stored, amount(m_minCollateral));
    DealSettings::maxCollateralPerByte.set(stored, amount(m_maxCollateral));
    DealSettings::minSizeBytes.set(stored, bytes(m_minSize));
    DealSettings::maxSizeBytes.set(stored, bytes(m_maxSize));
    DealSettings::minDurationHours.set(stored, m_minDuration->value());
    DealSettings::maxDurationDays.set(stored, m_maxDuration->value());
    DealSettings::minStartLeadMinutes.set(stored, m_minStartLead->value());
    DealSettings::maxStartLeadDays.set(stored, m_maxStartLead->value());
    DealSettings::allowedClients.set(stored, addresses(m_allowedClients));
    DealSettings::deniedClients.set(stored, addresses(m_deniedClients));
    DealSettings::maxTransfersPerClient.set(stored, m_maxTransfers->value());

    QString text;
    if (!m_enabled->isChecked())
        text = tr("Saved: direct deals are off from the next start of Sales Desk.");
    else if (m_acceptDeals->isChecked())
        text = tr("Saved: direct deals start with the next start of Sales Desk on a chain, "
                  "accepting new deals.");
    else
        text = tr("Saved: direct deals start with the next start of Sales Desk on a chain; they "
                  "serve the deals taken but accept no new ones.");
    // A running service judges new proposals by what was saved from now on.
    if (DealService* service = m_running ? m_running() : nullptr) {
        const auto offer = DealSettings::storedOffer(stored);
        if (offer.ok()) {
            service->setAsk(offer->ask);
            service->setRules(offer->rules);
            text += QLatin1Char(' ') +
                    tr("The price, bounds and clients apply to new proposals now; the listen "
                       "address and port at the next start.");
        }
    }
    showMessage(m_message, text, false);
    Q_EMIT saved();
    return true;
}

} // namespace salesdesk::ui
