#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared set-up of the two README commands: installs every dependency (Debian 12, apt),
# builds hvbench (preset "dev"), makes sure a libvirt daemon answers on qemu:///system and
# builds the bundled guest.  Idempotent: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  # build
  cmake ninja-build g++ pkg-config qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools libqt6opengl6-dev qtkeychain-qt6-dev libvirt-dev nlohmann-json3-dev
  # Qt's own translations (qtbase_it.qm: the buttons of Qt's dialogs in the user's language)
  qt6-translations-l10n
  # run and test
  libvirt-daemon-system libvirt-clients qemu-system-x86 qemu-utils libsecret-1-0 gnome-keyring dbus
  xvfb xauth fonts-dejavu-core imagemagick iperf3 fio bonnie++ 7zip busybox-static kmod cpio xz-utils zstd
  file ca-certificates
  # looking at exported PDF reports (pdftoppm, pdfinfo; tst_report uses them when present)
  poppler-utils
  # isolated networks (libvirt runs dnsmasq for DHCP), the private libvirtd of the reconnect
  # test (setpriv), loop devices (losetup), the unknown-host ssh case
  dnsmasq-base iproute2 util-linux mount openssh-client
  # icons rendered at build time; the packaging test (desktop file, AppStream, MIME XML, .deb)
  librsvg2-bin desktop-file-utils appstream libxml2-utils shared-mime-info dpkg-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "hvbench: installing ${#missing[@]} Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "hvbench: all Debian packages are installed"
fi

cmake --preset dev >/dev/null
cmake --build --preset dev
scripts/ensure-libvirtd.sh
scripts/ensure-default-pool.sh
cmake --build --preset dev --target guest
