#include "ui/matching/MatchingPage.h"

#include "ui/common/AmountCopy.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/Formatting.h"
#include "ui/matching/AvailabilityVerdictsModel.h"
#include "ui/matching/MatchReasonText.h"
#include "ui/matching/MatchingRequestsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace salesdesk::ui {

MatchingPage::MatchingPage(Desk& desk, QWidget* parent)
    : QWidget(parent) {
    m_requests = new MatchingRequestsModel(desk, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_requests);
    m_filter->setSortRole(MatchingRequestsModel::SortRole);
    m_filter->setFilterRole(MatchingRequestsModel::MatchedRole);
    m_filter->setFilterKeyColumn(MatchingRequestsModel::MatchColumn);
    m_verdicts = new AvailabilityVerdictsModel(this);

    auto* intro = new QLabel(tr("Storage requests seen on the market, and whether your "
                                "availabilities would take them — and if not, why."));
    intro->setWordWrap(true);
    m_showBox = new QComboBox();
    m_showBox->addItems(
        {tr("All requests"), tr("Requests we would take"), tr("Requests we would not take")});
    auto* showLabel = new QLabel(tr("&Show:"));
    showLabel->setBuddy(m_showBox);
    connect(m_showBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { setShow(static_cast<Show>(index)); });
    m_countLabel = new QLabel();
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setForegroundRole(QPalette::PlaceholderText);
    auto* top = new QHBoxLayout();
    top->addWidget(intro, 1);
    top->addWidget(m_countLabel);
    top->addSpacing(12);
    top->addWidget(showLabel);
    top->addWidget(m_showBox);

    m_requestTable = new QTableView();
    m_requestTable->setModel(m_filter);
    AmountCopy::install(m_requestTable);
    m_requestTable->setSortingEnabled(true);
    m_requestTable->sortByColumn(MatchingRequestsModel::SeenColumn, Qt::DescendingOrder);
    m_requestTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requestTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_requestTable->setAlternatingRowColors(true);
    m_requestTable->setWordWrap(false);
    m_requestTable->verticalHeader()->hide();
    QHeaderView* header = m_requestTable->horizontalHeader();
    fitColumnsToContents(*header);
    header->setSectionResizeMode(MatchingRequestsModel::MatchColumn, QHeaderView::Stretch);
    connect(m_requestTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_selected.reset();
                if (current.isValid())
                    m_selected = m_requests->requestAt(m_filter->mapToSource(current).row()).id;
                showSelected();
            });

    m_detailHeading = new QLabel();
    m_detailHeading->setObjectName(QStringLiteral("detailHeading"));
    m_detailHeading->setWordWrap(true);
    m_detailHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdictTable = new QTableView();
    m_verdictTable->setModel(m_verdicts);
    AmountCopy::install(m_verdictTable);
    m_verdictTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_verdictTable->setWordWrap(true);
    m_verdictTable->verticalHeader()->hide();
    m_verdictTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* verdictHeader = m_verdictTable->horizontalHeader();
    verdictHeader->setSectionResizeMode(AvailabilityVerdictsModel::AvailabilityColumn,
                                        QHeaderView::ResizeToContents);
    verdictHeader->setSectionResizeMode(AvailabilityVerdictsModel::VerdictColumn,
                                        QHeaderView::ResizeToContents);
    verdictHeader->setStretchLastSection(true);
    auto* detail = new QWidget();
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailHeading);
    detailLayout->addWidget(m_verdictTable, 1);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_requestTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_emptyText = new QLabel(tr("No storage requests seen yet.\nRequests posted on the market "
                                "appear here as they arrive, each with the reason your "
                                "availabilities would or would not take it."));
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setForegroundRole(QPalette::PlaceholderText);
    m_content = new QStackedWidget();
    m_content->addWidget(splitter);
    m_content->addWidget(m_emptyText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_content, 1);

    connect(m_requests, &MatchingRequestsModel::batchApplied, this, [this] {
        showSelected();
        updateEmptyState();
    });
    showSelected();
    updateEmptyState();
}

MatchingPage::~MatchingPage() = default;

void MatchingPage::setShow(Show show) {
    if (m_showBox->currentIndex() != static_cast<int>(show))
        m_showBox->setCurrentIndex(static_cast<int>(show)); // comes back here
    switch (show) {
    case Show::All:
        m_filter->setFilterFixedString(QString());
        break;
    case Show::Taken:
        m_filter->setFilterFixedString(QStringLiteral("1"));
        break;
    case Show::NotTaken:
        m_filter->setFilterFixedString(QStringLiteral("0"));
        break;
    }
    updateEmptyState();
}

bool MatchingPage::selectRequest(const RequestId& id) {
    const int row = m_requests->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex proxy = m_filter->mapFromSource(m_requests->index(row, 0));
    if (!proxy.isValid())
        return false;
    m_requestTable->selectionModel()->setCurrentIndex(proxy, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    m_requestTable->scrollTo(proxy);
    return true;
}

void MatchingPage::showSelected() {
    const int row = m_selected ? m_requests->rowOf(*m_selected) : -1;
    if (row < 0) {
        m_verdicts->setRequest(std::nullopt);
        m_detailHeading->setText(tr("Select a request to see, for each availability, whether it "
                                    "would take the request's slots and exactly why not."));
        return;
    }
    const SeenRequest& r = m_requests->requestAt(row);
    m_verdicts->setRequest(r);
    const QString slots = r.ask.slots == 1 ? tr("1 slot") : tr("%1 slots").arg(r.ask.slots);
    QString heading =
        tr("Request %1: %2 of %3 for %4 at %5, collateral %6; it would end on %7.")
            .arg(r.id.toShortHex(), slots, formatBytes(r.ask.slotSize),
                 formatDuration(static_cast<qint64>(r.ask.duration)),
                 formatPrice(r.ask.pricePerBytePerSecond),
                 formatCollateralPerTiB(r.ask.collateralPerByte), formatTimestamp(r.endsAt));
    if (r.explanation.verdicts.isEmpty())
        heading += QLatin1Char(' ') +
                   tr("You offer no storage yet: add an availability on the Availabilities "
                      "screen.");
    m_detailHeading->setText(heading);
    m_verdictTable->resizeRowsToContents();
}

void MatchingPage::updateEmptyState() {
    const int total = m_requests->rowCount();
    const int taken = [this] {
        int n = 0;
        for (int row = 0; row < m_requests->rowCount(); ++row)
            n += m_requests->requestAt(row).explanation.chosen ? 1 : 0;
        return n;
    }();
    m_countLabel->setText(tr("%1 seen, %2 we would take").arg(total).arg(taken));
    m_content->setCurrentIndex(total == 0 ? 1 : 0);
}

} // namespace salesdesk::ui
