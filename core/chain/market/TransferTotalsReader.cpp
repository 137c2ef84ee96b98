#include "core/chain/market/TransferTotalsReader.h"

#include "core/chain/events/LogRangeReader.h"
#include "core/chain/market/Erc20.h"

namespace salesdesk {

TransferTotalsReader::TransferTotalsReader(JsonRpcClient& rpc, Options options, QObject* parent)
    : QObject(parent)
    , m_options(options) {
    LogRangeReader::Options reader;
    reader.addresses = {options.token};
    reader.topic0s = {erc20::transferTopic()};
    const Hash32 account = erc20::addressTopic(options.account);
    const Hash32 counterparty = erc20::addressTopic(options.counterparty);
    reader.indexedTopics = {{{account}, {counterparty}}, {{counterparty}, {account}}};
    reader.maxBlockRange = options.maxBlockRange;
    reader.windowBlocks = 1; // no reorg is followed: only each range's first header is asked
    reader.limits.maxLogs = 1'000'000;
    m_reader = std::make_unique<LogRangeReader>(rpc, std::move(reader));
}

TransferTotalsReader::~TransferTotalsReader() = default;

quint64 TransferTotalsReader::rangeHalvings() const {
    return m_reader->rangeHalvings();
}

void TransferTotalsReader::read(Done done) {
    m_done = std::move(done);
    m_totals = Totals{};
    if (m_options.fromBlock > m_options.toBlock)
        return m_done(m_totals);
    readFrom(m_options.fromBlock);
}

void TransferTotalsReader::readFrom(quint64 from) {
    m_reader->read(from, m_options.toBlock, std::nullopt,
                   [this](const RpcResult<LogRangeReader::Range>& range) {
                       if (!range.ok())
                           return m_done(range.error());
                       ++m_totals.pages;
                       for (const bool out : {true, false}) {
                           const Address& payer = out ? m_options.account : m_options.counterparty;
                           const Address& payee = out ? m_options.counterparty : m_options.account;
                           auto amounts =
                               erc20::amountsMoved(range->logs, m_options.token, payer, payee);
                           if (!amounts.ok())
                               return m_done(RpcError::malformed(amounts.message()));
                           for (const UInt256& amount : *amounts)
                               (out ? m_totals.sent : m_totals.received) += amount;
                           m_totals.transfers += static_cast<int>(amounts->size());
                       }
                       if (range->to >= m_options.toBlock)
                           return m_done(m_totals);
                       readFrom(range->to + 1);
                   });
}

} // namespace salesdesk
