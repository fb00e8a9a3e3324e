// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How a cell's benchmark becomes one BenchJob per guest: the one place the runner and the matrix
// preview build a JobContext, so the preview shows the command lines the run will send.
#include "model/session.h"
#include "run/benchjob.h"

namespace hvbench {

inline constexpr int kFirstIperf3Port = 5201; // guest i of a cell talks to the iperf3 server on 5201 + i

// Where the run's variable parts come from (decided when the run starts).
struct JobSite {
    QString who;         // the guest's domain name; ignored for bare metal
    QString peerAddress; // host-side address of the run's isolated network (iperf3 servers)
    QString baselineDir; // bare metal: where fio's file and bonnie++'s folder go
};

// The job of `b` for guest `guestIndex` of cell `c` (id and timeout are left to the caller).
JobContext makeJobContext(const Session &s, const Cell &c, Benchmark b, int guestIndex, const JobSite &site);
// RAM of the largest guest: the bare-metal baseline moves the same bytes as the guests.
int largestGuestRamMiB(const Session &s);
// $HVBENCH_BASELINE_DIR (default /var/tmp) + "/hvbench-<session id>".
QString baselineDirFor(const QString &sessionId);

} // namespace hvbench
