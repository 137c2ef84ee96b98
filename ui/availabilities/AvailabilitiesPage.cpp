#include "ui/availabilities/AvailabilitiesPage.h"

#include "core/desk/Desk.h"
#include "core/reservations/Reservations.h"
#include "ui/availabilities/AvailabilityForm.h"
#include "ui/availabilities/AvailabilityTableModel.h"
#include "ui/availabilities/ReservationTableModel.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/Formatting.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace salesdesk::ui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    AmountCopy::install(view);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    // A thousand reservations are measured on every batch otherwise (ColumnSizing.h).
    fitColumnsToContents(*view->horizontalHeader());
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QToolButton* buttonFor(QAction* action, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return button;
}

} // namespace

AvailabilitiesPage::AvailabilitiesPage(Desk& desk, QWidget* parent)
    : QWidget(parent)
    , m_desk(desk) {
    Reservations& books = desk.engine().reservations();
    m_availabilities = new AvailabilityTableModel(books, this);
    m_availabilities->setClock(&desk.clock());
    m_reservations = new ReservationTableModel(books, this);
    buildUi();

    connect(m_availabilities, &QAbstractItemModel::rowsInserted, this,
            &AvailabilitiesPage::showEmptyStateIfNeeded);
    connect(m_availabilities, &QAbstractItemModel::rowsRemoved, this,
            &AvailabilitiesPage::showEmptyStateIfNeeded);
    connect(m_availabilities, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_availabilityView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                m_reservations->setAvailability(selectedAvailability());
                updateActions();
            });
    connect(m_reservations, &ReservationTableModel::reservationsChanged, this,
            &AvailabilitiesPage::updateDetails);
    showEmptyStateIfNeeded();
    updateActions();
    updateDetails();
}

void AvailabilitiesPage::buildUi() {
    m_offerAction = new QAction(tr("&Offer storage…"), this);
    m_offerAction->setShortcut(QKeySequence::New);
    m_offerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_offerAction->setToolTip(
        tr("Offer disk space for sale (%1)")
            .arg(m_offerAction->shortcut().toString(QKeySequence::NativeText)));
    m_offerAction->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    connect(m_offerAction, &QAction::triggered, this, &AvailabilitiesPage::offerStorage);

    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editAction->setIcon(QIcon::fromTheme(QStringLiteral("document-edit")));
    connect(m_editAction, &QAction::triggered, this, &AvailabilitiesPage::editSelected);

    m_removeAction = new QAction(tr("&Remove"), this);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeAction->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    connect(m_removeAction, &QAction::triggered, this, &AvailabilitiesPage::removeSelected);

    m_enabledAction = new QAction(tr("&Accept new sales"), this);
    m_enabledAction->setCheckable(true);
    m_enabledAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_enabledAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_enabledAction->setToolTip(
        tr("Whether the selected availability takes new slots; its running sales go on either "
           "way"));
    connect(m_enabledAction, &QAction::triggered, this, &AvailabilitiesPage::setSelectedEnabled);
    addActions({m_offerAction, m_editAction, m_removeAction, m_enabledAction});

    auto* bar = new QHBoxLayout;
    bar->addWidget(buttonFor(m_offerAction, this));
    bar->addWidget(buttonFor(m_editAction, this));
    bar->addWidget(buttonFor(m_removeAction, this));
    bar->addWidget(buttonFor(m_enabledAction, this));
    bar->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("availabilitiesStatus"));
    bar->addWidget(m_status);

    // Empty state: what to do first.
    auto* empty = new QWidget(this);
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* emptyText = new QLabel(
        tr("<p><b>You do not offer any storage yet.</b></p>"
           "<p>Say how much disk space to sell, for how long and at what minimum price; Sales "
           "Desk then takes the storage requests that fit.</p>"),
        empty);
    emptyText->setObjectName(QStringLiteral("emptyState"));
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    auto* emptyButton = new QPushButton(tr("Offer storage…"), empty);
    connect(emptyButton, &QPushButton::clicked, this, &AvailabilitiesPage::offerStorage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_availabilityProxy = new QSortFilterProxyModel(this);
    m_availabilityProxy->setSourceModel(m_availabilities);
    m_availabilityProxy->setSortRole(AvailabilityTableModel::SortRole);
    m_availabilityView = makeTable(m_availabilityProxy, this);
    m_availabilityView->setObjectName(QStringLiteral("availabilityView"));
    m_availabilityView->sortByColumn(-1, Qt::AscendingOrder);
    connect(m_availabilityView, &QTableView::doubleClicked, this,
            &AvailabilitiesPage::editSelected);

    m_reservationProxy = new QSortFilterProxyModel(this);
    m_reservationProxy->setSourceModel(m_reservations);
    m_reservationProxy->setSortRole(ReservationTableModel::SortRole);
    m_reservationView = makeTable(m_reservationProxy, this);
    m_reservationView->setObjectName(QStringLiteral("reservationView"));
    m_reservationView->sortByColumn(ReservationTableModel::ValidUntilColumn, Qt::AscendingOrder);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle = new QLabel(details);
    QFont titleFont = m_detailsTitle->font();
    titleFont.setBold(true);
    m_detailsTitle->setFont(titleFont);
    m_detailsSummary = new QLabel(details);
    m_detailsSummary->setObjectName(QStringLiteral("detailsSummary"));
    m_detailsSummary->setWordWrap(true);
    detailsLayout->addWidget(m_detailsTitle);
    detailsLayout->addWidget(m_detailsSummary);
    detailsLayout->addWidget(m_reservationView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_availabilityView);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(empty);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
}

