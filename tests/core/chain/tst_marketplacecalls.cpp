// The Marketplace from the client's side without a chain (core/chain/market/): our call data
// against the compiled contract's ABI (selectors, and the arguments decoded back), answers and
// events decoded from ABI-encoded bytes, strictness on malformed ones, the refusal mapping and
// fill proofs.
#include "core/chain/abi/ContractAbi.h"
#include "core/chain/market/FillProof.h"
#include "core/chain/market/MarketplaceAnswers.h"
#include "core/chain/market/MarketplaceCalls.h"
#include "core/chain/market/MarketplaceEvent.h"
#include "core/chain/market/MarketplaceRevert.h"
#include "core/domain/AbiEncoder.h"
#include "core/proofs/MerkleTree.h"
#include "core/proofs/Sha256.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace salesdesk;

// QCOMPARE of the contract's enums by their Solidity names (toString in MarketStates.h).
#define SD_COMPARE_STATE(actual, expected) QCOMPARE(toString(actual), toString(expected))
using salesdesk::abi::AbiValue;

namespace {

const MarketplaceAnswers& answers() {
    return *MarketplaceAnswers::shared().value();
}

Hash32 hashFilled(char c) {
    return Hash32::fromBytes(QByteArray(32, c));
}

StorageRequest sampleRequest() {
    StorageRequest request;
    request.client = Address::fromBytes(QByteArray(20, '\x11'));
    request.ask.proofProbability = 4;
    request.ask.pricePerBytePerSecond = UInt256(1) << 70;
    request.ask.collateralPerByte = 12345;
    request.ask.slots = 4;
    request.ask.slotSize = 1ULL << 30;
    request.ask.duration = 7 * 24 * 3600;
    request.ask.maxSlotLoss = 2;
    request.content.cid = QByteArray::fromHex("01551220") + QByteArray(32, '\x33');
    request.content.merkleRoot = hashFilled('\x44');
    request.expiry = 3600;
    request.nonce = Nonce::fromBytes(QByteArray(32, '\x55'));
    return request;
}

StorageProof sampleProof() {
    StorageProof proof;
    proof.challenge = hashFilled('\x01');
    proof.openings.append(
        BlockOpening{3, hashFilled('\x02'), {hashFilled('\x03'), hashFilled('\x04')}});
    proof.openings.append(BlockOpening{7, hashFilled('\x05'), {hashFilled('\x06')}});
    return proof;
}

std::vector<Hash32> hashesOf(const AbiValue& list) {
    std::vector<Hash32> out;
    for (const AbiValue& item : list.items())
        out.push_back(Hash32::fromBytes(item.bytes()));
    return out;
}

ChainLog logOf(QByteArrayView signature, QList<Hash32> indexed, QByteArray data) {
    ChainLog log;
    log.topics.append(abi::keccak256(signature));
    log.topics.append(indexed);
    log.data = std::move(data);
    log.blockNumber = 300;
    log.blockHash = hashFilled('\x0b');
    return log;
}

} // namespace

