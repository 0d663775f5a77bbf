# DMS sync, third part: WorkroomSync as a whole against a real Apache (workroom.json, skipping
# unchanged cases by their ETags, conflict resolution, the activity list, cancelling).
workroom_add_test(NAME tst_workroomsync LABEL integration
    SOURCES integration/dms3/tst_workroomsync.cpp
    LIBRARIES workroom_dms workroom_casework workroom_davtestserver)
# workroomctl dms status (activity) and dms resolve.
workroom_add_test(NAME tst_dmsctlresolve LABEL integration
    SOURCES integration/dms3/tst_dmsctlresolve.cpp
    LIBRARIES workroom_dms workroom_casework workroom_davtestserver)
target_compile_definitions(tst_dmsctlresolve PRIVATE WORKROOMCTL_PATH="$<TARGET_FILE:workroomctl>")
add_dependencies(tst_dmsctlresolve workroomctl)
# The journal's third schema version (activity, local state, resolutions) and its upgrade.
workroom_add_test(NAME tst_syncjournalv3 LABEL unit
    SOURCES integration/dms3/tst_syncjournalv3.cpp LIBRARIES workroom_dms)
