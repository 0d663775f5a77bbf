# DMS sync: the per-client audit segments (docs/dms-layout.md, "Audit segments").
workroom_add_test(NAME tst_remoteauditlog LABEL unit
    SOURCES unit/storage/tst_remoteauditlog.cpp LIBRARIES workroom_storage)
# Three and four profiles linked to one collection on a real Apache: upload, import, crash
# between PUT and mark, a tampered segment, 12,000 entries.
workroom_add_test(NAME tst_auditsegments LABEL integration
    SOURCES integration/dms-audit/tst_auditsegments.cpp
    LIBRARIES workroom_dms workroom_casework workroom_models workroom_davtestserver)
# The History tab's model with entries of other computers.
workroom_add_test(NAME tst_remotehistorymodel LABEL unit
    SOURCES integration/dms-audit/tst_remotehistorymodel.cpp LIBRARIES workroom_models)
