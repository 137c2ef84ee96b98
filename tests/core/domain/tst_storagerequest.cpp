#include "core/domain/AbiEncoder.h"
#include "core/domain/MarketStates.h"
#include "core/domain/Slot.h"
#include "core/domain/StorageRequest.h"
#include "tests/support/TestSupport.h"

#include <QObject>
#include <QTest>

#include <functional>
#include <stdexcept>
#include <vector>

using namespace salesdesk;

namespace {

// A request whose RequestId and SlotIds were computed independently of this code (the
// derivation is in docs/market-rules.md, "Ids").
StorageRequest vectorRequest() {
    StorageRequest request;
    request.client = Address::fromHex(u"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266").value();
    request.ask.proofProbability = 0x10;
    request.ask.pricePerBytePerSecond = 1000;
    request.ask.collateralPerByte = 2000;
    request.ask.slots = 4;
    request.ask.slotSize = 1024;
    request.ask.duration = 3600;
    request.ask.maxSlotLoss = 1;
    request.content.cid = QByteArray::fromHex("01551220") + QByteArray(32, '\x11');
    request.content.merkleRoot = Hash32::fromBytes(QByteArray(32, '\x22'));
    request.expiry = 600;
    request.nonce = Nonce::fromBytes(QByteArray(32, '\x33'));
    return request;
}

QByteArray wordAt(const QByteArray& encoded, int index) {
    return encoded.mid(index * 32, 32);
}

QByteArray word(quint64 value) {
    return uint256::toBigEndian32(UInt256(value));
}

} // namespace

class TestStorageRequest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void requestIdMatchesTheContractVector();
    void slotIdsMatchTheContractVector();
    void encodingHasTheContractLayout();
    void everyFieldChangesTheId();
    void requestStorageSelectorFromAbiType();
    void derivedAmounts();
    void validVectorPasses();
    void validateRules();
    void validateAcceptsBoundaries();
    void gettersCannotOverflowAfterValidate();
    void gettersThrowOnUnvalidatedOverflow();
    void requestStateOrdinalsAndNames();
    void slotStateOrdinalsAndNames();
    void stateFromOrdinalRejectsOutOfRange();
};

void TestStorageRequest::requestIdMatchesTheContractVector() {
    QCOMPARE(vectorRequest().id().toHex(),
             QStringLiteral("0x7dd2ea5cf275220c3f6d4b2a95f6a664ef07d4fa7630edfaa87a6b9dd9ca2788"));
}

void TestStorageRequest::slotIdsMatchTheContractVector() {
    const StorageRequest request = vectorRequest();
    const RequestId id = request.id();
    QCOMPARE(slotIdOf(id, 0).toHex(),
             QStringLiteral("0x31fd07bac40c4c772ae30819c81f143834e64a39c8708f558f59dc1b928b2a6e"));
    QCOMPARE(slotIdOf(id, 1).toHex(),
             QStringLiteral("0xe7a384bcfdecd52da7642c76eaac782e31a638c66415626acdbb188b932c0091"));

    // Slot::id is the same function of the slot's request.
    QCOMPARE((Slot{request, 1}.id()), slotIdOf(id, 1));
    QVERIFY((Slot{request, 0}.id() != Slot{request, 1}.id()));

    // keccak256(requestId ‖ uint256(slotIndex)), computed without the encoder.
    const QByteArray packed = id.toByteArray() + word(3);
    QCOMPARE(slotIdOf(id, 3).toByteArray(), abi::keccak256(packed).toByteArray());
}

