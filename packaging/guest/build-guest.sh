#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-guest.sh OUTDIR AGENT_BINARY
#
# Builds the hvbench tiny guest from Debian packages only (no internet besides the apt
# archive):
#   OUTDIR/vmlinux             uncompressed ELF kernel (PVH direct boot: ~3 s to /init under TCG
#                              instead of ~8 s with the bzImage)
#   OUTDIR/initramfs.cpio[.gz] busybox /init, driver modules, the agent, iperf3, fio, bonnie++,
#                              7zz (CPU score) with every shared library they need
#   OUTDIR/guest.json          paths, kernel version, recommended cmdline, sizes, inputs hash,
#                              package versions
# Rebuilds only when an input changes (this script, init, the agent binary, package versions).
#
# Environment:
#   HVBENCH_GUEST_COMPRESS  none (default) | gzip | zstd   initramfs compression (see below)
#   HVBENCH_GUEST_TOOLS     space-separated benchmark tools (default "iperf3 fio bonnie++ 7zz");
#                           each is a binary on the PATH, copied with the libraries ldd lists and
#                           versioned by the package that owns it (7zz: Debian package 7zip)
#   HVBENCH_GUEST_FORCE=1   rebuild even if the inputs did not change
set -euo pipefail
export LC_ALL=C

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SCRIPT="$SCRIPT_DIR/$(basename "${BASH_SOURCE[0]}")"
INIT="$SCRIPT_DIR/init"

msg() { echo "build-guest: $*"; }
die() { echo "build-guest: error: $*" >&2; exit 1; }

[ $# -eq 2 ] || die "usage: $0 OUTDIR AGENT_BINARY"
OUTDIR=$1
AGENT=$2
[ -f "$AGENT" ] || die "agent binary '$AGENT' not found (build it: cmake --build <dir> --target hvbench-agent)"
[ -f "$INIT" ] || die "missing $INIT"
mkdir -p "$OUTDIR/cache"
OUTDIR=$(cd "$OUTDIR" && pwd)
CACHE="$OUTDIR/cache"

# Uncompressed is the default: under TCG the kernel inflates a gzip initramfs at a few
# MB/s of emulated CPU, while an uncompressed one is only copied (measured in the report).
COMPRESS=${HVBENCH_GUEST_COMPRESS:-none}
case "$COMPRESS" in
none) INITRD_NAME=initramfs.cpio ;;
gzip) INITRD_NAME=initramfs.cpio.gz ;;
zstd) INITRD_NAME=initramfs.cpio.zst ;;
*) die "HVBENCH_GUEST_COMPRESS must be none, gzip or zstd" ;;
esac
TOOLS=${HVBENCH_GUEST_TOOLS-iperf3 fio bonnie++ 7zz}
CMDLINE="console=ttyS0 panic=-1 quiet loglevel=3 mitigations=off i8042.noaux i8042.nokbd i8042.nopnp no_timer_check"

# Drivers the VM specs can ask for (disk buses, NIC models, the agent channel).
MODULES="virtio_pci virtio_blk virtio_net virtio_console virtio_scsi e1000 e1000e 8139cp 8139too
ata_piix ahci libata scsi_mod crct10dif_generic sd_mod
ext4 crc32c_generic"

for t in dpkg-query dpkg apt-cache file cpio depmod ldd sha256sum xz; do
    command -v "$t" >/dev/null || die "'$t' is required (apt-get install dpkg apt file cpio kmod xz-utils)"
done

# ---- resolve inputs ---------------------------------------------------------------------
pkg_version() { dpkg-query -W -f='${Version}' "$1" 2>/dev/null || true; }

# The real kernel package behind the linux-image-amd64 metapackage.  apt-cache takes ~1 s
# here, so the answer is remembered until the apt lists change (keeps the cached path < 2 s).
APT_STAMP=$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -printf '%T@ %s %p\n' 2>/dev/null | sort | sha256sum | cut -c1-16)
KPKG="" KPKG_VER=""
if [ -f "$CACHE/kernel.resolved" ] && [ "$(sed -n 1p "$CACHE/kernel.resolved")" = "$APT_STAMP" ]; then
    KPKG=$(sed -n 2p "$CACHE/kernel.resolved")
    KPKG_VER=$(sed -n 3p "$CACHE/kernel.resolved")
