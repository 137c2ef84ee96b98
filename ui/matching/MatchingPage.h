#pragma once

#include "core/domain/FixedBytes.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace salesdesk {
class Desk;
}

namespace salesdesk::ui {

class AvailabilityVerdictsModel;
class MatchingRequestsModel;

// Matching: the storage requests seen on the market and, for each, whether one of our
// availabilities would take it and, per availability, exactly why not (MatchExplainer, the same
// rules as the engine's findAvailability), with what our engine did with its slots.
class MatchingPage : public QWidget {
    Q_OBJECT
public:
    enum class Show { All, Taken, NotTaken };

    explicit MatchingPage(Desk& desk, QWidget* parent = nullptr);
    ~MatchingPage() override;

    MatchingRequestsModel* requestsModel() const { return m_requests; }
    AvailabilityVerdictsModel* verdictsModel() const { return m_verdicts; }
    QSortFilterProxyModel* requestsFilter() const { return m_filter; }

public Q_SLOTS:
    void setShow(salesdesk::ui::MatchingPage::Show show);
    // Selects the request's row (and shows its verdicts); false when it is not listed.
    bool selectRequest(const salesdesk::RequestId& id);

private:
    void showSelected();
    void updateEmptyState();

    MatchingRequestsModel* m_requests = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    AvailabilityVerdictsModel* m_verdicts = nullptr;
    QComboBox* m_showBox = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_detailHeading = nullptr;
    QLabel* m_emptyText = nullptr;
    QStackedWidget* m_content = nullptr;
    QTableView* m_requestTable = nullptr;
    QTableView* m_verdictTable = nullptr;
    std::optional<RequestId> m_selected;
};

} // namespace salesdesk::ui
