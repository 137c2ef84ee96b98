#include "core/chain/retrieval/ChannelFollower.h"

#include "core/chain/retrieval/RetrievalChannelsAbi.h"
#include "core/chain/rpc/JsonRpcClient.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/clock/Clock.h"
#include "core/domain/AbiEncoder.h"
#include "core/storage/Database.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace salesdesk {

Q_LOGGING_CATEGORY(lcChannelFollower, "salesdesk.retrieval.channels", QtInfoMsg)

namespace {

constexpr char kOpened[] = "ChannelOpened(bytes32,address,address,uint256)";
constexpr char kToppedUp[] = "ToppedUp(bytes32,uint256,uint256)";
constexpr char kClaimed[] = "Claimed(bytes32,uint256,uint256)";
constexpr char kCloseRequested[] = "CloseRequested(bytes32,uint64)";
constexpr char kFinalized[] = "Finalized(bytes32,uint256)";

// The events' topics, hashed once.
struct Topics {
    Hash32 opened = abi::keccak256(kOpened);
    Hash32 toppedUp = abi::keccak256(kToppedUp);
    Hash32 claimed = abi::keccak256(kClaimed);
    Hash32 closeRequested = abi::keccak256(kCloseRequested);
    Hash32 finalized = abi::keccak256(kFinalized);
};

const Topics& topics() {
    static const Topics all;
    return all;
}

const abi::AbiValue* field(const abi::DecodedEntry& event, const char* name) {
    return event.value(QLatin1String(name));
}

} // namespace

ChannelFollower::ChannelFollower(JsonRpcClient& rpc, Database& database, VoucherBook& book,
                                 Clock& clock, Options options, QObject* parent)
    : QObject(parent)
    , m_rpc(rpc)
    , m_book(book)
    , m_clock(clock)
    , m_options(options)
    , m_abi(retrievalChannelsAbi()) {
    EventCursor::Options cursorOptions;
    cursorOptions.name = QString::fromLatin1(kCursorName);
    cursorOptions.addresses = {options.channels};
    cursorOptions.topic0s = {topics().opened, topics().toppedUp, topics().claimed,
                             topics().closeRequested, topics().finalized};
    cursorOptions.startBlock = options.startBlock;
    cursorOptions.confirmations = options.confirmations;
    cursorOptions.pollSeconds = options.pollSeconds;
    cursorOptions.windowBlocks = options.windowBlocks;
    m_cursor = std::make_unique<EventCursor>(
        rpc, database, clock, std::move(cursorOptions),
        [this](const EventCursor::LogBatch& batch, Database&) { return store(batch); },
        [this](const EventCursor::Retraction& retraction, Database&) {
            return collectRetracted(retraction);
        });
    connect(m_cursor.get(), &EventCursor::batchCommitted, this, [this](quint64, quint64, int logs) {
        if (logs > 0)
            Q_EMIT channelsChanged();
    });
    connect(m_cursor.get(), &EventCursor::logsRetracted, this, [this] {
        const QSet<Hash32> ids = std::exchange(m_toRefresh, {});
        for (const Hash32& id : ids)
            refresh(id);
    });
}

ChannelFollower::~ChannelFollower() = default;

VoucherBook::Key ChannelFollower::key(const Hash32& id) const {
    return VoucherBook::Key{m_options.chainId, m_options.channels, id};
}

Result<void> ChannelFollower::start() {
    if (!m_abi)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("the RetrievalChannels contract's ABI is not built in"));
    SD_TRY(m_cursor->start());
    SD_TRY_DECLARE(open, m_book.openChannels(m_options.chainId, m_options.channels));
    for (const Hash32& id : open)
        refresh(id);
    return {};
}

void ChannelFollower::stop() {
    m_cursor->stop();
}

void ChannelFollower::wake() {
    m_cursor->wake();
}

Result<void> ChannelFollower::store(const EventCursor::LogBatch& batch) {
    for (const ChainLog& log : batch.logs)
        SD_TRY(apply(log));
    return {};
}

