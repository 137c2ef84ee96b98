#include "ui/sales/SaleDetailsPane.h"

#include "core/sales/SalesAgent.h"
#include "core/sales/SalesContext.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/Formatting.h"
#include "ui/sales/SaleText.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace salesdesk::ui {

SaleDetailsPane::SaleDetailsPane(QWidget* parent)
    : QWidget(parent) {
    m_stack = new QStackedLayout(this);

    auto* empty = new QLabel(tr("Select a sale to see its ids, money and state history."));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setForegroundRole(QPalette::PlaceholderText);
    empty->setMargin(24);
    m_stack->addWidget(empty);

    auto* details = new QWidget;
    auto* layout = new QVBoxLayout(details);
    m_title = new QLabel;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel;
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_request = addIdField(tr("Request"));
    m_slotIndex = addField(tr("Slot index"));
    m_slotId = addIdField(tr("Slot id"));
    m_reservation = addIdField(tr("Reservation"));
    m_availability = addIdField(tr("Availability"));
    m_bytesStored = addField(tr("Bytes stored"));
    m_proofs = addField(tr("Proofs"));
    m_collateral = addField(tr("Collateral"));
    m_price = addField(tr("Price"));
    m_payout = addField(tr("Expected payout"));
    layout->addLayout(m_form);

    auto* timelineTitle = new QLabel(tr("State history"));
    QFont sectionFont = timelineTitle->font();
    sectionFont.setBold(true);
    timelineTitle->setFont(sectionFont);
    layout->addSpacing(8);
    layout->addWidget(timelineTitle);
    m_timeline = new QTreeWidget;
    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("Entered"), tr("State"), tr("Lasted")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setSelectionMode(QAbstractItemView::NoSelection);
    m_timeline->setFocusPolicy(Qt::NoFocus);
    m_timeline->setUniformRowHeights(true);
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_timeline->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(m_timeline, 1);
    m_stack->addWidget(details);
    m_stack->setCurrentIndex(0);
}

QLabel* SaleDetailsPane::addField(const QString& label) {
    auto* value = new QLabel;
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    m_form->addRow(label + QLatin1Char(':'), value);
    m_fields.append({label, value});
    return value;
}

QLineEdit* SaleDetailsPane::addIdField(const QString& label) {
    auto* value = new QLineEdit;
    value->setReadOnly(true);
    value->setFrame(false);
    value->setMinimumWidth(80);
    value->setBackgroundRole(QPalette::Window);
    value->setAutoFillBackground(false);
    value->setStyleSheet(QStringLiteral("QLineEdit { background: transparent; }"));
    m_form->addRow(label + QLatin1Char(':'), value);
    m_fields.append({label, value});
    return value;
}

void SaleDetailsPane::showAgent(SalesAgent* agent) {
    m_agent = agent;
    m_showing = agent != nullptr;
    refresh();
}

