# Tests of the helpers that the clean-up of repeated code introduced.
workroom_add_test(NAME tst_noticeparts LABEL unit
    SOURCES unit/notices/tst_noticeparts.cpp LIBRARIES workroom_notices)
