// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Live network throughput during the network benchmark: samples interface byte counters every
// intervalMs and emits rates in Mbit/s (10^6 bit/s) FROM THE GUEST'S (or the bare-metal
// namespace's) POINT OF VIEW: rx = what the guest received (inbound, `iperf3 -R`), tx = what it
// sent (outbound).  Every sample is kept with its raw counters so the runner can store them.
//
// Sources:
//  - a local interface: /sys/class/net/<if>/statistics/{rx,tx}_bytes, read on the caller's
//    thread (sysfs reads do not block).  For the namespace's host-side veth end pass swap =
//    true: a veth pair's ends mirror each other, so what the host end receives is what the
//    namespace sent (host-end rx = namespace tx).
//  - a libvirt domain: virDomainInterfaceStats() on the libvirt worker (VirtHost::submit), for the
//    interface's target dev read from the live domain XML.  No swap: libvirt already reports
//    these from the domain's point of view (see livecounters.cpp).
// At most one libvirt call is in flight per domain; a tick that finds one still running is
// skipped for that domain.  A source that fails emits sourceFailed() once and is dropped.
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace hvbench {
namespace virt {
class VirtHost;
}

class LiveCounters final : public QObject {
    Q_OBJECT
public:
    struct Sample {
        qint64 msSinceStart = 0; // when the counters were read (end of the interval)
        qint64 intervalMs = 0;   // since the previous reading
        double rxMbps = 0;       // guest/namespace point of view
        double txMbps = 0;
        qint64 rxBytes = 0; // raw counters at this reading (guest/namespace point of view)
        qint64 txBytes = 0;
    };

    // host: needed only for addDomain(); it must outlive the sampling, and live on this object's
    // thread (its continuations deliver the libvirt answers here).
    explicit LiveCounters(virt::VirtHost *host = nullptr, QObject *parent = nullptr);
    ~LiveCounters() override;

    void setIntervalMs(int ms);
    int intervalMs() const { return m_intervalMs; }

    // Adding under an existing `who` replaces that source (and keeps its samples).  Sources added
    // while running are read at once (their first reading is the baseline, no sample).
    void addLocal(const QString &who, const QString &ifname, bool swap);
    // `interfaceDev` empty: the first <interface>'s <target dev> in the live domain XML.
    void addDomain(const QString &who, const QString &domainName, const QString &interfaceDev = {});
    void removeSource(const QString &who);

    // Begins a new recording (earlier samples are cleared; msSinceStart counts from here): the
    // first reading of every source is its baseline, a sample follows each later reading.
    void start();
    void stop(); // samples are kept; late libvirt answers are ignored
    bool isRunning() const;

    QList<Sample> samples(const QString &who) const { return m_samples.value(who); }
    QStringList sources() const { return m_sources.keys(); }
    // Diagnostics: libvirt calls submitted so far (ticks skipped while one is in flight do not count).
    int libvirtCallsIssued() const { return m_libvirtCalls; }

    // --- building blocks, public for tests ---
    // The <target dev> of the first <interface> under <devices> in a domain XML ("" if none).
    static QString interfaceTargetDev(const QString &domainXml);

Q_SIGNALS:
    void sample(const QString &who, qint64 msSinceStart, double rxMbps, double txMbps);
    void sourceFailed(const QString &who, const QString &message);

private:
    struct Source {
        enum class Kind { Local, Domain } kind = Kind::Local;
        QString ifname;    // local interface, or the domain's target dev once known
        bool swap = false; // local only
        QString domain;
        bool inFlight = false;
        quint64 generation = 0; // answers for an older generation (replaced/removed/stopped) are ignored
        bool havePrev = false;
        qint64 prevMs = 0;
        qint64 prevRx = 0, prevTx = 0;
    };
    void tick();
    void readSource(const QString &who);
    void readDomain(const QString &who, Source &s);
    void record(const QString &who, qint64 ms, qint64 rx, qint64 tx);
    void dropSource(const QString &who, const QString &message);

    virt::VirtHost *m_host;
    int m_intervalMs = 1000;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    quint64 m_nextGeneration = 1;
    int m_libvirtCalls = 0;
    quint64 m_run = 0; // incremented by start()
    QHash<QString, Source> m_sources;
    QHash<QString, QList<Sample>> m_samples;
};

} // namespace hvbench
