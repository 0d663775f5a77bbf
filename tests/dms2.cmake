# DMS sync, second part: the case.json merge, downloads, two clients, workroomctl dms.
workroom_add_test(NAME tst_casemetadatamerge LABEL unit
    SOURCES unit/dms2/tst_casemetadatamerge.cpp LIBRARIES workroom_dms)
# Two profiles linked to one collection on a real Apache: create, merge, conflict.
workroom_add_test(NAME tst_twoclients LABEL integration
    SOURCES integration/dms2/tst_twoclients.cpp
    LIBRARIES workroom_dms workroom_casework workroom_davtestserver)
# workroomctl dms link / sync / status against Apache over HTTPS.
workroom_add_test(NAME tst_dmsctl LABEL integration
    SOURCES integration/dms2/tst_dmsctl.cpp
    LIBRARIES workroom_dms workroom_casework workroom_davtestserver)
target_compile_definitions(tst_dmsctl PRIVATE WORKROOMCTL_PATH="$<TARGET_FILE:workroomctl>")
add_dependencies(tst_dmsctl workroomctl)
workroom_add_test(NAME tst_syncjournalcases LABEL unit
    SOURCES unit/dms2/tst_syncjournalcases.cpp LIBRARIES workroom_dms)
