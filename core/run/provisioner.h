// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Everything a run creates on the libvirt host, and its removal: the isolated network (once per
// run), one data volume per VM, and the VMs themselves, started concurrently.  Reports each
// VM's phase so the UI can show per-VM progress.  Every object carries hvbench's owner mark
// (virt/ownership.h); nothing it did not create is touched.  Driven by signals; never blocks.
#include "guest/guestimage.h"
#include "model/vmspec.h"
#include "run/orphancleanup.h"
#include "virt/hostinfo.h"
#include "virt/speccheck.h"
#include "virt/storage.h"
#include "virt/virtworker.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace hvbench {
namespace virt { class VirtHost; }

// Per-VM progress: the provisioner reports disk → start → boot → destroy; the runner adds
// Ready (its agent said hello) and Measuring (released by the barrier).
enum class VmPhase { CreatingDisk, Starting, Booting, Ready, Measuring, Destroying, Gone, Failed };
QString vmPhaseName(VmPhase p); // translated, for the UI

class Provisioner final : public QObject {
    Q_OBJECT
public:
    struct Setup {
        QString sessionId;
        QList<VmSpec> specs;                    // the session's specs (index = Cell::specIndex)
        QHash<int, virt::Placement> placements; // only specs this host runs
        bool network = false;                   // make the run's isolated network
        guest::GuestImage guest;
        QString consoleLogDir;
        QString channelName;
    };
    Provisioner(virt::VirtHost *host, Setup setup, QObject *parent = nullptr);

    // Creates the run-wide resources (the isolated network when Setup::network).
    // Answers prepared() or failed().
    void prepare();
    // Creates a data volume (if any) and starts one VM per key, all concurrently.  Each VM
    // answers vmStarted or vmFailed.
    void startVms(const QList<int> &keys, int specIndex);
    // Destroys every VM of the current cell and deletes its volume; answers vmsTornDown().
    // VMs still starting are destroyed as soon as their start returns.
    void teardownVms();
    // Destroys the run-wide resources; answers released().  Call after vmsTornDown.
    void release();
    // The connection died: nothing more will answer.  Forget pending work (libvirt's
    // autodestroy removed the VMs; volumes and the network are left for the leftovers sweep).
    void abandon();

    bool idle() const { return m_pending == 0; }
    // What abandon() left on the host: the run's network and the volumes not deleted yet.
    const OrphanCleanup::Orphans &orphans() const { return m_orphans; }
    const virt::NetworkInfo &network() const { return m_network; }

Q_SIGNALS:
    void prepared();
    void failed(const QString &message);
    void vmPhaseChanged(int key, const QString &domain, hvbench::VmPhase phase, const QString &detail);
    void vmStarted(int key, const QString &domain, hvbench::virt::StreamHandle channel, const QString &consoleLog);
    void vmFailed(int key, const QString &message);
    void vmsTornDown();
    void released();
    // What to record in the session manifest: "domains" (name → XML), "network", "volumes".
    void manifestEntry(const QString &key, const QJsonValue &value);
    void log(const QString &line);

private:
    struct Vm {
        int key = 0;
        int specIndex = 0;
        QString domain;
        QString consoleLog;
        virt::DataVolume volume;  // path empty = no data disk (or not created yet)
        bool creatingVolume = false;
        bool starting = false;
        bool running = false;
    };
    void onVolume(int key, const Result<virt::DataVolume> &volume);
    void startDomain(Vm &vm);
    void onDomainStarted(int key, const QString &name, virt::StreamHandle channel);
    void onDomainFailed(int key, const QString &message);
    void onDomainDestroyed(const QString &name);
    void deleteVolume(const virt::DataVolume &volume);
    Vm *vmByKey(int key);
    Vm *vmByDomain(const QString &name);
    void settle();

    virt::VirtHost *m_host;
    Setup m_setup;
    virt::NetworkInfo m_network;
    QList<Vm> m_vms;
    QJsonObject m_domainXml;
    QJsonObject m_volumes;
    QHash<QString, virt::DataVolume> m_created; // owned volumes not deleted yet
    OrphanCleanup::Orphans m_orphans;
    int m_pending = 0;
    bool m_tearingDown = false;
    bool m_releasing = false;
};

} // namespace hvbench

Q_DECLARE_METATYPE(hvbench::VmPhase)
