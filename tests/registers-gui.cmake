# Register queries in the GUI (issue 7): the register extract of a case, the query dialog, the
# bulk window and the jobs view.

workroom_add_test(NAME tst_registerextract LABEL unit
    SOURCES unit/casework/tst_registerextract.cpp LIBRARIES workroom_casework workroom_pdf)
workroom_add_test(NAME tst_registerquerydialog LABEL gui
    SOURCES gui/tst_registerquerydialog.cpp
    LIBRARIES workroom_widgets workroom_appsupport workroom_registertestserver)
workroom_add_test(NAME tst_bulkquerywindow LABEL gui
    SOURCES gui/tst_bulkquerywindow.cpp
    LIBRARIES workroom_widgets workroom_appsupport workroom_registertestserver)
