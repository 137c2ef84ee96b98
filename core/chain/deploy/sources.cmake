set(FOLDER_SOURCES
    ContractArtifact.h ContractArtifact.cpp
    ChainDeployment.h ChainDeployment.cpp
    MarketplaceDeployer.h MarketplaceDeployer.cpp
)
