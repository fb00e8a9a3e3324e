#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# ensure-libvirtd.sh — make sure a libvirt daemon answers on qemu:///system.
#
# On machines without systemd (containers, CI) nobody starts libvirtd.  This script:
#   1. asks `virsh -c qemu:///system version` (10 s timeout); if it answers, prints that and
#      exits 0 — whatever started the daemon, it is left alone;
#   2. otherwise starts virtlogd (if not running) and libvirtd: in the foreground as the child
#      of `hvbench-subreaper --daemon`, so the QEMU processes it spawns are reaped at once
#      (virsh destroy ~0.2 s instead of ~2 s when PID 1 reaps slowly); without the
#      subreaper binary it falls back to `libvirtd -d` and says so;
#   3. waits until the daemon answers (60 s; the first call takes ~4 s: QEMU probing).
# Idempotent.  Exit status 0 when a daemon answers, non-zero with a message otherwise.
#
# Environment:
#   HVBENCH_SUBREAPER   path of hvbench-subreaper (default: searched next to this script's
#                       build trees, then in PATH)
#   HVBENCH_LIBVIRTD_LOG  log of the libvirtd started here (default /var/log/hvbench-libvirtd.log)
#   HVBENCH_LIBVIRT_URI   URI to check (default qemu:///system)
set -uo pipefail

URI=${HVBENCH_LIBVIRT_URI:-qemu:///system}
LOG=${HVBENCH_LIBVIRTD_LOG:-/var/log/hvbench-libvirtd.log}
PIDFILE=/run/hvbench-libvirtd.pid
say() { echo "hvbench: $*"; }
fail() { echo "hvbench: error: $*" >&2; exit 1; }

# Live (non-zombie) pids of a command name; a zombie libvirtd waiting for a slow PID 1 to
# reap it must not count as running.
live_pids() { ps -C "$1" -o pid=,stat= 2>/dev/null | awk '$2 !~ /^Z/ {print $1}'; }
now_ms() { date +%s%3N; }

answers() { # answers TIMEOUT_S -> prints virsh version output on success
    timeout "$1" virsh -c "$URI" version 2>&1
}

command -v virsh >/dev/null || fail "virsh not found (apt-get install libvirt-clients libvirt-daemon-system)"

if out=$(answers 10); then
    pid=$(live_pids libvirtd | head -n 1)
    how="not under hvbench-subreaper"
    if [ -n "$pid" ]; then
        ppid=$(ps -o ppid= -p "$pid" | tr -d ' ')
        [ "$(ps -o comm= -p "$ppid" 2>/dev/null)" = hvbench-subreap ] && how="under hvbench-subreaper (pid $ppid)"
    fi
    say "libvirt daemon already answers on $URI${pid:+ (libvirtd pid $pid, $how)}"
    echo "$out" | sed 's/^/  /'
    exit 0
fi

[ "$(id -u)" = 0 ] || fail "no libvirt daemon answers on $URI and only root can start the system daemon (run: sudo $0)"
command -v libvirtd >/dev/null || fail "libvirtd not found (apt-get install libvirt-daemon-system)"
command -v virtlogd >/dev/null || fail "virtlogd not found (apt-get install libvirt-daemon-system)"

# A libvirtd that runs but does not answer (hung, half started) must go before we start one.
old=$(live_pids libvirtd | tr '\n' ' ')
if [ -n "$old" ]; then
    say "a libvirtd is running (pid ${old% }) but does not answer on $URI; stopping it"
    kill $old 2>/dev/null
    for _ in $(seq 1 50); do [ -z "$(live_pids libvirtd)" ] && break; sleep 0.1; done
    left=$(live_pids libvirtd)
    [ -z "$left" ] || { kill -9 $left 2>/dev/null; sleep 0.5; }
fi
# Stale pid file of a dead daemon blocks a new one.
for f in /run/libvirtd.pid /var/run/libvirtd.pid; do
    [ -f "$f" ] && ! kill -0 "$(cat "$f" 2>/dev/null)" 2>/dev/null && rm -f "$f"
done

did=()
if [ -n "$(live_pids virtlogd)" ]; then
    did+=("virtlogd was already running")
else
    virtlogd -d || fail "could not start virtlogd"
    did+=("started virtlogd")
fi

# Find hvbench-subreaper: explicit, next to a build tree of this checkout, then PATH.
find_subreaper() {
    local here cand
    if [ -n "${HVBENCH_SUBREAPER:-}" ]; then
        [ -x "$HVBENCH_SUBREAPER" ] && { echo "$HVBENCH_SUBREAPER"; return 0; }
        say "warning: HVBENCH_SUBREAPER=$HVBENCH_SUBREAPER is not executable" >&2
    fi
    here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    for cand in "$here"/build/*/tools/hvbench-subreaper "$here"/build/tools/hvbench-subreaper \
        "$here"/build*/tools/hvbench-subreaper "$(dirname "${BASH_SOURCE[0]}")/hvbench-subreaper"; do
        [ -x "$cand" ] && { echo "$cand"; return 0; }
    done
    command -v hvbench-subreaper 2>/dev/null
}
SUBREAPER=$(find_subreaper || true)

mkdir -p "$(dirname "$LOG")"
t0=$(now_ms)
if [ -n "$SUBREAPER" ]; then
    # libvirtd in the foreground (no -d): its parent is the subreaper, which daemonizes itself.
    rm -f "$PIDFILE"
    "$SUBREAPER" --daemon --log "$LOG" --pidfile "$PIDFILE" -- libvirtd ||
        fail "could not start libvirtd under $SUBREAPER"
    for _ in $(seq 1 50); do [ -s "$PIDFILE" ] && break; sleep 0.1; done
    lpid=$(cat "$PIDFILE" 2>/dev/null)
    did+=("started libvirtd (pid ${lpid:-?}) under hvbench-subreaper ($SUBREAPER; log $LOG)")
else
    libvirtd -d || fail "could not start libvirtd -d"
    lpid=$(live_pids libvirtd | tail -n 1)
    did+=("started libvirtd -d (pid ${lpid:-?}) WITHOUT hvbench-subreaper: not found (build the hvbench-subreaper target or set HVBENCH_SUBREAPER); domain destroy may take ~2 s here")
fi

# Wait until it answers (first answer ~4 s: it probes the QEMU binaries).
deadline=$((SECONDS + 60))
until out=$(answers 10); do
    if [ -n "${lpid:-}" ] && ! kill -0 "$lpid" 2>/dev/null; then
        fail "libvirtd (pid $lpid) exited during startup; see $LOG$( [ -f "$LOG" ] && printf ':\n%s' "$(tail -n 5 "$LOG")")"
    fi
    [ $SECONDS -lt $deadline ] || fail "libvirtd started but $URI did not answer within 60 s (log: $LOG): $out"
    sleep 0.5
done

msg=""
for d in "${did[@]}"; do msg="${msg:+$msg; }$d"; done
say "no libvirt daemon answered on $URI; $msg; answering $(awk -v ms=$(($(now_ms) - t0)) 'BEGIN{printf "%.1f", ms/1000}') s after the start"
echo "$out" | sed 's/^/  /'
exit 0