void AvailabilitiesPage::showEmptyStateIfNeeded() {
    const bool empty = m_availabilities->rowCount() == 0;
    m_stack->setCurrentIndex(empty ? 0 : 1);
    if (!empty && !m_availabilityView->selectionModel()->hasSelection())
        m_availabilityView->selectRow(0);
    updateActions();
    updateDetails();
}

std::optional<AvailabilityId> AvailabilitiesPage::selectedAvailability() const {
    const QModelIndexList rows = m_availabilityView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = m_availabilityProxy->mapToSource(rows.first());
    if (!source.isValid())
        return std::nullopt;
    return m_availabilities->availabilityAt(source.row()).id;
}

std::optional<Availability> AvailabilitiesPage::selected() const {
    const auto id = selectedAvailability();
    if (!id)
        return std::nullopt;
    const int row = m_availabilities->rowOf(*id);
    if (row < 0)
        return std::nullopt;
    return m_availabilities->availabilityAt(row);
}

void AvailabilitiesPage::selectAvailability(const AvailabilityId& id) {
    const int row = m_availabilities->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex proxy = m_availabilityProxy->mapFromSource(m_availabilities->index(row, 0));
    m_availabilityView->selectRow(proxy.row());
    m_availabilityView->scrollTo(proxy);
}

void AvailabilitiesPage::updateActions() {
    const auto a = selected();
    m_editAction->setEnabled(a.has_value());
    m_removeAction->setEnabled(a.has_value());
    m_enabledAction->setEnabled(a.has_value());
    m_enabledAction->setChecked(a && a->enabled);

    quint64 offered = 0;
    quint64 committed = 0;
    for (int row = 0; row < m_availabilities->rowCount(); ++row) {
        offered += m_availabilities->availabilityAt(row).totalSize;
        committed += m_availabilities->availabilityAt(row).committedBytes();
    }
    m_status->setText(m_availabilities->loadError().isEmpty()
                          ? tr("Availabilities: %1 · offered: %2 · committed to sales: %3")
                                .arg(m_availabilities->rowCount())
                                .arg(formatBytes(offered), formatBytes(committed))
                          : m_availabilities->loadError());
}

void AvailabilitiesPage::updateDetails() {
    const auto a = selected();
    if (!a) {
        m_detailsTitle->setText(tr("Reservations"));
        m_detailsSummary->setText(
            tr("Select an availability to see the slots it is committed to."));
        return;
    }
    m_detailsTitle->setText(tr("Reservations of availability %1").arg(a->id.toShortHex()));
    if (!m_reservations->loadError().isEmpty()) {
        m_detailsSummary->setText(m_reservations->loadError());
        return;
    }
    auto committedCollateral = a->collateralCommitted();
    const QString collateral = committedCollateral.ok() ? formatAmount(*committedCollateral)
                                                        : committedCollateral.message();
    const int slots = m_reservations->rowCount();
    if (slots == 0)
        m_detailsSummary->setText(
            tr("No slot uses this availability yet: all %1 are free and %2 of collateral "
               "remain (%3).")
                .arg(formatBytes(a->freeSize), formatAmount(a->totalRemainingCollateral),
                     formatCollateralPerTiB(a->maxCollateralPerByte())));
    else
        m_detailsSummary->setText(
            tr("Slots holding part of it: %1. They hold %2 of %3 and %4 of collateral; "
               "%5 of collateral remain (%6), %7 were lost to slashing.")
                .arg(slots)
                .arg(formatBytes(a->committedBytes()), formatBytes(a->totalSize), collateral,
                     formatAmount(a->totalRemainingCollateral),
                     formatCollateralPerTiB(a->maxCollateralPerByte()),
                     formatAmount(a->collateralLost)));
}

void AvailabilitiesPage::offerStorage() {
    auto* form = new AvailabilityForm(m_desk, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this, form] {
        m_availabilities->applyPendingChanges();
        if (form->saved())
            selectAvailability(form->saved()->id);
    });
    form->open();
}

void AvailabilitiesPage::editSelected() {
    const auto a = selected();
    if (!a)
        return;
    auto* form = new AvailabilityForm(m_desk, *a, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this, [this] {
        m_availabilities->applyPendingChanges();
        updateActions();
        updateDetails();
    });
    form->open();
}

void AvailabilitiesPage::removeSelected() {
    const auto a = selected();
    if (!a)
        return;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove availability"),
                                tr("Remove availability %1? Its %2 go back to the free quota.")
                                    .arg(a->id.toShortHex(), formatBytes(a->totalSize)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const AvailabilityId id = a->id;
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        auto removed = m_desk.engine().reservations().removeAvailability(id);
        if (!removed.ok()) {
            reportError(removed.message());
            return;
        }
        m_availabilities->applyPendingChanges();
    });
    box->open();
}

void AvailabilitiesPage::setSelectedEnabled(bool enabled) {
    const auto a = selected();
    if (!a || a->enabled == enabled)
        return;
    AvailabilityChange change;
    change.enabled = enabled;
    auto updated = m_desk.engine().reservations().updateAvailability(a->id, change);
    if (!updated.ok()) {
        reportError(updated.message());
        m_enabledAction->setChecked(a->enabled);
        return;
    }
    m_availabilities->applyPendingChanges();
}

void AvailabilitiesPage::reportError(const QString& message) {
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Availabilities"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace salesdesk::ui
