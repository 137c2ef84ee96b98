set(FOLDER_SOURCES
    StartProgressDialog.h StartProgressDialog.cpp
    StartFailureDialog.h StartFailureDialog.cpp
)
