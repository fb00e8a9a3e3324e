// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/jobsetup.h"
#include "virt/domainxml.h"

#include <QThread>

namespace hvbench {

int largestGuestRamMiB(const Session &s)
{
    int ram = 0;
    for (const VmSpec &v : s.specs)
        ram = std::max(ram, v.memoryMiB);
    return ram;
}

QString baselineDirFor(const QString &sessionId)
{
    return qEnvironmentVariable("HVBENCH_BASELINE_DIR", QStringLiteral("/var/tmp")) + QStringLiteral("/hvbench-") +
           sessionId;
}

JobContext makeJobContext(const Session &s, const Cell &c, Benchmark b, int guestIndex, const JobSite &site)
{
    JobContext ctx;
    ctx.benchmark = b;
    ctx.suite = s.benchmarks;
    ctx.bareMetal = c.isBaseline();
    ctx.who = ctx.bareMetal ? kBareMetal : site.who;
    if (ctx.bareMetal) {
        ctx.vcpus = QThread::idealThreadCount(); // HS06-style: one copy per core of the host
        ctx.ramMiB = largestGuestRamMiB(s);      // the guests' data set, so both move the same bytes
        ctx.baselineDir = site.baselineDir;
    } else {
        const VmSpec &spec = s.specs.at(c.specIndex);
        ctx.vcpus = spec.vcpus;
        ctx.ramMiB = spec.memoryMiB;
        ctx.dataDevice = QStringLiteral("/dev/") + virt::dataDiskTargetDev(spec.diskBus);
    }
    ctx.peerAddress = site.peerAddress;
    ctx.peerPort = kFirstIperf3Port + guestIndex;
    return ctx;
}

} // namespace hvbench
