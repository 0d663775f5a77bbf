# Warnings, sanitizers and Qt hygiene flags shared by every target (workroom_set_target_options).

add_library(workroom_compile_options INTERFACE)
target_compile_options(workroom_compile_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-align -Wformat=2 -Wimplicit-fallthrough -Wmisleading-indentation)
if(WORKROOM_WARNINGS_AS_ERRORS)
    target_compile_options(workroom_compile_options INTERFACE -Werror)
endif()
target_compile_definitions(workroom_compile_options INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060800)

if(WORKROOM_SANITIZE)
    target_compile_options(workroom_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(workroom_compile_options INTERFACE -fsanitize=address,undefined)
endif()

# Applies the project's options to a target of its own.
function(workroom_set_target_options target)
    target_link_libraries(${target} PRIVATE workroom_compile_options)
endfunction()