else
    KPKG=$(apt-cache depends linux-image-amd64 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -n 1 || true)
    if [ -n "$KPKG" ]; then
        KPKG_VER=$(apt-cache show "$KPKG" 2>/dev/null | sed -n 's/^Version: //p' | sort -V | tail -n 1)
        printf '%s\n%s\n%s\n' "$APT_STAMP" "$KPKG" "$KPKG_VER" >"$CACHE/kernel.resolved"
    fi
fi
if [ -z "$KPKG" ]; then
    # No apt lists (offline CI without apt-get update): reuse the newest cached download.
    deb=$(ls -1 "$CACHE"/linux-image-*-amd64_*_amd64.deb 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$deb" ] || die "cannot resolve linux-image-amd64 with apt-cache (run apt-get update) and no cached kernel .deb in $CACHE"
    KPKG=$(dpkg-deb -f "$deb" Package)
    KPKG_VER=$(dpkg-deb -f "$deb" Version)
    msg "apt-cache could not resolve linux-image-amd64; using the cached $KPKG $KPKG_VER"
fi
[ -n "$KPKG_VER" ] || die "cannot find the version of $KPKG"

# Versions of the host packages whose files go into the image (one dpkg-query call).
declare -A PKGV=()
while IFS='=' read -r p v; do PKGV[$p]=$v; done < <(dpkg-query -W -f='${Package}=${Version}\n' busybox-static libc6 $TOOLS 2>/dev/null || true)
BUSYBOX_VER=${PKGV[busybox-static]:-}
LIBC_VER=${PKGV[libc6]:-}
TOOL_VERS=""
for t in $TOOLS; do
    command -v "$t" >/dev/null ||
        die "benchmark tool '$t' is not installed on this host (apt-get install iperf3 fio bonnie++ 7zip), or set HVBENCH_GUEST_TOOLS"
    p=$t
    if [ -z "${PKGV[$p]:-}" ]; then # tool not named like its package
        p=$(dpkg-query -S "$(command -v "$t")" 2>/dev/null | cut -d: -f1 | head -n 1 || true)
        [ -n "$p" ] && PKGV[$p]=$(pkg_version "$p")
    fi
    TOOL_VERS="$TOOL_VERS \"${p:-$t}\": \"${PKGV[${p:-$t}]:-unknown}\","
done

INPUTS_HASH=$( {
    sha256sum "$SCRIPT" "$INIT" "$AGENT" | cut -d' ' -f1
    echo "kernel=$KPKG=$KPKG_VER busybox-static=$BUSYBOX_VER libc6=$LIBC_VER tools=$TOOLS:$TOOL_VERS compress=$COMPRESS"
} | sha256sum | cut -d' ' -f1)

print_sizes() {
    msg "vmlinux              $(stat -c %s "$OUTDIR/vmlinux") bytes"
    msg "$INITRD_NAME $(printf '%*s' $((20 - ${#INITRD_NAME})) '')$(stat -c %s "$OUTDIR/$INITRD_NAME") bytes (unpacked $(sed -n 's/.*"initrd_unpacked_bytes": \([0-9]*\).*/\1/p' "$OUTDIR/guest.json") bytes)"
    msg "recommended RAM      >= $(sed -n 's/.*"min_memory_mib": \([0-9]*\).*/\1/p' "$OUTDIR/guest.json") MiB (with the tools)"
    msg "base initramfs       $(sed -n 's/.*"initrd_base_bytes": \([0-9]*\).*/\1/p' "$OUTDIR/guest.json") bytes, RAM >= $(sed -n 's/.*"min_memory_mib_base": \([0-9]*\).*/\1/p' "$OUTDIR/guest.json") MiB (agent only: PI)"
}

if [ "${HVBENCH_GUEST_FORCE:-0}" != 1 ] && [ -f "$OUTDIR/.inputs_hash" ] &&
    [ "$(cat "$OUTDIR/.inputs_hash")" = "$INPUTS_HASH" ] &&
    [ -f "$OUTDIR/vmlinux" ] && [ -f "$OUTDIR/$INITRD_NAME" ] && [ -f "$OUTDIR/guest.json" ] &&
    grep -q '"initrd_base"' "$OUTDIR/guest.json"; then
    msg "cached: inputs unchanged ($INPUTS_HASH), nothing to do in $OUTDIR"
    print_sizes
    exit 0
fi

T0=$(date +%s.%N)
rm -f "$OUTDIR/.inputs_hash"

# ---- kernel ----------------------------------------------------------------------------
download() { # download PACKAGE VERSION -> path of the .deb in $CACHE
    local pkg=$1 ver=$2 f
    f=$(ls -1 "$CACHE/${pkg}_${ver//:/%3a}_"*.deb 2>/dev/null | head -n 1 || true)
    if [ -z "$f" ]; then
        f=$(ls -1 "/var/cache/apt/archives/${pkg}_${ver//:/%3a}_"*.deb 2>/dev/null | head -n 1 || true)
        if [ -n "$f" ]; then
            cp "$f" "$CACHE/"
        else
            (cd "$CACHE" && apt-get download -q "$pkg=$ver" 2>&1 | grep -v '^W: Download is performed unsandboxed' >&2) ||
                die "apt-get download $pkg=$ver failed"
        fi
        f=$(ls -1 "$CACHE/${pkg}_${ver//:/%3a}_"*.deb 2>/dev/null | head -n 1 || true)
    fi
    [ -n "$f" ] || die "no .deb for $pkg $ver in $CACHE"
    echo "$f"
}

WORK="$OUTDIR/work"
rm -rf "$WORK"
mkdir -p "$WORK"
trap 'rm -rf "$WORK"' EXIT

msg "kernel: $KPKG $KPKG_VER"
KDEB=$(download "$KPKG" "$KPKG_VER")
# The extracted kernel tree (~400 MB, mostly modules) is kept per version in the cache, so
# a rebuild for a new agent binary does not unpack the .deb again.
KX="$CACHE/kernel-$KPKG_VER"
if [ ! -f "$KX/.complete" ]; then
    rm -rf "$KX" "$CACHE"/kernel-*
    dpkg -x "$KDEB" "$KX"
    touch "$KX/.complete"
fi
VMLINUZ=$(ls -1 "$KX"/boot/vmlinuz-* | head -n 1)
KVER=${VMLINUZ##*/vmlinuz-}
KMODDIR="$KX/lib/modules/$KVER"
[ -d "$KMODDIR" ] || KMODDIR="$KX/usr/lib/modules/$KVER"
[ -d "$KMODDIR" ] || die "no modules for $KVER in $KDEB"

# vmlinuz is a bzImage: setup code + decompressor + the compressed ELF vmlinux.  Find the
# payload by its magic, decompress it, and check that the result is an ELF file.
extract_vmlinux() { # extract_vmlinux VMLINUZ OUT
    local in=$1 out=$2 off magic tool
    for spec in 'FD377A585A00:xz -dc --single-stream' '28B52FFD:zstd -dcq' '1F8B0800:gzip -dc'; do
        magic=${spec%%:*}
        tool=${spec#*:}
        command -v "${tool%% *}" >/dev/null || continue
        for off in $(grep -obUaP "$(echo "$magic" | sed 's/../\\x&/g')" "$in" | cut -d: -f1); do
            tail -c +$((off + 1)) "$in" | $tool >"$out" 2>/dev/null || true
            if [ "$(head -c 4 "$out" | od -An -tx1 | tr -d ' \n')" = 7f454c46 ]; then
                return 0
            fi
        done
    done
    return 1
}
if [ ! -f "$KX/vmlinux" ]; then
    extract_vmlinux "$VMLINUZ" "$KX/vmlinux.tmp" || die "could not extract an ELF vmlinux from $VMLINUZ"
    mv "$KX/vmlinux.tmp" "$KX/vmlinux"
fi
cp "$KX/vmlinux" "$WORK/vmlinux"
file -b "$WORK/vmlinux" | grep -q '^ELF 64-bit' || die "extracted vmlinux is not a 64-bit ELF: $(file -b "$WORK/vmlinux")"

# ---- root file system --------------------------------------------------------------------
ROOT="$WORK/root"
mkdir -p "$ROOT"/{bin,sbin,usr/bin,usr/sbin,usr/lib,usr/lib64,etc/hvbench,proc,sys,dev,tmp,run,root,mnt,var/tmp}
# Merged /usr like the host, so /lib/... and /usr/lib/... name the same file.
ln -s usr/lib "$ROOT/lib"
ln -s usr/lib64 "$ROOT/lib64"
chmod 1777 "$ROOT/tmp" "$ROOT/var/tmp"

# Modules: resolve dependencies with depmod on the extracted tree, then write the load order.
[ -f "$KMODDIR/modules.dep" ] || depmod -b "$KX" "$KVER" 2>/dev/null || depmod -b "$KX/usr" "$KVER"
DEP="$KMODDIR/modules.dep"
BUILTIN="$KMODDIR/modules.builtin"
ALIASES="$KMODDIR/modules.alias"
ORDER="$WORK/modules.order"      # every module to ship, dependencies first
LINES="$WORK/modules.lines"      # per requested module: "NAME dep1.ko dep2.ko ... NAME.ko"
: >"$ORDER"
: >"$LINES"
deps_of() { # deps_of RELPATH: its dependencies (recursively, first to load first), then itself
    local rel=$1 d
    # modules.dep lists dependencies so that loading them last-to-first works.
    for d in $(grep -m1 "^$rel:" "$DEP" | cut -d: -f2 | tr ' ' '\n' | tac); do
        deps_of "$d"
    done
    echo "$rel"
}
BUILTIN_LIST=""
for m in $MODULES; do
    alt=${m//_/-}
    rel=$(grep -m1 -E "(^|/)($m|$alt)\.ko(\.xz|\.zst|\.gz)?:" "$DEP" | cut -d: -f1 || true)
    if [ -n "$rel" ]; then
        list=$(deps_of "$rel" | awk '!seen[$0]++')
        # crc-t10dif (sd_mod) asks the crypto API for "crct10dif": ship the generic one first.
        [ "$m" = sd_mod ] && list="$(grep '^crct10dif_generic ' "$LINES" | cut -d' ' -f2-) $list"
        echo "$m" $list >>"$LINES"
        for r in $list; do grep -qxF "$r" "$ORDER" || echo "$r" >>"$ORDER"; done
        # PCI / virtio aliases of the driver: /init loads it only when such a device exists.
        awk -v m="$m" '$1 == "alias" && $3 == m && ($2 ~ /^(pci|virtio):/) {print $2, m}' "$ALIASES" >>"$WORK/aliases"
    elif grep -qE "(^|/)($m|$alt)\.ko$" "$BUILTIN"; then
        BUILTIN_LIST="$BUILTIN_LIST $m"
    else
        die "module $m is neither a module nor built into kernel $KVER"
    fi
done
while read -r rel; do
    mkdir -p "$ROOT/lib/modules/$KVER/$(dirname "$rel")"
    cp "$KMODDIR/$rel" "$ROOT/lib/modules/$KVER/$rel"
done <"$ORDER"
cp "$LINES" "$ROOT/etc/hvbench/modules"
touch "$WORK/aliases"
cp "$WORK/aliases" "$ROOT/etc/hvbench/aliases"
cp "$KMODDIR/modules.builtin" "$KMODDIR/modules.builtin.modinfo" "$KMODDIR/modules.order" "$ROOT/lib/modules/$KVER/" 2>/dev/null || true
depmod -b "$ROOT" "$KVER" # modules.dep of the subset, for the kernel's on-demand modprobe
case "$(head -n 1 "$ORDER")" in *.ko.xz | *.ko.zst | *.ko.gz) die "compressed modules are not supported by busybox insmod" ;; esac
[ -z "$BUILTIN_LIST" ] || msg "built into the kernel:$BUILTIN_LIST"
msg "modules: $(wc -l <"$ORDER") to load ($(sed 's#.*/##; s#\.ko$##' "$ORDER" | tr '\n' ' '))"

# busybox
BB=""
if [ -n "$BUSYBOX_VER" ] && [ -x /bin/busybox ] && ! ldd /bin/busybox >/dev/null 2>&1; then
    BB=/bin/busybox
else
    BUSYBOX_VER=$(apt-cache show busybox-static 2>/dev/null | sed -n 's/^Version: //p' | head -n 1)
    [ -n "$BUSYBOX_VER" ] || die "busybox-static is neither installed nor known to apt"
    dpkg -x "$(download busybox-static "$BUSYBOX_VER")" "$WORK/bb"
    BB="$WORK/bb/bin/busybox"
fi
cp "$BB" "$ROOT/bin/busybox"
for applet in $("$ROOT/bin/busybox" --list-full); do
    [ -e "$ROOT/$applet" ] || ln -s /bin/busybox "$ROOT/$applet"
done

# The agent (must be static: the guest has no libc for it unless a tool brings one).
if ldd "$AGENT" >/dev/null 2>&1; then
    msg "warning: $AGENT is dynamically linked; copying its libraries too"
    AGENT_DYNAMIC=1
else
    AGENT_DYNAMIC=0
fi
cp "$AGENT" "$ROOT/bin/hvbench-agent"
# Debug builds carry several MB of DWARF; every byte of the initramfs costs 2 bytes of guest RAM.
command -v strip >/dev/null && strip --strip-debug "$ROOT/bin/hvbench-agent" 2>/dev/null || true
chmod 755 "$ROOT/bin/hvbench-agent"

# Benchmark tools with every shared library ldd lists (and the dynamic loader), at the
# same paths as on the host.
copy_with_libs() { # copy_with_libs BINARY DEST_IN_ROOT
    local bin=$1 dest=$2 lib
    [ "$dest" = "" ] || { mkdir -p "$ROOT$(dirname "$dest")"; cp -L "$bin" "$ROOT$dest"; }
    for lib in $(ldd "$bin" 2>/dev/null | awk '/=> \//{print $3} /^\t\/[^ ]+ \(/{print $1}'); do
        [ -e "$ROOT$lib" ] && continue
        mkdir -p "$ROOT$(dirname "$lib")"
        cp -L "$lib" "$ROOT$lib"
    done
    if ldd "$bin" 2>&1 | grep -q 'not found'; then
        die "$bin: missing libraries on the host: $(ldd "$bin" | grep 'not found' | tr -d '\t' | tr '\n' ' ')"
    fi
}
[ "$AGENT_DYNAMIC" = 0 ] || copy_with_libs "$AGENT" ""
# /etc
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$ROOT/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$ROOT/etc/group"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$ROOT/etc/hosts"
echo hvbench-guest >"$ROOT/etc/hostname"
cat >"$ROOT/etc/udhcpc.script" <<'EOF'
#!/bin/sh
# minimal udhcpc hook: configure the address, default route and resolver
case "$1" in
bound|renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    [ -n "$router" ] && ip route replace default via "${router%% *}" dev "$interface"
    : >/etc/resolv.conf
    for d in $dns; do echo "nameserver $d" >>/etc/resolv.conf; done
    ;;
esac
exit 0
EOF
chmod 755 "$ROOT/etc/udhcpc.script"
cp "$INIT" "$ROOT/init"
chmod 755 "$ROOT/init"

# ---- archives -----------------------------------------------------------------------------
# Two initramfs files: the base (busybox, modules, agent: enough for the PI workload, boots
# faster and fits in far less RAM) and the full one with the benchmark tools.  The runner
# picks the base unless the workload needs a tool.
pack() { # pack NAME -> sets PACK_BYTES, PACK_UNPACKED, PACK_MIN_MIB; leaves $WORK/NAME
    local raw="$WORK/$1.raw"
    (cd "$ROOT" && find . -mindepth 1 | sort | cpio --quiet -o -H newc -R 0:0 --reproducible >"$raw")
    PACK_UNPACKED=$(stat -c %s "$raw")
    case "$COMPRESS" in
    none) mv "$raw" "$WORK/$1" ;;
    gzip) gzip -n -6 <"$raw" >"$WORK/$1"; rm -f "$raw" ;;
    zstd) zstd -q -19 -T0 --rm -o "$WORK/$1" "$raw" ;;
    esac
    PACK_BYTES=$(stat -c %s "$WORK/$1")
    # The kernel needs the archive and its unpacked copy in RAM at the same time (otherwise
    # "Initramfs unpacking failed"), plus ~64 MiB for the kernel and the agent.
    PACK_MIN_MIB=$(((2 * PACK_UNPACKED + PACK_BYTES) / 1048576 + 64))
    PACK_MIN_MIB=$(((PACK_MIN_MIB + 15) / 16 * 16))
}
BASE_NAME=${INITRD_NAME/initramfs/initramfs-base}
pack "$BASE_NAME"
BASE_BYTES=$PACK_BYTES BASE_UNPACKED=$PACK_UNPACKED BASE_MIN_MIB=$PACK_MIN_MIB

