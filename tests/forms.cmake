# PDF forms: filling and saving AcroForms, the sample forms, form mappings and the CLI.
workroom_add_test(NAME tst_pdfform LABEL unit
    SOURCES unit/pdf/tst_pdfform.cpp LIBRARIES workroom_pdf workroom_casework Qt6::Gui)
target_compile_definitions(tst_pdfform PRIVATE
    WORKROOM_FORMS_DIR="${PROJECT_SOURCE_DIR}/data/forms")
workroom_add_test(NAME tst_formservice LABEL unit
    SOURCES unit/casework/tst_formservice.cpp LIBRARIES workroom_casework)
target_compile_definitions(tst_formservice PRIVATE
    WORKROOM_FORMS_DIR="${PROJECT_SOURCE_DIR}/data/forms")
workroom_add_test(NAME tst_formctl LABEL integration
    SOURCES integration/tst_formctl.cpp LIBRARIES)
target_compile_definitions(tst_formctl PRIVATE
    WORKROOMCTL_PATH="$<TARGET_FILE:workroomctl>"
    WORKROOM_FORMS_DIR="${PROJECT_SOURCE_DIR}/data/forms")
add_dependencies(tst_formctl workroomctl)
workroom_add_test(NAME tst_formfieldeditors LABEL gui
    SOURCES gui/tst_formfieldeditors.cpp LIBRARIES workroom_widgets)
target_compile_definitions(tst_formfieldeditors PRIVATE
    WORKROOM_FORMS_DIR="${PROJECT_SOURCE_DIR}/data/forms")
