#pragma once

#include <QByteArray>

namespace salesdesk {

// A recoverable secp256k1 ECDSA signature as Ethereum carries it: r and s (32 bytes each,
// big-endian) and the parity of the y coordinate of the point R (0 or 1), from which the signer's
// public key is recovered. Our signatures always have a low s (at most half the curve order), as
// Ethereum requires of transactions.
struct Signature {
    QByteArray r;
    QByteArray s;
    int yParity = 0;

    friend bool operator==(const Signature&, const Signature&) = default;
};

} // namespace salesdesk
