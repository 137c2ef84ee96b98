set(FOLDER_SOURCES
    Sha256.h Sha256.cpp
    SlotBlocks.h
    MerkleTree.h MerkleTree.cpp
    TreeCache.h TreeCache.cpp
    ChallengeSelector.h ChallengeSelector.cpp
    ProofVerifier.h ProofVerifier.cpp
    HashingPool.h HashingPool.cpp
    ParallelChunks.h ParallelChunks.cpp
    ProofBuilder.h ProofBuilder.cpp
    SlotFileReader.h SlotFileReader.cpp
    SlotDataGenerator.h SlotDataGenerator.cpp
    SlotDataSource.h
    Prover.h Prover.cpp
)
