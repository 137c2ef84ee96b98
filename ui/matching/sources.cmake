set(FOLDER_SOURCES
    AvailabilityVerdictsModel.h AvailabilityVerdictsModel.cpp
    MatchingPage.h MatchingPage.cpp
    MatchingRequestsModel.h MatchingRequestsModel.cpp
    MatchReasonText.h MatchReasonText.cpp
    SeenRequest.h
)
