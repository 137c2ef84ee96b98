#include "core/simulation/ProofSchedule.h"

#include "core/domain/AbiEncoder.h"

#include <QtEndian>

#include <array>
#include <cstring>

namespace salesdesk {

quint64 ProofSchedule::periodOf(Timestamp t) const {
    return t <= 0 ? 0 : static_cast<quint64>(t) / m_config.periodSeconds;
}

Timestamp ProofSchedule::periodStart(quint64 period) const {
    return static_cast<Timestamp>(period * m_config.periodSeconds);
}

Timestamp ProofSchedule::periodEnd(quint64 period) const {
    return static_cast<Timestamp>((period + 1) * m_config.periodSeconds);
}

quint8 ProofSchedule::pointer(const SlotId& id, Timestamp now) const {
    const quint64 block = now <= 0 ? 0 : static_cast<quint64>(now);
    const quint64 period = periodOf(now);
    const quint64 idLowByte = id.bytes().back(); // uint256(id) % 256: big-endian, last byte
    const quint64 value =
        (block % 256 + (period % 256) * m_config.downtimeProduct % 256 + idLowByte) % 256;
    return static_cast<quint8>(value);
}

Hash32 ProofSchedule::challenge(const SlotId& id, quint64 period) {
    // abi.encode(bytes32 id, uint256 period): the id, then the period as a 32-byte big-endian
    // word. Written out directly: this runs for every slot in every period.
    std::array<char, 64> encoded{};
    std::memcpy(encoded.data(), id.bytes().data(), 32);
    qToBigEndian<quint64>(period, encoded.data() + 56);
    return abi::keccak256(QByteArrayView(encoded.data(), qsizetype(encoded.size())));
}

bool ProofSchedule::selects(const Hash32& challenge, const UInt256& proofProbability) {
    if (proofProbability == 0)
        return true;
    auto value = uint256::fromBigEndian(challenge.toByteArray());
    return value.ok() && *value % proofProbability == 0;
}

} // namespace salesdesk