void TestStorageRequest::encodingHasTheContractLayout() {
    const StorageRequest request = vectorRequest();
    const QByteArray encoded = abi::encode({request.abiValue()});
    QVERIFY(request.abiValue().isDynamic());
    // 15 words up to len(cid), then 36 cid bytes padded to 2 words.
    QCOMPARE(encoded.size(), 17 * 32);
    QCOMPARE(wordAt(encoded, 0), word(0x20));
    QCOMPARE(wordAt(encoded, 1), QByteArray(QByteArray(12, '\0') + request.client.toByteArray()));
    QCOMPARE(wordAt(encoded, 2), word(0x10));
    QCOMPARE(wordAt(encoded, 8), word(1)); // maxSlotLoss
    QCOMPARE(wordAt(encoded, 9), word(0x160));
    QCOMPARE(wordAt(encoded, 10), word(600));
    QCOMPARE(wordAt(encoded, 11), QByteArray(32, '\x33'));
    QCOMPARE(wordAt(encoded, 12), word(0x40));
    QCOMPARE(wordAt(encoded, 13), QByteArray(32, '\x22'));
    QCOMPARE(wordAt(encoded, 14), word(36));
    QCOMPARE(encoded.mid(15 * 32), QByteArray(request.content.cid + QByteArray(28, '\0')));
    QCOMPARE(request.id().toByteArray(), abi::keccak256(encoded).toByteArray());
}

void TestStorageRequest::everyFieldChangesTheId() {
    const RequestId original = vectorRequest().id();
    const std::vector<std::function<void(StorageRequest&)>> changes = {
        [](StorageRequest& r) { r.client = Address(); },
        [](StorageRequest& r) { r.ask.proofProbability = 0x11; },
        [](StorageRequest& r) { r.ask.pricePerBytePerSecond = 1001; },
        [](StorageRequest& r) { r.ask.collateralPerByte = 2001; },
        [](StorageRequest& r) { r.ask.slots = 5; },
        [](StorageRequest& r) { r.ask.slotSize = 2048; },
        [](StorageRequest& r) { r.ask.duration = 3601; },
        [](StorageRequest& r) { r.ask.maxSlotLoss = 2; },
        [](StorageRequest& r) { r.content.cid.append('\x00'); },
        [](StorageRequest& r) { r.content.merkleRoot = Hash32(); },
        [](StorageRequest& r) { r.expiry = 601; },
        [](StorageRequest& r) { r.nonce = Nonce(); },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        StorageRequest changed = vectorRequest();
        changes[i](changed);
        QVERIFY2(changed.id() != original, qPrintable(QStringLiteral("change %1").arg(i)));
        QVERIFY(!(changed == vectorRequest()));
    }
    QCOMPARE(vectorRequest().id(), original); // deterministic
}

void TestStorageRequest::requestStorageSelectorFromAbiType() {
    // The selector of requestStorage((address,(…),(bytes,bytes32),uint64,bytes32)) is 0x99b6da0c.
    const QByteArray signature =
        QByteArray("requestStorage(") + StorageRequest::kAbiType + QByteArray(")");
    QCOMPARE(abi::selector(signature).toHex(), "99b6da0c");
}

void TestStorageRequest::derivedAmounts() {
    const StorageRequest request = vectorRequest();
    QCOMPARE(request.pricePerSlotPerSecond(), UInt256(1000 * 1024));
    QCOMPARE(request.pricePerSlot(), UInt256(quint64(1000) * 1024 * 3600));
    QCOMPARE(request.totalPrice(), UInt256(quint64(1000) * 1024 * 3600 * 4));
    QCOMPARE(request.collateralPerSlot(), UInt256(2000 * 1024));
    QCOMPARE(request.size(), UInt256(4096));

    // size does not wrap at 64 bits.
    StorageRequest huge = request;
    huge.ask.slots = std::numeric_limits<quint64>::max();
    huge.ask.slotSize = std::numeric_limits<quint64>::max();
    const auto expected = uint256::parse(u"340282366920938463426481119284349108225"); // (2^64-1)^2
    SD_VERIFY_OK(expected);
    QCOMPARE(huge.size(), *expected);
}

void TestStorageRequest::validVectorPasses() {
    SD_VERIFY_OK(vectorRequest().validate());
}

