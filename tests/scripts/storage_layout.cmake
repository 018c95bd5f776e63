# Checks two rules of core/storage's layout that a compiler cannot (issue 14, part 2), by reading the sources:
# - SQL that differs between database engines is written in sqldialect.cpp only. The SQLite file's own management
#   (database.cpp: opening, pragmas, migrations; backups.cpp: the backup API; preparedstatement.cpp: the sqlite3
#   accelerator) is SQLite's by nature and exempt, as is teamserver.cpp, the PostgreSQL server's own setup.
# - Every write to a deal's rows (deals, deal_options, assessments, deal_events) is in dealwriter.cpp, the one
#   writer DealRepository, its import sync and MergeService share. database.cpp's migrations are exempt.
# - libpq, past Qt SQL, only where Qt SQL has no such thing: database.cpp (PQcancel() for a cancelled job) and
#   sqlrowreader.cpp (a server's result read in place).
# Usage: cmake -DSOURCE_DIR=<repo> -P storage_layout.cmake
file(GLOB sources "${SOURCE_DIR}/core/storage/*.cpp" "${SOURCE_DIR}/core/storage/*.h")
set(failures "")
# Adds to failures each line of @p lines (of file @p name) that matches @p pattern, saying @p what it is.
function(check_lines name lines pattern what)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        if(line MATCHES "${pattern}")
            string(APPEND failures "${name}:${number}: ${what}: ${line}\n")
        endif()
    endforeach()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()
foreach(source IN LISTS sources)
    get_filename_component(name "${source}" NAME)
    file(STRINGS "${source}" lines)
    if(NOT name MATCHES "^(database|backups|preparedstatement|sqldialect|teamserver)\\.(cpp|h)$")
        check_lines("${name}" "${lines}"
                    "PRAGMA|sqlite_schema|sqlite_master|excluded\\.|ON CONFLICT|WITH RECURSIVE|IFNULL|substr\\(|sqlite3_"
                    "engine-specific SQL outside sqldialect.cpp")
    endif()
    if(NOT name MATCHES "^(database|sqlrowreader)\\.cpp$")
        check_lines("${name}" "${lines}" "libpq-fe\\.h|[^A-Za-z_]PQ[a-z]+[A-Za-z]*\\("
                    "libpq outside database.cpp and sqlrowreader.cpp")
    endif()
    if(NOT name MATCHES "^(database|dealwriter)\\.cpp$")
        file(READ "${source}" text)
        # A statement, up to its end, that writes one of the deal tables.
        string(REGEX MATCHALL "\"(INSERT INTO|UPDATE|DELETE FROM) %1[^;]*arg\\(Schema::(Deals|Options|Assessments|Events)[,)]"
               writes "${text}")
        foreach(write IN LISTS writes)
            string(SUBSTRING "${write}" 0 60 start)
            string(APPEND failures "${name}: writes a deal table outside dealwriter.cpp: ${start}...\n")
        endforeach()
    endif()
endforeach()
list(LENGTH sources count)
if(count LESS 10)
    message(FATAL_ERROR "Found only ${count} files in ${SOURCE_DIR}/core/storage: wrong SOURCE_DIR?")
endif()
if(failures)
    message(FATAL_ERROR "${failures}")
endif()
message(STATUS "core/storage: ${count} files; engine-specific SQL only in sqldialect.cpp, deal writes only in dealwriter.cpp, libpq only in database.cpp and sqlrowreader.cpp")
