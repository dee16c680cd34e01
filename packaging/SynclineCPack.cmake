# SPDX-License-Identifier: GPL-3.0-or-later
# `make package`: a Debian package of everything the install rules name.
# Included at the end of the top-level CMakeLists.txt, after every install() rule.
# `make package` builds everything first; CPack (and the package test, which runs after the
# build) then only installs what is built instead of rebuilding every target and test.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME syncline)
set(CPACK_PACKAGE_VENDOR "The Syncline developers")
set(CPACK_PACKAGE_CONTACT "The Syncline developers <syncline@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop sync administration console with an embedded sync engine")
set(CPACK_PACKAGE_DESCRIPTION
    "Syncline connects SQLite and PostgreSQL endpoints, maps their fields visually, runs
one-way and two-way syncs on demand or on a schedule, and records every run, rejected row
and conflict. The package holds the console (syncline), the headless runner and admin
tool (synclinectl) and its systemd service.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://github.com/syncline/syncline")
# The libraries the executables link come from dpkg-shlibdeps (libqt6core6, libqt6widgets6,
# libqt6charts6, libpq5, libxxhash0, libqt6keychain1, ...). It cannot see the plugins Qt
# loads at run time, so those are named here: the SQL drivers and the SVG icon engine (every
# icon is an SVG). adduser: the postinst creates the daemon's user.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6, adduser")
# Qt's own translations: the standard buttons and dialogs in German and French.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")
# Creates the system user the daemon runs as; reloads systemd.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_LIST_DIR}/debian/postinst)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
