#include "ui/mainwindow/DeskStatusBar.h"

#include "core/chain/local/LocalChain.h"
#include "core/desk/Desk.h"
#include "core/market/Market.h"
#include "core/sales/SlotQueue.h"
#include "core/storage/Repo.h"
#include "ui/common/AmountCopy.h"
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
    // Which market this is, unless it is the demo (whose toolbar says so).
    if (LocalChainSide* chain = desk.localChain()) {
        m_market = field(QStringLiteral("statusMarket"),
                         tr("A local test chain with our contracts, started empty for this run; "
                            "its tokens have no value"));
        m_market->setText(tr("Local test chain %1 at %2")
                              .arg(chain->chain().chainId())
                              .arg(chain->chain().rpcUrl().toString()));
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
