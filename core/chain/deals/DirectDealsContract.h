#pragma once

#include "core/chain/abi/AbiValue.h"
#include "core/chain/abi/ContractAbi.h"
#include "core/chain/deals/DealProposal.h"
#include "core/chain/tx/OutgoingTransaction.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/Result.h"
#include "core/domain/StorageProof.h"
#include "core/domain/UInt256.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <functional>
#include <vector>

namespace salesdesk {

class JsonRpcClient;

// The DirectDeals contract (contracts/DirectDeals.sol) as the provider uses it: the call data of
// its transactions and its views read with eth_call at the latest block, answers decoded with the
// embedded artifact's ABI. Each view answers once, on the event loop, or not at all once
// `context` is gone.
class DirectDealsContract final : public QObject {
    Q_OBJECT
public:
    // The contract's state of a deal (DealState).
    enum class State { Published = 0, Active = 1, Slashed = 2, Expired = 3, Failed = 4 };

    // deal(id)'s answer, without the proposal.
    struct DealView {
        State state = State::Published;
        quint64 activatedAt = 0;
        quint64 paidUntil = 0;
        UInt256 paid;
        UInt256 collateralLeft;
        quint64 missedProofs = 0;
        quint64 lastProvenPeriod = 0;
    };
    struct Config {
        quint64 period = 0;
        quint64 timeout = 0;
    };
    struct Challenge {
        Hash32 challenge;
        quint8 pointer = 0;
    };

    template <typename T> using Callback = std::function<void(const Result<T>&)>;

    DirectDealsContract(JsonRpcClient& rpc, const Address& contract, QObject* parent = nullptr);

    const Address& address() const { return m_contract; }

    // Transactions.
    static QByteArray publishDeal(const DealProposal& proposal, const Signature& clientSignature);
    static QByteArray submitProof(const Hash32& dealId, const StorageProof& proof);
    static QByteArray closeExpired(const Hash32& dealId);
    static QByteArray settle(const Hash32& dealId);
    static QByteArray deposit(const UInt256& amount);
    static QByteArray withdraw(const UInt256& amount);
    // What puts `amount` into the sender's free escrow at `contract`: the token's approve of the
    // contract, then deposit, to be sent in that order (the demo clients and `salesdesk-cli
    // client deal` send them).
    static QList<OutgoingTransaction> escrowDeposit(const Address& token, const Address& contract,
                                                    const UInt256& amount);

    // Views. An unknown deal is NotFound (the contract's DirectDeals_UnknownDeal).
    void configuration(const QObject* context, Callback<Config> done);
    void balanceOf(const Address& account, const QObject* context, Callback<UInt256> done);
    // The token the escrow holds (token()).
    void token(const QObject* context, Callback<Address> done);
    void deal(const Hash32& dealId, const QObject* context, Callback<DealView> done);
    void isProofDue(const Hash32& dealId, const QObject* context, Callback<bool> done);
    void closableAt(const Hash32& dealId, const QObject* context, Callback<quint64> done);
    // currentChallenge and getPointer, read in one block (eth_call of each at the same number).
    void challenge(const Hash32& dealId, const QObject* context, Callback<Challenge> done);
    // proposalDigest as the contract computes it (for checks of our own digest).
    void proposalDigest(const DealProposal& proposal, const QObject* context,
                        Callback<Hash32> done);

private:
    void view(const QString& function, const std::vector<abi::AbiValue>& arguments,
              const QString& block, const QObject* context,
              Callback<std::vector<abi::AbiValue>> done);

    JsonRpcClient& m_rpc;
    Address m_contract;
    const abi::ContractAbi* m_abi;
};

// The parsed ABI of the embedded DirectDeals artifact; null when it cannot be read (a build
// error: tst_contractartifacts checks it).
const abi::ContractAbi* directDealsAbi();

} // namespace salesdesk
