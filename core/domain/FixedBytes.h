#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>
#include <QRandomGenerator>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <array>
#include <compare>
#include <cstdint>

namespace salesdesk {

// N raw bytes with a 0x-hex text form. Tag makes ids of different kinds distinct types, so a
// SlotId can never be passed where a RequestId is expected.
template <std::size_t N, typename Tag> class FixedBytes {
public:
    static constexpr std::size_t kSize = N;

    FixedBytes() = default; // all zero

    static FixedBytes fromBytes(QByteArrayView raw) {
        FixedBytes out;
        if (static_cast<std::size_t>(raw.size()) == N)
            std::copy(raw.begin(), raw.end(), out.m_bytes.begin());
        return out;
    }

    // Exactly "0x" + 2N hex digits (either case).
    static Result<FixedBytes> fromHex(QStringView text) {
        const QString expected = QStringLiteral("expected 0x followed by %1 hex digits, got \"%2\"")
                                     .arg(2 * N)
                                     .arg(text);
        if (text.size() != static_cast<qsizetype>(2 + 2 * N) || !text.startsWith(u"0x"))
            return makeError(ErrorCode::InvalidArgument, expected);
        const QByteArray latin = text.mid(2).toLatin1();
        for (char c : latin)
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return makeError(ErrorCode::InvalidArgument, expected);
        return fromBytes(QByteArray::fromHex(latin));
    }

    static FixedBytes random(QRandomGenerator& generator) {
        FixedBytes out;
        for (auto& b : out.m_bytes)
            b = static_cast<std::uint8_t>(generator.bounded(256));
        return out;
    }

    QString toHex() const {
        return QStringLiteral("0x") + QString::fromLatin1(toByteArray().toHex());
    }
    // "0x1234…cdef": for logs and narrow table cells.
    QString toShortHex() const {
        const QString hex = toHex();
        return hex.left(6) + QChar(0x2026) + hex.right(4);
    }
    QByteArray toByteArray() const {
        return QByteArray(reinterpret_cast<const char*>(m_bytes.data()), static_cast<qsizetype>(N));
    }
    const std::array<std::uint8_t, N>& bytes() const { return m_bytes; }
    bool isZero() const {
        return std::all_of(m_bytes.begin(), m_bytes.end(), [](std::uint8_t b) { return b == 0; });
    }

    friend auto operator<=>(const FixedBytes&, const FixedBytes&) = default;
    friend bool operator==(const FixedBytes&, const FixedBytes&) = default;
    friend size_t qHash(const FixedBytes& key, size_t seed = 0) {
        return qHashBits(key.m_bytes.data(), N, seed);
    }

private:
    std::array<std::uint8_t, N> m_bytes{};
};

struct RequestIdTag;
struct SlotIdTag;
struct AvailabilityIdTag;
struct ReservationIdTag;
struct NonceTag;
struct Hash32Tag;
struct AddressTag;

using RequestId = FixedBytes<32, RequestIdTag>;
using SlotId = FixedBytes<32, SlotIdTag>;
using AvailabilityId = FixedBytes<32, AvailabilityIdTag>;
using ReservationId = FixedBytes<32, ReservationIdTag>;
using Nonce = FixedBytes<32, NonceTag>;
using Hash32 = FixedBytes<32, Hash32Tag>;   // SHA-256 / Keccak-256 digests, Merkle roots
using Address = FixedBytes<20, AddressTag>; // Ethereum account

} // namespace salesdesk
