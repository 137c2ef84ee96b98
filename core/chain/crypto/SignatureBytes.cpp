#include "core/chain/crypto/SignatureBytes.h"

namespace salesdesk {

QByteArray signatureBytes(const Signature& signature) {
    QByteArray bytes = signature.r + signature.s;
    bytes.append(static_cast<char>(27 + signature.yParity));
    return bytes;
}

Result<Signature> signatureFromBytes(QByteArrayView bytes) {
    if (bytes.size() != 65)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("a signature has 65 bytes (r, s, v), not %1").arg(bytes.size()));
    const int v = static_cast<unsigned char>(bytes[64]);
    int parity = -1;
    if (v == 27 || v == 28)
        parity = v - 27;
    else if (v == 0 || v == 1)
        parity = v;
    if (parity < 0)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a signature ends in v = 27 or 28, not %1").arg(v));
    return Signature{bytes.first(32).toByteArray(), bytes.sliced(32, 32).toByteArray(), parity};
}

QString signatureHex(const Signature& signature) {
    return QStringLiteral("0x") + QString::fromLatin1(signatureBytes(signature).toHex());
}

Result<Signature> signatureFromHex(QStringView text) {
    QStringView hex = text;
    if (hex.startsWith(QLatin1StringView("0x")))
        hex = hex.sliced(2);
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    if (bytes.size() * 2 != hex.size())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not hexadecimal"));
    return signatureFromBytes(bytes);
}

} // namespace salesdesk
