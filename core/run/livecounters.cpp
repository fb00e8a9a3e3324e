// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/livecounters.h"

#include "virt/libvirthandles.h"
#include "virt/virthost.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QXmlStreamReader>

#include <libvirt/virterror.h>

// Direction of virDomainInterfaceStats (checked in libvirt's source, src/util/virnetdevtap.c and
// the qemu/lxc drivers): the driver reads the host-side device's counters in /proc/net/dev and
// passes them through virNetDevTapInterfaceStats(ifname, stats, swapped), whose contract is "the
// returned statistics are always from domain POV".  The callers pass
// swapped = !virDomainNetTypeSharesHostView(net): for a tap device (interface type network or
// bridge, our case) what the host-side tap receives is what the guest sent, so libvirt SWAPS
// rx/tx; for macvtap (type direct), where the guest's packets look like the host's own, it does
// not.  (Which other types "share the host view" was not checked: hvbench uses type network.)
// The per-type choice came with a 2017 libvir-list patch for rhbz#1497410; before it libvirt
// always swapped, which was already the domain's view for tap devices.  So rx_bytes is what the
// GUEST received and tx_bytes what it sent, and LiveCounters uses them as they are.
// The test driver (test:///default) returns synthetic counters that grow with the wall clock
// (observed here: rx_bytes grows twice as fast as tx_bytes): fine for exercising the path,
// meaningless as traffic.

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::LiveCounters)
};

QString libvirtError()
{
    const char *m = virGetLastErrorMessage();
    return m ? QString::fromUtf8(m) : QString();
}

