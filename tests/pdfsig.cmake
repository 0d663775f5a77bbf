# Signatures embedded in PDFs, revocation lists from URLs (issue 5, items 3 and 4).
workroom_add_test(NAME tst_embeddedsignatures LABEL unit
    SOURCES unit/signing/tst_embeddedsignatures.cpp unit/signing/TestPki.h
    LIBRARIES workroom_signing workroom_pdf)
target_compile_definitions(tst_embeddedsignatures PRIVATE
    WORKROOM_TEST_PKI_SCRIPT="${PROJECT_SOURCE_DIR}/tests/signing-pki/make-test-pki.sh")

workroom_add_test(NAME tst_crlfetcher LABEL unit
    SOURCES unit/signing/tst_crlfetcher.cpp unit/signing/TestPki.h
    LIBRARIES workroom_signing Qt6::HttpServer)
target_compile_definitions(tst_crlfetcher PRIVATE
    WORKROOM_TEST_PKI_SCRIPT="${PROJECT_SOURCE_DIR}/tests/signing-pki/make-test-pki.sh")

# workroomctl verify FILE.pdf and --crl-url, driven as a process.
workroom_add_test(NAME tst_pdfsigcommands LABEL integration
    SOURCES integration/tst_pdfsigcommands.cpp unit/signing/TestPki.h
    LIBRARIES workroom_signing Qt6::HttpServer)
target_include_directories(tst_pdfsigcommands PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/signing)
target_compile_definitions(tst_pdfsigcommands PRIVATE
    WORKROOMCTL_PATH="$<TARGET_FILE:workroomctl>"
    WORKROOM_TEST_PKI_SCRIPT="${PROJECT_SOURCE_DIR}/tests/signing-pki/make-test-pki.sh")
add_dependencies(tst_pdfsigcommands workroomctl)
