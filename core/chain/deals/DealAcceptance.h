#pragma once

#include "core/chain/crypto/Eip712Domain.h"
#include "core/chain/crypto/Signature.h"
#include "core/chain/deals/DealAsk.h"
#include "core/chain/deals/DealProposal.h"
#include "core/clock/Clock.h"
#include "core/domain/UInt256.h"

#include <QString>

#include <optional>

namespace salesdesk {

// The checks a provider runs on a signed deal proposal before it takes the data: those the
// contract runs at publication (so that an accepted deal can be published), those a Filecoin
// provider runs against its ask, and the provider's own rules. The first failing check is the
// verdict, named and explained in plain words for the client and the log.
class DealAcceptance {
public:
    enum class Refusal {
        None,
        NotAccepting,          // rules.acceptDeals is off
        ClientDenied,          // on the deny list
        ClientNotAllowed,      // an allow list is set and the client is not on it
        WrongProvider,         // proposal.provider is not this provider
        MalformedSignature,    // r or s not 32 bytes, or no key recovers from it
        HighS,                 // the malleable twin of a signature
        WrongSigner,           // not signed by proposal.client (or for another chain or contract)
        SizeOutOfBounds,       // size 0, below ask.minSize or above ask.maxSize
        WrongChunkCount,       // chunkCount ≠ ceil(size / 65536)
        StartTooSoon,          // start passed, or less than ask.minStartLead ahead
        StartTooLate,          // more than ask.maxStartLead ahead
        DurationOutOfBounds,   // end ≤ start, or end − start outside the ask's bounds
        EndTooFar,             // end past 2^40 − 1 (the contract keeps 40-bit times)
        AmountTooLarge,        // pricePerSecond or providerCollateral at or above 2^128
        PriceBelowAsk,         // pricePerSecond < ask.pricePerBytePerSecond × size
        CollateralOutOfBounds, // outside [min, max] collateral per byte × size
        AskExpired,            // ask.validUntil passed
        ClientFundsShort,      // the client's free escrow is below the payment
        ProviderFundsShort,    // the provider's free escrow is below the collateral
        TooManyTransfers,      // the client already has rules.maxTransfersPerClient receiving
        NoStorage,             // no availability has room for it
        AlreadyKnown,          // a deal with this id exists
    };

    // What the provider knows at the time of the check.
    struct Context {
        Eip712Domain domain; // DealProposal::domain(chain id, DirectDeals contract)
        Address provider;    // this provider's account
        Timestamp now = 0;   // the chain's time (latest block)
        // The client's and the provider's free balances in the contract; nullopt when not known
        // at the time (the endpoint reads them on chain after acceptance, DealRunner, and the
        // contract checks them again at publication): those checks are then not run.
        std::optional<UInt256> clientEscrow;
        std::optional<UInt256> providerEscrow;
        int clientTransfers = 0;      // the client's deals still receiving data
        bool storageAvailable = true; // an availability can take the size until the end
        bool known = false;           // a deal with this id is already in the books
    };

    struct Verdict {
        Refusal refusal = Refusal::None;
        QString reason; // empty when accepted
        bool accepted() const { return refusal == Refusal::None; }
    };

    static Verdict check(const DealProposal& proposal, const Signature& clientSignature,
                         const DealAsk& ask, const DealRules& rules, const Context& context);
    // "not-accepting", "client-denied", … : a stable name for the HTTP answer and the tests.
    static QString refusalName(Refusal refusal);
};

} // namespace salesdesk
