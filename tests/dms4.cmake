# DMS sync, bad input (issue 6): whole syncs through WorkroomSync against a real Apache, with
# faults injected per item by FaultProxy.
workroom_add_test(NAME tst_syncbadinput LABEL integration
    SOURCES integration/dms4/tst_syncbadinput.cpp
    LIBRARIES workroom_dms workroom_casework workroom_davtestserver)
