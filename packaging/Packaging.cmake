# CPack: `make package` (or `cpack` in the build folder) writes to <build>/packages
#   - a .deb for Debian 12: Depends computed from the binaries by dpkg-shlibdeps (needs dpkg-dev
#     and file), plus the plugins loaded at run time, which dpkg-shlibdeps cannot see;
#   - an .rpm (rpmbuild from Debian's `rpm` package; Requires found by rpmbuild's own scan);
#   - a .tar.gz of the installed tree (bin/, share/).
# None of them has maintainer scripts: dpkg's and rpm's triggers refresh the icon cache, the
# desktop database and the man page index.
# scripts/check-package.sh builds them and checks them (lintian, appstreamcli,
# desktop-file-validate, the binaries run from an extracted tree).

# Files every package carries in /usr/share/doc/salesdesk: the copyright and the change log
# (compressed without a time stamp, as Debian policy asks).
set(salesdesk_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/salesdesk)
set(salesdesk_changelog_gz ${CMAKE_BINARY_DIR}/packaging/changelog.gz)
add_custom_command(OUTPUT ${salesdesk_changelog_gz}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND gzip -9 -n -c ${CMAKE_CURRENT_LIST_DIR}/debian/changelog > ${salesdesk_changelog_gz}
    DEPENDS ${CMAKE_CURRENT_LIST_DIR}/debian/changelog
    COMMENT "Compressing the package change log"
    VERBATIM)
add_custom_target(salesdesk_package_changelog ALL DEPENDS ${salesdesk_changelog_gz})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/debian/copyright ${salesdesk_changelog_gz}
    DESTINATION ${salesdesk_doc_dir})

set(CPACK_PACKAGE_NAME "salesdesk")
set(CPACK_PACKAGE_VENDOR "Sales Desk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Sales Desk is a desktop application for storage providers who want to sell
disk space on the Codex storage marketplace. You say how much storage to offer,
for how long, at what minimum price and with how much collateral, and Sales
Desk runs the host side of the sales: it reserves space for storage requests,
downloads and proves slot data, fills slots and collects payouts. Everything
is kept in a local SQLite database, so no bytes or collateral are lost across
restarts.
.
This package holds the desktop application (salesdesk) and its headless front
end (salesdesk-cli), which run against an embedded simulated marketplace.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_GENERATOR "TGZ;DEB;RPM")
set(CPACK_STRIP_FILES ON)
# The project has no mail address of its own yet; .invalid makes that plain (RFC 2606).
set(CPACK_PACKAGE_CONTACT "Sales Desk maintainers <maintainers@salesdesk.invalid>")

# Debian
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded as plugins, so dpkg-shlibdeps cannot see them: the SQLite driver of Qt SQL.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own translations of its standard dialogs, loaded with ours when installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The permissions Debian expects on directories (0755) whatever the builder's umask.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM (built on Debian with rpmbuild; not tried on an RPM distribution)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
# The Debian description separates paragraphs with "."; RPM with an empty line.
string(REPLACE "\n.\n" "\n\n" CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
# The standard directories belong to the filesystem package, not to us.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/doc)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)

include(CPack)
