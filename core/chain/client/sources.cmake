# A storage client on a chain: generated datasets and the HTTP server hosts download them from
# (salesdesk-cli client, and the local test chain's demo clients).
set(FOLDER_SOURCES
    ByteRange.h ByteRange.cpp
    GeneratedDataset.h GeneratedDataset.cpp
    DatasetDevice.h DatasetDevice.cpp
    DatasetServer.h DatasetServer.cpp
    LowDelayTcpServer.h LowDelayTcpServer.cpp
    HttpAnswers.h HttpAnswers.cpp
    RequestAdmission.h RequestAdmission.cpp
    JsonArrayFile.h JsonArrayFile.cpp
    ClientRequestFile.h ClientRequestFile.cpp
    ClientChannelFile.h ClientChannelFile.cpp
    ChainDemoClients.h ChainDemoClients.cpp
)
