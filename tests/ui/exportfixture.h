// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A session as a finished run leaves it, for the export tests: PI results on bare metal and
// kvm-virtio ×1/×2 (two rounds), a net-out benchmark, and a manifest with the fields the
// runner records (host from HostInfo::toJson, local machine, agents, domain XML from
// buildDomainXml, skipped cells, repeat outcome, timing).  The numbers are synthetic; the
// structure is the runner's.
#include "charts/sessioncharts.h"
#include "model/sessiondocument.h"
#include "virt/domainxml.h"
#include "virt/hostinfo.h"

#include <QJsonArray>

namespace exportfixture {

inline const QString kCpuModel = QStringLiteral("Intel(R) Xeon(R) Test CPU E5-2650 @ 2.00GHz");

inline hvbench::Session session(bool tcg = true)
{
    using namespace hvbench;
    Session s;
    s.id = QStringLiteral("exp1");
    s.name = QStringLiteral("Export <test> & report");
    s.hostUri = QStringLiteral("qemu:///system");
    s.specs.first().name = QStringLiteral("kvm-virtio");
    auto add = [&](const QString &config, int vmCount, int repeat, int guest, qint64 cycles) {
        RunResult r;
        r.config = config;
        r.vmCount = vmCount;
        r.repeat = repeat;
        r.guest = guest;
        r.domain = vmCount ? QStringLiteral("hvbench-exp1-%1").arg(guest) : QString();
        r.workload = QStringLiteral("pi");
        r.command = QStringLiteral("hvbench-agent pi --digits 80000");
        r.cycles = cycles;
        r.wallNs = cycles / 3;
        r.cpuNs = cycles / 3;
        r.finishedAt = QDateTime(QDate(2026, 11, 29), QTime(12, 0, repeat), Qt::UTC);
        s.results.append(r);
    };
    for (int rep = 0; rep < 2; ++rep) {
        add(kBareMetal, 0, rep, 0, 3'000'000'000LL + rep * 10'000'000LL);
        add(QStringLiteral("kvm-virtio"), 1, rep, 0, 3'300'000'000LL + rep * 20'000'000LL);
        add(QStringLiteral("kvm-virtio"), 2, rep, 0, 6'100'000'000LL + rep * 50'000'000LL);
        add(QStringLiteral("kvm-virtio"), 2, rep, 1, 6'400'000'000LL - rep * 30'000'000LL);
    }
    for (int rep = 0; rep < 2; ++rep)
        for (int vms : {0, 1}) {
            RunResult r;
            r.config = vms ? QStringLiteral("kvm-virtio") : kBareMetal;
            r.vmCount = vms;
            r.repeat = rep;
            r.domain = vms ? QStringLiteral("hvbench-exp1-0") : QString();
            r.workload = QStringLiteral("net-out");
            r.command = QStringLiteral("iperf3 -c 192.168.100.1 -p 5201 -J -t 10 -P 1");
            r.toolVersion = QStringLiteral("iperf 3.12");
            r.metrics = QJsonObject{{QStringLiteral("throughput_mbps"), vms ? 1500.0 + rep * 10 : 9400.0 - rep * 50}};
            r.wallNs = 10'000'000'000LL;
            s.results.append(r);
        }
    virt::HostInfo host;
    host.uri = s.hostUri;
    host.hostname = QStringLiteral("node7");
    host.driver = QStringLiteral("QEMU");
    host.kvm = !tcg;
    host.arch = QStringLiteral("x86_64");
    host.cpuModel = kCpuModel;
    host.cpus = 16;
    host.memoryMiB = 64'000;
    host.libvirtVersion = QStringLiteral("9.0.0");
    host.hypervisorVersion = QStringLiteral("7.2.22");
    QJsonObject m;
    m.insert(QStringLiteral("host"), host.toJson());
    m.insert(QStringLiteral("started_at"), QStringLiteral("2026-11-29T11:58:00Z"));
    m.insert(QStringLiteral("finished_at"), QStringLiteral("2026-11-29T12:03:00Z"));
    m.insert(QStringLiteral("hvbench_version"), QStringLiteral("0.1.0"));
    m.insert(QStringLiteral("local_machine"), QJsonObject{{QStringLiteral("hostname"), QStringLiteral("node7")},
                                                          {QStringLiteral("kernel"), QStringLiteral("6.1.0-27-amd64")},
                                                          {QStringLiteral("os"), QStringLiteral("Debian GNU/Linux 12")},
                                                          {QStringLiteral("cpus"), 16}});
    m.insert(QStringLiteral("agents"),
             QJsonObject{{QStringLiteral("bare-metal"),
                          QJsonObject{{QStringLiteral("agent"), QStringLiteral("0.1.0")},
                                      {QStringLiteral("kernel"), QStringLiteral("6.1.0-27-amd64")},
                                      {QStringLiteral("cpu_model"), kCpuModel},
                                      {QStringLiteral("cpus"), 16},
                                      {QStringLiteral("virtualized"), false}}}});
    virt::DomainParams p;
    p.name = QStringLiteral("hvbench-exp1-0");
    p.sessionId = s.id;
    p.spec = s.spec();
    p.domainType = tcg ? QStringLiteral("qemu") : QStringLiteral("kvm");
    p.kernelPath = QStringLiteral("/var/lib/libvirt/boot/hvbench-abc/vmlinux");
    p.initrdPath = QStringLiteral("/var/lib/libvirt/boot/hvbench-abc/initrd-full.img");
    p.cmdline = QStringLiteral("console=ttyS0 quiet hvbench.dhcp=1");
    p.channelName = QStringLiteral("org.hvbench.agent.0");
    m.insert(QStringLiteral("domains"), QJsonObject{{p.name, virt::buildDomainXml(p)}});
    m.insert(QStringLiteral("skipped"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("cell"), QStringLiteral("kvm-virtio/2")},
                             {QStringLiteral("benchmark"), QStringLiteral("net-out")},
                             {QStringLiteral("reason"), QStringLiteral("iperf3 needs the isolated network <test>")}}});
    m.insert(QStringLiteral("repeat_outcome"),
             QJsonObject{{QStringLiteral("seed"), 7},
                         {QStringLiteral("cells"),
                          QJsonObject{{QStringLiteral("bare-metal/0"),
                                       QJsonObject{{QStringLiteral("rounds"), 2},
                                                   {QStringLiteral("stopped_by"), QStringLiteral("repeats")},
                                                   {QStringLiteral("rsd_pct"), 0.3}}}}}});
    m.insert(QStringLiteral("timing"), QJsonObject{{QStringLiteral("rounds_wall_s"), 300.0},
                                                   {QStringLiteral("measuring_s"), 290.0},
                                                   {QStringLiteral("orchestration_pct"), 3.3}});
    s.manifest = m;
    return s;
}

// The file stems of the charts an export of `s` writes: every figure that has data, as
// SessionCharts (and so "export all", the report and the CLI) lists them.
inline QStringList chartStems(const hvbench::Session &s)
{
    hvbench::SessionDocument doc;
    doc.reset(s);
    const hvbench::SessionCharts charts(doc);
    QStringList stems;
    for (const hvbench::ChartEntry &c : charts.charts())
        stems.append(c.stem);
    return stems;
}

// stems × suffixes ("png", "svg") plus extra names, sorted.
inline QStringList fileNames(const QStringList &stems, const QStringList &suffixes, const QStringList &extra = {})
{
    QStringList out = extra;
    for (const QString &st : stems)
        for (const QString &suf : suffixes)
            out.append(st + QLatin1Char('.') + suf);
    out.sort();
    return out;
}

} // namespace exportfixture
