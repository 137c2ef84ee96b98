#include "core/desk/ChainWatch.h"

#include "core/chain/events/EventCursor.h"
#include "core/chain/market/ChainMarket.h"
#include "core/chain/market/Erc20.h"
#include "core/chain/market/TokenTransferFollower.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/chain/tx/TransactionManager.h"
#include "core/desk/ChainHostSide.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcChainWatch, "salesdesk.desk.chainwatch")

ChainWatch::ChainWatch(ChainHostSide& side, Clock& clock, QObject* parent)
    : ChainWatch(side, clock, Options{}, parent) {}

ChainWatch::ChainWatch(ChainHostSide& side, Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_side(side)
    , m_clock(clock)
    , m_options(options) {
    m_poll.setInterval(m_options.pollMs);
    connect(&m_poll, &QTimer::timeout, this, &ChainWatch::refresh);
    m_poll.start();
    m_slowCheck.setInterval(1000);
    connect(&m_slowCheck, &QTimer::timeout, this, &ChainWatch::checkSlow);
    m_slowCheck.start();
    TransactionManager* transactions = &side.transactions();
    connect(transactions, &TransactionManager::stateChanged, this, &ChainWatch::noteChange);
    connect(transactions, &TransactionManager::settled, this, [this] {
        noteChange();
        refresh(); // a withdrawal or a fill moved the balances
    });
    if (const EventCursor* cursor = side.market().eventCursor())
        connect(cursor, &EventCursor::statusChanged, this, &ChainWatch::noteChange);
    // The followed transfers (the books against the chain).
    connect(&side.transfers(), &TokenTransferFollower::transfersChanged, this,
            &ChainWatch::noteChange);
    connect(&side.transfers().cursor(), &EventCursor::batchCommitted, this,
            &ChainWatch::noteChange);
    refresh();
}

ChainWatch::~ChainWatch() = default;

void ChainWatch::noteChange() {
    if (m_changePosted)
        return;
    m_changePosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_changePosted = false;
            Q_EMIT changed();
        },
        Qt::QueuedConnection);
}

void ChainWatch::refresh() {
    if (m_askedAt)
        return;
    m_askedAt = m_clock.now();
    const QString holder = m_side.address().toHex();
    const QJsonObject balanceCall{
        {QStringLiteral("to"), m_side.market().token().toHex()},
        {QStringLiteral("data"), rpc::toData(erc20::balanceOf(m_side.address()))}};
    m_side.rpc().batch(
        {RpcCall{QStringLiteral("eth_blockNumber"), {}, {}},
         RpcCall{QStringLiteral("eth_getBalance"), {holder, QStringLiteral("latest")}, {}},
         RpcCall{QStringLiteral("eth_call"), {balanceCall, QStringLiteral("latest")}, {}},
         RpcCall{QStringLiteral("eth_gasPrice"), {}, {}}},
        this, [this](const QList<RpcResult<QJsonValue>>& answers) {
            const Timestamp asked = m_askedAt.value_or(m_clock.now());
            m_askedAt.reset();
            answered(answers, asked);
        });
}

void ChainWatch::answered(const QList<RpcResult<QJsonValue>>& answers, Timestamp asked) {
    if (answers.size() != 4)
        return failed(RpcError::malformed(
                          QStringLiteral("%1 answers to a batch of 4 calls").arg(answers.size())),
                      asked);
    for (qsizetype i = 0; i < 3; ++i)
        if (!answers.at(i).ok())
            return failed(answers.at(i).error(), asked);
    // The fee is a hint for the offer form: a node that does not tell it is still answering.
    if (answers.at(3).ok()) {
        auto price = rpc::parseJsonQuantity(*answers.at(3), u"eth_gasPrice result");
        if (price.ok())
            m_gasPrice = *price;
        else
            qCWarning(lcChainWatch).noquote() << price.message();
    }
    auto head = rpc::parseJsonQuantityU64(*answers.at(0), u"eth_blockNumber result");
    auto gas = rpc::parseJsonQuantity(*answers.at(1), u"eth_getBalance result");
    auto data = rpc::parseJsonData(*answers.at(2), u"balanceOf result");
    Result<UInt256> token =
        data.ok() && data->size() == 32
            ? uint256::fromBigEndian(*data)
            : Result<UInt256>(makeError(ErrorCode::InvalidArgument,
                                        data.ok() ? QStringLiteral("balanceOf answered %1 bytes, "
                                                                   "not one word")
                                                        .arg(data->size())
                                                  : data.message()));
    for (const Error* error :
         {head.ok() ? nullptr : &head.error(), gas.ok() ? nullptr : &gas.error(),
          token.ok() ? nullptr : &token.error()})
        if (error)
            return failed(RpcError::malformed(error->message), asked);
    const bool moved = m_head != *head;
    m_head = *head;
    m_gasBalance = *gas;
    m_tokenBalance = *token;
    m_answeredOnce = true;
    m_answeredAt = m_clock.now();
    if (m_notAnsweringSince)
        qCInfo(lcChainWatch) << "the node answers again";
    m_notAnsweringSince.reset();
    m_lastError.reset();
    Q_EMIT changed();
    if (moved)
        Q_EMIT headChanged(*m_head);
}

void ChainWatch::failed(const RpcError& error, Timestamp asked) {
    if (!m_notAnsweringSince) {
        m_notAnsweringSince = m_answeredAt.value_or(asked);
        qCWarning(lcChainWatch).noquote() << "the node does not answer:" << error.describe();
    }
    m_lastError = error;
    Q_EMIT changed();
}

void ChainWatch::checkSlow() {
    if (!m_askedAt || m_notAnsweringSince)
        return;
    if (m_clock.now() - *m_askedAt < m_options.slowSeconds)
        return;
    m_notAnsweringSince = m_answeredAt.value_or(*m_askedAt);
    qCWarning(lcChainWatch) << "the node has not answered for" << m_clock.now() - *m_askedAt << "s";
    Q_EMIT changed();
}

std::optional<quint64> ChainWatch::processedBlock() const {
    const EventCursor* cursor = m_side.market().eventCursor();
    if (!cursor)
        return std::nullopt;
    return cursor->status().processedBlock;
}

std::optional<quint64> ChainWatch::blocksBehind() const {
    const std::optional<quint64> processed = processedBlock();
    if (!m_head || !processed)
        return std::nullopt;
    return *m_head > *processed ? *m_head - *processed : 0;
}

int ChainWatch::pendingTransactions() const {
    return m_side.transactions().activeIntents();
}

} // namespace salesdesk
