#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The .deb as a user gets it: build it with CPack into a temporary folder, check its control
# fields, unpack it into a temporary root and run both programs' --version from there (their
# libraries are the system's, as the package's Depends say), and validate the desktop entry
# and the AppStream metainfo it installs.
#
#   tst_package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build_dir=$1
source_dir=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/syncline-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

for tool in cpack dpkg-deb desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || fail "$tool is missing: scripts/install-deps.sh test"
done

cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(find "$work/out" -maxdepth 1 -name 'syncline_*.deb' | head -n 1)
[ -n "$deb" ] || fail "cpack made no syncline_*.deb (see above)"
echo "built $(basename "$deb")"

control=$(dpkg-deb -f "$deb")
echo "$control"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6sql6-psql \
    libqt6svg6 libpq5 libxxhash0; do
    grep -Eq "(^|[ ,])$library([ ,(]|$)" <<<"$depends" || fail "Depends lacks $library: $depends"
done
grep -q '^Package: syncline$' <<<"$control" || fail "package name is not syncline"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for file in usr/bin/syncline usr/bin/synclinectl \
    usr/share/applications/syncline.desktop \
    usr/share/metainfo/io.syncline.Syncline.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/syncline.svg \
    usr/share/icons/hicolor/16x16/apps/syncline.png \
    usr/share/icons/hicolor/256x256/apps/syncline.png \
    lib/systemd/system/synclinectl-daemon.service; do
    [ -e "$root/$file" ] || fail "the package does not install /$file"
done

# No display: --version must be answered before the console needs one.
version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/syncline" --version)
echo "$version"
grep -Eq '^syncline [0-9]+\.[0-9]+\.[0-9]+$' <<<"$version" || fail "syncline --version said '$version'"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$root/usr/bin/syncline" --help \
    | grep -q -- '--workspace' || fail "syncline --help does not work without a display"
ctl_version=$("$root/usr/bin/synclinectl" --version)
echo "$ctl_version"
grep -Eq '^synclinectl [0-9]+\.[0-9]+\.[0-9]+$' <<<"$ctl_version" \
    || fail "synclinectl --version said '$ctl_version'"
[ "${version#syncline }" = "${ctl_version#synclinectl }" ] || fail "the two versions differ"
dpkg-deb -f "$deb" Version | grep -qx "${version#syncline }" || fail "package version differs"

desktop-file-validate "$root/usr/share/applications/syncline.desktop" \
    || fail "desktop-file-validate rejects syncline.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/io.syncline.Syncline.metainfo.xml" \
    || fail "appstreamcli rejects the metainfo"
echo "PASS"
