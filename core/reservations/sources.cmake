set(FOLDER_SOURCES
    AvailabilityParams.h
    ReservationStore.h ReservationStore.cpp
    Reservations.h Reservations.cpp
    MatchExplainer.h MatchExplainer.cpp
)
