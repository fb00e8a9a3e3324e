// SPDX-License-Identifier: GPL-3.0-or-later
// Time from virDomainCreateXML to the agent's hello, 5 times, one guest at a time, through the
// same code the runner uses (VirtHost → StreamAgentLink → AgentClient).  Prints the median and
// its ratio to the 3 s target.  Fails only if a guest fails; never on timing.
#include "guest/agentclient.h"
#include "guest/agentprotocol.h"
#include "guest/guestimage.h"
#include "guest/streamagentlink.h"
#include "model/session.h"
#include "virt/domainxml.h"
#include "virt/virthost.h"

#include <QElapsedTimer>
#include <QtTest>
#include <algorithm>

using namespace hvbench;

class BenchVmHello : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createToHello()
    {
        auto guest = guest::locateGuestImage();
        if (guest)
            guest = guest::stageReadableByQemu(guest->withoutTools()); // what a PI run boots
        QVERIFY2(guest.ok(), qPrintable(guest.errorMessage()));
        virt::VirtHost host;
        virt::HostInfo info;
        QString openError;
        connect(&host, &virt::VirtHost::opened, this, [&](const virt::HostInfo &i) { info = i; });
        connect(&host, &virt::VirtHost::openFailed, this, [&](const QString &m) { openError = m; });
        host.open(QStringLiteral("qemu:///system"));
        QTRY_VERIFY_WITH_TIMEOUT(!info.uri.isEmpty() || !openError.isEmpty(), 30000);
        QVERIFY2(openError.isEmpty(), qPrintable(openError));

        const QString sid = Session::newId();
        QList<double> seconds;
        for (int i = 1; i <= 5; ++i) {
            VmSpec spec;
            spec.memoryMiB = std::max(spec.memoryMiB, guest->minimumMemoryMiB());
            const QString name = virt::domainName(sid, i);
            const QString log = QStringLiteral("/var/log/libvirt/qemu/%1.console.log").arg(name);
            virt::DomainParams p{name, sid, i, spec, info.domainType(), guest->kernelPath, guest->initrdPath,
                                 guest->cmdline, log, agent::portName()};
            std::unique_ptr<agent::AgentClient> client;
            QString error;
            bool ready = false;
            auto onStarted = connect(&host, &virt::VirtHost::domainStarted, this,
                                     [&](int, const QString &n, virt::StreamHandle ch) {
                                         auto link = std::make_unique<agent::StreamAgentLink>(ch.stream, n);
                                         client = std::make_unique<agent::AgentClient>(std::move(link), 120000, log);
                                         connect(client.get(), &agent::AgentClient::ready, this, [&] { ready = true; });
                                         connect(client.get(), &agent::AgentClient::failed, this,
                                                 [&](const QString &m) { error = m; });
                                     });
            auto onFailed = connect(&host, &virt::VirtHost::domainFailed, this,
                                    [&](int, const QString &m) { error = m; });
            QElapsedTimer t;
            t.start();
            host.startDomain(i, virt::buildDomainXml(p), agent::portName());
            QTRY_VERIFY_WITH_TIMEOUT(ready || !error.isEmpty(), 150000);
            const double s = t.nsecsElapsed() / 1e9;
            disconnect(onStarted);
            disconnect(onFailed);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            seconds << s;
            client.reset();
            bool destroyed = false;
            auto onDestroyed = connect(&host, &virt::VirtHost::domainDestroyed, this, [&] { destroyed = true; });
            host.destroyDomain(name);
            QTRY_VERIFY_WITH_TIMEOUT(destroyed, 30000);
            disconnect(onDestroyed);
            qInfo("run %d: create -> hello %.2f s", i, s);
        }
        std::sort(seconds.begin(), seconds.end());
        const double median = seconds.at(2);
        qInfo("BENCH vm_create_to_hello (%s): median %.2f s over 5 (min %.2f, max %.2f); target <= 3 s, "
              "ratio median/target = %.2f",
              qPrintable(info.accelName()), median, seconds.first(), seconds.last(), median / 3.0);
    }
};

QTEST_GUILESS_MAIN(BenchVmHello)
#include "bench_vm_hello.moc"
