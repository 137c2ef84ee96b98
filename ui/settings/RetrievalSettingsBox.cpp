#include "ui/settings/RetrievalSettingsBox.h"

#include "core/domain/TokenAmount.h"
#include "core/domain/UInt256.h"
#include "ui/common/FieldLabels.h"
#include "ui/settings/RetrievalSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace salesdesk::ui {

namespace {

constexpr quint64 kGiB = quint64(1) << 30;

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

QSpinBox* kibField(const QString& name, int minimum, QWidget* parent) {
    auto* field = new QSpinBox(parent);
    field->setObjectName(name);
    field->setRange(minimum, RetrievalSettings::kMaxChunkKiB);
    field->setAlignment(Qt::AlignRight);
    field->setMaximumWidth(180);
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

} // namespace

RetrievalSettingsBox::RetrievalSettingsBox(TokenInfo token, QWidget* parent)
    : QGroupBox(tr("Paid retrieval"), parent)
    , m_token(std::move(token)) {
    m_enabled = new QCheckBox(tr("Serve paid retrievals"), this);
    m_enabled->setObjectName(QStringLiteral("retrievalEnabled"));
    m_enabled->setToolTip(tr("Clients download the slot data this desk holds, paying for it "
                             "chunk by chunk with vouchers of a payment channel."));

    m_listenAddress = new QLineEdit(this);
    m_listenAddress->setObjectName(QStringLiteral("retrievalListenAddress"));
    m_listenAddress->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_listenAddress->setMaximumWidth(240);
    m_listenAddress->setToolTip(tr("127.0.0.1 serves this computer only; 0.0.0.0 serves every "
                                   "network interface."));
    m_listenAddressError = problemMessageLabel(QStringLiteral("retrievalListenAddressError"), this);
    connect(m_listenAddress, &QLineEdit::textEdited, this,
            &RetrievalSettingsBox::checkListenAddress);

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("retrievalPort"));
    m_port->setRange(1, 65535);
    m_port->setAlignment(Qt::AlignRight);
    m_port->setMaximumWidth(180);

    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("retrievalPrice"));
    m_price->setPlaceholderText(QStringLiteral("0"));
    m_price->setMaximumWidth(240);
    m_price->setToolTip(
        tr("What each byte costs, in the smallest unit of %1 (one %1 is 10^%2 of them).")
            .arg(m_token.symbol)
            .arg(m_token.decimals));
    m_priceHint = fieldHintLabel(QStringLiteral("retrievalPriceHint"), this);
    m_priceError = problemMessageLabel(QStringLiteral("retrievalPriceError"), this);
    connect(m_price, &QLineEdit::textEdited, this, [this] {
        checkPrice();
        updateHints();
    });

    m_firstChunk = kibField(QStringLiteral("retrievalFirstChunk"), 1, this);
    m_firstChunk->setToolTip(tr("The first chunk goes out before anything is paid: the most a "
                                "client who never pays can take."));
    m_chunkGrowth = kibField(QStringLiteral("retrievalChunkGrowth"), 0, this);
    m_chunkGrowth->setToolTip(tr("Each next chunk is this much larger than the one before it; "
                                 "each is paid for before the next goes out."));

    m_claimThreshold = new QLineEdit(this);
    m_claimThreshold->setObjectName(QStringLiteral("retrievalClaimThreshold"));
    m_claimThreshold->setPlaceholderText(QStringLiteral("0"));
    m_claimThreshold->setMaximumWidth(240);
    m_claimThresholdHint = fieldHintLabel(QStringLiteral("retrievalClaimThresholdHint"), this);
    m_claimThresholdError =
        problemMessageLabel(QStringLiteral("retrievalClaimThresholdError"), this);
    connect(m_claimThreshold, &QLineEdit::textEdited, this, [this] {
        checkClaimThreshold();
        updateHints();
    });

    m_maxActivePerClient = new QSpinBox(this);
    m_maxActivePerClient->setObjectName(QStringLiteral("retrievalMaxActivePerClient"));
    m_maxActivePerClient->setRange(1, RetrievalSettings::kMaxActivePerClient);
    m_maxActivePerClient->setAlignment(Qt::AlignRight);
    m_maxActivePerClient->setMaximumWidth(180);
    m_maxActivePerClient->setToolTip(tr("How many retrievals one client may have under way at "
                                        "the same time, over all its payment channels."));

    const QString smallestUnit = tr("smallest unit of %1").arg(m_token.symbol);
    auto* form = new QFormLayout();
    form->addRow(m_enabled);
    form->addRow(tr("Listen address:"), m_listenAddress);
    form->addRow(QString(), m_listenAddressError);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Price per byte:"), withUnit(m_price, smallestUnit, this));
    form->addRow(QString(), m_priceHint);
    form->addRow(QString(), m_priceError);
    form->addRow(tr("First chunk:"), withUnit(m_firstChunk, tr("KiB"), this));
    form->addRow(tr("Chunk growth:"), withUnit(m_chunkGrowth, tr("KiB"), this));
    form->addRow(tr("Claim threshold:"), withUnit(m_claimThreshold, smallestUnit, this));
    form->addRow(QString(), m_claimThresholdHint);
    form->addRow(QString(), m_claimThresholdError);
    form->addRow(tr("Retrievals per client:"), m_maxActivePerClient);

    auto* note = noteLabel(this);
    note->setObjectName(QStringLiteral("retrievalNote"));
    note->setText(tr("Changes take effect at the next start of Sales Desk. Paid retrieval runs on "
                     "a chain only (the local test chain or a network): the demo market has no "
                     "payment channels. The Retrievals screen shows what is served and paid."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("retrievalMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveRetrieval"));
    connect(saveButton, &QPushButton::clicked, this, &RetrievalSettingsBox::save);
    auto* revertButton = new QPushButton(tr("Revert"), this);
    revertButton->setObjectName(QStringLiteral("revertRetrieval"));
    connect(revertButton, &QPushButton::clicked, this, &RetrievalSettingsBox::revert);
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

void RetrievalSettingsBox::revert() {
    const QSettings stored;
    m_enabled->setChecked(RetrievalSettings::enabled.value(stored));
    m_listenAddress->setText(RetrievalSettings::listenAddress.value(stored));
    m_port->setValue(RetrievalSettings::port.value(stored));
    m_price->setText(RetrievalSettings::pricePerByte.value(stored));
    m_firstChunk->setValue(RetrievalSettings::firstChunkKiB.value(stored));
    m_chunkGrowth->setValue(RetrievalSettings::chunkGrowthKiB.value(stored));
    m_claimThreshold->setText(RetrievalSettings::claimThreshold.value(stored));
    m_maxActivePerClient->setValue(RetrievalSettings::maxActivePerClient.value(stored));
    checkFields();
    updateHints();
    m_message->hide();
}

bool RetrievalSettingsBox::checkListenAddress() {
    const QString problem = RetrievalSettings::listenAddressError(m_listenAddress->text());
    showProblem(m_listenAddressError, problem);
    return problem.isEmpty();
}

bool RetrievalSettingsBox::checkPrice() {
    const QString problem = RetrievalSettings::amountError(m_price->text());
    showProblem(m_priceError, problem);
    return problem.isEmpty();
}

bool RetrievalSettingsBox::checkClaimThreshold() {
    const QString problem = RetrievalSettings::amountError(m_claimThreshold->text());
    showProblem(m_claimThresholdError, problem);
    return problem.isEmpty();
}

bool RetrievalSettingsBox::checkFields() {
    const bool address = checkListenAddress();
    const bool price = checkPrice();
    const bool threshold = checkClaimThreshold();
    return address && price && threshold;
}

void RetrievalSettingsBox::updateHints() {
    auto price = uint256::parse(m_price->text().trimmed());
    if (!price.ok()) {
        m_priceHint->clear();
    } else {
        auto perGiB = uint256::checkedMul(*price, UInt256(kGiB));
        m_priceHint->setText(perGiB.ok()
                                 ? tr("%1 per byte, %2 per GiB")
                                       .arg(tokens::formatExact(*price, m_token),
                                            tokens::formatRounded(*perGiB, m_token))
                                 : tr("%1 per byte").arg(tokens::formatExact(*price, m_token)));
    }
    auto threshold = uint256::parse(m_claimThreshold->text().trimmed());
    if (!threshold.ok())
        m_claimThresholdHint->clear();
    else if (*threshold == 0)
        m_claimThresholdHint->setText(
            tr("0: a channel is claimed only when its client asks to close it."));
    else
        m_claimThresholdHint->setText(
            tr("A channel is claimed once %1 of its vouchers are unclaimed, and when its client "
               "asks to close it.")
                .arg(tokens::formatExact(*threshold, m_token)));
}

bool RetrievalSettingsBox::save() {
    if (!checkFields()) {
        showMessage(m_message, tr("Nothing was saved: correct the fields marked above."), true);
        return false;
    }
    QSettings stored;
    RetrievalSettings::enabled.set(stored, m_enabled->isChecked());
    RetrievalSettings::listenAddress.set(stored, m_listenAddress->text().trimmed());
    RetrievalSettings::port.set(stored, m_port->value());
    RetrievalSettings::pricePerByte.set(
        stored, uint256::toDecimal(uint256::parse(m_price->text().trimmed()).value()));
    RetrievalSettings::firstChunkKiB.set(stored, m_firstChunk->value());
    RetrievalSettings::chunkGrowthKiB.set(stored, m_chunkGrowth->value());
    RetrievalSettings::claimThreshold.set(
        stored, uint256::toDecimal(uint256::parse(m_claimThreshold->text().trimmed()).value()));
    RetrievalSettings::maxActivePerClient.set(stored, m_maxActivePerClient->value());
    showMessage(m_message,
                m_enabled->isChecked()
                    ? tr("Saved: paid retrieval starts with the next start of Sales Desk on a "
                         "chain.")
                    : tr("Saved: paid retrieval is off from the next start of Sales Desk."),
                false);
    Q_EMIT saved();
    return true;
}

} // namespace salesdesk::ui
