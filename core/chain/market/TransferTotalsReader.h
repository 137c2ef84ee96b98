#pragma once

#include "core/chain/rpc/RpcResult.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QObject>

#include <functional>
#include <memory>

namespace salesdesk {

class JsonRpcClient;
class LogRangeReader;

// What an account and one counterparty (the Marketplace) moved to each other in a token over a
// span of blocks, read from the chain's Transfer logs in pages: eth_getLogs over ranges of at most
// maxBlockRange blocks, halved while the node refuses a range for its size ("block range too
// large", "query returned more than 10000 results") and grown again after it answers
// (LogRangeReader). Only the pair's logs are asked for (topics 1 and 2), so a busy token costs
// nothing. Used where no cursor is kept: salesdesk-cli check --rpc-url.
class TransferTotalsReader final : public QObject {
    Q_OBJECT
public:
    struct Options {
        Address token;
        Address account;
        Address counterparty;
        quint64 fromBlock = 0;
        quint64 toBlock = 0; // inclusive
        quint64 maxBlockRange = 10'000;
    };
    struct Totals {
        UInt256 sent = 0;     // from the account to the counterparty
        UInt256 received = 0; // from the counterparty to the account
        int transfers = 0;
        int pages = 0; // the ranges read
    };
    using Done = std::function<void(const RpcResult<Totals>&)>;

    // The client must outlive the reader.
    TransferTotalsReader(JsonRpcClient& rpc, Options options, QObject* parent = nullptr);
    ~TransferTotalsReader() override;

    // Reads every page in turn; `done` runs once (not for a reader deleted before).
    void read(Done done);
    // How often a refused range was halved.
    quint64 rangeHalvings() const;

private:
    void readFrom(quint64 from);

    Options m_options;
    std::unique_ptr<LogRangeReader> m_reader;
    Totals m_totals;
    Done m_done;
};

} // namespace salesdesk
