# The DMS sync in the desktop client (issue 6, points 3–5): the controller and its worker
# thread, the status bar, the activity list, the conflict dialog and the link dialog, against a
# real Apache (tests/support/ApacheDavServer.h).
workroom_add_test(NAME tst_synccontroller LABEL gui
    SOURCES gui/dms/tst_synccontroller.cpp gui/dms/SyncTestSupport.h
    LIBRARIES workroom_widgets workroom_davtestserver)
workroom_add_test(NAME tst_syncdialogs LABEL gui
    SOURCES gui/dms/tst_syncdialogs.cpp gui/dms/SyncTestSupport.h
    LIBRARIES workroom_widgets workroom_davtestserver)
