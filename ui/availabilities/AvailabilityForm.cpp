#include "ui/availabilities/AvailabilityForm.h"

#include "core/desk/ChainWatch.h"
#include "core/desk/DemoOptions.h"
#include "core/desk/Desk.h"
#include "core/domain/PriceUnits.h"
#include "core/domain/TokenAmount.h"
#include "core/reservations/Reservations.h"
#include "ui/availabilities/OfferCheck.h"
#include "ui/availabilities/OfferUnits.h"
#include "ui/common/FieldLabels.h"
#include "ui/common/Formatting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace salesdesk::ui {

namespace {

constexpr int kDefaultSizeGiB = 10;
constexpr int kDefaultDurationDays = 30;
// 1 token per byte per second: the smallest price the engine can store.
const UInt256 kDefaultPricePerByteSecond = 1;
constexpr quint64 kDefaultCollateralPerByte = 1;

// A price per TiB per month as the price field shows it: every digit, no symbol.
QString priceFieldText(const UInt256& perBytePerSecond) {
    auto perTiB = prices::perTiBMonth(perBytePerSecond);
    return perTiB.ok() ? tokens::formatExact(*perTiB, displayToken(), QLocale(), false) : QString();
}

} // namespace

AvailabilityForm::AvailabilityForm(Desk& desk, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk) {
    setWindowTitle(tr("Offer storage"));
    readRuleContext();
    buildUi();
    setDefaults();
    revalidate();
}

AvailabilityForm::AvailabilityForm(Desk& desk, const Availability& availability, QWidget* parent)
    : QDialog(parent)
    , m_desk(desk) {
    setWindowTitle(tr("Edit availability %1").arg(availability.id.toShortHex()));
    m_check = OfferCheck(availability);
    readRuleContext();
    buildUi();
    loadValues(availability);
    revalidate();
}

void AvailabilityForm::readRuleContext() {
    std::optional<AvailabilityId> id;
    if (m_check.original())
        id = m_check.original()->id;
    if (auto context = m_desk.engine().reservations().availabilityRuleContext(id); context.ok())
        m_check = OfferCheck(*context);
}

