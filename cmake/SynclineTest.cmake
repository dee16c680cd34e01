# SPDX-License-Identifier: GPL-3.0-or-later
# syncline_add_test(NAME tst_x SOURCES a.cpp ... LIBS lib ... LABELS unit|pg|gui|slow)
# Every test runs with the offscreen platform so GUI tests need no display.
function(syncline_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test syncline_common ${ARG_LIBS})
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SYNCLINE_BINARY_DIR=${PROJECT_BINARY_DIR};SYNCLINE_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
