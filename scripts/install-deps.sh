#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Install the Debian 12 packages Syncline needs, but only the missing ones.
#
#   scripts/install-deps.sh [run|package|test|bench]
#
#   run    build and run the console and synclinectl (default)
#   package  run + what `make package` needs (dpkg-dev, file)
#   test   run + a PostgreSQL 15 server for the tests, python3 (+aiosmtpd), an en_US.UTF-8
#          locale and the packaging validators
#   bench  test + pgloader, sqlite3-tools (sqldiff) and GNU time
#
# A machine that already has everything makes no apt call at all and prints nothing.
set -euo pipefail

usage() {
    echo "usage: $0 [run|package|test|bench]" >&2
    exit 2
}

[ $# -le 1 ] || usage
set_name=${1:-run}

run_packages=(
    build-essential cmake ninja-build ccache pkg-config
    qt6-base-dev qt6-charts-dev qt6-declarative-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt6Charts' CMake package needs Qt6OpenGL; qt6-base-dev only recommends it.
    libqt6opengl6-dev
    libqt6sql6-sqlite libqt6sql6-psql
    # The offscreen and xcb platform plugins live in libqt6gui6 in Debian 12;
    # qt6-qpa-plugins only holds the VNC plugin.
    libqt6gui6 qt6-qpa-plugins
    # SVG icons (icon engine and image format plugins).
    libqt6svg6
    # Qt's own translations (standard buttons and dialogs) for the German and French console.
    qt6-translations-l10n
    libxxhash-dev libpq-dev libsqlite3-dev qtkeychain-qt6-dev libdtl-dev libcurl4-openssl-dev
    libgl-dev
    sqlite3
    # Text in offscreen rendering (tests, screenshots) needs at least one font.
    fonts-dejavu-core
)
# CPack's DEB generator: dpkg-shlibdeps (dpkg-dev) finds the Depends, and it needs `file`.
package_packages=(dpkg-dev file)
# python3-aiosmtpd: the real SMTP server the alert e-mail tests talk to (run with
# /usr/bin/python3); openssl: its throwaway STARTTLS certificate; desktop-file-utils and
# appstream: the package test, which builds the .deb as well.
test_packages=("${package_packages[@]}" postgresql-15 postgresql-client-15 python3
    python3-aiosmtpd openssl locales desktop-file-utils appstream)
bench_packages=(pgloader sqlite3-tools time)

case "$set_name" in
    run) packages=("${run_packages[@]}") ;;
    package) packages=("${run_packages[@]}" "${package_packages[@]}") ;;
    test) packages=("${run_packages[@]}" "${test_packages[@]}") ;;
    bench) packages=("${run_packages[@]}" "${test_packages[@]}" "${bench_packages[@]}") ;;
    *) usage ;;
esac

# Run a command as root: directly when we are root, through sudo otherwise.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "install-deps: need root to run '$*' and sudo is not installed" >&2
        exit 1
    fi
}

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    echo "install-deps: installing ${missing[*]}" >&2
    log=$(mktemp "${TMPDIR:-/tmp}/syncline-install-deps.XXXXXX")
    trap 'rm -f "$log"' EXIT
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get -q update >"$log" 2>&1 ||
        ! as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get -q -y --no-install-recommends install "${missing[@]}" >>"$log" 2>&1; then
        cat "$log" >&2
        echo "install-deps: apt-get failed (output above)" >&2
        exit 1
    fi
fi

# The test PostgreSQL uses en_US.UTF-8 so that its default collation is not bytewise:
# that is what proves the engine's COLLATE "C" ordering. Debian ships only C.UTF-8 by
# default; generate en_US.UTF-8 once.
if [ "$set_name" != run ] && ! locale -a 2>/dev/null | grep -qix 'en_US\.utf-\?8'; then
    echo "install-deps: generating the en_US.UTF-8 locale" >&2
    if [ -f /etc/locale.gen ] && grep -q '^# *en_US\.UTF-8 UTF-8' /etc/locale.gen; then
        as_root sed -i 's/^# *\(en_US\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    elif ! grep -q '^en_US\.UTF-8 UTF-8' /etc/locale.gen 2>/dev/null; then
        echo 'en_US.UTF-8 UTF-8' | as_root tee -a /etc/locale.gen >/dev/null
    fi
    as_root locale-gen >/dev/null
fi
