#pragma once

#include "core/domain/FixedBytes.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace salesdesk {

class Desk;
struct Availability;

namespace ui {

class AvailabilityTableModel;
class ReservationTableModel;

// The Availabilities screen: the storage the provider offers (one row per availability: size,
// free, committed, duration, minimum price, collateral, until, state) and, for the selected one,
// the reservations its bytes and collateral are committed to.
//
// Actions for the window's menus and toolbar (each also a button on the page):
// - offerStorageAction() "Offer storage…" (Ctrl+N) → offerStorage(), which the first-run prompt
//   calls too;
// - editAction() "Edit…" (Ctrl+E, or double-click a row) → editSelected();
// - removeAction() "Remove" (Delete) → removeSelected(), after a confirmation; the engine refuses
//   while the availability has reservations, and the page says so;
// - enabledAction() "Accept new sales" (checkable, Ctrl+Shift+E) → setSelectedEnabled().
class AvailabilitiesPage : public QWidget {
    Q_OBJECT
public:
    explicit AvailabilitiesPage(Desk& desk, QWidget* parent = nullptr);

    QAction* offerStorageAction() const { return m_offerAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* removeAction() const { return m_removeAction; }
    QAction* enabledAction() const { return m_enabledAction; }

    AvailabilityTableModel* availabilityModel() const { return m_availabilities; }
    ReservationTableModel* reservationModel() const { return m_reservations; }
    // The availability whose reservations are shown; none when nothing is selected.
    std::optional<AvailabilityId> selectedAvailability() const;
    void selectAvailability(const AvailabilityId& id);

public Q_SLOTS:
    // Opens the "Offer storage" form (window-modal, returns at once).
    void offerStorage();
    void editSelected();
    void removeSelected();
    void setSelectedEnabled(bool enabled);

private:
    void buildUi();
    void updateActions();
    void updateDetails();
    void showEmptyStateIfNeeded();
    std::optional<Availability> selected() const;
    void reportError(const QString& message);

    Desk& m_desk;
    AvailabilityTableModel* m_availabilities = nullptr;
    ReservationTableModel* m_reservations = nullptr;
    QSortFilterProxyModel* m_availabilityProxy = nullptr;
    QSortFilterProxyModel* m_reservationProxy = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_availabilityView = nullptr;
    QTableView* m_reservationView = nullptr;
    QLabel* m_detailsTitle = nullptr;
    QLabel* m_detailsSummary = nullptr;
    QLabel* m_status = nullptr;
    QAction* m_offerAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_removeAction = nullptr;
    QAction* m_enabledAction = nullptr;
};

} // namespace ui
} // namespace salesdesk
