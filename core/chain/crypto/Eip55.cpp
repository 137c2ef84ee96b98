#include "core/chain/crypto/Eip55.h"

#include "core/domain/AbiEncoder.h"

namespace salesdesk::eip55 {

QString toChecksumHex(const Address& address) {
    const QByteArray lower = address.toByteArray().toHex();
    const QByteArray hash = abi::keccak256(lower).toByteArray();
    QString out = QStringLiteral("0x");
    for (qsizetype i = 0; i < lower.size(); ++i) {
        const quint8 byte = static_cast<quint8>(hash[i / 2]);
        const int nibble = i % 2 == 0 ? byte >> 4 : byte & 0x0f;
        const char c = lower[i];
        out += QLatin1Char(c >= 'a' && nibble >= 8 ? static_cast<char>(c - 'a' + 'A') : c);
    }
    return out;
}

Result<Address> parse(QStringView text) {
    auto address = Address::fromHex(text);
    if (!address.ok())
        return address;
    const QStringView digits = text.mid(2);
    const bool allLower = digits.toString() == digits.toString().toLower();
    const bool allUpper = digits.toString() == digits.toString().toUpper();
    if (!allLower && !allUpper && toChecksumHex(*address) != text.toString())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 fails its EIP-55 checksum (mixed case that does not "
                                        "match; mistyped?)")
                             .arg(text));
    return address;
}

} // namespace salesdesk::eip55