class TestMarketplaceCalls : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySignatureIsTheContracts() {
        const abi::ContractAbi& contract = answers().abi();
        QVERIFY(marketplace::signatures().size() >= 29);
        for (const QLatin1StringView signature : marketplace::signatures()) {
            const QByteArray selector =
                abi::selector(QByteArrayView(signature.data(), signature.size()));
            const abi::AbiEntry* entry = contract.functionBySelector(selector);
            QVERIFY2(entry != nullptr, signature.data());
            QCOMPARE(entry->signature, QString(signature));
        }
    }

    void requestStorageDecodesBackToTheRequest() {
        const StorageRequest request = sampleRequest();
        const auto decoded = answers().abi().decodeCall(marketplace::requestStorage(request));
        SD_VERIFY_OK(decoded);
        QCOMPARE(decoded->name, QStringLiteral("requestStorage"));
        // getRequest returns the same tuple: reading it back gives the request.
        const QByteArray returned = abi::encode({request.abiValue()});
        const auto read = answers().request(returned);
        SD_VERIFY_OK(read);
        QCOMPARE(*read, request);
        QCOMPARE(abi::keccak256(returned).toByteArray(), request.id().toByteArray());
    }

    void fillSlotCarriesLeavesAndPathsInOrder() {
        const RequestId id = sampleRequest().id();
        FillProof fill{hashFilled('\x0a'), {hashFilled('\x0b'), hashFilled('\x0c')}, sampleProof()};
        const auto decoded = answers().abi().decodeCall(marketplace::fillSlot(id, 2, fill));
        SD_VERIFY_OK(decoded);
        QCOMPARE(decoded->values.size(), 3u);
        QCOMPARE(decoded->values[0].value.bytes(), id.toByteArray());
        QCOMPARE(decoded->values[1].value.word(), UInt256(2));
        const AbiValue& proof = decoded->values[2].value;
        QCOMPARE(proof.items()[0].bytes(), fill.slotRoot.toByteArray());
        QCOMPARE(hashesOf(proof.items()[1]),
                 (std::vector<Hash32>{hashFilled('\x0b'), hashFilled('\x0c')}));
        const AbiValue& storage = proof.items()[2];
        QCOMPARE(hashesOf(storage.items()[0]),
                 (std::vector<Hash32>{hashFilled('\x02'), hashFilled('\x05')}));
        QCOMPARE(hashesOf(storage.items()[1]),
                 (std::vector<Hash32>{hashFilled('\x03'), hashFilled('\x04'), hashFilled('\x06')}));
    }

    void hostCallsDecodeBack() {
        const SlotId slot = slotIdOf(sampleRequest().id(), 1);
        const Address a = Address::fromBytes(QByteArray(20, '\x21'));
        const Address b = Address::fromBytes(QByteArray(20, '\x22'));
        const auto free3 = answers().abi().decodeCall(marketplace::freeSlot(slot, a, b));
        QVERIFY(free3.ok());
        QCOMPARE(free3->signature, QStringLiteral("freeSlot(bytes32,address,address)"));
        QCOMPARE(free3->values[1].value.toAddress(), a);
        QCOMPARE(free3->values[2].value.toAddress(), b);
        const auto missing = answers().abi().decodeCall(marketplace::markProofAsMissing(slot, 99));
        QVERIFY(missing.ok());
        QCOMPARE(missing->values[1].value.word(), UInt256(99));
        const auto proof =
            answers().abi().decodeCall(marketplace::submitProof(slot, sampleProof()));
        QVERIFY(proof.ok());
        QCOMPARE(proof->values[0].value.bytes(), slot.toByteArray());
    }

    void answersDecodeStrictly() {
        SD_COMPARE_STATE(*answers().requestState(abi::encode({abi::uint(1)})),
                         RequestState::Started);
        SD_COMPARE_STATE(*answers().slotState(abi::encode({abi::uint(6)})), SlotState::Repair);
        // Ordinals past the enums, and uint8 or bool past their width, are errors, not guesses.
        QVERIFY(!answers().requestState(abi::encode({abi::uint(5)})).ok());
        QVERIFY(!answers().slotState(abi::encode({abi::uint(7)})).ok());
        QVERIFY(!answers().number64(u"getPointer", abi::encode({abi::uint(256)})).ok());
        QVERIFY(!answers().boolean(u"isProofRequired", abi::encode({abi::uint(2)})).ok());
        // Too short, or nothing.
        QVERIFY(!answers().request(abi::encode({sampleRequest().abiValue()}).left(100)).ok());
        QVERIFY(!answers().word(u"getChallenge", QByteArray()).ok());

        const SlotId s1 = slotIdOf(sampleRequest().id(), 0);
        const SlotId s2 = slotIdOf(sampleRequest().id(), 1);
        const auto ids =
            answers().slotIds(abi::encode({abi::array({abi::bytes32(s1), abi::bytes32(s2)})}));
        QVERIFY(ids.ok());
        QCOMPARE(*ids, (QList<SlotId>{s1, s2}));
        const auto slot = answers().activeSlot(
            abi::encode({abi::tuple({sampleRequest().abiValue(), abi::uint(3)})}));
        SD_VERIFY_OK(slot);
        QCOMPARE(*slot, (Slot{sampleRequest(), 3}));
    }

    void configurationDecodes() {
        const QByteArray returned = abi::encode({abi::tuple({
            abi::tuple({abi::uint(10), abi::uint(2), abi::uint(20), abi::uint(25)}),
            abi::tuple({abi::uint(60), abi::uint(20), abi::uint(64), abi::uint(67),
                        abi::bytes(QByteArray())}),
            abi::tuple({abi::uint(3)}),
            abi::uint(86400),
        })});
        const auto config = answers().configuration(returned);
        SD_VERIFY_OK(config);
        QCOMPARE(config->repairRewardPercentage, quint8(10));
        QCOMPARE(config->maxNumberOfSlashes, quint8(2));
        QCOMPARE(config->slashPercentage, quint8(20));
        QCOMPARE(config->validatorRewardPercentage, quint8(25));
        QCOMPARE(config->periodSeconds, 60u);
        QCOMPARE(config->proofTimeout, 20u);
        QCOMPARE(config->downtime, quint8(64));
        QCOMPARE(config->downtimeProduct, quint8(67));
        QCOMPARE(config->maxReservations, quint8(3));
        QCOMPARE(config->requestDurationLimit, 86400u);
    }

    void eventsDecode() {
        const RequestId id = sampleRequest().id();
        const auto filled = MarketplaceEvent::fromLog(logOf("SlotFilled(bytes32,uint64)",
                                                            {Hash32::fromBytes(id.toByteArray())},
                                                            abi::encode({abi::uint(5)})));
        SD_VERIFY_OK(filled);
        QCOMPARE(filled->kind, MarketplaceEvent::Kind::SlotFilled);
        QCOMPARE(filled->requestId, id);
        QCOMPARE(filled->slotIndex, 5u);
        QCOMPARE(filled->log.blockNumber, 300u);

        const StorageRequest request = sampleRequest();
        const abi::Value ask = abi::tuple(
            {abi::uint(request.ask.proofProbability), abi::uint(request.ask.pricePerBytePerSecond),
             abi::uint(request.ask.collateralPerByte), abi::uint(request.ask.slots),
             abi::uint(request.ask.slotSize), abi::uint(request.ask.duration),
             abi::uint(request.ask.maxSlotLoss)});
        const auto requested = MarketplaceEvent::fromLog(
            logOf("StorageRequested(bytes32,(uint256,uint256,uint256,uint64,uint64,uint64,uint64),"
                  "uint64)",
                  {}, abi::encode({abi::bytes32(id), ask, abi::uint(5000)})));
        SD_VERIFY_OK(requested);
        QCOMPARE(requested->ask, request.ask);
        QCOMPARE(requested->expiry, 5000u);
        QVERIFY(requested->describe().startsWith(QStringLiteral("StorageRequested 0x")));

        // An event the contract does not have, and one whose data is cut short.
        QVERIFY(!MarketplaceEvent::fromLog(logOf("Other(uint256)", {}, abi::encode({abi::uint(1)})))
                     .ok());
        QVERIFY(!MarketplaceEvent::fromLog(logOf("SlotFilled(bytes32,uint64)",
                                                 {Hash32::fromBytes(id.toByteArray())},
                                                 QByteArray(16, '\0')))
                     .ok());
    }

    void refusalsMapToMarketErrors_data() {
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("kind");
        using K = MarketError::Kind;
        QTest::newRow("not free") << "Marketplace_SlotNotFree()" << int(K::SlotStateMismatch);
        QTest::newRow("is free") << "Marketplace_SlotIsFree()" << int(K::SlotStateMismatch);
        QTest::newRow("reservation")
            << "SlotReservations_ReservationNotAllowed()" << int(K::ReservationNotAllowed);
        QTest::newRow("proof") << "Proofs_InvalidProof()" << int(K::InvalidProof);
        QTest::newRow("twice") << "Proofs_ProofAlreadySubmitted()" << int(K::ProofAlreadySubmitted);
        QTest::newRow("unknown") << "Marketplace_UnknownRequest()" << int(K::UnknownRequest);
        QTest::newRow("other") << "Marketplace_InvalidSlot()" << int(K::Rejected);
    }

    void refusalsMapToMarketErrors() {
        QFETCH(QString, error);
        QFETCH(int, kind);
        const MarketError mapped =
            marketErrorOf(ourContractErrors().decode(abi::selector(error.toLatin1())));
        QCOMPARE(int(mapped.kind), kind);
        QVERIFY2(mapped.message.contains(error.section('(', 0, 0)), qPrintable(mapped.message));
    }

    void rpcFailuresMapToMarketErrors() {
        const auto& errors = ourContractErrors();
        QCOMPARE(marketErrorOf(RpcError::transport(QNetworkReply::ConnectionRefusedError,
                                                   QStringLiteral("refused")),
                               errors)
                     .kind,
                 MarketError::Kind::Transient);
        QCOMPARE(marketErrorOf(RpcError::timeout(10), errors).kind, MarketError::Kind::Transient);
        const RpcError revert = RpcError::jsonRpc(
            3, QStringLiteral("execution reverted"),
            QJsonValue(QStringLiteral("0x") +
                       QString::fromLatin1(abi::selector("Proofs_InvalidProof()").toHex())));
        QCOMPARE(marketErrorOf(revert, errors).kind, MarketError::Kind::InvalidProof);
        const RpcError funds =
            RpcError::jsonRpc(-32000, QStringLiteral("insufficient funds for gas"), QJsonValue());
        const MarketError rejected = marketErrorOf(funds, errors);
        QCOMPARE(rejected.kind, MarketError::Kind::Rejected);
        QVERIFY(rejected.message.contains(QStringLiteral("insufficient funds")));
    }

    void fillProofPathLeadsToTheContentRoot() {
        std::vector<Hash32> roots;
        for (char c = 1; c <= 5; ++c)
            roots.push_back(hashFilled(c));
        const Hash32 datasetRoot = proofs::MerkleTree::rootOf(roots);
        for (quint64 index = 0; index < roots.size(); ++index) {
            const auto fill = makeFillProof(roots, index, sampleProof());
            QVERIFY(fill.ok());
            QCOMPARE(fill->slotRoot, roots[index]);
            QCOMPARE(fill->proof, sampleProof());
            // Walk the path up with the tree's own rule (odd last nodes move up unchanged).
            Hash32 node = fill->slotRoot;
            quint64 position = index;
            quint64 width = roots.size();
            qsizetype used = 0;
            while (width > 1) {
                const bool lonely = position == width - 1 && width % 2 == 1;
                if (!lonely) {
                    QVERIFY(used < fill->slotPath.size());
                    const Hash32& sibling = fill->slotPath[used++];
                    node = position % 2 == 0 ? proofs::Sha256::hashPair(node, sibling)
                                             : proofs::Sha256::hashPair(sibling, node);
                }
                position /= 2;
                width = (width + 1) / 2;
            }
            QCOMPARE(used, fill->slotPath.size());
            QCOMPARE(node, datasetRoot);
        }
        QVERIFY(!makeFillProof(roots, 5, sampleProof()).ok());
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceCalls)
#include "tst_marketplacecalls.moc"
