#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-packaging.sh SOURCE_DIR(packaging/) BUILD_DIR VERSION "ICON SIZES" [CPACK]
#
# ctest "packaging": validates the desktop file, the AppStream metainfo and the MIME XML, checks
# they agree on the id and the MIME type, builds the .deb with cpack from the (already built)
# build tree in a temporary folder and inspects it: Depends, the files it holds, and that the
# unpacked hvbench-cli finds the installed agent (libexec/hvbench) and names the installed guest
# builder when there is no guest.
set -eu
SRC=$1 BIN=$2 VERSION=$3 SIZES=$4 CPACK=${5:-cpack}
ID=org.hvbench.hvbench
MIME=application/x-hvbench-session
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: '$1' is not installed (scripts/setup.sh installs it)" >&2; exit 1; }; }
for t in desktop-file-validate appstreamcli xmllint update-mime-database dpkg-deb dpkg-shlibdeps "$CPACK"; do need "$t"; done

# ---- metadata ---------------------------------------------------------------------------
desktop=$SRC/$ID.desktop
out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ] && ok "desktop-file-validate $ID.desktop" ||
    fail "desktop-file-validate $ID.desktop: $out"
grep -qx "MimeType=$MIME;" "$desktop" || fail "$ID.desktop does not declare MimeType=$MIME;"
grep -qx "Icon=$ID" "$desktop" || fail "$ID.desktop: Icon is not $ID"
grep -q '^Name\[it\]=' "$desktop" && grep -q '^Comment\[it\]=' "$desktop" || fail "$ID.desktop: no Italian Name/Comment"

meta=$SRC/$ID.metainfo.xml
out=$(appstreamcli validate --no-net --pedantic "$meta" 2>&1) && ok "appstreamcli validate $ID.metainfo.xml" ||
    fail "appstreamcli validate $ID.metainfo.xml: $out"
for x in "<id>$ID</id>" "<launchable type=\"desktop-id\">$ID.desktop</launchable>" "<mediatype>$MIME</mediatype>" \
    "<binary>hvbench</binary>" "<binary>hvbench-cli</binary>" "<summary xml:lang=\"it\">" \
    "<project_license>GPL-3.0-or-later</project_license>" "<release version=\"$VERSION\""; do
    grep -qF "$x" "$meta" || fail "$ID.metainfo.xml lacks $x"
done

mimexml=$SRC/$ID.mime.xml
xmllint --noout "$mimexml" && ok "xmllint $ID.mime.xml" || fail "xmllint $ID.mime.xml"
mkdir -p "$tmp/mime/packages"
cp "$mimexml" "$tmp/mime/packages/$ID.xml"
[ ! -f /usr/share/mime/packages/freedesktop.org.xml ] || cp /usr/share/mime/packages/freedesktop.org.xml "$tmp/mime/packages/"
out=$(XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>&1) && [ -z "$out" ] || fail "update-mime-database: $out"
grep -qx "50:$MIME:\*.hvbench" "$tmp/mime/globs2" || fail "update-mime-database: no *.hvbench glob for $MIME"
grep -qx "$MIME application/json" "$tmp/mime/subclasses" || fail "$MIME is not a subclass of application/json"
grep -q "$MIME" "$tmp/mime/magic" || fail "no magic for $MIME"
grep -q '<comment xml:lang="it">' "$tmp/mime/$MIME.xml" || fail "$MIME has no Italian comment"

# ---- the .deb -----------------------------------------------------------------------------
[ -f "$BIN/CPackConfig.cmake" ] || { echo "FAIL: $BIN/CPackConfig.cmake missing (configure first)" >&2; exit 1; }
"$CPACK" -G DEB --config "$BIN/CPackConfig.cmake" -B "$tmp/pkg" >"$tmp/cpack.log" 2>&1 ||
    { cat "$tmp/cpack.log" >&2; echo "FAIL: cpack -G DEB" >&2; exit 1; }
