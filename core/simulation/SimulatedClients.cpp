#include "core/simulation/SimulatedClients.h"

#include "core/domain/AbiEncoder.h"
#include "core/proofs/SlotDataGenerator.h"
#include "core/simulation/SimulatedMarket.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcClients, "salesdesk.simulation.simulatedclients")

namespace salesdesk {

namespace {

const QString kNextIndexKey = QStringLiteral("clients.nextIndex");
const QString kNextAtKey = QStringLiteral("clients.nextAt");
const QString kManualKey = QStringLiteral("clients.manualCount");

// One generator per (seed, stream, index): request k does not depend on what was drawn before.
QRandomGenerator generatorFor(quint64 seed, quint32 stream, quint64 index) {
    const quint32 words[5] = {static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), stream,
                              static_cast<quint32>(index), static_cast<quint32>(index >> 32)};
    return QRandomGenerator(words, 5);
}

constexpr quint32 kStreamRequest = 0x72657131; // "req1"
constexpr quint32 kStreamManual = 0x6d616e31;  // "man1"

// Uniform within mean ± spreadPercent %, at least `minimum`.
quint64 around(QRandomGenerator& gen, quint64 mean, int spreadPercent, quint64 minimum = 1) {
    const double factor = 1.0 + (gen.generateDouble() * 2.0 - 1.0) * spreadPercent / 100.0;
    const double value = std::round(static_cast<double>(mean) * factor);
    return std::max<quint64>(minimum, value <= 0 ? 0 : static_cast<quint64>(value));
}

// Log-uniform within [minimum, maximum]: as many draws below 10·minimum as between 10·minimum
// and 100·minimum.
quint64 logUniform(QRandomGenerator& gen, quint64 minimum, quint64 maximum) {
    const double low = std::log(static_cast<double>(std::max<quint64>(1, minimum)));
    const double high = std::log(static_cast<double>(std::max(maximum, minimum)));
    const double value = std::round(std::exp(low + gen.generateDouble() * (high - low)));
    return std::clamp(static_cast<quint64>(value), std::max<quint64>(1, minimum),
                      std::max(maximum, minimum));
}

Nonce nonceFrom(QRandomGenerator& gen) {
    return Nonce::random(gen);
}

} // namespace

SimulatedClients::SimulatedClients(SimulatedMarket& market, Clock& clock,
                                   const SimulatedClientsConfig& config, QObject* parent)
    : QObject(parent)
    , m_market(market)
    , m_clock(clock)
    , m_config(config) {
    m_config.clients = std::max<quint64>(1, m_config.clients);
    m_config.meanSlots = std::max<quint64>(1, m_config.meanSlots);
    m_config.meanIntervalSeconds = std::max<qint64>(1, m_config.meanIntervalSeconds);
    m_manualCount = static_cast<quint64>(market.control().storedValue(kManualKey).toLongLong());
}

SimulatedClients::~SimulatedClients() {
    if (m_timer != 0)
        m_clock.cancel(m_timer);
}

Address SimulatedClients::clientAddress(quint64 index) {
    const QByteArray label = QByteArray("salesdesk.simulated.client.") + QByteArray::number(index);
    return SimulatedMarket::addressFor(label);
}

qint64 SimulatedClients::intervalBefore(quint64 index) const {
    QRandomGenerator gen = generatorFor(m_config.seed, kStreamRequest ^ 0xffu, index);
    const double u = gen.generateDouble();
    const double seconds = -static_cast<double>(m_config.meanIntervalSeconds) * std::log1p(-u);
    return std::max<qint64>(1, static_cast<qint64>(std::ceil(seconds)));
}

StorageRequest SimulatedClients::generatedRequest(quint64 index) const {
    QRandomGenerator gen = generatorFor(m_config.seed, kStreamRequest, index);
    StorageRequest request;
    request.client = clientAddress(index % m_config.clients);
    StorageAsk& ask = request.ask;
    ask.slotSize = m_config.maxSlotSize != 0
                       ? logUniform(gen, m_config.minSlotSize, m_config.maxSlotSize)
                       : around(gen, m_config.meanSlotSize, 50);
    ask.slots = 1 + gen.bounded(static_cast<quint64>(2 * m_config.meanSlots - 1));
    const quint64 limit = std::max<quint64>(2, m_market.config().requestDurationLimit);
    ask.duration = std::clamp<quint64>(
        m_config.maxDuration != 0 ? logUniform(gen, m_config.minDuration, m_config.maxDuration)
                                  : around(gen, m_config.meanDuration, 50, 2),
        2, limit);
    ask.maxSlotLoss = std::min(m_config.maxSlotLoss, ask.slots);
    ask.proofProbability = std::max(UInt256(1), m_config.proofProbability);
    ask.collateralPerByte = std::max(UInt256(1), m_config.collateralPerByte);
    // price * (1000 + r) / 1000 with r within ±10·spread: integer arithmetic on UInt256.
    const int spread = std::clamp(m_config.priceSpreadPercent, 0, 100) * 10;
    const qint64 r = spread == 0 ? 0 : static_cast<qint64>(gen.bounded(2 * spread + 1)) - spread;
    const UInt256 price =
        m_config.meanPricePerBytePerSecond * static_cast<quint64>(1000 + r) / 1000;
    ask.pricePerBytePerSecond = std::max(UInt256(1), price);
    request.expiry = std::clamp<quint64>(around(gen, m_config.meanExpiry, 50), 1, ask.duration - 1);
    if (m_config.maxCollateralPercent > 0) {
        const int low = std::clamp(m_config.minCollateralPercent, 0, m_config.maxCollateralPercent);
        const auto percent = static_cast<quint64>(
            low + static_cast<int>(gen.bounded(m_config.maxCollateralPercent - low + 1)));
        ask.collateralPerByte =
            std::max(UInt256(1), ask.pricePerBytePerSecond * ask.duration * percent / 100);
    }
    return withContent(request, nonceFrom(gen));
}

