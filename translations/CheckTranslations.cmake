# cmake -P: fails when the .ts files are out of date with the sources, or unfinished.
#   LUPDATE        the lupdate executable
#   PROJECT_CMAKE  the lupdate project that qt_add_translations generated (sources, include
#                  paths, .ts files)
#   OPTIONS        the lupdate options the build uses
#   WORK_DIR       a scratch folder
# It runs lupdate exactly as `update_translations` does, but on copies of the .ts files, and
# compares them with the committed ones.
foreach(var LUPDATE PROJECT_CMAKE WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckTranslations.cmake: ${var} is not set")
    endif()
endforeach()

include(${PROJECT_CMAKE}) # lupdate_project_file, lupdate_sources, lupdate_include_paths, lupdate_translations

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

set(copies)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name ${ts} NAME)
    file(COPY_FILE ${ts} ${WORK_DIR}/${name})
    list(APPEND copies ${WORK_DIR}/${name})
endforeach()

function(json_array out)
    set(quoted)
    foreach(entry IN LISTS ARGN)
        list(APPEND quoted "\"${entry}\"")
    endforeach()
    list(JOIN quoted ", " joined)
    set(${out} "[ ${joined} ]" PARENT_SCOPE)
endfunction()
set(existing_sources)
foreach(source IN LISTS lupdate_sources)
    if(EXISTS ${source})
        list(APPEND existing_sources ${source})
    endif()
endforeach()
json_array(json_sources ${existing_sources})
json_array(json_includes ${lupdate_include_paths})
json_array(json_translations ${copies})
file(WRITE ${WORK_DIR}/project.json "{
  \"projectFile\": \"${lupdate_project_file}\",
  \"includePaths\": ${json_includes},
  \"sources\": ${json_sources},
  \"translations\": ${json_translations}
}
")

execute_process(COMMAND ${LUPDATE} -project ${WORK_DIR}/project.json ${OPTIONS}
    RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${status}):\n${output}")
endif()

set(problems)
foreach(ts IN LISTS lupdate_translations)
    get_filename_component(name ${ts} NAME)
    file(READ ${ts} committed)
    file(READ ${WORK_DIR}/${name} updated)
    if(NOT committed STREQUAL updated)
        execute_process(COMMAND diff -u ${ts} ${WORK_DIR}/${name} OUTPUT_VARIABLE difference)
        list(APPEND problems "${name} is out of date with the sources; run "
            "`cmake --build build/default --target update_translations` and translate:\n${difference}")
    endif()
    string(REGEX MATCHALL "<translation type=\"unfinished\"" unfinished "${updated}")
    list(LENGTH unfinished count)
    if(count GREATER 0)
        list(APPEND problems "${name} has ${count} unfinished entries "
            "(<translation type=\"unfinished\">): translate them with linguist or an editor\n")
    endif()
endforeach()

if(problems)
    list(JOIN problems "\n" report)
    message(FATAL_ERROR "${report}")
endif()
list(LENGTH lupdate_translations count)
message(STATUS "${count} translation files are up to date and finished")