for t in $TOOLS; do
    p=$(command -v "$t")
    copy_with_libs "$p" "$p"
done
# ld.so.cache, so the multiarch and private (ceph) library directories are searched.
if [ -d "$ROOT/usr/lib/x86_64-linux-gnu" ]; then
    find "$ROOT/usr/lib" -name '*.so*' -printf '%h\n' | sed "s#^$ROOT##" | sort -u >"$ROOT/etc/ld.so.conf"
    ldconfig -r "$ROOT" 2>/dev/null || msg "warning: ldconfig -r failed; relying on the loader's default paths"
fi

pack "$INITRD_NAME"
INITRD_BYTES=$PACK_BYTES UNPACKED=$PACK_UNPACKED MIN_MIB=$PACK_MIN_MIB

rm -f "$OUTDIR"/initramfs*.cpio "$OUTDIR"/initramfs*.cpio.gz "$OUTDIR"/initramfs*.cpio.zst
mv "$WORK/vmlinux" "$OUTDIR/vmlinux"
mv "$WORK/$INITRD_NAME" "$OUTDIR/$INITRD_NAME"
mv "$WORK/$BASE_NAME" "$OUTDIR/$BASE_NAME"
cat >"$OUTDIR/guest.json.tmp" <<EOF
{
  "format": 1,
  "kernel": "$OUTDIR/vmlinux",
  "initrd": "$OUTDIR/$INITRD_NAME",
  "kernel_version": "$KVER",
  "cmdline": "$CMDLINE",
  "initrd_compression": "$COMPRESS",
  "initrd_bytes": $INITRD_BYTES,
  "initrd_unpacked_bytes": $UNPACKED,
  "min_memory_mib": $MIN_MIB,
  "initrd_base": "$OUTDIR/$BASE_NAME",
  "initrd_base_bytes": $BASE_BYTES,
  "initrd_base_unpacked_bytes": $BASE_UNPACKED,
  "min_memory_mib_base": $BASE_MIN_MIB,
  "agent_port": "org.hvbench.agent.0",
  "boot_marker": "hvbench-guest: agent starting",
  "modules": [$(sed 's#.*/##; s#\.ko$##; s#.*#"&"#' "$ORDER" | paste -sd, | sed 's/,/, /g')],
  "tools": [$(for t in $TOOLS; do printf '"%s" ' "$t"; done | sed 's/" "/", "/g; s/ $//')],
  "inputs_hash": "$INPUTS_HASH",
  "packages": { "$KPKG": "$KPKG_VER", "busybox-static": "$BUSYBOX_VER", "libc6": "$LIBC_VER",${TOOL_VERS%,} },
  "build_date": "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
}
EOF
mv "$OUTDIR/guest.json.tmp" "$OUTDIR/guest.json"
echo "$INPUTS_HASH" >"$OUTDIR/.inputs_hash"
msg "built in $(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}') s: kernel $KVER, $(find "$ROOT" -type f | wc -l) files"
print_sizes