void SaleDetailsPane::refresh() {
    SalesAgent* agent = m_agent.data();
    if (!agent) {
        // The sale ended (or none is selected): keep what was shown only while it is selected.
        if (!m_showing)
            m_stack->setCurrentIndex(0);
        else
            m_subtitle->setText(tr("This sale has ended; it is listed under History."));
        return;
    }
    m_stack->setCurrentIndex(1);
    const SalesData& sale = agent->data();
    m_title->setText(
        tr("Slot %1 of request %2").arg(sale.slotIndex).arg(shortHexId(sale.requestId.toHex())));
    m_subtitle->setText(agent->isRunning() ? tr("Now: %1").arg(saleStateName(agent->state()))
                                           : tr("Ended: %1").arg(saleStateName(agent->state())));
    m_request->setText(sale.requestId.toHex());
    m_request->setCursorPosition(0);
    m_slotIndex->setText(QString::number(sale.slotIndex));
    m_slotId->setText(sale.slotId.toHex());
    m_slotId->setCursorPosition(0);
    m_reservation->setText(sale.reservation ? sale.reservation->id.toHex() : tr("none yet"));
    m_reservation->setCursorPosition(0);
    m_availability->setText(sale.reservation ? sale.reservation->availabilityId.toHex()
                                             : tr("none yet"));
    m_availability->setCursorPosition(0);

    quint64 slotSize = 0;
    if (sale.request)
        slotSize = sale.request->ask.slotSize;
    else if (sale.reservation)
        slotSize = sale.reservation->slotSize;
    // Downloading ends in InitialProving: from there on the whole slot is stored.
    quint64 stored = 0;
    if (sale.filledByUs || agent->history().contains(SaleStateKind::InitialProving))
        stored = slotSize;
    else if (sale.reservation)
        stored = sale.reservation->downloadedBytes();
    m_bytesStored->setText(slotSize > 0
                               ? tr("%1 of %2").arg(formatBytes(stored), formatBytes(slotSize))
                               : formatBytes(stored));
    m_proofs->setText(
        tr("%1 submitted, %2 missed").arg(sale.proofsSubmitted).arg(sale.proofsMissed));
    // Collateral in total for the slot, and per TiB as the request asks it.
    const QString collateralPerTiB =
        sale.request ? formatCollateralPerTiB(sale.request->ask.collateralPerByte) : QString();
    if (sale.filledByUs)
        AmountCopy::setAmount(
            m_collateral, sale.collateralDeposited,
            collateralPerTiB.isEmpty()
                ? tr("%1 deposited").arg(formatAmount(sale.collateralDeposited))
                : tr("%1 deposited (%2)")
                      .arg(formatAmount(sale.collateralDeposited), collateralPerTiB));
    else if (sale.request)
        AmountCopy::setAmount(
            m_collateral, sale.request->collateralPerSlot(),
            tr("%1 required to fill (%2)")
                .arg(formatAmount(sale.request->collateralPerSlot()), collateralPerTiB));
    else
        AmountCopy::setExact(m_collateral, tr("not known yet"), QString(), QString());
    if (sale.request) {
        const UInt256& price = sale.request->ask.pricePerBytePerSecond;
        AmountCopy::setExact(m_price, formatPrice(price), formatExactPrice(price),
                             priceToolTip(price));
        AmountCopy::setAmount(
            m_payout, sale.request->pricePerSlot(),
            tr("%1 for %2")
                .arg(formatAmount(sale.request->pricePerSlot()),
                     formatDuration(static_cast<qint64>(sale.request->ask.duration))));
        m_payout->setToolTip(amountToolTip(sale.request->pricePerSlot()) + QLatin1Char('\n') +
                             tr("%1 per second for the whole slot")
                                 .arg(formatExactAmount(sale.request->pricePerSlotPerSecond())));
    } else {
        AmountCopy::setExact(m_price, tr("not known yet"), QString(), QString());
        AmountCopy::setExact(m_payout, tr("not known yet"), QString(), QString());
    }

    const QList<SaleStateKind>& history = agent->history();
    const QList<Timestamp>& times = agent->historyTimes();
    const Timestamp now = agent->context().clock.now();
    m_timeline->clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(history.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        const Timestamp entered = times.value(i, 0);
        const bool current = i == history.size() - 1 && agent->isRunning();
        const Timestamp left = i + 1 < times.size() ? times.at(i + 1) : now;
        auto* item = new QTreeWidgetItem;
        item->setText(0, entered > 0 ? formatTimestamp(entered) : QString());
        item->setText(1, saleStateName(history.at(i)));
        item->setIcon(1, saleStateIcon(history.at(i)));
        item->setData(1, Qt::UserRole, static_cast<int>(history.at(i)));
        item->setText(2, current
                             ? tr("%1 so far").arg(formatDuration(left - entered))
                             : (i + 1 < times.size() ? formatDuration(left - entered) : QString()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (current) {
            QFont bold = item->font(1);
            bold.setBold(true);
            item->setFont(1, bold);
        }
        items.append(item);
    }
    m_timeline->addTopLevelItems(items);
}

QString SaleDetailsPane::fieldText(const QString& label) const {
    for (const auto& [name, widget] : m_fields) {
        if (name != label)
            continue;
        if (const auto* line = qobject_cast<const QLineEdit*>(widget))
            return line->text();
        if (const auto* text = qobject_cast<const QLabel*>(widget))
            return text->text();
    }
    return {};
}

QStringList SaleDetailsPane::timelineStates() const {
    QStringList states;
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i)
        states.append(m_timeline->topLevelItem(i)->text(1));
    return states;
}

} // namespace salesdesk::ui
