# Finds every external dependency; a missing one stops configure with the Debian package to install.

# A macro, not a function: the package's variables (such as its version) must reach the caller.
macro(workroom_require_package name debian_package)
    find_package(${name} ${ARGN} QUIET)
    if(NOT ${name}_FOUND)
        message(FATAL_ERROR
            "${name} was not found. Install the Debian package '${debian_package}' "
            "(all packages: tools/packages.txt; tools/dev installs them).")
    endif()
endmacro()

set(_workroom_qt_components
    Core:qt6-base-dev
    Gui:qt6-base-dev
    Widgets:qt6-base-dev
    Sql:qt6-base-dev
    Network:qt6-base-dev
    Concurrent:qt6-base-dev
    PrintSupport:qt6-base-dev
    WebEngineWidgets:qt6-webengine-dev
    Test:qt6-base-dev
    LinguistTools:qt6-tools-dev
    HttpServer:qt6-httpserver-dev)

set(_workroom_qt_names "")
foreach(entry IN LISTS _workroom_qt_components)
    string(REPLACE ":" ";" parts "${entry}")
    list(GET parts 0 component)
    list(GET parts 1 debian_package)
    find_package(Qt6 6.8 COMPONENTS ${component} QUIET)
    if(NOT Qt6${component}_FOUND)
        message(FATAL_ERROR
            "Qt 6.8 module ${component} was not found. Install the Debian package "
            "'${debian_package}' (all packages: tools/packages.txt; tools/dev installs them).")
    endif()
    list(APPEND _workroom_qt_names ${component})
endforeach()
find_package(Qt6 6.8 REQUIRED COMPONENTS ${_workroom_qt_names})

workroom_require_package(Qca-qt6 libqca-qt6-dev)
workroom_require_package(Qt6Keychain qtkeychain-qt6-dev)

find_package(PkgConfig QUIET)
if(NOT PkgConfig_FOUND)
    message(FATAL_ERROR "pkg-config was not found. Install the Debian package 'pkg-config'.")
endif()
# poppler-qt6 ships no CMake package configuration, only a pkg-config file.
pkg_check_modules(Poppler QUIET IMPORTED_TARGET poppler-qt6>=24.0)
if(NOT Poppler_FOUND)
    message(FATAL_ERROR "poppler-qt6 was not found. Install the Debian package 'libpoppler-qt6-dev'.")
endif()