void AvailabilityForm::buildUi() {
    setObjectName(QStringLiteral("availabilityForm"));
    connect(&m_desk.engine().repo(), &Repo::quotaChanged, this, [this](const QuotaUsage& usage) {
        m_check.setQuota(usage);
        revalidate();
    });
    if (const ChainWatch* watch = m_desk.chainWatch())
        connect(watch, &ChainWatch::changed, this, [this] {
            if (m_engineProblem->text().isEmpty()) // keep a refusal shown until a field changes
                revalidate();
        });

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // Size
    m_size = new QDoubleSpinBox(this);
    m_size->setObjectName(QStringLiteral("size"));
    m_size->setDecimals(2);
    m_size->setRange(0, 999'999.99);
    m_size->setAlignment(Qt::AlignRight);
    m_sizeUnit = new QComboBox(this);
    m_sizeUnit->setObjectName(QStringLiteral("sizeUnit"));
    for (SizeUnit unit : {SizeUnit::GB, SizeUnit::TB, SizeUnit::GiB, SizeUnit::TiB})
        m_sizeUnit->addItem(unitName(unit), static_cast<int>(unit));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_size, 1);
    sizeRow->addWidget(m_sizeUnit);
    m_sizeHint = fieldHintLabel(QStringLiteral("sizeHint"), this);
    m_sizeProblem = fieldProblemLabel(QStringLiteral("sizeProblem"), this);
    auto* sizeLabel = new QLabel(tr("&Size:"), this);
    sizeLabel->setBuddy(m_size);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(QString(), m_sizeHint);
    form->addRow(QString(), m_sizeProblem->parentWidget());

    // Duration
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration"));
    m_duration->setRange(0, 100'000);
    m_duration->setAlignment(Qt::AlignRight);
    m_durationUnit = new QComboBox(this);
    m_durationUnit->setObjectName(QStringLiteral("durationUnit"));
    for (DurationUnit unit : {DurationUnit::Hours, DurationUnit::Days, DurationUnit::Months})
        m_durationUnit->addItem(unitName(unit), static_cast<int>(unit));
    auto* durationRow = new QHBoxLayout;
    durationRow->addWidget(m_duration, 1);
    durationRow->addWidget(m_durationUnit);
    m_durationProblem = fieldProblemLabel(QStringLiteral("durationProblem"), this);
    auto* durationLabel = new QLabel(tr("Longest &duration:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, durationRow);
    form->addRow(QString(), m_durationProblem->parentWidget());

    // Minimum price
    m_price = new QLineEdit(this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setPlaceholderText(displayToken().symbol);
    const QString priceUnitTip =
        tr("A month is 30 days. The contract stores the price as a whole number of base units "
           "(10^-%1 %2) per byte per second; a price per TiB per month it cannot hold exactly "
           "is offered as the nearest price below and above, for you to choose.")
            .arg(displayToken().decimals)
            .arg(displayToken().symbol);
    m_price->setToolTip(priceUnitTip);
    auto* priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    auto* priceUnit = new QLabel(tr("%1 per TiB per month").arg(displayToken().symbol), this);
    priceUnit->setToolTip(priceUnitTip);
    priceRow->addWidget(priceUnit);
    m_priceHint = fieldHintLabel(QStringLiteral("priceHint"), this);
    m_priceProblem = fieldProblemLabel(QStringLiteral("priceProblem"), this);
    // The nearest prices the contract can hold, when the typed one is not one of them.
    m_priceChoice = new QWidget(this);
    auto* choiceRow = new QHBoxLayout(m_priceChoice);
    choiceRow->setContentsMargins(0, 0, 0, 0);
    m_priceBelow = new QPushButton(m_priceChoice);
    m_priceBelow->setObjectName(QStringLiteral("priceBelow"));
    m_priceBelow->setAutoDefault(false);
    m_priceAbove = new QPushButton(m_priceChoice);
    m_priceAbove->setObjectName(QStringLiteral("priceAbove"));
    m_priceAbove->setAutoDefault(false);
    choiceRow->addWidget(m_priceBelow);
    choiceRow->addWidget(m_priceAbove);
    choiceRow->addStretch(1);
    m_priceChoice->setVisible(false);
    auto* priceLabel = new QLabel(tr("Minimum &price:"), this);
    priceLabel->setBuddy(m_price);
    form->addRow(priceLabel, priceRow);
    form->addRow(QString(), m_priceHint);
    form->addRow(QString(), m_priceProblem->parentWidget());
    form->addRow(QString(), m_priceChoice);
    connect(m_priceBelow, &QPushButton::clicked, this, [this] { useNearestPrice(false); });
    connect(m_priceAbove, &QPushButton::clicked, this, [this] { useNearestPrice(true); });

    // Collateral
    m_collateral = new QLineEdit(this);
    m_collateral->setObjectName(QStringLiteral("collateral"));
    m_collateral->setAlignment(Qt::AlignRight);
    m_collateralPerByte = new QLineEdit(this);
    m_collateralPerByte->setObjectName(QStringLiteral("collateralPerByte"));
    m_collateralPerByte->setAlignment(Qt::AlignRight);
    auto* collateralRow = new QHBoxLayout;
    collateralRow->addWidget(m_collateral, 2);
    collateralRow->addWidget(new QLabel(tr("base units in total, or"), this));
    collateralRow->addWidget(m_collateralPerByte, 1);
    collateralRow->addWidget(new QLabel(tr("per byte"), this));
    m_collateralHint = fieldHintLabel(QStringLiteral("collateralHint"), this);
    m_collateralProblem = fieldProblemLabel(QStringLiteral("collateralProblem"), this);
    auto* collateralLabel = new QLabel(tr("&Collateral:"), this);
    collateralLabel->setBuddy(m_collateral);
    form->addRow(collateralLabel, collateralRow);
    form->addRow(QString(), m_collateralHint);
    form->addRow(QString(), m_collateralProblem->parentWidget());

    // Until
    m_hasUntil = new QCheckBox(tr("Only slots that end &before"), this);
    m_hasUntil->setObjectName(QStringLiteral("hasUntil"));
    m_until = new QDateTimeEdit(this);
    m_until->setObjectName(QStringLiteral("until"));
    m_until->setCalendarPopup(true);
    m_until->setMinimumDateTime(QDateTime::fromSecsSinceEpoch(0));
    auto* untilRow = new QHBoxLayout;
    untilRow->addWidget(m_hasUntil);
    untilRow->addWidget(m_until, 1);
    m_untilProblem = fieldProblemLabel(QStringLiteral("untilProblem"), this);
    form->addRow(tr("Until:"), untilRow);
    form->addRow(QString(), m_untilProblem->parentWidget());

    m_enabled = new QCheckBox(tr("&Accept new sales"), this);
    m_enabled->setObjectName(QStringLiteral("enabled"));
    m_enabled->setToolTip(tr("A disabled availability keeps its running sales but takes no new "
                             "slots."));
    form->addRow(QString(), m_enabled);

    m_engineProblem = fieldProblemLabel(QStringLiteral("engineProblem"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(isEditing() ? tr("Save") : tr("Offer"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AvailabilityForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AvailabilityForm::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_engineProblem->parentWidget());
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    const auto changed = [this] {
        revalidate();
    };
    connect(m_size, &QDoubleSpinBox::valueChanged, this, [this] {
        if (m_collateralFollowsPerByte)
            collateralPerByteEdited();
        revalidate();
    });
    connect(m_sizeUnit, &QComboBox::currentIndexChanged, this, [this] {
        if (m_collateralFollowsPerByte)
            collateralPerByteEdited();
        revalidate();
    });
    connect(m_duration, &QSpinBox::valueChanged, this, changed);
    connect(m_durationUnit, &QComboBox::currentIndexChanged, this, changed);
    connect(m_price, &QLineEdit::textChanged, this, changed);
    connect(m_collateral, &QLineEdit::textEdited, this, &AvailabilityForm::totalCollateralEdited);
    connect(m_collateralPerByte, &QLineEdit::textEdited, this,
            &AvailabilityForm::collateralPerByteEdited);
    connect(m_hasUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    connect(m_hasUntil, &QCheckBox::toggled, this, changed);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_enabled, &QCheckBox::toggled, this, changed);
}

void AvailabilityForm::setDefaults() {
    m_sizeUnit->setCurrentIndex(m_sizeUnit->findData(static_cast<int>(SizeUnit::GiB)));
    quint64 sizeBytes = quint64(kDefaultSizeGiB) << 30;
    if (const auto& quota = m_check.quota(); quota) {
        // The demo writes no slot data and its slots are 1 to 4 GiB: offer the whole quota
        // that is free, so that a first offer takes dozens of slots, not two or three.
        if (m_desk.simulation() || quota->available() < sizeBytes)
            sizeBytes = quota->available();
    }
    m_size->setValue(std::floor(double(sizeBytes) / double(quint64(1) << 30) * 100) / 100);
    m_durationUnit->setCurrentIndex(m_durationUnit->findData(static_cast<int>(DurationUnit::Days)));
    m_duration->setValue(kDefaultDurationDays);
    m_price->setText(priceFieldText(kDefaultPricePerByteSecond));
    // On the demo market, a collateral every demo request accepts (its requests ask a share of
    // what a slot pays, far above one unit per byte); elsewhere the lowest.
    m_collateralPerByte->setText(
        formatBaseUnits(m_desk.simulation() ? UInt256(DemoMarketLimits::kMaxCollateralPerByte)
                                            : UInt256(kDefaultCollateralPerByte)));
    collateralPerByteEdited();
    m_hasUntil->setChecked(false);
    m_until->setEnabled(false);
    m_until->setDateTime(
        QDateTime::fromSecsSinceEpoch(m_desk.clock().now() + qint64(kSecondsPerMonth) * 6));
    m_enabled->setChecked(true);
}

void AvailabilityForm::loadValues(const Availability& a) {
    // The largest unit that shows the size exactly.
    SizeUnit sizeUnit = SizeUnit::GiB;
    for (SizeUnit unit : {SizeUnit::TiB, SizeUnit::TB, SizeUnit::GiB, SizeUnit::GB})
        if (a.totalSize % (bytesPer(unit) / 100) == 0) {
            sizeUnit = unit;
            break;
        }
    m_sizeUnit->setCurrentIndex(m_sizeUnit->findData(static_cast<int>(sizeUnit)));
    m_size->setValue(double(a.totalSize) / double(bytesPer(sizeUnit)));
    DurationUnit durationUnit = DurationUnit::Hours;
    for (DurationUnit unit : {DurationUnit::Months, DurationUnit::Days, DurationUnit::Hours})
        if (a.duration % secondsPer(unit) == 0) {
            durationUnit = unit;
            break;
        }
    m_durationUnit->setCurrentIndex(m_durationUnit->findData(static_cast<int>(durationUnit)));
    m_duration->setValue(static_cast<int>(a.duration / secondsPer(durationUnit)));
    m_price->setText(priceFieldText(a.minPricePerBytePerSecond));
    m_collateral->setText(formatBaseUnits(a.totalCollateral));
    totalCollateralEdited();
    m_hasUntil->setChecked(a.until != 0);
    m_until->setEnabled(a.until != 0);
    m_until->setDateTime(QDateTime::fromSecsSinceEpoch(
        a.until != 0 ? a.until : m_desk.clock().now() + qint64(kSecondsPerMonth) * 6));
    m_enabled->setChecked(a.enabled);
}

OfferFields AvailabilityForm::readFields() {
    OfferFields fields;
    const auto sizeUnit = static_cast<SizeUnit>(m_sizeUnit->currentData().toInt());
    const double bytes = std::round(m_size->value() * double(bytesPer(sizeUnit)));
    fields.totalSize = static_cast<quint64>(bytes);
    const auto durationUnit = static_cast<DurationUnit>(m_durationUnit->currentData().toInt());
    fields.duration = quint64(m_duration->value()) * secondsPer(durationUnit);

    // The typed price is used only when the contract can hold it exactly; otherwise the form
    // offers the nearest prices and waits for the user to choose (never a silent change).
    fields.priceText = m_price->text();
    m_nearestPrices.reset();
    if (auto perTiB = tokens::parse(m_price->text(), displayToken()); perTiB.ok()) {
        m_nearestPrices = prices::nearestPerByteSecond(*perTiB);
        if (m_nearestPrices->exact)
            fields.minPricePerBytePerSecond = m_nearestPrices->below;
    } else {
        fields.priceParseError = perTiB.message();
    }

    if (auto total = parseTokens(m_collateral->text()); total.ok())
        fields.totalCollateral = *total;
    else
        fields.collateralParseError = total.message();

    fields.until = m_hasUntil->isChecked() ? m_until->dateTime().toSecsSinceEpoch() : 0;
    fields.enabled = m_enabled->isChecked();
    return fields;
}

void AvailabilityForm::showProblem(QLabel* label, const QString& problem) {
    label->setText(problem);
    label->parentWidget()->setVisible(!problem.isEmpty());
}

void AvailabilityForm::revalidate() {
    const OfferFields fields = readFields();
    const QString problems[] = {m_check.sizeProblem(fields), m_check.durationProblem(fields),
                                m_check.priceProblem(fields), m_check.collateralProblem(fields),
                                m_check.untilProblem(fields)};
    QLabel* labels[] = {m_sizeProblem, m_durationProblem, m_priceProblem, m_collateralProblem,
                        m_untilProblem};
    m_valid = true;
    for (int i = 0; i < 5; ++i) {
        showProblem(labels[i], problems[i]);
        m_valid = m_valid && problems[i].isEmpty();
    }
    // A field changed: an earlier refusal by the engine no longer applies.
    showProblem(m_engineProblem, QString());

    // Hints: what is available, and what the engine will store.
    const quint64 available = m_check.availableBytes();
    m_sizeHint->setText(
        isEditing()
            ? tr("%1 bytes; at most %2 (%3 committed to sales)")
                  .arg(QLocale().toString(qulonglong(*fields.totalSize)), formatBytes(available),
                       formatBytes(m_check.original()->committedBytes()))
            : tr("%1 bytes; %2 of the quota are free")
                  .arg(QLocale().toString(qulonglong(*fields.totalSize)), formatBytes(available)));
    if (m_desk.demoClients())
        // The demo clients' slots are bounded because each slot's tree is hashed once from all
        // of its bytes on the threads that also answer the proofs (DemoOptions.h).
        m_sizeHint->setText(m_sizeHint->text() + QLatin1Char('\n') +
                            tr("Demo requests ask for slots of %1 to %2 each: every slot sold is "
                               "hashed once in full, so the demo keeps them small enough to hash "
                               "in seconds.")
                                .arg(formatBytes(DemoMarketLimits::kMinSlotSize),
                                     formatBytes(DemoMarketLimits::kMaxSlotSize)));
    showPriceChoice();
    if (fields.collateralParseError.isEmpty() && *fields.totalSize > 0) {
        const UInt256 perByte = *fields.totalCollateral / *fields.totalSize;
        const bool rounded = UInt256(*fields.totalCollateral % *fields.totalSize) != 0;
        m_collateralHint->setText(
            (rounded ? tr("%1 base units per byte, rounded down; a slot may ask for at most that "
                          "much collateral per byte")
                           .arg(formatBaseUnits(perByte))
                     : tr("%1 base units per byte; a slot may ask for at most that much collateral "
                          "per byte")
                           .arg(formatBaseUnits(perByte))) +
            QLatin1Char(' ') +
            tr("(%1 in total, %2)")
                .arg(formatAmount(*fields.totalCollateral), formatCollateralPerTiB(perByte)));
        if (const ChainWatch* watch = m_desk.chainWatch()) {
            std::optional<SaleGasEstimate> saleGas;
            if (const auto fee = watch->gasPrice(); fee && fields.duration)
                saleGas = SaleGasEstimate::of(*fields.duration,
                                              m_desk.market().config().periodSeconds, *fee);
            if (const QString warning = OfferCheck::walletWarning(
                    *fields.totalCollateral, watch->tokenBalance(), watch->gasBalance(), saleGas);
                !warning.isEmpty())
                m_collateralHint->setText(m_collateralHint->text() + QLatin1Char('\n') + warning);
        }
    } else {
        m_collateralHint->clear();
    }
    m_collateralHint->setVisible(!m_collateralHint->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

void AvailabilityForm::collateralPerByteEdited() {
    m_collateralFollowsPerByte = true;
    const OfferFields fields = readFields();
    auto perByte = parseTokens(m_collateralPerByte->text());
    if (perByte.ok() && fields.totalSize) {
        if (auto total = uint256::checkedMul(*perByte, UInt256(*fields.totalSize)); total.ok())
            m_collateral->setText(formatBaseUnits(*total));
    }
    revalidate();
}

void AvailabilityForm::totalCollateralEdited() {
    m_collateralFollowsPerByte = false;
    const OfferFields fields = readFields();
    if (fields.totalCollateral && fields.totalSize && *fields.totalSize > 0)
        m_collateralPerByte->setText(
            formatBaseUnits(UInt256(*fields.totalCollateral / *fields.totalSize)));
    revalidate();
}

void AvailabilityForm::showPriceChoice() {
    const bool choose = m_nearestPrices && !m_nearestPrices->exact;
    if (m_nearestPrices && m_nearestPrices->exact)
        m_priceHint->setText(tr("= %1 per byte per second, exactly")
                                 .arg(tokens::formatExact(m_nearestPrices->below, displayToken())));
    else
        m_priceHint->clear();
    m_priceHint->setVisible(!m_priceHint->text().isEmpty());
    m_priceChoice->setVisible(choose);
    if (!choose)
        return;
    // Zero is no price: below the smallest price only the one above is offered.
    const bool hasBelow = m_nearestPrices->below != 0;
    m_priceBelow->setVisible(hasBelow);
    if (hasBelow) {
        m_priceBelow->setText(tr("Use %1").arg(
            tokens::formatExact(*prices::perTiBMonth(m_nearestPrices->below), displayToken())));
        m_priceBelow->setToolTip(priceToolTip(m_nearestPrices->below));
    }
    // The price above exists unless the price per TiB per month would pass 2^256 − 1.
    const auto above = prices::perTiBMonth(m_nearestPrices->above);
    m_priceAbove->setVisible(above.ok());
    if (above.ok()) {
        m_priceAbove->setText(tr("Use %1").arg(tokens::formatExact(*above, displayToken())));
        m_priceAbove->setToolTip(priceToolTip(m_nearestPrices->above));
    }
}

void AvailabilityForm::useNearestPrice(bool above) {
    if (!m_nearestPrices)
        return;
    m_price->setText(priceFieldText(above ? m_nearestPrices->above : m_nearestPrices->below));
}

void AvailabilityForm::accept() {
    revalidate();
    if (!m_valid)
        return;
    const OfferFields fields = readFields();
    Reservations& reservations = m_desk.engine().reservations();
    const Result<Availability> result =
        m_check.original() ? reservations.updateAvailability(m_check.original()->id,
                                                             m_check.changeOfOriginal(fields))
                           : reservations.createAvailability(OfferCheck::newAvailability(fields));
    if (!result.ok()) {
        // The books moved since the form read them (a sale took bytes, a slot was hosted): read
        // them again, so the refusal appears under its field. Below the form only when no field
        // breaks a rule (the availability was removed, the disk failed).
        readRuleContext();
        revalidate();
        if (m_valid)
            showProblem(m_engineProblem, result.message());
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

} // namespace salesdesk::ui
