#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a PRIVATE libvirtd in the foreground for a test: its own config, UNIX socket and pid file
# in DIR, no TCP, session mode (as "nobody" when started by root, so it shares no state with
# the system daemon: never the shared /run/libvirt).  Serves e.g.
#   test+unix:///default?socket=DIR/libvirt-sock
# Usage: private-libvirtd.sh DIR     (DIR must exist; stop the daemon with SIGTERM/SIGKILL)
set -eu
dir=$1
mkdir -p "$dir/home"
cat > "$dir/libvirtd.conf" <<CONF
unix_sock_dir = "$dir"
unix_sock_rw_perms = "0777"
unix_sock_ro_perms = "0777"
auth_unix_rw = "none"
auth_unix_ro = "none"
listen_tcp = 0
listen_tls = 0
CONF
libvirtd=$(command -v libvirtd || echo /usr/sbin/libvirtd)
set -- env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME="$dir/home" XDG_RUNTIME_DIR="$dir/home/run" \
    XDG_CONFIG_HOME="$dir/home/config" XDG_CACHE_HOME="$dir/home/cache" \
    "$libvirtd" -f "$dir/libvirtd.conf" -p "$dir/libvirtd.pid"
if [ "$(id -u)" = 0 ]; then
    chmod 755 "$dir"
    chown -R nobody:nogroup "$dir" 2>/dev/null || chown -R nobody "$dir"
    exec setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"
fi
exec "$@"
