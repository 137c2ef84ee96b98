# Warnings for our own targets only: call salesdesk_warnings(<target>).
# The default preset turns SALESDESK_WERROR on, so a warning in our code fails the build.
function(salesdesk_warnings target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(SALESDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
