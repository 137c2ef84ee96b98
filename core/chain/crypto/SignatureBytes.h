#pragma once

#include "core/chain/crypto/Signature.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace salesdesk {

// A signature as our contracts take it (vouchers, deal proposals): 65 bytes r ‖ s ‖ v, v 27 or 28.
QByteArray signatureBytes(const Signature& signature);
// Exactly 65 bytes with v 27 or 28 (or 0 or 1, as some wallets write it); anything else is an
// InvalidArgument naming what is wrong. A high s is read as it is: the checks refuse it.
Result<Signature> signatureFromBytes(QByteArrayView bytes);
// Those 65 bytes as JSON answers carry them: "0x" and hex.
QString signatureHex(const Signature& signature);
// Read back from that text ("0x" optional); an InvalidArgument naming what is wrong otherwise.
Result<Signature> signatureFromHex(QStringView text);

} // namespace salesdesk