std::optional<qint64> readCounter(const QString &ifname, const char *name)
{
    QFile f(QStringLiteral("/sys/class/net/") + ifname + QStringLiteral("/statistics/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    bool ok = false;
    const qint64 v = f.readAll().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}
} // namespace

LiveCounters::LiveCounters(virt::VirtHost *host, QObject *parent)
    : QObject(parent), m_host(host), m_timer(new QTimer(this))
{
    m_timer->setInterval(m_intervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &LiveCounters::tick);
}

LiveCounters::~LiveCounters() = default; // pending libvirt answers hold a QPointer to us

void LiveCounters::setIntervalMs(int ms)
{
    m_intervalMs = qMax(1, ms);
    m_timer->setInterval(m_intervalMs);
}

bool LiveCounters::isRunning() const
{
    return m_timer->isActive();
}

void LiveCounters::addLocal(const QString &who, const QString &ifname, bool swap)
{
    Source s;
    s.kind = Source::Kind::Local;
    s.ifname = ifname;
    s.swap = swap;
    s.generation = m_nextGeneration++;
    m_sources.insert(who, s);
    if (isRunning())
        readSource(who);
}

void LiveCounters::addDomain(const QString &who, const QString &domainName, const QString &interfaceDev)
{
    Source s;
    s.kind = Source::Kind::Domain;
    s.domain = domainName;
    s.ifname = interfaceDev;
    s.generation = m_nextGeneration++;
    m_sources.insert(who, s);
    if (isRunning())
        readSource(who);
}

void LiveCounters::removeSource(const QString &who)
{
    m_sources.remove(who);
}

void LiveCounters::start()
{
    m_samples.clear();
    ++m_run; // answers to calls made before this start() carry the old clock: not recorded
    for (Source &s : m_sources)
        s.havePrev = false;
    m_clock.start();
    m_timer->start();
    tick(); // the baseline readings
}

void LiveCounters::stop()
{
    m_timer->stop();
}

void LiveCounters::tick()
{
    const QStringList whos = m_sources.keys();
    for (const QString &who : whos)
        readSource(who);
}

void LiveCounters::readSource(const QString &who)
{
    auto it = m_sources.find(who);
    if (it == m_sources.end())
        return;
    if (it->kind == Source::Kind::Domain) {
        readDomain(who, *it);
        return;
    }
    const auto rx = readCounter(it->ifname, "rx_bytes");
    const auto tx = readCounter(it->ifname, "tx_bytes");
    const qint64 ms = m_clock.elapsed();
    if (!rx || !tx) {
        dropSource(who, Tr::tr("Cannot read the byte counters of network interface %1 (/sys/class/net/%1/statistics): "
                               "it does not exist or is gone.")
                            .arg(it->ifname));
        return;
    }
    // A veth end mirrors its peer: the host end's rx is the namespace's tx.
    record(who, ms, it->swap ? *tx : *rx, it->swap ? *rx : *tx);
}

void LiveCounters::readDomain(const QString &who, Source &s)
{
    if (s.inFlight)
        return; // the previous call has not answered: skip this tick rather than pile up calls
    if (!m_host) {
        dropSource(who, Tr::tr("No libvirt host was given to read the counters of domain %1.").arg(s.domain));
        return;
    }
    s.inFlight = true;
    ++m_libvirtCalls;
    const QString domain = s.domain;
    const QString dev = s.ifname;
    const quint64 generation = s.generation;
    const QElapsedTimer clock = m_clock;
    const quint64 run = m_run;
    QPointer<LiveCounters> self(this);
    m_host->submit([self, who, generation, run, domain, dev, clock](virConnectPtr conn) -> virt::Continuation {
        QString error;
        QString target = dev;
        qint64 ms = 0, rx = 0, tx = 0;
        if (!conn) {
            error = Tr::tr("Not connected to the libvirt host: no counters for domain %1.").arg(domain);
        } else if (virt::DomPtr d{virDomainLookupByName(conn, domain.toUtf8().constData())}; !d) {
            error = Tr::tr("Domain %1 not found: %2").arg(domain, libvirtError());
        } else {
            if (target.isEmpty()) {
                target = interfaceTargetDev(virt::takeString(virDomainGetXMLDesc(d.get(), 0)));
                if (target.isEmpty())
                    error = Tr::tr("Domain %1 has no network interface with a host-side device (is it running?).")
                                .arg(domain);
            }
            if (error.isEmpty()) {
                virDomainInterfaceStatsStruct st{};
                if (virDomainInterfaceStats(d.get(), target.toUtf8().constData(), &st, sizeof st) < 0)
                    error =
                        Tr::tr("Cannot read the counters of %1 on domain %2: %3").arg(target, domain, libvirtError());
                else if (st.rx_bytes < 0 || st.tx_bytes < 0)
                    error = Tr::tr("The host does not report byte counters for %1 on domain %2.").arg(target, domain);
                ms = clock.elapsed();
                rx = st.rx_bytes; // domain's point of view already (see the comment at the top)
                tx = st.tx_bytes;
            }
        }
        return [self, who, generation, run, target, error, ms, rx, tx] {
            if (!self)
                return;
            auto it = self->m_sources.find(who);
            if (it == self->m_sources.end() || it->generation != generation)
                return; // replaced or removed meanwhile
            it->inFlight = false;
            it->ifname = target;
            if (!error.isEmpty()) {
                self->dropSource(who, error);
                return;
            }
            if (self->isRunning() && run == self->m_run)
                self->record(who, ms, rx, tx);
        };
    });
}

void LiveCounters::record(const QString &who, qint64 ms, qint64 rx, qint64 tx)
{
    Source &s = m_sources[who];
    const bool baseline = !s.havePrev || ms <= s.prevMs || rx < s.prevRx || tx < s.prevTx; // first or reset
    if (!baseline) {
        Sample out;
        out.msSinceStart = ms;
        out.intervalMs = ms - s.prevMs;
        // bytes·8 / (ms·1000) = bit/s / 10^6
        out.rxMbps = double(rx - s.prevRx) * 8.0 / (double(out.intervalMs) * 1000.0);
        out.txMbps = double(tx - s.prevTx) * 8.0 / (double(out.intervalMs) * 1000.0);
        out.rxBytes = rx;
        out.txBytes = tx;
        m_samples[who].append(out);
        Q_EMIT sample(who, out.msSinceStart, out.rxMbps, out.txMbps);
    }
    s.havePrev = true;
    s.prevMs = ms;
    s.prevRx = rx;
    s.prevTx = tx;
}

void LiveCounters::dropSource(const QString &who, const QString &message)
{
    if (m_sources.remove(who))
        Q_EMIT sourceFailed(who, message);
}

QString LiveCounters::interfaceTargetDev(const QString &domainXml)
{
    QXmlStreamReader r(domainXml);
    QStringList path;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            path << r.name().toString();
            if (path.size() == 4 && path[1] == QLatin1String("devices") && path[2] == QLatin1String("interface") &&
                path[3] == QLatin1String("target")) {
                const QString dev = r.attributes().value(QLatin1String("dev")).toString();
                if (!dev.isEmpty())
                    return dev;
            }
            break;
        case QXmlStreamReader::EndElement:
            path.removeLast();
            break;
        default:
            break;
        }
    }
    return {};
}

} // namespace hvbench