void TestStorageRequest::validateRules() {
    struct Case {
        const char* name;
        std::function<void(StorageRequest&)> change;
        ErrorCode code;
        QString messagePart;
    };
    const UInt256 max = uint256::max();
    const std::vector<Case> cases = {
        {"no slots", [](StorageRequest& r) { r.ask.slots = 0; }, ErrorCode::InvalidArgument,
         QStringLiteral("ask.slots")},
        {"empty slots", [](StorageRequest& r) { r.ask.slotSize = 0; }, ErrorCode::InvalidArgument,
         QStringLiteral("ask.slotSize")},
        {"no duration", [](StorageRequest& r) { r.ask.duration = 0; }, ErrorCode::InvalidArgument,
         QStringLiteral("ask.duration")},
        {"zero expiry", [](StorageRequest& r) { r.expiry = 0; }, ErrorCode::InvalidArgument,
         QStringLiteral("expiry")},
        {"expiry equals duration", [](StorageRequest& r) { r.expiry = r.ask.duration; },
         ErrorCode::InvalidArgument, QStringLiteral("expiry")},
        {"expiry after duration", [](StorageRequest& r) { r.expiry = r.ask.duration + 1; },
         ErrorCode::InvalidArgument, QStringLiteral("got 3601")},
        {"maxSlotLoss above slots", [](StorageRequest& r) { r.ask.maxSlotLoss = 5; },
         ErrorCode::InvalidArgument, QStringLiteral("ask.maxSlotLoss (5)")},
        {"empty cid", [](StorageRequest& r) { r.content.cid.clear(); }, ErrorCode::InvalidArgument,
         QStringLiteral("content.cid")},
        {"price per slot per second",
         [max](StorageRequest& r) { r.ask.pricePerBytePerSecond = max; }, ErrorCode::Overflow,
         QStringLiteral("ask.pricePerBytePerSecond")},
        {"price per slot", [max](StorageRequest& r) { r.ask.pricePerBytePerSecond = max / 1024; },
         ErrorCode::Overflow, QStringLiteral("price per slot")},
        {"total price",
         [max](StorageRequest& r) { r.ask.pricePerBytePerSecond = max / (1024 * 3600); },
         ErrorCode::Overflow, QStringLiteral("total price")},
        {"collateral per slot", [max](StorageRequest& r) { r.ask.collateralPerByte = max; },
         ErrorCode::Overflow, QStringLiteral("ask.collateralPerByte")},
    };
    for (const Case& c : cases) {
        StorageRequest request = vectorRequest();
        c.change(request);
        const Result<void> result = request.validate();
        QVERIFY2(!result.ok(), c.name);
        QVERIFY2(result.code() == c.code, c.name);
        QVERIFY2(result.message().contains(c.messagePart),
                 qPrintable(QString::fromLatin1(c.name) + QStringLiteral(": ") + result.message()));
    }
}

void TestStorageRequest::validateAcceptsBoundaries() {
    const std::vector<std::function<void(StorageRequest&)>> changes = {
        [](StorageRequest& r) { r.expiry = 1; },
        [](StorageRequest& r) { r.expiry = r.ask.duration - 1; },
        [](StorageRequest& r) { r.ask.maxSlotLoss = r.ask.slots; },
        [](StorageRequest& r) { r.ask.maxSlotLoss = 0; },
        [](StorageRequest& r) { r.ask.pricePerBytePerSecond = 0; },
        [](StorageRequest& r) {
            r.ask.slots = 1;
            r.ask.slotSize = 1;
            r.ask.duration = 2;
            r.expiry = 1;
            r.ask.maxSlotLoss = 0;
        },
    };
    for (std::size_t i = 0; i < changes.size(); ++i) {
        StorageRequest request = vectorRequest();
        changes[i](request);
        const Result<void> result = request.validate();
        QVERIFY2(result.ok(), qPrintable(QStringLiteral("case %1: ").arg(i) +
                                         (result.ok() ? QString() : result.message())));
    }
}

