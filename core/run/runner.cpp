// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runner.h"
#include "guest/agentclient.h"
#include "guest/agentprotocol.h"
#include "guest/processagentlink.h"
#include "guest/streamagentlink.h"
#include "model/sessiondocument.h"
#include "virt/speccheck.h"
#include "virt/credentials.h"
#include "virt/ownership.h"
#include "virt/uri.h"
#include "virt/virthost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QDir>
#include <QSysInfo>
#include <libvirt/libvirt.h>

namespace hvbench {

RunnerOptions RunnerOptions::defaults()
{
    RunnerOptions o;
    o.agentPath = qEnvironmentVariable("HVBENCH_AGENT");
    if (o.agentPath.isEmpty()) {
        const QDir app(QCoreApplication::applicationDirPath());
        const QString buildTree = app.filePath(QStringLiteral("../agent/hvbench-agent"));
        o.agentPath = QFileInfo::exists(buildTree) ? QFileInfo(buildTree).canonicalFilePath()
                                                   : app.filePath(QStringLiteral("hvbench-agent"));
    }
    o.consoleLogDir = qEnvironmentVariable("HVBENCH_CONSOLE_DIR", QStringLiteral("/var/log/libvirt/qemu"));
    return o;
}

Runner::Runner(SessionDocument *doc, RunnerOptions options, QObject *parent)
    : QObject(parent), m_doc(doc), m_opts(std::move(options))
{
}

Runner::~Runner()
{
    for (Slot &s : m_slots)
        delete s.client;
    m_slots.clear();
    // m_host's destructor destroys every VM it started.
}

Runner::Slot *Runner::slotByKey(int key)
{
    for (Slot &s : m_slots)
        if (s.key == key)
            return &s;
    return nullptr;
}

void Runner::start()
{
    if (isRunning())
        return;
    const Session &s = m_doc->session();
    m_failure.clear();
    m_measuring = false;
    m_connectionLost = false;
    m_cells = s.cells();
    m_cellIndex = 0;
    m_done = 0;
    m_total = s.plannedRuns();
    m_vmCounter = 0;
    const bool needsVms = std::any_of(m_cells.cbegin(), m_cells.cend(), [](const Cell &c) { return !c.isBaseline(); });
    Status check = s.validate();
    if (check && s.matrix.baseline && !QFileInfo(m_opts.agentPath).isExecutable())
        check = Error{tr("The hvbench agent \"%1\" for the bare-metal baseline was not found or is not executable. "
                         "Build it (cmake --build build/dev) or set HVBENCH_AGENT.").arg(m_opts.agentPath)};
    if (check && needsVms && s.spec().guest.kind == GuestImageKind::Bundled) {
        // Located and checked here (reads guest.json); copied where QEMU can read it later, on the
        // libvirt worker thread, so a first copy never blocks this thread.
        auto g = guest::locateGuestImage();
        if (g) // PI needs no benchmark tool: the base initramfs boots faster in less RAM
            g = g->withoutTools();
        check = g ? g->checkMemory(s.spec().memoryMiB) : Status(g.error());
        if (g)
            m_guest = *g;
    }
    if (!check) {
        const QString msg = check.errorMessage();
        QMetaObject::invokeMethod(this, [this, msg] { Q_EMIT failed(msg, true); }, Qt::QueuedConnection);
        return;
    }
    m_doc->clearResults();
    m_doc->setManifestValue(QStringLiteral("started_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_doc->setManifestValue(QStringLiteral("workload"), s.benchmarks.toJson());
    m_doc->setManifestValue(QStringLiteral("hvbench_version"), QStringLiteral(HVBENCH_VERSION));
    m_doc->setManifestValue(QStringLiteral("local_machine"),
                            QJsonObject{{QStringLiteral("hostname"), QSysInfo::machineHostName()},
                                        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                        {QStringLiteral("os"), QSysInfo::prettyProductName()}});
    if (!needsVms) {
        m_state = State::Starting;
        QMetaObject::invokeMethod(
            this, [this] { if (m_state == State::Starting && m_slots.isEmpty()) nextCell(); }, Qt::QueuedConnection);
        return;
    }
    m_state = State::Connecting;
    m_host = std::make_unique<virt::VirtHost>();
    m_host->setCredentialBroker(m_opts.broker);
    connect(m_host.get(), &virt::VirtHost::opened, this, &Runner::onHostOpened);
    connect(m_host.get(), &virt::VirtHost::openFailed, this, [this](const QString &m) {
        m_state = State::Idle;
        releaseHost();
        Q_EMIT failed(m, true);
    });
    connect(m_host.get(), &virt::VirtHost::connectionLost, this, [this](const QString &m) {
        m_connectionLost = true;
        fail(m);
        // Nothing more will come from a dead connection: do not wait for starts or destroys.
        if (m_provisioner)
            m_provisioner->abandon();
        m_cellTearingDown = false;
        maybeTeardownDone();
    });
    Q_EMIT log(tr("Connecting to %1 …").arg(s.hostUri));
    if (!m_opts.broker)
        return m_host->open(s.hostUri);
    // A password the user asked the keychain to remember is read first (asynchronously).
    const QString uri = s.hostUri;
    QString user = m_opts.broker->user(uri);
    if (user.isEmpty())
        user = virt::uriUser(uri);
    m_opts.broker->prefetchSecret(uri, user, this, [this, uri] {
        if (m_host && m_state == State::Connecting)
            m_host->open(uri);
    });
}

void Runner::onHostOpened(const virt::HostInfo &info)
{
    m_doc->setManifestValue(QStringLiteral("host"), info.toJson());
    Q_EMIT hostReady(info);
    Q_EMIT log(tr("Connected to %1 (%2, libvirt %3, hypervisor %4, %5).")
                   .arg(info.uri, info.driver, info.libvirtVersion, info.hypervisorVersion, info.accelName()));
    if (m_state != State::Connecting)
        return;
    const Session &s = m_doc->session();
    const auto placement = virt::placeSpec(s.spec(), info);
    if (!placement) {
        m_state = State::Idle;
        releaseHost();
        Q_EMIT failed(placement.errorMessage(), true);
        return;
    }
    const int maxVms = s.matrix.vmCounts.isEmpty() ? 1 : *std::max_element(s.matrix.vmCounts.cbegin(), s.matrix.vmCounts.cend());
    const QStringList warnings = virt::specWarnings(s.spec(), info, maxVms);
    for (const QString &w : warnings)
        Q_EMIT warning(w);
    m_doc->setManifestValue(QStringLiteral("placement"),
                            QJsonObject{{QStringLiteral("domain_type"), placement->domainType},
                                        {QStringLiteral("os_type"), placement->osType},
                                        {QStringLiteral("machine"), placement->machine},
                                        {QStringLiteral("software_emulation"), placement->softwareEmulation}});
    if (s.spec().guest.kind != GuestImageKind::Bundled)
        return createProvisioner(*placement);
    m_host->submit([this, g = m_guest, p = *placement](virConnectPtr) -> virt::Continuation {
        const auto staged = guest::stageReadableByQemu(g);
        return [this, staged, p] {
            if (m_state != State::Connecting)
                return;
            if (!staged) {
                m_state = State::Idle;
                releaseHost();
                Q_EMIT failed(staged.errorMessage(), true);
                return;
            }
            m_guest = *staged;
            m_doc->setManifestValue(QStringLiteral("guest_image"),
                                    QJsonObject{{QStringLiteral("kernel"), m_guest.kernelPath},
                                                {QStringLiteral("initrd"), m_guest.initrdPath},
                                                {QStringLiteral("kernel_version"), m_guest.kernelVersion},
                                                {QStringLiteral("cmdline"), m_guest.cmdline},
                                                {QStringLiteral("inputs_hash"), m_guest.inputsHash}});
            createProvisioner(p);
        };
    });
}

void Runner::createProvisioner(const virt::Placement &placement)
{
    const Session &s = m_doc->session();
    Provisioner::Setup setup{s.id, s.spec(), placement, m_guest, m_opts.consoleLogDir, agent::portName()};
    QDir().mkpath(m_opts.consoleLogDir);
    m_provisioner = new Provisioner(m_host.get(), setup, m_host.get());
    connect(m_provisioner, &Provisioner::prepared, this, [this] {
        if (m_state == State::Connecting) {
            m_state = State::Starting;
            nextCell();
        }
    });
    connect(m_provisioner, &Provisioner::failed, this, [this](const QString &m) {
        if (m_state == State::Connecting) { // the run's network could not be made: nothing to tear down
            m_state = State::TearingDown;
            m_failure = m;
            Q_EMIT log(m);
            return maybeTeardownDone();
        }
        fail(m);
    });
    connect(m_provisioner, &Provisioner::vmStarted, this, &Runner::onVmStarted);
    connect(m_provisioner, &Provisioner::vmFailed, this, [this](int, const QString &m) { fail(m); });
    connect(m_provisioner, &Provisioner::vmPhaseChanged, this, &Runner::vmPhaseChanged);
    connect(m_provisioner, &Provisioner::vmsTornDown, this, [this] {
        m_cellTearingDown = false;
        maybeTeardownDone();
    });
    connect(m_provisioner, &Provisioner::released, this, &Runner::endRun);
    connect(m_provisioner, &Provisioner::manifestEntry, this,
            [this](const QString &key, const QJsonValue &v) { m_doc->setManifestValue(key, v); });
    connect(m_provisioner, &Provisioner::log, this, &Runner::log);
    m_provisioner->prepare();
}

void Runner::nextCell()
{
    if (m_cellIndex >= m_cells.size())
        return finishRun();
    m_round = 0;
    m_ready = 0;
    m_state = State::Starting;
    if (cell().isBaseline())
        startBaseline();
    else
        startVms(cell().vmCount);
}

void Runner::attachClient(Slot &slot, agent::AgentClient *client)
{
    slot.client = client;
    const int index = int(&slot - m_slots.data());
    const QString who = slot.domain.isEmpty() ? kBareMetal : slot.domain;
    connect(client, &agent::AgentClient::ready, this, [this, who](const QJsonObject &h) { onReady(who, h); });
    connect(client, &agent::AgentClient::resultReceived, this, [this, index](const QJsonObject &m) { onResult(index, m); });
    connect(client, &agent::AgentClient::failed, this, [this](const QString &m) { fail(m); });
}

void Runner::startBaseline()
{
    Q_EMIT log(tr("Bare metal: starting %1 --stdio").arg(m_opts.agentPath));
    m_slots = {Slot{}};
    auto link = std::make_unique<agent::ProcessAgentLink>(m_opts.agentPath);
    attachClient(m_slots[0], new agent::AgentClient(std::move(link), m_opts.helloTimeoutMs));
}

void Runner::startVms(int count)
{
    const Session &s = m_doc->session();
    m_slots.clear();
    QList<int> keys;
    for (int i = 0; i < count; ++i) {
        Slot slot;
        slot.key = ++m_vmCounter;
        slot.domain = virt::domainName(s.id, slot.key);
        keys.append(slot.key);
        m_slots.append(slot);
    }
    Q_EMIT log(tr("%1 × %2: starting %n VM(s) …", nullptr, count).arg(s.spec().name, QString::number(count)));
    m_provisioner->startVms(keys);
}

void Runner::onVmStarted(int key, const QString &name, virt::StreamHandle channel, const QString &consoleLog)
{
    Slot *slot = slotByKey(key);
    if (!slot || m_state != State::Starting) { // cannot happen: the provisioner destroys it when tearing down
        virStreamAbort(channel.stream);
        virStreamFree(channel.stream);
        return;
    }
    Q_EMIT log(tr("%1 started; waiting for its agent …").arg(name));
    auto link = std::make_unique<agent::StreamAgentLink>(channel.stream, name);
    attachClient(*slot, new agent::AgentClient(std::move(link), m_opts.helloTimeoutMs, consoleLog));
}

void Runner::onReady(const QString &who, const QJsonObject &hello)
{
    if (m_state != State::Starting)
        return; // a late hello while tearing down
    QJsonObject agents = m_doc->session().manifest.value(QStringLiteral("agents")).toObject();
    agents.insert(who, hello);
    m_doc->setManifestValue(QStringLiteral("agents"), agents);
    for (const Slot &slot : std::as_const(m_slots))
        if (slot.domain == who)
            Q_EMIT vmPhaseChanged(slot.key, who, VmPhase::Ready, {});
    Q_EMIT log(tr("%1: agent %2 ready (kernel %3).")
                   .arg(who, hello.value(QStringLiteral("agent")).toString(), hello.value(QStringLiteral("kernel")).toString()));
    if (++m_ready == m_slots.size())
        releaseRound();
}

void Runner::releaseRound()
{
    m_state = State::Running;
    m_measuring = true;
    m_pendingResults = int(m_slots.size());
    const int digits = m_doc->session().benchmarks.piDigits;
    Q_EMIT progress(m_done, m_total,
                    tr("%1, %2 VM(s), round %3 of %4").arg(cell().config).arg(cell().vmCount).arg(m_round + 1)
                        .arg(m_doc->session().matrix.repeats));
    // The barrier: every guest said hello; release them all in one go.
    for (const Slot &slot : std::as_const(m_slots))
        if (!slot.domain.isEmpty())
            Q_EMIT vmPhaseChanged(slot.key, slot.domain, VmPhase::Measuring, {});
    for (int i = 0; i < m_slots.size(); ++i)
        m_slots[i].client->runPi(QStringLiteral("c%1-r%2-g%3").arg(m_cellIndex).arg(m_round).arg(i), digits,
                                 m_opts.runTimeoutMs);
}

void Runner::onResult(int slotIndex, const QJsonObject &msg)
{
    if (m_state != State::Running)
        return;
    auto r = RunResult::fromAgentResult(msg);
    if (!r)
        return fail(r.errorMessage());
    RunResult res = *r;
    const int asked = m_doc->session().benchmarks.piDigits;
    const int got = msg.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("digits")).toInt();
    if (res.workload != QLatin1String("pi") || (asked > 0 && got != asked))
        return fail(tr("%1 answered with a different workload than asked (%2, %3 digits; asked pi, %4 digits).")
                        .arg(m_slots[slotIndex].client->describe(), res.workload).arg(got).arg(asked));
    res.config = cell().config;
    res.vmCount = cell().vmCount;
    res.repeat = m_round;
    res.guest = slotIndex;
    res.domain = m_slots[slotIndex].domain;
    if (auto st = m_doc->addResult(res); !st)
        Q_EMIT warning(st.errorMessage());
    ++m_done;
    Q_EMIT progress(m_done, m_total, tr("%1: %2 cycles").arg(res.domain.isEmpty() ? kBareMetal : res.domain)
                                         .arg(res.cycles));
    if (--m_pendingResults > 0)
        return;
    if (++m_round < m_doc->session().matrix.repeats)
        releaseRound();
    else
        teardownCell();
}

void Runner::fail(const QString &message)
{
    if (m_state == State::Idle)
        return;
    if (m_failure.isEmpty())
        m_failure = message;
    Q_EMIT log(message);
    if (m_state != State::TearingDown)
        teardownCell();
}

void Runner::cancel()
{
    if (isRunning())
        fail(tr("The run was cancelled."));
}

void Runner::teardownCell()
{
    m_state = State::TearingDown;
    for (Slot &s : m_slots) {
        if (s.client) {
            s.client->shutdown();
            disconnect(s.client, nullptr, this, nullptr); // nothing it says matters any more
        }
    }
    const bool vms = std::any_of(m_slots.cbegin(), m_slots.cend(), [](const Slot &s) { return !s.domain.isEmpty(); });
    if (vms && m_provisioner) {
        m_cellTearingDown = true;
        m_provisioner->teardownVms();
        return;
    }
    maybeTeardownDone();
}

void Runner::maybeTeardownDone()
{
    if (m_state != State::TearingDown || m_cellTearingDown)
        return;
    for (Slot &s : m_slots)
        if (s.client)
            s.client->deleteLater();
    m_slots.clear();
    if (!m_failure.isEmpty())
        return finishRun();
    ++m_cellIndex;
    nextCell();
}

void Runner::releaseHost()
{
    // Deferred: this may run inside one of the host's own signals.
    if (m_host)
        m_host.release()->deleteLater();
}

void Runner::finishRun()
{
    // Remove the run's network (if any) before saying we are done.
    m_state = State::TearingDown;
    m_cellTearingDown = true; // nothing else may start now
    if (m_provisioner)
        m_provisioner->release();
    else
        QMetaObject::invokeMethod(this, &Runner::endRun, Qt::QueuedConnection);
}

void Runner::endRun()
{
    if (m_state == State::Idle)
        return;
    // The connection died mid-run: what libvirt's autodestroy does not remove (the network, data
    // volumes) is removed over a new connection before the run reports its end.
    if (m_connectionLost && m_provisioner && !m_provisioner->orphans().isEmpty() && !m_orphanCleanup) {
        m_orphanCleanup = new OrphanCleanup(m_doc->session().hostUri, m_provisioner->orphans(), this);
        connect(m_orphanCleanup, &OrphanCleanup::log, this, &Runner::log);
        connect(m_orphanCleanup, &OrphanCleanup::finished, this, [this] {
            m_orphanCleanup->deleteLater();
            m_connectionLost = false;
            endRun();
            m_orphanCleanup = nullptr;
        });
        m_orphanCleanup->start();
        return;
    }
    m_connectionLost = false;
    m_state = State::Idle;
    m_cellTearingDown = false;
    m_provisioner = nullptr; // deleted with the host
    releaseHost();
    if (!m_failure.isEmpty()) {
        Q_EMIT failed(m_failure, !m_measuring);
        return;
    }
    m_doc->setManifestValue(QStringLiteral("finished_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    Q_EMIT progress(m_done, m_total, tr("Done"));
    Q_EMIT finished();
}

} // namespace hvbench
