// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/virtworker.h"
#include "virt/domainxml.h"
#include "virt/hostprobe.h"
#include "virt/libvirtglobal.h"
#include "virt/openconnection.h"

#include <QCoreApplication>
#include <libvirt/libvirt.h>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::VirtHost)
};

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

namespace {
// Concurrent libvirt calls from the pool.  libvirtd serves at most max_client_requests (default 5)
// calls per connection at once; beyond that it stops reading the connection, keep-alive answers
// included, and closes it for a keep-alive timeout (seen here with 8 concurrent starts of 17
// guests).  Three leave room for the worker thread's own call and the agent streams.
constexpr int kStartThreads = 3;
}

VirtWorker::VirtWorker(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(kStartThreads);
}

VirtWorker::~VirtWorker()
{
    close();
}

void VirtWorker::runWork(const Work &work, bool parallel)
{
    if (!parallel) {
        Q_EMIT workDone(work(m_conn));
        return;
    }
    m_pool.start([this, work] { Q_EMIT workDone(work(m_conn)); });
}

void VirtWorker::open(const QString &uri)
{
    ensureLibvirtInitialized();
    close();
    OpenFailure why = OpenFailure::None;
    auto conn = openConnection(uri, m_broker, &why);
    if (!conn) {
        Q_EMIT openFailed(why == OpenFailure::NoDaemon
                              ? Tr::tr("%1 (scripts/ensure-libvirtd.sh starts a libvirt daemon on this computer.)")
                                    .arg(conn.errorMessage())
                              : conn.errorMessage());
        return;
    }
    m_conn = *conn;
    // Called on libvirt's event thread; the queued signal carries it to whoever listens.
    virConnectRegisterCloseCallback(m_conn, &VirtWorker::onConnectionClosed, this, nullptr);
    Q_EMIT opened(probeHost(m_conn));
}

void VirtWorker::startDomain(int key, const QString &xml, const QString &channelName, int generation)
{
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
