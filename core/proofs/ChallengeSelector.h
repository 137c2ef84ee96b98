#pragma once

#include "core/domain/FixedBytes.h"

#include <QtGlobal>

#include <vector>

namespace salesdesk::proofs {

// Which blocks of a slot a challenge asks for. Deterministic, so the prover and the verifier
// agree without talking:
//
//   draw_i  = first 8 bytes, big-endian, of SHA-256(challenge || uint64_be(i)),  i = 0, 1, …
//   index_i = draw_i mod blockCount, moved forward (mod blockCount) to the next block not chosen
//             yet, so the k blocks are distinct.
//
// k = min(kBlocksPerChallenge, blockCount). Three distinct blocks per proof: a host that lost a
// fraction f of its slot fails one proof with probability 1 - (1 - f)^3 (27 % for f = 10 %), and
// proofs are asked for again and again over a slot's life, so a lasting loss is caught within a
// few periods; more blocks would cost more disk reads per proof without changing that picture.
// Duplicates are avoided because a repeated block proves nothing new.
class ChallengeSelector {
public:
    static constexpr quint64 kBlocksPerChallenge = 3;

    static quint64 blocksPerChallenge(quint64 blockCount);
    // The challenged block indices in challenge order (not sorted). Empty when blockCount is 0.
    static std::vector<quint64> select(const Hash32& challenge, quint64 blockCount);
    // draw_i above.
    static quint64 draw(const Hash32& challenge, quint64 i);
};

} // namespace salesdesk::proofs
