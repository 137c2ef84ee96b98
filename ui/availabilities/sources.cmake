set(FOLDER_SOURCES
    OfferUnits.h OfferUnits.cpp
    OfferCheck.h OfferCheck.cpp
    AvailabilityTableModel.h AvailabilityTableModel.cpp
    ReservationTableModel.h ReservationTableModel.cpp
    AvailabilityForm.h AvailabilityForm.cpp
    AvailabilitiesPage.h AvailabilitiesPage.cpp)
