set(FOLDER_SOURCES
    Scenario.h
    ScenarioParser.h ScenarioParser.cpp
    ScenarioEventReader.h ScenarioEventReader.cpp
    JsonFields.h JsonFields.cpp
    JsonDuplicateKeys.h JsonDuplicateKeys.cpp
)
