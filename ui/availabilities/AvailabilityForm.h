#pragma once

#include "core/domain/Availability.h"
#include "core/domain/PriceUnits.h"
#include "core/reservations/AvailabilityParams.h"
#include "core/storage/Repo.h"
#include "ui/availabilities/OfferCheck.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace salesdesk {

class Desk;

namespace ui {

// The "Offer storage" and "Edit availability" dialog. Size in GB/TB/GiB/TiB, duration in
// hours/days/months, minimum price in tokens (a decimal amount of the market's token) per TiB per
// month, collateral in base units as a total or per byte, an optional "until" date and the
// enabled switch.
//
// The contract stores the price as a whole number of base units per byte per second, so a typed
// price per TiB per month may not be one it can hold. The form never changes a typed price: it
// shows the nearest prices below and above as buttons ("Use 2.849934139195392 TST") and keeps OK
// disabled until the price is one the contract holds exactly.
//
// Every field is checked as it is typed (OfferCheck), with the engine's own rules
// (AvailabilityRules) against the quota and (when editing) what is committed to sales; a message
// appears under the field and OK stays disabled while anything is invalid. OK asks the engine;
// if it refuses (the books moved since the form read them), the form reads them again and the
// refusal appears under its field, or below the form when it concerns no field; the dialog
// stays open: an invalid form changes nothing.
class AvailabilityForm : public QDialog {
    Q_OBJECT
public:
    // Offer new storage.
    explicit AvailabilityForm(Desk& desk, QWidget* parent = nullptr);
    // Edit `availability`.
    AvailabilityForm(Desk& desk, const Availability& availability, QWidget* parent = nullptr);

    bool isEditing() const { return m_check.original().has_value(); }
    // Whether every field is valid (OK is enabled).
    bool isValid() const { return m_valid; }
    // The availability as the engine stored it, once OK succeeded.
    const std::optional<Availability>& saved() const { return m_saved; }

public Q_SLOTS:
    // OK: submits to the engine; closes only when the engine accepted.
    void accept() override;

private:
    void buildUi();
    // Reads what the rules check against (quota, the edited availability, its hosted slots).
    void readRuleContext();
    void loadValues(const Availability& availability);
    void setDefaults();
    // Re-reads every field, shows the messages and enables OK.
    void revalidate();
    // The fields' values; also remembers the nearest prices of the typed one.
    OfferFields readFields();
    void collateralPerByteEdited();
    void totalCollateralEdited();
    void showPriceChoice();
    void useNearestPrice(bool above);
    static void showProblem(QLabel* label, const QString& problem);

    Desk& m_desk;
    OfferCheck m_check; // the edited availability, if any, and the quota
    std::optional<Availability> m_saved;
    bool m_valid = false;
    bool m_syncingCollateral = false;
    bool m_collateralFollowsPerByte = false;
    std::optional<prices::NearestPrices> m_nearestPrices; // of the typed price, once it parses

    QDoubleSpinBox* m_size = nullptr;
    QComboBox* m_sizeUnit = nullptr;
    QLabel* m_sizeHint = nullptr;
    QLabel* m_sizeProblem = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_durationUnit = nullptr;
    QLabel* m_durationProblem = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceHint = nullptr;
    QLabel* m_priceProblem = nullptr;
    QWidget* m_priceChoice = nullptr;
    QPushButton* m_priceBelow = nullptr;
    QPushButton* m_priceAbove = nullptr;
    QLineEdit* m_collateral = nullptr;
    QLineEdit* m_collateralPerByte = nullptr;
    QLabel* m_collateralHint = nullptr;
    QLabel* m_collateralProblem = nullptr;
    QCheckBox* m_hasUntil = nullptr;
    QDateTimeEdit* m_until = nullptr;
    QLabel* m_untilProblem = nullptr;
    QCheckBox* m_enabled = nullptr;
    QLabel* m_engineProblem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ui
} // namespace salesdesk