deb=$(ls "$tmp"/pkg/hvbench_"$VERSION"_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { cat "$tmp/cpack.log" >&2; echo "FAIL: cpack made no hvbench_${VERSION}_*.deb" >&2; exit 1; }
ok "cpack: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb -I "$deb" >"$tmp/info"
depends=$(dpkg-deb -f "$deb" Depends)
for p in libvirt-daemon-system libvirt-clients qemu-system-x86 qemu-utils iperf3 fio bonnie++ 7zip dnsmasq-base \
    iproute2 cpio kmod xz-utils file libqt6svg6 libvirt0 libqt6core6 libqt6widgets6 libqt6charts6 libc6; do
    echo "$depends" | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$p" || fail "Depends lacks $p: $depends"
done
recommends=$(dpkg-deb -f "$deb" Recommends)
for p in gnome-keyring busybox-static; do
    echo "$recommends" | grep -qw "$p" || fail "Recommends lacks $p: $recommends"
done
[ "$(dpkg-deb -f "$deb" Package)" = hvbench ] || fail "Package is not hvbench"
[ "$(dpkg-deb -f "$deb" Version)" = "$VERSION" ] || fail "Version is not $VERSION"
[ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "no Maintainer"
[ -n "$(dpkg-deb -f "$deb" Section)" ] || fail "no Section"
mkdir -p "$tmp/control"
dpkg-deb -e "$deb" "$tmp/control"
[ -x "$tmp/control/postrm" ] && grep -q 'rm -rf /var/lib/hvbench' "$tmp/control/postrm" ||
    fail "no postrm removing /var/lib/hvbench on purge"
for script in preinst postinst prerm; do
    [ ! -e "$tmp/control/$script" ] || fail "unexpected maintainer script $script (triggers do the caches)"
done

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' >"$tmp/files"
expect="/usr/bin/hvbench /usr/bin/hvbench-cli /usr/libexec/hvbench/hvbench-agent /usr/libexec/hvbench/hvbench-build-guest
/usr/libexec/hvbench/guest/build-guest.sh /usr/libexec/hvbench/guest/init /usr/share/applications/$ID.desktop
/usr/share/metainfo/$ID.metainfo.xml /usr/share/mime/packages/$ID.xml /usr/share/icons/hicolor/scalable/apps/$ID.svg
/usr/share/doc/hvbench/copyright /usr/share/doc/hvbench/README.md"
for s in $SIZES; do expect="$expect /usr/share/icons/hicolor/${s}x${s}/apps/$ID.png"; done
for f in $expect; do grep -qx "$f" "$tmp/files" || fail "the .deb lacks $f"; done
ok "the .deb holds $(wc -l <"$tmp/files") entries"

# ---- the unpacked package ------------------------------------------------------------------
root=$tmp/root
dpkg-deb -x "$deb" "$root"
for s in $SIZES; do
    png=$root/usr/share/icons/hicolor/${s}x${s}/apps/$ID.png
    file -b "$png" | grep -q "PNG image data, $s x $s," || fail "$png is not a ${s}x${s} PNG: $(file -b "$png")"
done
out=$(desktop-file-validate "$root/usr/share/applications/$ID.desktop" 2>&1) && [ -z "$out" ] ||
    fail "installed desktop file: $out"
out=$(appstreamcli validate-tree --no-net "$root" 2>&1) && ok "appstreamcli validate-tree" ||
    fail "appstreamcli validate-tree: $out"
[ -x "$root/usr/libexec/hvbench/hvbench-agent" ] || fail "the agent is not executable"
file -b "$root/usr/libexec/hvbench/hvbench-agent" | grep -q 'statically linked' ||
    fail "the installed agent is not static (it runs inside the guest): $(file -b "$root/usr/libexec/hvbench/hvbench-agent")"

# The installed programs find the installed agent (libexec/hvbench) and name the installed guest
# builder: a bare-metal PI run on libvirt's test driver (in-process, no daemon, < 1 s), then a
# VM run without any guest image.
cli=$root/usr/bin/hvbench-cli
export XDG_DATA_HOME="$tmp/xdg" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"
unset HVBENCH_AGENT HVBENCH_GUEST_DIR
if "$cli" run --demo --uri test:///default --vms '' --digits 2000 --repeats 1 --out "$tmp/run/bare.hvbench" \
    >"$tmp/bare.out" 2>"$tmp/bare.err" &&
    grep -qF "starting $root/usr/libexec/hvbench/hvbench-agent --stdio" "$tmp/bare.err" &&
    grep -q '^bare-metal ' "$tmp/bare.out"; then
    ok "the installed hvbench-cli ran the installed agent"
else
    fail "the installed hvbench-cli did not run $root/usr/libexec/hvbench/hvbench-agent: $(cat "$tmp/bare.err" "$tmp/bare.out")"
fi
if [ ! -f /var/lib/hvbench/guest/guest.json ]; then
    "$cli" run --demo --uri test:///default --vms 1 --no-baseline --repeats 1 --out "$tmp/run/vm.hvbench" \
        >/dev/null 2>"$tmp/vm.err" || true
    grep -qF "Build it with: $root/usr/libexec/hvbench/hvbench-build-guest" "$tmp/vm.err" &&
        ok "a missing guest names the installed builder" ||
        fail "a missing guest does not name the installed builder: $(cat "$tmp/vm.err")"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "packaging: all checks passed"
