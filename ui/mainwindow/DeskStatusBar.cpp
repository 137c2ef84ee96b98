#include "ui/mainwindow/DeskStatusBar.h"

#include "core/chain/local/LocalChain.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/desk/ChainWatch.h"
#include "core/desk/Desk.h"
#include "core/market/Market.h"
#include "core/sales/SlotQueue.h"
#include "core/storage/Repo.h"
#include "ui/common/AmountCopy.h"
#include "ui/common/ChainText.h"
#include "ui/common/Formatting.h"

#include <QLabel>

namespace salesdesk::ui {

DeskStatusBar::DeskStatusBar(Desk& desk, QWidget* parent)
    : QStatusBar(parent)
    , m_desk(desk) {
    const auto field = [this](const QString& name, const QString& tip) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setToolTip(tip);
        label->setContentsMargins(6, 0, 6, 0);
        addPermanentWidget(label);
        return label;
    };
    // Which chain this is and how its node does, unless it is the demo (whose toolbar says so).
    if (ChainWatch* watch = desk.chainWatch()) {
        // Takes the room the other fields leave, and may be cut (the tool tip has it all)
        // rather than widening the window past the screen.
        m_chain = new QLabel(this);
        m_chain->setObjectName(QStringLiteral("statusChain"));
        m_chain->setContentsMargins(6, 0, 6, 0);
        m_chain->setMinimumWidth(m_chain->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);
        addPermanentWidget(m_chain, 1);
        connect(watch, &ChainWatch::changed, this, &DeskStatusBar::showChain);
        showChain();
    }
    m_queue = field(QStringLiteral("statusQueue"), tr("The slot queue"));
    m_quota = field(QStringLiteral("statusQuota"), tr("Storage quota: stored and reserved bytes"));
    m_balance = field(QStringLiteral("statusBalance"), tr("Your balance on the marketplace"));
    m_time =
        field(QStringLiteral("statusTime"),
              desk.simulation() ? tr("Time on the simulated marketplace") : tr("Marketplace time"));

    m_batch.setSingleShot(true);
    m_batch.setInterval(250);
    connect(&m_batch, &QTimer::timeout, this, &DeskStatusBar::refreshNow);
    SlotQueue* queue = &desk.engine().queue();
    connect(queue, &SlotQueue::sizeChanged, this, &DeskStatusBar::scheduleRefresh);
    connect(queue, &SlotQueue::pausedChanged, this, &DeskStatusBar::scheduleRefresh);
    connect(queue, &SlotQueue::activeWorkersChanged, this, &DeskStatusBar::scheduleRefresh);
    connect(&desk.engine().repo(), &Repo::quotaChanged, this, &DeskStatusBar::scheduleRefresh);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_time->setText(formatTimestamp(m_desk.clock().now()));
        refreshBalance();
    });
    m_tick.start();
    refreshNow();
}

void DeskStatusBar::scheduleRefresh() {
    if (!m_batch.isActive())
        m_batch.start();
}

void DeskStatusBar::refreshBalance() {
    if (m_askingBalance)
        return;
    m_askingBalance = true;
    m_desk.market().balance(this, [this](const MarketResult<UInt256>& balance) {
        m_askingBalance = false;
        if (balance.ok()) {
            AmountCopy::setAmount(m_balance, *balance,
                                  tr("Balance %1").arg(formatAmount(*balance)));
            m_balance->setToolTip(tr("Your balance on the marketplace") + QLatin1Char('\n') +
                                  amountToolTip(*balance));
        } else {
            m_balance->setText(tr("Balance unknown"));
            m_balance->setToolTip(tr("Your balance on the marketplace"));
        }
    });
}

void DeskStatusBar::refreshNow() {
    m_batch.stop();
    m_time->setText(formatTimestamp(m_desk.clock().now()));
    const SlotQueue& queue = m_desk.engine().queue();
    const QString state = queue.userPaused()  ? tr("paused")
                          : queue.isPaused()  ? tr("waiting")
                          : queue.isRunning() ? tr("running")
                                              : tr("stopped");
    m_queue->setText(tr("Queue: %1 waiting, %2").arg(queue.size()).arg(state));
    if (auto quota = m_desk.engine().repo().quota(); quota.ok())
        m_quota->setText(tr("Quota: %1 stored, %2 reserved of %3")
                             .arg(formatBytes(quota->usedBytes), formatBytes(quota->reservedBytes),
                                  formatBytes(quota->maxBytes)));
    else
        m_quota->setText(quota.message());
    refreshBalance();
}

void DeskStatusBar::showChain() {
    const ChainWatch& watch = *m_desk.chainWatch();
    const quint64 chainId = watch.side().transactions().options().chainId;
    QStringList parts{m_desk.localChain() ? tr("Local chain") : tr("Chain %1").arg(chainId),
                      tr("node %1").arg(ChainText::connection(watch, false))};
    if (const auto head = watch.headBlock())
        parts << tr("block %1").arg(*head);
    if (const auto behind = watch.blocksBehind())
        parts << tr("%n behind", nullptr, static_cast<int>(*behind));
    parts << tr("%n pending", nullptr, watch.pendingTransactions());
    m_chain->setText(parts.join(QStringLiteral(" · ")));
    QString tip;
    if (m_desk.localChain())
        tip = tr("A local test chain with our contracts, started empty for this run; its tokens "
                 "have no value") +
              QLatin1Char('\n');
    tip += tr("Chain %1, node at %2: %3")
               .arg(chainId)
               .arg(watch.side().rpc().endpoint().toString(), ChainText::connection(watch));
    if (const auto head = watch.headBlock())
        tip += QLatin1Char('\n') + tr("Head block %1").arg(*head);
    tip +=
        QLatin1Char('\n') + tr("Blocks of the market's events not read yet: %1")
                                .arg(watch.blocksBehind() ? QString::number(*watch.blocksBehind())
                                                          : tr("not known yet"));
    tip += QLatin1Char('\n') +
           tr("The wallet's transactions not mined yet: %1").arg(watch.pendingTransactions());
    if (const auto processed = watch.processedBlock())
        tip += QLatin1Char('\n') + tr("Market events read up to block %1").arg(*processed);
    if (const auto& error = watch.lastError())
        tip += QLatin1Char('\n') + error->describe();
    m_chain->setToolTip(tip);
}

QString DeskStatusBar::chainText() const {
    return m_chain ? m_chain->text() : QString();
}

QString DeskStatusBar::timeText() const {
    return m_time->text();
}

QString DeskStatusBar::balanceText() const {
    return m_balance->text();
}

QString DeskStatusBar::queueText() const {
    return m_queue->text();
}

QString DeskStatusBar::quotaText() const {
    return m_quota->text();
}

} // namespace salesdesk::ui