StorageRequest SimulatedClients::withContent(StorageRequest request, const Nonce& nonce) const {
    request.nonce = nonce;
    // A raw CIDv1 (codec raw 0x55, sha2-256 0x12, 32 bytes) of the nonce.
    request.content.cid =
        QByteArray::fromHex("01551220") + abi::keccak256(nonce.toByteArray()).toByteArray();
    request.content.merkleRoot = Hash32();
    // The id hashes the root, so the data is keyed by the request without it (datasetKey).
    if (m_config.computeMerkleRoot && request.validate().ok())
        request.content.merkleRoot =
            proofs::SlotDataGenerator::datasetRoot(proofs::SlotDataGenerator::datasetKey(request),
                                                   request.ask.slots, request.ask.slotSize);
    return request;
}

Result<RequestId> SimulatedClients::fundAndPost(const StorageRequest& request) {
    // An invalid request is not funded: the market refuses it with the contract's message.
    if (request.validate().ok())
        SD_TRY(m_market.control().mint(request.client, request.totalPrice()));
    auto id = m_market.control().requestStorage(request.client, request);
    if (id.ok())
        Q_EMIT requestPosted(*id);
    return id;
}

Result<RequestId> SimulatedClients::post(const StorageAsk& ask, quint64 expiry,
                                         quint64 clientIndex) {
    QRandomGenerator gen = generatorFor(m_config.seed, kStreamManual, m_manualCount);
    ++m_manualCount;
    auto stored = m_market.control().storeValue(kManualKey, static_cast<qint64>(m_manualCount));
    if (!stored.ok())
        return stored.error();
    StorageRequest request;
    request.client = clientAddress(clientIndex);
    request.ask = ask;
    request.expiry = expiry;
    return fundAndPost(withContent(request, nonceFrom(gen)));
}

void SimulatedClients::start() {
    if (m_timer != 0)
        return;
    const QVariant storedIndex = m_market.control().storedValue(kNextIndexKey);
    const Timestamp now = m_clock.now();
    if (storedIndex.isValid()) {
        m_nextIndex = static_cast<quint64>(storedIndex.toLongLong());
        m_nextAt = std::max(now, m_market.control().storedValue(kNextAtKey).toLongLong());
    } else {
        m_nextIndex = 0;
        m_nextAt = now + intervalBefore(0);
    }
    saveSchedule();
    schedule();
}

void SimulatedClients::stop() {
    if (m_timer != 0)
        m_clock.cancel(m_timer);
    m_timer = 0;
}

void SimulatedClients::schedule() {
    if (m_config.until != 0 && m_nextAt >= m_config.until) {
        m_timer = 0;
        return;
    }
    m_timer = m_clock.callAt(m_nextAt, this, [this] { onTimer(); });
}

void SimulatedClients::onTimer() {
    m_timer = 0;
    const quint64 index = m_nextIndex;
    auto id = fundAndPost(generatedRequest(index));
    if (!id.ok())
        qCWarning(lcClients).noquote()
            << QStringLiteral("demo request %1 was refused: %2").arg(index).arg(id.message());
    else
        qCInfo(lcClients).noquote() << QStringLiteral("demo request posted requestId=%1 index=%2")
                                           .arg(id->toHex())
                                           .arg(index);
    m_nextIndex = index + 1;
    m_nextAt = std::max(m_clock.now(), m_nextAt) + intervalBefore(m_nextIndex);
    saveSchedule();
    schedule();
}

void SimulatedClients::saveSchedule() {
    auto a = m_market.control().storeValue(kNextIndexKey, static_cast<qint64>(m_nextIndex));
    auto b = m_market.control().storeValue(kNextAtKey, static_cast<qint64>(m_nextAt));
    if (!a.ok() || !b.ok())
        qCWarning(lcClients).noquote() << "the demo clients' schedule could not be saved:"
                                       << (a.ok() ? b.message() : a.message());
}

} // namespace salesdesk
