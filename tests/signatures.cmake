# Signatures of stored document versions (issue 5): the service, the CLI over it, the GUI.
workroom_add_test(NAME tst_signatureservice LABEL unit
    SOURCES unit/casework/tst_signatureservice.cpp unit/signing/TestPki.h
    LIBRARIES workroom_casework)
target_include_directories(tst_signatureservice PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/signing)
target_compile_definitions(tst_signatureservice PRIVATE
    WORKROOM_TEST_PKI_SCRIPT="${PROJECT_SOURCE_DIR}/tests/signing-pki/make-test-pki.sh")

# workroomctl sign/verify of stored versions, driven as a process.
workroom_add_test(NAME tst_storedsignatures LABEL integration
    SOURCES integration/tst_storedsignatures.cpp unit/signing/TestPki.h LIBRARIES)
target_include_directories(tst_storedsignatures PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/signing)
target_link_libraries(tst_storedsignatures PRIVATE workroom_signing)
target_compile_definitions(tst_storedsignatures PRIVATE
    WORKROOMCTL_PATH="$<TARGET_FILE:workroomctl>"
    WORKROOM_TEST_PKI_SCRIPT="${PROJECT_SOURCE_DIR}/tests/signing-pki/make-test-pki.sh")
add_dependencies(tst_storedsignatures workroomctl)

# The signing GUI: identities dialog, sign actions with the passphrase dialog, badges, panel.
workroom_add_test(NAME tst_signaturepanel LABEL gui
    SOURCES gui/tst_signaturepanel.cpp unit/signing/TestPki.h LIBRARIES workroom_widgets)
target_include_directories(tst_signaturepanel PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/unit/signing)
target_compile_definitions(tst_signaturepanel PRIVATE
    WORKROOM_TEST_PKI_SCRIPT="${PROJECT_SOURCE_DIR}/tests/signing-pki/make-test-pki.sh")

# The signature badge of the document list.
workroom_add_test(NAME tst_signaturebadges LABEL unit
    SOURCES unit/models/tst_signaturebadges.cpp LIBRARIES workroom_models)
