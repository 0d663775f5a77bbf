# DMS (WebDAV client, sync): unit tests, and integration tests against a real Apache httpd.

# A throw-away Apache WebDAV server and a TCP fault proxy for the integration tests.
add_library(workroom_davtestserver STATIC
    support/ApacheDavServer.cpp
    support/ApacheDavServer.h
    support/FaultProxy.cpp
    support/FaultProxy.h)
target_include_directories(workroom_davtestserver PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/support)
target_link_libraries(workroom_davtestserver PUBLIC Qt6::Core Qt6::Network)
workroom_set_target_options(workroom_davtestserver)

workroom_add_test(NAME tst_davpath LABEL unit
    SOURCES unit/dms/tst_davpath.cpp LIBRARIES workroom_dms)
workroom_add_test(NAME tst_multistatusparser LABEL unit
    SOURCES unit/dms/tst_multistatusparser.cpp LIBRARIES workroom_dms)
workroom_add_test(NAME tst_webdavclient LABEL integration
    SOURCES integration/dms/tst_webdavclient.cpp LIBRARIES workroom_dms workroom_davtestserver)
workroom_add_test(NAME tst_davcapabilities LABEL integration
    SOURCES integration/dms/tst_davcapabilities.cpp LIBRARIES workroom_dms workroom_davtestserver)
workroom_add_test(NAME tst_syncjournal LABEL unit
    SOURCES unit/dms/tst_syncjournal.cpp LIBRARIES workroom_dms)

# Killed with SIGKILL by tst_syncengine in the middle of an upload.
qt_add_executable(dms_upload_helper integration/dms/dms_upload_helper.cpp)
target_link_libraries(dms_upload_helper PRIVATE workroom_dms)
workroom_set_target_options(dms_upload_helper)
workroom_add_test(NAME tst_syncengine LABEL integration
    SOURCES integration/dms/tst_syncengine.cpp LIBRARIES workroom_dms workroom_davtestserver)
target_compile_definitions(tst_syncengine PRIVATE
    DMS_UPLOAD_HELPER="$<TARGET_FILE:dms_upload_helper>")
add_dependencies(tst_syncengine dms_upload_helper)
workroom_add_test(NAME tst_workroomcontent LABEL unit
    SOURCES unit/dms/tst_workroomcontent.cpp LIBRARIES workroom_dms workroom_storage)
# Starts its own session bus and Secret Service keyring (gnome-keyring-daemon) in a temporary HOME.
workroom_add_test(NAME tst_dmscredentialstore LABEL integration
    SOURCES integration/dms/tst_dmscredentialstore.cpp LIBRARIES workroom_dms)
