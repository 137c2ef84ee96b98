set(FOLDER_SOURCES
    Scenario.h
    ScenarioParser.h ScenarioParser.cpp
    ScenarioEventReader.h ScenarioEventReader.cpp
    JsonFields.h JsonFields.cpp
    JsonDuplicateKeys.h JsonDuplicateKeys.cpp
    OrderedJson.h OrderedJson.cpp
    ScenarioReport.h ScenarioReport.cpp
    InvariantChecker.h InvariantChecker.cpp
    BooksCheck.h BooksCheck.cpp
    ScenarioRunner.h ScenarioRunner.cpp ScenarioRunnerEvents.cpp
)
