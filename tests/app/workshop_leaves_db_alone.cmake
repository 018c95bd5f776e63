# `triplewin --workshop` must not open (or create) the deal database: it runs on its sandbox until the trainer
# leaves. Runs the real app offscreen for a few seconds with --db pointing at a file that must not appear.
# Usage: cmake -DAPP=<triplewin> -DDIR=<scratch dir> -P workshop_leaves_db_alone.cmake
file(REMOVE_RECURSE "${DIR}")
file(MAKE_DIRECTORY "${DIR}")
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{XDG_CONFIG_HOME} "${DIR}/config")
set(ENV{XDG_DATA_HOME} "${DIR}/data")
foreach(pack "" "${DIR}/missing-pack.json")
    execute_process(COMMAND "${APP}" --workshop --db "${DIR}/real.sqlite" ${pack}
                    TIMEOUT 4 RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
    if(NOT result MATCHES "timeout")
        message(FATAL_ERROR "triplewin --workshop ${pack} exited instead of staying in workshop mode: ${result}")
    endif()
    if(EXISTS "${DIR}/real.sqlite" OR EXISTS "${DIR}/data/Triplewin")
        message(FATAL_ERROR "triplewin --workshop ${pack} created the deal database")
    endif()
endforeach()
message(STATUS "workshop mode left the deal database alone (not created, not opened)")