void TestStorageRequest::gettersCannotOverflowAfterValidate() {
    // The largest amounts validate() lets through: the getters must return them, not throw.
    StorageRequest request = vectorRequest();
    request.ask.pricePerBytePerSecond = uint256::max() / (1024 * 3600 * 4);
    request.ask.collateralPerByte = uint256::max() / 1024;
    SD_VERIFY_OK(request.validate());
    QCOMPARE(request.totalPrice(), request.ask.pricePerBytePerSecond * (1024 * 3600 * 4));
    QVERIFY(request.totalPrice() > uint256::max() - UInt256(1024 * 3600 * 4));
    QCOMPARE(request.pricePerSlot() * 4, request.totalPrice());
    QCOMPARE(request.collateralPerSlot(), request.ask.collateralPerByte * 1024);
    QVERIFY(request.collateralPerSlot() > uint256::max() - 1024);
}

void TestStorageRequest::gettersThrowOnUnvalidatedOverflow() {
    // Documented: without validate(), an amount beyond 256 bits throws rather than wraps.
    StorageRequest request = vectorRequest();
    request.ask.pricePerBytePerSecond = uint256::max();
    QVERIFY(!request.validate().ok());
    QVERIFY_THROWS_EXCEPTION(std::overflow_error, (void)request.totalPrice());
}

void TestStorageRequest::requestStateOrdinalsAndNames() {
    const std::vector<std::pair<RequestState, QString>> expected = {
        {RequestState::New, QStringLiteral("New")},
        {RequestState::Started, QStringLiteral("Started")},
        {RequestState::Cancelled, QStringLiteral("Cancelled")},
        {RequestState::Finished, QStringLiteral("Finished")},
        {RequestState::Failed, QStringLiteral("Failed")},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto [state, name] = expected[i];
        QCOMPARE(toOrdinal(state), static_cast<int>(i));
        QCOMPARE(toString(state), name);
        const auto back = requestStateFromOrdinal(static_cast<qint64>(i));
        SD_VERIFY_OK(back);
        QVERIFY(*back == state);
    }
}

void TestStorageRequest::slotStateOrdinalsAndNames() {
    const std::vector<std::pair<SlotState, QString>> expected = {
        {SlotState::Free, QStringLiteral("Free")},
        {SlotState::Filled, QStringLiteral("Filled")},
        {SlotState::Finished, QStringLiteral("Finished")},
        {SlotState::Failed, QStringLiteral("Failed")},
        {SlotState::Paid, QStringLiteral("Paid")},
        {SlotState::Cancelled, QStringLiteral("Cancelled")},
        {SlotState::Repair, QStringLiteral("Repair")},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto [state, name] = expected[i];
        QCOMPARE(toOrdinal(state), static_cast<int>(i));
        QCOMPARE(toString(state), name);
        const auto back = slotStateFromOrdinal(static_cast<qint64>(i));
        SD_VERIFY_OK(back);
        QVERIFY(*back == state);
    }
}

void TestStorageRequest::stateFromOrdinalRejectsOutOfRange() {
    const auto request5 = requestStateFromOrdinal(5);
    SD_VERIFY_ERROR(request5, ErrorCode::InvalidArgument);
    QVERIFY2(request5.message().contains(QStringLiteral("got 5")), qPrintable(request5.message()));
    SD_VERIFY_ERROR(requestStateFromOrdinal(-1), ErrorCode::InvalidArgument);

    const auto slot7 = slotStateFromOrdinal(7);
    SD_VERIFY_ERROR(slot7, ErrorCode::InvalidArgument);
    QVERIFY2(slot7.message().contains(QStringLiteral("got 7")), qPrintable(slot7.message()));
    SD_VERIFY_ERROR(slotStateFromOrdinal(-1), ErrorCode::InvalidArgument);
    SD_VERIFY_ERROR(slotStateFromOrdinal(std::numeric_limits<qint64>::max()),
                    ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestStorageRequest)
#include "tst_storagerequest.moc"
