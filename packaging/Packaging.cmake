# Minimal CPack set-up: `make package` (or `cpack` in the build folder) writes a .tar.gz and
# a .deb of the installed targets to <build>/packages. The .deb's Depends come from
# dpkg-shlibdeps (needs dpkg-dev and file), plus the plugins that are loaded at run time.
set(CPACK_PACKAGE_NAME "salesdesk")
set(CPACK_PACKAGE_VENDOR "Sales Desk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_GENERATOR "TGZ;DEB")
set(CPACK_STRIP_FILES ON)
# Placeholder until the project has a real maintainer address.
set(CPACK_PACKAGE_CONTACT "Sales Desk maintainers <maintainers@salesdesk.invalid>")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")

include(CPack)
