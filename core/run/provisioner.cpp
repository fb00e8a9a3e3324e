// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/provisioner.h"
#include "virt/domainxml.h"
#include "virt/isolatednetwork.h"
#include "virt/ownership.h"
#include "virt/virthost.h"

#include <QDir>
#include <libvirt/libvirt.h>

namespace hvbench {

QString vmPhaseName(VmPhase p)
{
    switch (p) {
    case VmPhase::CreatingDisk: return Provisioner::tr("creating its data disk");
    case VmPhase::Starting: return Provisioner::tr("starting");
    case VmPhase::Booting: return Provisioner::tr("booting");
    case VmPhase::Ready: return Provisioner::tr("ready");
    case VmPhase::Measuring: return Provisioner::tr("measuring");
    case VmPhase::Destroying: return Provisioner::tr("shutting down");
    case VmPhase::Gone: return Provisioner::tr("removed");
    case VmPhase::Failed: return Provisioner::tr("failed");
    }
    return {};
}

namespace {
constexpr qint64 kMiB = 1024 * 1024;

virt::DataVolumeRequest volumeRequest(const QString &sessionId, int key, const VmSpec &spec)
{
    virt::DataVolumeRequest r;
    r.sessionId = sessionId;
    r.index = key;
    r.pool = spec.pool;
    r.format = spec.diskFormat == DiskFormat::Qcow2 ? QStringLiteral("qcow2") : QStringLiteral("raw");
    r.sizeBytes = qint64(spec.dataDiskMiB) * kMiB;
    r.blockDevice = spec.blockDevice;
    switch (spec.disk) {
    case DiskBackend::LogicalVolume: r.backend = virt::DataVolumeRequest::LogicalVolume; break;
    case DiskBackend::BlockDevice: r.backend = virt::DataVolumeRequest::BlockDevice; break;
    default: r.backend = virt::DataVolumeRequest::File; break;
    }
    return r;
}

QJsonObject volumeJson(const virt::DataVolume &v)
{
    return {{QStringLiteral("pool"), v.pool},   {QStringLiteral("name"), v.name},
            {QStringLiteral("path"), v.path},   {QStringLiteral("source_type"), v.sourceType},
            {QStringLiteral("format"), v.format}, {QStringLiteral("created_by_hvbench"), v.owned}};
}
} // namespace

Provisioner::Provisioner(virt::VirtHost *host, Setup setup, QObject *parent)
    : QObject(parent), m_host(host), m_setup(std::move(setup))
{
    qRegisterMetaType<VmPhase>();
    connect(m_host, &virt::VirtHost::domainStarted, this, &Provisioner::onDomainStarted);
    connect(m_host, &virt::VirtHost::domainFailed, this, &Provisioner::onDomainFailed);
    connect(m_host, &virt::VirtHost::domainDestroyed, this, &Provisioner::onDomainDestroyed);
}

Provisioner::Vm *Provisioner::vmByKey(int key)
{
    for (Vm &vm : m_vms)
        if (vm.key == key)
            return &vm;
    return nullptr;
}

Provisioner::Vm *Provisioner::vmByDomain(const QString &name)
{
    for (Vm &vm : m_vms)
        if (vm.domain == name)
            return &vm;
    return nullptr;
}

void Provisioner::prepare()
{
    if (!m_setup.network) {
        QMetaObject::invokeMethod(this, &Provisioner::prepared, Qt::QueuedConnection);
        return;
    }
    Q_EMIT log(tr("Creating the isolated network %1 …").arg(virt::networkName(m_setup.sessionId)));
    ++m_pending;
    const QString sid = m_setup.sessionId;
    m_host->submit([this, sid](virConnectPtr conn) -> virt::Continuation {
        Result<virt::NetworkInfo> net = conn ? virt::createIsolatedNetwork(conn, sid)
                                             : Result<virt::NetworkInfo>(Error{tr("Not connected to a libvirt host.")});
        return [this, net] {
            m_pending = std::max(0, m_pending - 1);
            if (!net)
                return Q_EMIT failed(net.errorMessage());
            m_network = *net;
            Q_EMIT manifestEntry(QStringLiteral("network"), m_network.toJson());
            Q_EMIT log(tr("Network %1 ready: bridge %2, host address %3/%4.")
                           .arg(m_network.name, m_network.bridge, m_network.ipv4Address)
                           .arg(m_network.ipv4Prefix));
            Q_EMIT prepared();
        };
    });
}

void Provisioner::startVms(const QList<int> &keys, int specIndex)
{
    const VmSpec &spec = m_setup.specs.at(specIndex);
    if (spec.disk == DiskBackend::BlockDevice && keys.size() > 1) {
        const QString msg = tr("One block device (%1) cannot be the data disk of %2 concurrent VMs: use a file or "
                               "LVM data disk for concurrency levels above 1.").arg(spec.blockDevice).arg(keys.size());
        QMetaObject::invokeMethod(this, [this, msg] { Q_EMIT failed(msg); }, Qt::QueuedConnection);
        return;
    }
    m_tearingDown = false;
    for (int key : keys) {
        Vm vm;
        vm.key = key;
        vm.specIndex = specIndex;
        vm.domain = virt::domainName(m_setup.sessionId, key);
        vm.consoleLog = QDir(m_setup.consoleLogDir).filePath(vm.domain + QStringLiteral(".console.log"));
        m_vms.append(vm);
    }
    for (int key : keys) {
        Vm &vm = *vmByKey(key);
        if (spec.disk == DiskBackend::None) {
            startDomain(vm);
            continue;
        }
        vm.creatingVolume = true;
        ++m_pending;
        Q_EMIT vmPhaseChanged(key, vm.domain, VmPhase::CreatingDisk, {});
        const virt::DataVolumeRequest req = volumeRequest(m_setup.sessionId, key, spec);
        m_host->submit(
            [this, key, req](virConnectPtr conn) -> virt::Continuation {
                Result<virt::DataVolume> v = conn ? virt::createDataVolume(conn, req)
                                                  : Result<virt::DataVolume>(Error{tr("Not connected to a libvirt host.")});
                return [this, key, v] { onVolume(key, v); };
            },
            /*parallel=*/true);
    }
}

void Provisioner::onVolume(int key, const Result<virt::DataVolume> &volume)
{
    m_pending = std::max(0, m_pending - 1);
    Vm *vm = vmByKey(key);
    if (!vm)
        return settle();
    vm->creatingVolume = false;
    if (volume)
        vm->volume = *volume;
    if (volume && volume->owned)
        m_created.insert(volume->name, *volume);
    if (m_tearingDown) {
        if (vm->volume.owned)
            deleteVolume(std::exchange(vm->volume, {}));
        return settle();
    }
    if (!volume) {
        Q_EMIT vmPhaseChanged(key, vm->domain, VmPhase::Failed, volume.errorMessage());
        Q_EMIT vmFailed(key, volume.errorMessage());
        return;
    }
    if (vm->volume.owned)
        m_created.insert(vm->volume.name, vm->volume);
    m_volumes.insert(vm->domain, volumeJson(vm->volume));
    Q_EMIT manifestEntry(QStringLiteral("volumes"), m_volumes);
    startDomain(*vm);
}

void Provisioner::startDomain(Vm &vm)
{
    virt::DomainParams p;
    p.name = vm.domain;
    p.sessionId = m_setup.sessionId;
    p.index = vm.key;
    const VmSpec &spec = m_setup.specs.at(vm.specIndex);
    p.spec = spec;
    virt::applyPlacement(p, m_setup.placements.value(vm.specIndex));
    // The data disk bypasses the host's page cache (O_DIRECT): disk figures measure the device
    // path, not the host's RAM (paper §6.5; DESIGN §4).
    p.diskCache = QStringLiteral("none");
    const GuestImageSpec &g = spec.guest;
    if (g.kind == GuestImageKind::KernelInitrd) {
        p.kernelPath = g.kernelPath;
        p.initrdPath = g.initrdPath;
        p.cmdline = g.cmdline;
    } else if (g.kind == GuestImageKind::Bundled) {
        p.kernelPath = m_setup.guest.kernelPath;
        p.initrdPath = m_setup.guest.initrdPath;
        // DHCP in the background: the agent does not wait for it.
        p.cmdline = m_setup.guest.cmdline + QStringLiteral(" hvbench.dhcp=1");
    }
    p.consoleLogPath = vm.consoleLog;
    p.channelName = m_setup.channelName;
    if (!vm.volume.path.isEmpty())
        p.dataDisk = {vm.volume.sourceType, vm.volume.path, vm.volume.format};
    if (spec.network == NetworkMode::Isolated)
        p.networkName = m_network.name;
    const QString xml = virt::buildDomainXml(p);
    m_domainXml.insert(vm.domain, xml);
    Q_EMIT manifestEntry(QStringLiteral("domains"), m_domainXml);
    vm.starting = true;
    ++m_pending;
    Q_EMIT vmPhaseChanged(vm.key, vm.domain, VmPhase::Starting, {});
    m_host->startDomain(vm.key, xml, m_setup.channelName);
}

void Provisioner::onDomainStarted(int key, const QString &name, virt::StreamHandle channel)
{
    m_pending = std::max(0, m_pending - 1);
    Vm *vm = vmByKey(key);
    if (vm)
        vm->starting = false;
    if (m_tearingDown || !vm) {
        virStreamAbort(channel.stream); // nobody will read it
        virStreamFree(channel.stream);
        if (vm)
            vm->running = true;
        ++m_pending;
        m_host->destroyDomain(name);
        return;
    }
    vm->running = true;
    Q_EMIT vmPhaseChanged(key, name, VmPhase::Booting, {});
    Q_EMIT vmStarted(key, name, channel, vm->consoleLog);
}

void Provisioner::onDomainFailed(int key, const QString &message)
{
    m_pending = std::max(0, m_pending - 1);
    Vm *vm = vmByKey(key);
    if (vm)
        vm->starting = false;
    if (m_tearingDown) {
        if (vm && vm->volume.owned)
            deleteVolume(std::exchange(vm->volume, {}));
        return settle();
    }
    if (vm)
        Q_EMIT vmPhaseChanged(key, vm->domain, VmPhase::Failed, message);
    Q_EMIT vmFailed(key, message);
}

void Provisioner::teardownVms()
{
    m_tearingDown = true;
    m_host->cancelQueuedStarts();
    for (Vm &vm : m_vms) {
        if (vm.running) {
            vm.running = false;
            ++m_pending;
            Q_EMIT vmPhaseChanged(vm.key, vm.domain, VmPhase::Destroying, {});
            m_host->destroyDomain(vm.domain);
        } else if (!vm.starting && !vm.creatingVolume && vm.volume.owned) {
            deleteVolume(std::exchange(vm.volume, {}));
        }
    }
    // Answer from the event loop, never from inside the caller.
    QMetaObject::invokeMethod(this, &Provisioner::settle, Qt::QueuedConnection);
}

void Provisioner::onDomainDestroyed(const QString &name)
{
    m_pending = std::max(0, m_pending - 1);
    if (Vm *vm = vmByDomain(name)) {
        vm->running = false;
        Q_EMIT vmPhaseChanged(vm->key, name, VmPhase::Gone, {});
        if (vm->volume.owned)
            deleteVolume(std::exchange(vm->volume, {}));
    }
    settle();
}

void Provisioner::deleteVolume(const virt::DataVolume &volume)
{
    ++m_pending;
    m_host->submit(
        [this, volume](virConnectPtr conn) -> virt::Continuation {
            const Status st = conn ? virt::deleteDataVolume(conn, volume) : Status(Error{tr("Not connected.")});
            return [this, st, volume] {
                m_pending = std::max(0, m_pending - 1);
                if (st)
                    m_created.remove(volume.name);
                else
                    Q_EMIT log(tr("Could not delete the data volume %1: %2").arg(volume.name, st.errorMessage()));
                settle();
            };
        },
        /*parallel=*/true);
}

void Provisioner::release()
{
    m_releasing = true;
    if (!m_network.name.isEmpty()) {
        ++m_pending;
        const QString name = m_network.name;
        m_network = {};
        m_host->submit([this, name](virConnectPtr conn) -> virt::Continuation {
            const Status st = conn ? virt::destroyIsolatedNetwork(conn, name) : Status(Error{tr("Not connected.")});
            return [this, st, name] {
                m_pending = std::max(0, m_pending - 1);
                if (!st)
                    Q_EMIT log(tr("Could not remove the network %1: %2").arg(name, st.errorMessage()));
                settle();
            };
        });
    }
    QMetaObject::invokeMethod(this, &Provisioner::settle, Qt::QueuedConnection);
}

void Provisioner::abandon()
{
    m_orphans.networkName = m_network.name;
    m_orphans.volumes = m_created.values();
    m_created.clear();
    m_pending = 0;
    m_vms.clear();
    m_network = {};
    m_tearingDown = false;
    m_releasing = false;
}

void Provisioner::settle()
{
    if (m_pending > 0)
        return;
    if (m_tearingDown) {
        m_tearingDown = false;
        m_vms.clear();
        Q_EMIT vmsTornDown();
    } else if (m_releasing) {
        m_releasing = false;
        Q_EMIT released();
    }
}

} // namespace hvbench
