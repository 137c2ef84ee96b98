#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/retrieval/Voucher.h"
#include "core/clock/Clock.h"
#include "core/domain/FixedBytes.h"
#include "core/domain/UInt256.h"

#include <QString>

namespace salesdesk {

// The provider's checks of a voucher before it counts as paid (and more data goes out for it).
// They are the contract's own checks at claim time, so that a voucher accepted here is one the
// chain pays: the channel and the domain it was signed for, a well-formed low-s signature by the
// channel's payer, an amount above what was claimed and not above the deposit, a channel not
// finalized and whose close window leaves time to claim. One more: the amount must be above the
// best voucher already accepted, so a voucher replayed (or an older one) pays nothing twice.
class VoucherCheck {
public:
    enum class Refusal {
        None,
        WrongChannel, // signed for another channel than the one it came for
        Malformed,    // r or s zero or too large, or no key recovers from it
        HighS,        // the malleable twin of a signature (s above half the curve order)
        WrongSigner,  // not the payer's, or signed for another chain or contract
        Stale,        // not above the best voucher accepted (or claimed) so far
        AboveDeposit, // more than the channel holds
        Closing,      // the close window ends too soon to claim it
        Finalized,    // the channel is closed for good
    };

    // What the provider knows of a channel: from the chain (payer, deposit, claimed, close time,
    // finalized) and from its own books (the best voucher it accepted).
    struct Channel {
        Hash32 id;
        Address payer;
        UInt256 deposit;
        UInt256 claimed;
        UInt256 bestAccepted;
        Timestamp closesAt = 0; // 0: no close requested
        bool finalized = false;
    };

    struct Verdict {
        Refusal refusal = Refusal::None;
        QString reason;    // in plain words, naming the amounts: for the log and the client
        UInt256 newlyPaid; // accepted: cumulativeAmount − max(bestAccepted, claimed)
        bool accepted() const { return refusal == Refusal::None; }
    };

    // `closeMarginSeconds`: a voucher is refused once the channel's close time is that near (or
    // past): the provider must still get its claim mined before the window ends.
    static Verdict check(const Eip712Domain& domain, const Channel& channel, const Voucher& voucher,
                         Timestamp now, qint64 closeMarginSeconds);
};

} // namespace salesdesk
