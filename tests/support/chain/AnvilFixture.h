#pragma once

#include "core/chain/local/LocalChain.h"
#include "core/chain/rpc/RpcResult.h"
#include "core/domain/FixedBytes.h"

#include <QJsonArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace salesdesk::test {

// What went wrong with a call, for a failing assertion's message ("ok" when nothing did).
template <typename T> QString rpcFailure(const RpcResult<T>& result) {
    return result.ok() ? QStringLiteral("ok") : result.error().describe();
}

// The local chain of one test executable: started once (initTestCase), a snapshot taken before
// each case (init) and reverted to after it (cleanup), so every case starts from the same chain.
// Its helpers wait on the event loop for real answers (a real process), bounded by kWaitMs; a
// test on a VirtualClock uses its own JsonRpcClient for the calls under test.
//
//   void initTestCase() { QVERIFY2(m_chain.start(), qPrintable(m_chain.error())); }
//   void init() { QVERIFY2(m_chain.takeSnapshot(), qPrintable(m_chain.error())); }
//   void cleanup() { QVERIFY2(m_chain.revertSnapshot(), qPrintable(m_chain.error())); }
//
// Without anvil (node_modules missing) start() fails with the message to run `make deps`: chain
// tests fail rather than skip.
class AnvilFixture {
public:
    static constexpr int kWaitMs = 30'000;

    AnvilFixture();
    ~AnvilFixture();

    bool start(LocalChain::Options options = {});
    const QString& error() const { return m_error; }
    LocalChain& chain() { return *m_chain; }
    QUrl rpcUrl() const { return m_chain->rpcUrl(); }
    QUrl webSocketUrl() const { return m_chain->webSocketUrl(); }
    quint16 port() const { return m_chain->anvil().port(); }
    Address account(int index) const { return m_chain->accounts().at(index).address; }

    bool takeSnapshot();
    bool revertSnapshot();

    // One JSON-RPC call on the chain's own client; the answer, or an error after kWaitMs.
    RpcResult<QJsonValue> call(const QString& method, const QJsonArray& params = {});
    bool mine(quint64 blocks = 1);
    bool increaseTime(qint64 seconds);
    std::optional<quint64> blockNumber();
    // The receipt of a sent transaction, waiting until it is mined (anvil answers
    // eth_sendTransaction before its automine has mined the block: the receipt may still be null
    // right after), or an error after kWaitMs.
    RpcResult<QJsonValue> receipt(const QString& transactionHash);
    // Deploys `initCode` from account 0 (unlocked in anvil) with eth_sendTransaction, and returns
    // the new contract's address.
    std::optional<Address> deploy(const QByteArray& initCode);

    // Runs `start` (which must call its argument once) and waits for the answer.
    static RpcResult<QJsonValue> await(const std::function<void(RpcCallback)>& start);

private:
    std::unique_ptr<LocalChain> m_chain;
    QString m_error;
    QString m_snapshotId;
};

} // namespace salesdesk::test
