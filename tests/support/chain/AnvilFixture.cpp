#include "tests/support/chain/AnvilFixture.h"

#include "core/chain/rpc/RpcHex.h"

#include <QJsonObject>
#include <QTest>

#include <algorithm>

namespace salesdesk::test {

AnvilFixture::AnvilFixture() = default;
AnvilFixture::~AnvilFixture() = default;

bool AnvilFixture::start(LocalChain::Options options) {
    m_chain = std::make_unique<LocalChain>(std::move(options));
    std::optional<Result<void>> started;
    m_chain->start(nullptr, [&](const Result<void>& result) { started = result; });
    if (!QTest::qWaitFor([&] { return started.has_value(); }, kWaitMs)) {
        m_error = QStringLiteral("the local chain did not start within %1 s").arg(kWaitMs / 1000);
        return false;
    }
    if (!started->ok()) {
        m_error = started->message();
        return false;
    }
    return true;
}

RpcResult<QJsonValue> AnvilFixture::await(const std::function<void(RpcCallback)>& start) {
    std::optional<RpcResult<QJsonValue>> answer;
    start([&answer](const RpcResult<QJsonValue>& result) { answer = result; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return RpcError::timeout(kWaitMs / 1000);
    return *answer;
}

RpcResult<QJsonValue> AnvilFixture::call(const QString& method, const QJsonArray& params) {
    return await(
        [&](RpcCallback done) { m_chain->rpc().call(method, params, nullptr, std::move(done)); });
}

bool AnvilFixture::takeSnapshot() {
    const auto answer =
        await([&](RpcCallback done) { m_chain->snapshot(nullptr, std::move(done)); });
    if (!answer.ok() || !answer->isString()) {
        m_error =
            answer.ok() ? QStringLiteral("evm_snapshot answered no id") : answer.error().describe();
        return false;
    }
    m_snapshotId = answer->toString();
    return true;
}

bool AnvilFixture::revertSnapshot() {
    if (m_snapshotId.isEmpty())
        return true;
    const QString id = std::exchange(m_snapshotId, QString());
    const auto answer =
        await([&](RpcCallback done) { m_chain->revertTo(id, nullptr, std::move(done)); });
    if (!answer.ok() || !answer->toBool()) {
        m_error = answer.ok() ? QStringLiteral("evm_revert did not find snapshot %1").arg(id)
                              : answer.error().describe();
        return false;
    }
    return true;
}

bool AnvilFixture::mine(quint64 blocks) {
    // In steps: anvil takes long over thousands of blocks on a busy machine, and each call has
    // kWaitMs to answer.
    constexpr quint64 kBlocksPerCall = 250;
    while (blocks > 0) {
        const quint64 now = std::min(blocks, kBlocksPerCall);
        const auto answer =
            await([&](RpcCallback done) { m_chain->mine(now, nullptr, std::move(done)); });
        if (!answer.ok()) {
            m_error = answer.error().describe();
            return false;
        }
        blocks -= now;
    }
    return true;
}

bool AnvilFixture::increaseTime(qint64 seconds) {
    const auto answer =
        await([&](RpcCallback done) { m_chain->increaseTime(seconds, nullptr, std::move(done)); });
    if (!answer.ok())
        m_error = answer.error().describe();
    return answer.ok();
}

std::optional<quint64> AnvilFixture::blockNumber() {
    const auto answer = call(QStringLiteral("eth_blockNumber"));
    if (!answer.ok())
        return std::nullopt;
    auto number = rpc::parseJsonQuantityU64(*answer);
    if (!number.ok())
        return std::nullopt;
    return *number;
}

RpcResult<QJsonValue> AnvilFixture::receipt(const QString& transactionHash) {
    RpcResult<QJsonValue> answer = QJsonValue();
    const bool mined = QTest::qWaitFor(
        [&] {
            answer = call(QStringLiteral("eth_getTransactionReceipt"), {transactionHash});
            return !answer.ok() || !answer->isNull();
        },
        kWaitMs);
    if (!mined)
        return RpcError::timeout(kWaitMs / 1000);
    return answer;
}

std::optional<Address> AnvilFixture::deploy(const QByteArray& initCode) {
    const QJsonObject transaction{{QStringLiteral("from"), account(0).toHex()},
                                  {QStringLiteral("data"), rpc::toData(initCode)}};
    const auto sent = call(QStringLiteral("eth_sendTransaction"), {transaction});
    if (!sent.ok()) {
        m_error = sent.error().describe();
        return std::nullopt;
    }
    const auto receipt = this->receipt(sent->toString());
    if (!receipt.ok() || !receipt->isObject()) {
        m_error = receipt.ok() ? QStringLiteral("no receipt for the deployment")
                               : receipt.error().describe();
        return std::nullopt;
    }
    auto address =
        Address::fromHex(receipt->toObject().value(QStringLiteral("contractAddress")).toString());
    if (!address.ok()) {
        m_error = address.message();
        return std::nullopt;
    }
    return *address;
}

} // namespace salesdesk::test
