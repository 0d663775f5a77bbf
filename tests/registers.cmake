# Register services (core/registers): the register test server, unit and integration tests.

# The register service of docs/register-api.md over a synthetic population, on 127.0.0.1;
# linked by the client, CLI and GUI tests and by the benchmark.
add_library(workroom_registertestserver STATIC
    support/RegisterTestServer.cpp
    support/RegisterTestServer.h)
target_include_directories(workroom_registertestserver PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(workroom_registertestserver
    PUBLIC workroom_registers Qt6::Core Qt6::Network Qt6::HttpServer)
workroom_set_target_options(workroom_registertestserver)

workroom_add_test(NAME tst_colognephonetics LABEL unit
    SOURCES unit/registers/tst_colognephonetics.cpp LIBRARIES workroom_registers)
workroom_add_test(NAME tst_registermatcher LABEL unit
    SOURCES unit/registers/tst_registermatcher.cpp LIBRARIES workroom_registers)
workroom_add_test(NAME tst_registerclient LABEL integration
    SOURCES integration/registers/tst_registerclient.cpp
    LIBRARIES workroom_registers workroom_registertestserver)
workroom_add_test(NAME tst_bulkcsv LABEL unit
    SOURCES unit/registers/tst_bulkcsv.cpp LIBRARIES workroom_registers)
workroom_add_test(NAME tst_querylog LABEL integration
    SOURCES integration/registers/tst_querylog.cpp
    LIBRARIES workroom_registers workroom_registertestserver workroom_storage)
workroom_add_test(NAME tst_registercli LABEL integration
    SOURCES integration/registers/tst_registercli.cpp
    LIBRARIES workroom_registers workroom_registertestserver workroom_storage)
target_compile_definitions(tst_registercli PRIVATE WORKROOMCTL_PATH="$<TARGET_FILE:workroomctl>")
add_dependencies(tst_registercli workroomctl)
workroom_add_test(NAME tst_registersettings LABEL unit
    SOURCES unit/registers/tst_registersettings.cpp LIBRARIES workroom_appsupport)
workroom_add_test(NAME tst_registercredentialstore LABEL integration
    SOURCES integration/registers/tst_registercredentialstore.cpp LIBRARIES workroom_registers)
