#include "core/proofs/ChallengeSelector.h"

#include "core/proofs/Sha256.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstdint>

namespace salesdesk::proofs {

quint64 ChallengeSelector::blocksPerChallenge(quint64 blockCount) {
    return std::min(kBlocksPerChallenge, blockCount);
}

quint64 ChallengeSelector::draw(const Hash32& challenge, quint64 i) {
    std::array<std::uint8_t, 40> input{};
    std::copy(challenge.bytes().begin(), challenge.bytes().end(), input.begin());
    qToBigEndian<quint64>(i, input.data() + 32);
    const Hash32 digest = Sha256::hash(input.data(), input.size());
    return qFromBigEndian<quint64>(digest.bytes().data());
}

std::vector<quint64> ChallengeSelector::select(const Hash32& challenge, quint64 blockCount) {
    const quint64 k = blocksPerChallenge(blockCount);
    std::vector<quint64> chosen;
    chosen.reserve(k);
    for (quint64 i = 0; i < k; ++i) {
        quint64 index = draw(challenge, i) % blockCount;
        // k <= blockCount, so a free block is always found within k steps.
        while (std::find(chosen.begin(), chosen.end(), index) != chosen.end())
            index = (index + 1) % blockCount;
        chosen.push_back(index);
    }
    return chosen;
}

} // namespace salesdesk::proofs
