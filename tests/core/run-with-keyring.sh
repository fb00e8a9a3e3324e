#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session bus with an unlocked gnome-keyring (Secret
# Service), in a throw-away XDG_DATA_HOME / XDG_RUNTIME_DIR / HOME (DESIGN.md §3).
# Exit 77 (ctest: skipped) when dbus-run-session or gnome-keyring-daemon is not installed.
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (apt-get install dbus gnome-keyring libsecret-1-0)" >&2
        exit 77
    fi
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hvbench-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -m 700 "$tmp/run" "$tmp/data" "$tmp/config" "$tmp/home" "$tmp/cache"
export XDG_RUNTIME_DIR="$tmp/run" XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" \
       XDG_CACHE_HOME="$tmp/cache" HOME="$tmp/home"
export HVBENCH_KEYRING=1 HVBENCH_KEYRING_DIR="$tmp"
unset GNOME_KEYRING_CONTROL
dbus-run-session -- sh -c '
    eval "$(printf hvbench-test | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"; rc=$?
    exit $rc' sh "$@"
