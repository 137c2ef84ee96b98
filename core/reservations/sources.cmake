set(FOLDER_SOURCES
    AvailabilityParams.h
    AvailabilityRules.h AvailabilityRules.cpp
    ReservationStore.h ReservationStore.cpp
    Reservations.h Reservations.cpp
    MatchExplainer.h MatchExplainer.cpp
)
