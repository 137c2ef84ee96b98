#pragma once

#include "core/domain/Availability.h"
#include "core/reservations/AvailabilityParams.h"
#include "core/storage/Repo.h"

#include <QCoreApplication>
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
// nothing wrong): the engine's own rules and messages (Reservations::validate), then what only
// the form can know: the quota left and, when an availability is edited, what it has committed
// to running sales (bytes, collateral, the end of its longest hosted slot).
class OfferCheck {
    Q_DECLARE_TR_FUNCTIONS(OfferCheck)
public:
    // Offering new storage: no original. Editing: `original` and the latest end of the slots
    // its reservations host.
    explicit OfferCheck(std::optional<Availability> original = std::nullopt,
                        Timestamp latestHostedSlotEnd = 0);

    const std::optional<Availability>& original() const { return m_original; }
    const std::optional<QuotaUsage>& quota() const { return m_quota; }
    void setQuota(std::optional<QuotaUsage> quota) { m_quota = quota; }
    // The bytes the size may take: what the quota has left, plus the edited availability's own.
    quint64 availableBytes() const;

    QString sizeProblem(const OfferFields& fields) const;
    QString durationProblem(const OfferFields& fields) const;
    QString priceProblem(const OfferFields& fields) const;
    QString collateralProblem(const OfferFields& fields) const;
    QString untilProblem(const OfferFields& fields) const;

    // The fields as the engine's request (every field read and valid): a new availability, or
    // the change of the original (only the fields that differ).
    static NewAvailability newAvailability(const OfferFields& fields);
    AvailabilityChange changeOfOriginal(const OfferFields& fields) const;

private:
    std::optional<Availability> m_original;
    Timestamp m_latestHostedSlotEnd = 0;
    std::optional<QuotaUsage> m_quota;
};

} // namespace salesdesk::ui
