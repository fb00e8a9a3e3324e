#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes sure qemu:///system has an active storage pool "default" (a dir pool on
# /var/lib/libvirt/images, the one virt-manager and virt-install create on first use): the
# presets put the VMs' data disks there.  Leaves an existing "default" pool alone.
set -euo pipefail
URI=${HVBENCH_URI:-qemu:///system}
DIR=${HVBENCH_POOL_DIR:-/var/lib/libvirt/images}
v() { virsh -q -c "$URI" "$@"; }
if ! v pool-info default >/dev/null 2>&1; then
    mkdir -p "$DIR"
    v pool-define-as default dir --target "$DIR" >/dev/null
    v pool-autostart default >/dev/null
    echo "hvbench: defined the storage pool \"default\" ($DIR) on $URI"
fi
if [ "$(v pool-info default | awk '/^State:/{print $2}')" != "running" ]; then
    v pool-start default >/dev/null
    echo "hvbench: started the storage pool \"default\" on $URI"
fi
