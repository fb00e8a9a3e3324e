#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# hvbench-build-guest [OUTDIR]
#
# Installed as <prefix>/libexec/hvbench/hvbench-build-guest: builds the bundled guest image
# (vmlinux + initramfs + guest.json) with the installed agent, from Debian packages, into a
# folder the installed hvbench searches (core/util/installlayout.h):
#   as root    /var/lib/hvbench/guest    (readable by QEMU on qemu:///system)
#   otherwise  ${XDG_DATA_HOME:-~/.local/share}/hvbench/guest
# The first build downloads the kernel package with apt-get (~70 MB); later runs are cached.
set -eu
here=$(dirname "$(readlink -f "$0")")
if [ $# -ge 1 ]; then
    out=$1
elif [ "$(id -u)" -eq 0 ]; then
    out=/var/lib/hvbench/guest
else
    out=${XDG_DATA_HOME:-$HOME/.local/share}/hvbench/guest
fi
exec "$here/guest/build-guest.sh" "$out" "$here/hvbench-agent"
