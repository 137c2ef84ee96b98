#pragma once

#include "core/desk/SaleGasEstimate.h"
#include "core/domain/Availability.h"
#include "core/reservations/AvailabilityParams.h"
#include "core/reservations/AvailabilityRules.h"
#include "core/storage/Repo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace salesdesk::ui {

// What the fields of the offer form say, in the engine's units: a value for each field that
// could be read, else the reason it could not (AvailabilityForm reads them from its widgets).
struct OfferFields {
    std::optional<quint64> totalSize;
    std::optional<quint64> duration;
    // Set only when the typed price is one the contract holds exactly.
    std::optional<UInt256> minPricePerBytePerSecond;
    std::optional<UInt256> totalCollateral;
    Timestamp until = 0;
    bool enabled = true;
    QString priceText;            // as typed
    QString priceParseError;      // why the price did not read as an amount, if it did not
    QString collateralParseError; // why the collateral did not read, if it did not
};

// The checks of the offer form, one per field, each giving the message shown under it (empty:
// nothing wrong). The rules are the engine's (AvailabilityRules), against the quota and, when an
// availability is edited, what it has committed to sales; their amounts are formatted here for
// people. What only the form knows is checked here too: a price or collateral that did not read,
// and a price the contract cannot hold exactly.
class OfferCheck {
    Q_DECLARE_TR_FUNCTIONS(OfferCheck)
public:
    // Offering new storage: no original. Editing: `original` and the latest end of the slots
    // its reservations host.
    explicit OfferCheck(std::optional<Availability> original = std::nullopt,
                        Timestamp latestHostedSlotEnd = 0);
    // What Reservations::availabilityRuleContext read from the books.
    explicit OfferCheck(AvailabilityRules::Context context);

    const AvailabilityRules::Context& context() const { return m_context; }
    const std::optional<Availability>& original() const { return m_context.original; }
    const std::optional<QuotaUsage>& quota() const { return m_context.quota; }
    void setQuota(std::optional<QuotaUsage> quota) { m_context.quota = quota; }
    // The bytes the size may take: what the quota has left, plus the edited availability's own.
    quint64 availableBytes() const;

    QString sizeProblem(const OfferFields& fields) const;
    QString durationProblem(const OfferFields& fields) const;
    QString priceProblem(const OfferFields& fields) const;
    QString collateralProblem(const OfferFields& fields) const;
    QString untilProblem(const OfferFields& fields) const;

    // Every rule the fields that could be read break, in the engine's order.
    QList<AvailabilityRules::Violation> violations(const OfferFields& fields) const;
    // On a chain: what the wallet cannot pay for, as a warning (an offer is not refused for it:
    // the wallet may be funded later). `tokens` and `gas` are the wallet's balances when known;
    // `saleGas` what one sale of the offer's longest duration needs at the node's fee, when the
    // fee is known: a gas balance below it is warned about with the ETH missing (without it,
    // only an empty gas balance is). Empty when all suffice or nothing is known.
    static QString walletWarning(const UInt256& totalCollateral, std::optional<UInt256> tokens,
                                 std::optional<UInt256> gas,
                                 std::optional<SaleGasEstimate> saleGas = std::nullopt);
    // A broken rule as the form says it: the rule's message with its amounts formatted for
    // people (sizes, token amounts, durations, dates), and where to raise the quota.
    static QString describe(const AvailabilityRules::Violation& violation);

    // The fields as the engine's request (every field read and valid): a new availability, or
    // the change of the original (only the fields that differ).
    static NewAvailability newAvailability(const OfferFields& fields);
    AvailabilityChange changeOfOriginal(const OfferFields& fields) const;

private:
    // The message of the first rule `field` breaks; empty when it breaks none.
    QString problemOf(AvailabilityRules::Field field, const OfferFields& fields) const;

    AvailabilityRules::Context m_context;
};

} // namespace salesdesk::ui
