# The PDF viewer (issue 4): core/pdf documents, rendering and cache; widgets/pdf.
workroom_add_test(NAME tst_pdfdocument LABEL unit
    SOURCES unit/pdf/tst_pdfdocument.cpp support/PdfCorpus.h
    LIBRARIES workroom_pdf Qt6::Concurrent)
workroom_add_test(NAME tst_pdfview LABEL gui
    SOURCES gui/tst_pdfview.cpp support/PdfCorpus.h
    LIBRARIES workroom_widgets Qt6::PrintSupport)
workroom_add_test(NAME tst_pdfformfill LABEL gui
    SOURCES gui/tst_pdfformfill.cpp support/PdfCorpus.h LIBRARIES workroom_widgets)
workroom_add_test(NAME tst_pdfviewerintegration LABEL gui
    SOURCES gui/tst_pdfviewerintegration.cpp support/PdfCorpus.h
    LIBRARIES workroom_widgets workroom_casework)
