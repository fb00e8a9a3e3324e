// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/virtworker.h"
#include "virt/domainxml.h"
#include "virt/libvirtglobal.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <libvirt/libvirt.h>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::VirtHost)
};

QString cpuModelFromCapabilities(const char *xml)
{
    QXmlStreamReader r(QString::fromUtf8(xml));
    bool inHostCpu = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("cpu"))
            inHostCpu = true;
        if (inHostCpu && r.isStartElement() && r.name() == QLatin1String("model"))
            return r.readElementText();
        if (r.isEndElement() && r.name() == QLatin1String("host"))
            break;
    }
    return {};
}
} // namespace

void VirtWorker::onConnectionClosed(virConnectPtr, int reason, void *opaque)
{
    auto *self = static_cast<VirtWorker *>(opaque);
    const QString why = reason == VIR_CONNECT_CLOSE_REASON_EOF         ? Tr::tr("the daemon closed it")
                        : reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE ? Tr::tr("the host stopped answering")
                                                                       : Tr::tr("an error on the connection");
    Q_EMIT self->connectionLost(Tr::tr("The connection to the libvirt host was lost (%1). VMs it was running are "
                                       "destroyed by libvirt (they were started with autodestroy).").arg(why));
}

VirtWorker::~VirtWorker()
{
    close();
}

namespace {
// Concurrent libvirt calls from the pool.  libvirtd serves at most max_client_requests (default 5)
// calls per connection at once; beyond that it stops reading the connection, keep-alive answers
// included, and closes it for a keep-alive timeout (seen here with 8 concurrent starts of 17
// guests).  Three leave room for the worker thread's own call and the agent streams.
constexpr int kStartThreads = 3;
}

void VirtWorker::runWork(const Work &work, bool parallel)
{
    if (!parallel) {
        Q_EMIT workDone(work(m_conn));
        return;
    }
    m_pool.setMaxThreadCount(kStartThreads);
    m_pool.start([this, work] { Q_EMIT workDone(work(m_conn)); });
}

HostInfo VirtWorker::probe(const QString &uri)
{
    HostInfo h;
    if (char *u = virConnectGetURI(m_conn)) {
        h.uri = QString::fromUtf8(u);
        free(u);
    } else {
        h.uri = uri;
    }
    if (char *n = virConnectGetHostname(m_conn)) {
        h.hostname = QString::fromUtf8(n);
        free(n);
    }
    if (const char *t = virConnectGetType(m_conn))
        h.driver = QString::fromUtf8(t);
    virNodeInfo node{};
    if (virNodeGetInfo(m_conn, &node) == 0) {
        h.arch = QString::fromUtf8(node.model);
        h.cpus = int(node.cpus);
        h.memoryMiB = qint64(node.memory / 1024);
    }
    unsigned long v = 0;
    if (virConnectGetLibVersion(m_conn, &v) == 0)
        h.libvirtVersion = versionString(v);
    if (virConnectGetVersion(m_conn, &v) == 0)
        h.hypervisorVersion = versionString(v);
    if (char *caps = virConnectGetCapabilities(m_conn)) {
        h.cpuModel = cpuModelFromCapabilities(caps);
        free(caps);
    }
    char *kvmCaps = virConnectGetDomainCapabilities(m_conn, nullptr, "x86_64", nullptr, "kvm", 0);
    h.kvm = kvmCaps != nullptr;
    free(kvmCaps);
    return h;
}

void VirtWorker::open(const QString &uri)
{
    ensureLibvirtInitialized();
    close();
    m_conn = virConnectOpen(uri.toUtf8().constData());
    if (m_conn) {
        // Called on libvirt's event thread; the queued signal carries it to whoever listens.
        virConnectRegisterCloseCallback(m_conn, &VirtWorker::onConnectionClosed, this, nullptr);
    }
    if (!m_conn) {
        Q_EMIT openFailed(Tr::tr("Cannot connect to the libvirt host \"%1\": %2. Is a libvirt daemon running "
                                 "there (scripts/ensure-libvirtd.sh starts one on this computer)?")
                              .arg(uri, lastError()));
        return;
    }
    Q_EMIT opened(probe(uri));
}

void VirtWorker::startDomain(int key, const QString &xml, const QString &channelName, int generation)
{
    m_pool.setMaxThreadCount(kStartThreads);
    m_pool.start([this, key, xml, channelName, generation] { createDomain(key, xml, channelName, generation); });
}

void VirtWorker::createDomain(int key, const QString &xml, const QString &channelName, int generation)
{
    if (generation != m_generation) {
        Q_EMIT domainFailed(key, Tr::tr("Not started: the run was stopped."));
        return;
    }
    if (!m_conn) {
        Q_EMIT domainFailed(key, Tr::tr("Not connected to a libvirt host."));
        return;
    }
    virDomainPtr dom = virDomainCreateXML(m_conn, xml.toUtf8().constData(), VIR_DOMAIN_START_AUTODESTROY);
    if (!dom) {
        Q_EMIT domainFailed(key, Tr::tr("libvirt could not start the VM: %1").arg(lastError()));
        return;
    }
    const QString name = QString::fromUtf8(virDomainGetName(dom));
    {
        QMutexLocker lock(&m_oursMutex);
        m_ours.insert(name);
    }
    virStreamPtr st = virStreamNew(m_conn, VIR_STREAM_NONBLOCK);
    if (!st || virDomainOpenChannel(dom, channelName.toUtf8().constData(), st, 0) < 0) {
        const QString err = lastError();
        if (st)
            virStreamFree(st);
        virDomainDestroy(dom);
        virDomainFree(dom);
        {
            QMutexLocker lock(&m_oursMutex);
            m_ours.remove(name);
        }
        Q_EMIT domainFailed(key, Tr::tr("Cannot open the agent channel %1 of VM %2: %3").arg(channelName, name, err));
        return;
    }
    virDomainFree(dom);
    Q_EMIT domainStarted(key, name, StreamHandle{st});
}

void VirtWorker::destroyDomain(const QString &name)
{
    bool ours = false;
    {
        QMutexLocker lock(&m_oursMutex);
        ours = m_ours.remove(name);
    }
    if (m_conn && ours) {
        if (virDomainPtr dom = virDomainLookupByName(m_conn, name.toUtf8().constData())) {
            virDomainDestroy(dom); // fails harmlessly when the guest already powered off
            virDomainFree(dom);
        }
    }
    Q_EMIT domainDestroyed(name);
}

void VirtWorker::close()
{
    ++m_generation;       // starts still queued on the pool create nothing
    m_pool.waitForDone(); // running starts finish (and are destroyed below)
    if (!m_conn)
        return;
    virConnectUnregisterCloseCallback(m_conn, &VirtWorker::onConnectionClosed);
    QMutexLocker lock(&m_oursMutex);
    for (const QString &name : std::as_const(m_ours))
        if (virDomainPtr dom = virDomainLookupByName(m_conn, name.toUtf8().constData())) {
            virDomainDestroy(dom);
            virDomainFree(dom);
        }
    m_ours.clear();
    virConnectClose(m_conn);
    m_conn = nullptr;
}

} // namespace hvbench::virt
