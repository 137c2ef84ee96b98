#include "tests/support/chain/MarketplaceSession.h"

#include "core/chain/market/FillProof.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/chain/rpc/RpcHex.h"
#include "core/domain/AbiEncoder.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/SlotDataGenerator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

namespace salesdesk::test {

namespace {

MarketError failed(const QString& message) {
    return MarketError{MarketError::Kind::Rejected, message};
}

std::vector<Hash32> generatedRoots(const StorageRequest& request) {
    return proofs::SlotDataGenerator::slotRoots(proofs::SlotDataGenerator::datasetKey(request),
                                                request.ask.slots, request.ask.slotSize);
}

// The nonces of the requests made here: from SALESDESK_TEST_SEED when it is set, else from a fixed
// seed. A run's request ids, its slot ids and with them the slots' proof pointers are then the same
// each time, so that what one run met, the next meets again.
QRandomGenerator& nonceGenerator() {
    static QRandomGenerator generator = [] {
        bool set = false;
        const int seed = qEnvironmentVariableIntValue("SALESDESK_TEST_SEED", &set);
        return QRandomGenerator(set ? quint32(seed) : 2026u);
    }();
    return generator;
}

} // namespace

bool MarketplaceSession::Sent::has(MarketplaceEvent::Kind kind) const {
    for (const MarketplaceEvent& event : events)
        if (event.kind == kind)
            return true;
    return false;
}

MarketplaceSession::MarketplaceSession(AnvilFixture& fixture)
    : m_fixture(fixture) {
    auto answers = MarketplaceAnswers::shared();
    if (answers.ok())
        m_answers = *answers;
    else
        m_error = answers.message();
    m_periodSeconds = fixture.chain().options().market.periodSeconds;
}

Address MarketplaceSession::marketplace() const {
    return m_fixture.chain().deployment()->marketplace;
}

Address MarketplaceSession::token() const {
    return m_fixture.chain().deployment()->token;
}

MarketResult<QByteArray> MarketplaceSession::view(const QByteArray& data,
                                                  std::optional<Address> from) {
    QJsonObject call{{QStringLiteral("to"), marketplace().toHex()},
                     {QStringLiteral("data"), rpc::toData(data)}};
    if (from)
        call.insert(QStringLiteral("from"), from->toHex());
    const auto answer =
        m_fixture.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
    if (!answer.ok())
        return marketErrorOf(answer.error(), ourContractErrors());
    auto bytes = rpc::parseJsonData(*answer, u"eth_call result");
    if (!bytes.ok())
        return failed(bytes.message());
    return *bytes;
}

MarketResult<MarketplaceSession::Sent> MarketplaceSession::send(const Address& from,
                                                                const QByteArray& data) {
    return sendTo(from, marketplace(), data);
}

MarketResult<MarketplaceSession::Sent>
MarketplaceSession::sendTo(const Address& from, const Address& to, const QByteArray& data) {
    QJsonObject transaction{{QStringLiteral("from"), from.toHex()},
                            {QStringLiteral("to"), to.toHex()},
                            {QStringLiteral("data"), rpc::toData(data)}};
    // As the app's transaction manager does: a transaction whose estimate reverts is not sent,
    // and the revert names the refusal.
    const auto estimate =
        m_fixture.call(QStringLiteral("eth_estimateGas"), {transaction, QStringLiteral("pending")});
    if (!estimate.ok())
        return marketErrorOf(estimate.error(), ourContractErrors());
    const auto gas = rpc::parseJsonQuantityU64(*estimate, u"eth_estimateGas result");
    if (!gas.ok())
        return failed(gas.message());
    transaction.insert(QStringLiteral("gas"), rpc::toQuantity(*gas + *gas / 5));
    const auto sent = m_fixture.call(QStringLiteral("eth_sendTransaction"), {transaction});
    if (!sent.ok())
        return marketErrorOf(sent.error(), ourContractErrors());
    auto mined = receiptOf(sent->toString());
    if (mined.ok() || mined.error().kind != MarketError::Kind::Rejected)
        return mined;
    // Mined and failed: the same call at that block names why.
    const auto replay = m_fixture.call(QStringLiteral("eth_call"),
                                       {transaction, rpc::toQuantity(m_lastFailedBlock)});
    if (!replay.ok())
        return marketErrorOf(replay.error(), ourContractErrors());
    return mined;
}

MarketResult<MarketplaceSession::Sent> MarketplaceSession::receiptOf(const QString& hash) {
    const auto answer = m_fixture.receipt(hash);
    if (!answer.ok())
        return failed(answer.error().describe());
    auto receipt = TransactionReceipt::fromJson(*answer);
    if (!receipt.ok())
        return failed(receipt.message());
    Sent sent{*receipt, {}};
    if (!receipt->succeeded) {
        // The replay runs at the block before, where the call saw the same state.
        m_lastFailedBlock = receipt->blockNumber - 1;
        return failed(QStringLiteral("transaction %1 was mined and failed").arg(hash));
    }
    const QJsonArray logs = answer->toObject().value(QStringLiteral("logs")).toArray();
    for (qsizetype i = 0; i < logs.size(); ++i) {
        auto log = ChainLog::fromJson(logs.at(i), QStringLiteral("receipt log %1").arg(i));
        if (!log.ok())
            return failed(log.message());
        if (log->address != marketplace())
            continue;
        auto event = MarketplaceEvent::fromLog(*log);
        if (!event.ok())
            return failed(event.message());
        sent.events.append(*event);
    }
    return sent;
}

UInt256 MarketplaceSession::balanceOf(const Address& holder) {
    const QJsonObject call{
        {QStringLiteral("to"), token().toHex()},
        {QStringLiteral("data"),
         rpc::toData(abi::encodeCall("balanceOf(address)", {abi::address(holder)}))}};
    const auto answer =
        m_fixture.call(QStringLiteral("eth_call"), {call, QStringLiteral("latest")});
    if (!answer.ok())
        return 0;
    const auto bytes = rpc::parseJsonData(*answer);
    if (!bytes.ok())
        return 0;
    const auto value = uint256::fromBigEndian(*bytes);
    return value.ok() ? *value : UInt256(0);
}

bool MarketplaceSession::approve(const Address& owner, const UInt256& amount) {
    const auto sent = sendTo(owner, token(),
                             abi::encodeCall("approve(address,uint256)",
                                             {abi::address(marketplace()), abi::uint(amount)}));
    if (!sent.ok())
        m_error = sent.error().message;
    return sent.ok();
}

StorageRequest MarketplaceSession::makeRequest(const Address& client, quint64 slots,
                                               quint64 slotSize, quint64 duration, quint64 expiry,
                                               std::optional<quint64> maxSlotLoss,
                                               const UInt256& proofProbability) {
    StorageRequest request;
    request.client = client;
    // 1, below 256/(256 - downtime): a proof every period.
    request.ask.proofProbability = proofProbability;
    request.ask.pricePerBytePerSecond = 3;
    request.ask.collateralPerByte = 10;
    request.ask.slots = slots;
    request.ask.slotSize = slotSize;
    request.ask.duration = duration;
    request.ask.maxSlotLoss = maxSlotLoss.value_or(slots > 1 ? 1 : 0);
    request.content.cid = QByteArray::fromHex("01551220") + QByteArray(32, '\x5a');
    request.expiry = expiry;
    request.nonce = Nonce::random(nonceGenerator());
    request.content.merkleRoot = proofs::MerkleTree::rootOf(generatedRoots(request));
    return request;
}

MarketResult<MarketplaceSession::Sent> MarketplaceSession::post(const StorageRequest& request) {
    if (!approve(request.client, request.totalPrice()))
        return failed(m_error);
    return send(request.client, marketplace::requestStorage(request));
}

std::optional<Hash32> MarketplaceSession::challenge(const SlotId& slot) {
    const auto data = view(marketplace::getChallenge(slot));
    if (!data.ok()) {
        m_error = data.error().message;
        return std::nullopt;
    }
    const auto word = m_answers->word(u"getChallenge", *data);
    if (!word.ok()) {
        m_error = word.message();
        return std::nullopt;
    }
    return *word;
}

std::optional<FillProof> MarketplaceSession::fillProof(const StorageRequest& request,
                                                       quint64 slotIndex, const Hash32& challenge) {
    const RequestId key = proofs::SlotDataGenerator::datasetKey(request);
    auto fill =
        makeFillProof(generatedRoots(request), slotIndex,
                      proofs::proveFromGenerator(key, slotIndex, request.ask.slotSize, challenge));
    if (!fill.ok()) {
        m_error = fill.message();
        return std::nullopt;
    }
    return *fill;
}

MarketResult<MarketplaceSession::Sent> MarketplaceSession::fill(const Address& host,
                                                                const StorageRequest& request,
                                                                quint64 slotIndex,
                                                                const UInt256& collateral) {
    if (!approve(host, collateral))
        return failed(m_error);
    const SlotId slot = slotIdOf(request.id(), slotIndex);
    if (!alignPointer(slot, 0, 240))
        return failed(m_error);
    const auto current = challenge(slot);
    if (!current)
        return failed(m_error);
    const auto proof = fillProof(request, slotIndex, *current);
    if (!proof)
        return failed(m_error);
    return send(host, marketplace::fillSlot(request.id(), slotIndex, *proof));
}

MarketResult<MarketplaceSession::Sent>
MarketplaceSession::prove(const Address& host, const StorageRequest& request, quint64 slotIndex) {
    const SlotId slot = slotIdOf(request.id(), slotIndex);
    const int downtime = m_fixture.chain().options().market.downtime;
    if (!alignPointer(slot, downtime + 2, 240))
        return failed(m_error);
    const auto current = challenge(slot);
    if (!current)
        return failed(m_error);
    const StorageProof proof = proofs::proveFromGenerator(
        proofs::SlotDataGenerator::datasetKey(request), slotIndex, request.ask.slotSize, *current);
    return send(host, marketplace::submitProof(slot, proof));
}

quint64 MarketplaceSession::now() {
    const auto block =
        m_fixture.call(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    if (!block.ok())
        return 0;
    const auto time =
        rpc::parseJsonQuantityU64(block->toObject().value(QStringLiteral("timestamp")));
    return time.ok() ? *time : 0;
}

quint64 MarketplaceSession::timeOf(quint64 number) {
    const auto block =
        m_fixture.call(QStringLiteral("eth_getBlockByNumber"), {rpc::toQuantity(number), false});
    if (!block.ok())
        return 0;
    const auto time =
        rpc::parseJsonQuantityU64(block->toObject().value(QStringLiteral("timestamp")));
    return time.ok() ? *time : 0;
}

bool MarketplaceSession::start() {
    const auto frozen = m_fixture.call(QStringLiteral("anvil_setBlockTimestampInterval"), {0});
    if (!frozen.ok())
        m_error = frozen.error().describe();
    return frozen.ok() && m_answers != nullptr;
}

bool MarketplaceSession::mineAt(quint64 timestamp) {
    const auto set =
        m_fixture.call(QStringLiteral("evm_setNextBlockTimestamp"), {rpc::toQuantity(timestamp)});
    if (!set.ok()) {
        m_error = set.error().describe();
        return false;
    }
    if (!m_fixture.mine(1)) {
        m_error = m_fixture.error();
        return false;
    }
    return true;
}

bool MarketplaceSession::advanceToNextPeriod(quint64 secondsInto) {
    return mineAt((period() + 1) * m_periodSeconds + secondsInto);
}

std::optional<quint8> MarketplaceSession::pointer(const SlotId& slot) {
    const auto data = view(marketplace::getPointer(slot));
    if (!data.ok()) {
        m_error = data.error().message;
        return std::nullopt;
    }
    const auto value = m_answers->number64(u"getPointer", *data);
    if (!value.ok()) {
        m_error = value.message();
        return std::nullopt;
    }
    return static_cast<quint8>(*value);
}

bool MarketplaceSession::alignPointer(const SlotId& slot, int low, int high, int periodsBack) {
    // getPointer answers for the current period; a period k back has its pointer
    // downtimeProduct * k lower (mod 256), at the same block.
    const int shift = (m_fixture.chain().options().market.downtimeProduct * periodsBack) % 256;
    auto pointerFor = [&]() -> std::optional<int> {
        const auto now = pointer(slot);
        if (!now)
            return std::nullopt;
        return (int(*now) - shift + 256) % 256;
    };
    const auto current = pointerFor();
    if (!current)
        return false;
    if (*current >= low && *current <= high)
        return true;
    const int blocks = (low + 1 - *current + 256) % 256;
    if (!m_fixture.mine(static_cast<quint64>(blocks))) {
        m_error = m_fixture.error();
        return false;
    }
    const auto moved = pointerFor();
    if (!moved)
        return false;
    if (*moved < low || *moved > high) {
        m_error = QStringLiteral("pointer %1 after mining %2 blocks, not in [%3, %4]")
                      .arg(*moved)
                      .arg(blocks)
                      .arg(low)
                      .arg(high);
        return false;
    }
    return true;
}

} // namespace salesdesk::test
