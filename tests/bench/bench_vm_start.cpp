// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 3's figures: time to start K guests until every agent said hello, for K = 1, 2, 4, 8, 17,
// through the provisioner the runner uses (concurrent starts), and the time to remove them all.
// Prints the per-guest cost and its growth relative to K = 1 (ratios measured in this run).
// Fails only if a guest fails; never on timing.
#include "guest/agentclient.h"
#include "guest/agentprotocol.h"
#include "guest/guestimage.h"
#include "guest/streamagentlink.h"
#include "model/session.h"
#include "run/provisioner.h"
#include "virt/speccheck.h"
#include "virt/virthost.h"

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>
#include <memory>
#include <vector>

using namespace hvbench;

class BenchVmStart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startToAllHello()
    {
        auto guest = guest::locateGuestImage();
        if (guest)
            guest = guest::stageReadableByQemu(guest->withoutTools());
        QVERIFY2(guest.ok(), qPrintable(guest.errorMessage()));
        virt::VirtHost host;
        QSignalSpy opened(&host, &virt::VirtHost::opened);
        QSignalSpy openFailed(&host, &virt::VirtHost::openFailed);
        host.open(QStringLiteral("qemu:///system"));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !openFailed.isEmpty(), 60'000);
        QVERIFY2(openFailed.isEmpty(), openFailed.isEmpty() ? "" : qPrintable(openFailed.first().first().toString()));
        const auto info = opened.first().first().value<virt::HostInfo>();

        VmSpec spec;
        spec.memoryMiB = 128; // the base guest needs 96 MiB; 17 × 128 MiB fits this host
        const auto placement = virt::placeSpec(spec, info);
        QVERIFY2(placement.ok(), qPrintable(placement.errorMessage()));
        const QString sid = Session::newId();
        Provisioner prov(&host, {sid, {spec}, {{0, *placement}}, false, *guest, QDir::tempPath(), agent::portName()});
        QSignalSpy prepared(&prov, &Provisioner::prepared);
        prov.prepare();
        QTRY_VERIFY(!prepared.isEmpty());

        int key = 0;
        double perGuest1 = 0;
        for (int k : {1, 2, 4, 8, 17}) {
            std::vector<std::unique_ptr<agent::AgentClient>> clients;
            int ready = 0;
            QString error;
            auto c1 = connect(&prov, &Provisioner::vmStarted, this,
                              [&](int, const QString &name, virt::StreamHandle ch, const QString &log) {
                                  auto link = std::make_unique<agent::StreamAgentLink>(ch.stream, name);
                                  clients.push_back(std::make_unique<agent::AgentClient>(std::move(link), 400'000, log));
                                  connect(clients.back().get(), &agent::AgentClient::ready, this, [&] { ++ready; });
                                  connect(clients.back().get(), &agent::AgentClient::failed, this,
                                          [&](const QString &m) { error = m; });
                              });
            auto c2 = connect(&prov, &Provisioner::vmFailed, this, [&](int, const QString &m) { error = m; });
            QList<int> keys;
            for (int i = 0; i < k; ++i)
                keys << ++key;
            QElapsedTimer t;
            t.start();
            prov.startVms(keys, 0);
            QTRY_VERIFY_WITH_TIMEOUT(ready == k || !error.isEmpty(), 420'000);
            const double startS = t.nsecsElapsed() / 1e9;
            disconnect(c1);
            disconnect(c2);
            for (auto &c : clients)
                c->shutdown();
            QSignalSpy tornDown(&prov, &Provisioner::vmsTornDown);
            QElapsedTimer td;
            td.start();
            prov.teardownVms();
            QTRY_VERIFY_WITH_TIMEOUT(!tornDown.isEmpty(), 120'000);
            const double cleanupS = td.nsecsElapsed() / 1e9;
            clients.clear();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const double perGuest = startS / k;
            if (k == 1)
                perGuest1 = perGuest;
            qInfo("BENCH vm_start K=%d (%s): all hello after %.2f s, %.2f s per guest, per-guest ratio to K=1 %.2f; "
                  "cleanup %.2f s (%.3f s per guest)",
                  k, qPrintable(info.accelName()), startS, perGuest, perGuest / perGuest1, cleanupS, cleanupS / k);
        }
        QSignalSpy released(&prov, &Provisioner::released);
        prov.release();
        QTRY_VERIFY(!released.isEmpty());
    }
};

QTEST_GUILESS_MAIN(BenchVmStart)
#include "bench_vm_start.moc"