Result<void> ChannelFollower::apply(const ChainLog& log) {
    if (log.address != m_options.channels || log.topics.size() < 2)
        return {};
    const std::vector<Hash32> logTopics(log.topics.cbegin(), log.topics.cend());
    auto decoded = m_abi->decodeEvent(logTopics, log.data);
    if (!decoded)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a log of the channels contract (%1) cannot be read: %2")
                             .arg(log.describe(), decoded.message()));
    const Hash32 id = log.topics.at(1);
    const VoucherBook::Key channelKey = key(id);
    if (log.topics.first() == topics().opened) {
        const abi::AbiValue* payee = field(*decoded, "payee");
        const abi::AbiValue* payer = field(*decoded, "payer");
        const abi::AbiValue* deposit = field(*decoded, "deposit");
        if (!payee || !payer || !deposit || payee->toAddress() != m_options.payee)
            return {};
        VoucherCheck::Channel channel;
        channel.id = id;
        channel.payer = payer->toAddress();
        channel.deposit = deposit->word();
        qCInfo(lcChannelFollower).noquote()
            << "channel" << id.toHex() << "opened by" << channel.payer.toHex() << "with"
            << uint256::toDecimal(channel.deposit) << "in block" << log.blockNumber;
        return m_book.track(channelKey, m_options.payee, channel, m_clock.now());
    }
    SD_TRY_DECLARE(known, m_book.channel(channelKey));
    if (!known)
        return {}; // another payee's channel
    VoucherCheck::Channel channel = *known;
    QString change;
    if (log.topics.first() == topics().toppedUp) {
        if (const abi::AbiValue* deposit = field(*decoded, "deposit"))
            channel.deposit = deposit->word();
        change = QStringLiteral("topped up to %1").arg(uint256::toDecimal(channel.deposit));
    } else if (log.topics.first() == topics().claimed) {
        if (const abi::AbiValue* cumulative = field(*decoded, "cumulativeAmount"))
            channel.claimed = std::max(channel.claimed, cumulative->word());
        change = QStringLiteral("claimed up to %1").arg(uint256::toDecimal(channel.claimed));
    } else if (log.topics.first() == topics().closeRequested) {
        if (const abi::AbiValue* closesAt = field(*decoded, "closesAt"))
            channel.closesAt = static_cast<Timestamp>(closesAt->word());
        change = QStringLiteral("closing at %1").arg(channel.closesAt);
    } else if (log.topics.first() == topics().finalized) {
        channel.finalized = true;
        change = QStringLiteral("finalized");
    } else {
        return {};
    }
    qCInfo(lcChannelFollower).noquote()
        << "channel" << id.toHex() << change << "in block" << log.blockNumber;
    return m_book.track(channelKey, m_options.payee, channel, m_clock.now());
}

Result<void> ChannelFollower::collectRetracted(const EventCursor::Retraction& retraction) {
    for (const ChainLog& log : retraction.logs)
        if (log.topics.size() >= 2)
            m_toRefresh.insert(log.topics.at(1));
    return {};
}

void ChannelFollower::refresh(const Hash32& id) {
    if (m_refreshing.contains(id))
        return;
    auto data = encodeChannelView(id);
    if (!data)
        return;
    m_refreshing.insert(id);
    const QJsonObject call{{QStringLiteral("to"), m_options.channels.toHex()},
                           {QStringLiteral("data"), rpc::toData(*data)}};
    m_rpc.call(
        QStringLiteral("eth_call"), {call, QStringLiteral("latest")}, this,
        [this, id](const RpcResult<QJsonValue>& answer) {
            m_refreshing.remove(id);
            auto bytes =
                answer.ok()
                    ? rpc::parseJsonData(*answer, u"channel(id) result")
                    : Result<QByteArray>(makeError(ErrorCode::Io, answer.error().describe()));
            auto view = bytes ? decodeChannelView(*bytes) : Result<ChannelView>(bytes.error());
            if (!view) {
                qCWarning(lcChannelFollower).noquote()
                    << "channel" << id.toHex()
                    << "cannot be read from the chain:" << view.message();
                m_toRefresh.insert(id); // read again with the next retraction or start
                return;
            }
            VoucherCheck::Channel channel;
            channel.id = id;
            channel.payer = view->payer;
            channel.deposit = view->deposit;
            channel.claimed = view->claimed;
            channel.closesAt = view->closesAt;
            // A channel the chain no longer has (its opening was replaced) pays nothing more.
            channel.finalized = view->finalized || channel.payer == Address();
            if (view->payee != m_options.payee && channel.payer != Address())
                channel.finalized = true;
            if (auto tracked = m_book.track(key(id), m_options.payee, channel, m_clock.now());
                !tracked) {
                qCWarning(lcChannelFollower).noquote()
                    << "channel" << id.toHex() << "cannot be recorded:" << tracked.message();
                return;
            }
            Q_EMIT channelsChanged();
        });
}

} // namespace salesdesk
