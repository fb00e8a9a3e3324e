// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/runner.h"
#include "run/baselinenetns.h"
#include "run/benchjob.h"
#include "run/iperf3servers.h"
#include "run/jobsetup.h"
#include "run/livecounters.h"
#include "run/roundplanner.h"
#include "guest/agentclient.h"
#include "guest/agentprotocol.h"
#include "guest/processagentlink.h"
#include "guest/streamagentlink.h"
#include "model/sessiondocument.h"
#include "virt/speccheck.h"
#include "virt/credentials.h"
#include "virt/domainxml.h"
#include "virt/ownership.h"
#include "virt/uri.h"
#include "virt/virthost.h"
#include "util/installlayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QDir>
#include <QJsonArray>
#include <QSet>
#include <QSysInfo>
#include <QThread>
#include <unistd.h>
#include <libvirt/libvirt.h>

namespace hvbench {

RunnerOptions RunnerOptions::defaults()
{
    RunnerOptions o;
    o.agentPath = qEnvironmentVariable("HVBENCH_AGENT");
    if (o.agentPath.isEmpty()) // build tree, else installed (libexec/hvbench), else next to the program
        o.agentPath = install::agentPath(QCoreApplication::applicationDirPath());
    o.consoleLogDir = qEnvironmentVariable("HVBENCH_CONSOLE_DIR", QStringLiteral("/var/log/libvirt/qemu"));
    return o;
}

Runner::Runner(SessionDocument *doc, RunnerOptions options, QObject *parent)
    : QObject(parent), m_doc(doc), m_opts(std::move(options))
{
}

Runner::~Runner()
{
    for (Slot &s : m_slots) {
        delete s.job;
        delete s.client;
    }
    m_slots.clear();
    // m_host's destructor destroys every VM it started; the servers and the namespace are
    // children (their destructors kill / remove).
}

namespace {
bool anyVmCellAsked(const Session &s)
{
    return !s.matrix.vmCounts.isEmpty() && !s.specs.isEmpty();
}

bool onlyPi(const Session &s)
{
    return s.benchmarks.enabled == QList<Benchmark>{Benchmark::Pi};
}

QString hostAddressWithLastOctet(const QString &address, int last)
{
    QStringList parts = address.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return {};
    parts[3] = QString::number(last);
    return parts.join(QLatin1Char('.'));
}
} // namespace

Runner::Slot *Runner::slotByKey(int key)
{
    for (Slot &s : m_slots)
        if (s.key == key)
            return &s;
    return nullptr;
}

bool Runner::hasUnfinishedRun(const Session &s)
{
    return !s.results.isEmpty() && !s.manifest.value(QStringLiteral("started_at")).toString().isEmpty()
        && s.manifest.value(QStringLiteral("finished_at")).toString().isEmpty();
}

void Runner::start()
{
    begin(hasUnfinishedRun(m_doc->session()));
}

void Runner::startFresh()
{
    begin(false);
}

void Runner::begin(bool resume)
{
    if (isRunning())
        return;
    const Session &s = m_doc->session();
    m_pauseRequested = false;
    m_parked = Parked::No;
    m_pausedMs = 0;
    m_resuming = resume;
    m_pendingVisits.clear();
    m_visiting = false;
    m_cellRoundsDone.clear();
    m_stepsDone = 0;
    m_stepsTotal = 0;
    m_round = 0;
    m_failure.clear();
    m_measuring = false;
    m_connectionLost = false;
    m_hostCachesRecorded = false;
    m_plan = {};
    m_rounds.reset();
    m_done = 0;
    m_total = 0;
    m_vmCounter = 0;
    const bool needsVms = anyVmCellAsked(s);
    const bool baselineNet = s.matrix.baseline && std::any_of(s.benchmarks.enabled.cbegin(), s.benchmarks.enabled.cend(), needsNetwork);
    Status check = s.validate();
    if (check && s.matrix.baseline && !QFileInfo(m_opts.agentPath).isExecutable())
        check = Error{tr("The hvbench agent \"%1\" for the bare-metal baseline was not found or is not executable. "
                         "Build it (cmake --build build/dev) or set HVBENCH_AGENT.").arg(m_opts.agentPath)};
    const bool bundled = std::any_of(s.specs.cbegin(), s.specs.cend(),
                                     [](const VmSpec &v) { return v.guest.kind == GuestImageKind::Bundled; });
    if (check && needsVms && bundled) {
        // Located and checked here (reads guest.json); copied where QEMU can read it later, on the
        // libvirt worker thread, so a first copy never blocks this thread.
        auto g = guest::locateGuestImage();
        if (g && onlyPi(s)) // PI needs no benchmark tool: the base initramfs boots faster in less RAM
            g = g->withoutTools();
        if (!g)
            check = g.error();
        for (const VmSpec &v : s.specs)
            if (check && v.guest.kind == GuestImageKind::Bundled)
                if (auto m = g->checkMemory(v.memoryMiB); !m)
                    check = Error{tr("VM spec %1: %2").arg(v.name, m.errorMessage())};
        if (g)
            m_guest = *g;
    }
    if (!check) {
        const QString msg = check.errorMessage();
        QMetaObject::invokeMethod(this, [this, msg] { Q_EMIT failed(msg, true); }, Qt::QueuedConnection);
        return;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QJsonObject timing = s.manifest.value(QStringLiteral("timing")).toObject();
    m_priorWallS = resume ? timing.value(QStringLiteral("rounds_wall_s")).toDouble() : 0.0;
    m_priorMeasuringS = resume ? timing.value(QStringLiteral("measuring_s")).toDouble() : 0.0;
    if (resume) {
        QJsonArray resumes = s.manifest.value(QStringLiteral("resumes")).toArray();
        resumes.append(QJsonObject{{QStringLiteral("at"), now}, {QStringLiteral("results_before"), int(s.results.size())}});
        m_doc->setManifestValue(QStringLiteral("resumes"), resumes);
        Q_EMIT log(tr("Resuming the interrupted run: its %n result(s) are kept.", nullptr, int(s.results.size())));
    } else {
        m_doc->clearResults();
        m_doc->setManifestValue(QStringLiteral("started_at"), now);
        m_doc->setManifestValue(QStringLiteral("resumes"), QJsonArray{});
        m_doc->setManifestValue(QStringLiteral("finished_at"), QJsonValue());
    }
    m_doc->setManifestValue(QStringLiteral("benchmarks"), s.benchmarks.toJson());
    m_doc->setManifestValue(QStringLiteral("hvbench_version"), QStringLiteral(HVBENCH_VERSION));
    m_doc->setManifestValue(QStringLiteral("local_machine"),
                            QJsonObject{{QStringLiteral("hostname"), QSysInfo::machineHostName()},
                                        {QStringLiteral("kernel"), QSysInfo::kernelVersion()},
                                        {QStringLiteral("os"), QSysInfo::prettyProductName()},
                                        {QStringLiteral("cpus"), QThread::idealThreadCount()}});
    m_baselineDir = baselineDirFor(s.id);
    if (!needsVms && !baselineNet) {
        m_state = State::Preparing;
        QMetaObject::invokeMethod(this, [this] {
            if (m_state != State::Preparing)
                return;
            plan(nullptr);
            if (m_state == State::Preparing)
                beginRounds();
        }, Qt::QueuedConnection);
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

void Runner::plan(const virt::HostInfo *info)
{
    const Session &s = m_doc->session();
    m_plan = planCells(s, makePlanContext(s, info, m_guest.tools));
    m_doc->setManifestValue(QStringLiteral("skipped"), m_plan.skippedJson());
    for (const QString &line : m_plan.skippedLines())
        Q_EMIT log(line);
    for (const QString &w : m_plan.warnings)
        Q_EMIT warning(w);
    if (m_plan.cells.isEmpty()) {
        QStringList why = m_plan.skippedLines();
        m_state = State::Idle;
        releaseHost();
        Q_EMIT failed(why.size() == 1 ? m_plan.skipped.first().reason
                                      : tr("Nothing of this matrix can run here:\n%1").arg(why.join(QLatin1Char('\n'))),
                      true);
        return;
    }
    QJsonObject placements;
    for (auto it = m_plan.placements.cbegin(); it != m_plan.placements.cend(); ++it)
        placements.insert(s.specs.at(it.key()).name,
                          QJsonObject{{QStringLiteral("domain_type"), it->domainType},
                                      {QStringLiteral("os_type"), it->osType},
                                      {QStringLiteral("machine"), it->machine},
                                      {QStringLiteral("software_emulation"), it->softwareEmulation}});
    m_doc->setManifestValue(QStringLiteral("placements"), placements);
    if (info) {
        for (auto it = m_plan.placements.cbegin(); it != m_plan.placements.cend(); ++it) {
            int maxVms = 0;
            for (const PlannedCell &c : std::as_const(m_plan.cells))
                if (c.cell.specIndex == it.key())
                    maxVms = std::max(maxVms, c.cell.vmCount);
            for (const QString &w : virt::specWarnings(s.specs.at(it.key()), *info, std::max(1, maxVms)))
                Q_EMIT warning(w);
        }
    }
    for (const PlannedCell &c : std::as_const(m_plan.cells)) {
        m_total += std::max(1, c.cell.vmCount) * int(c.benchmarks.size()) * s.matrix.repeats;
        m_stepsTotal += int(c.benchmarks.size()) * s.matrix.repeats;
    }
    m_cellRoundsDone = QList<int>(m_plan.cells.size(), 0);
    emitCells();
}

void Runner::onHostOpened(const virt::HostInfo &info)
{
    m_doc->setManifestValue(QStringLiteral("host"), info.toJson());
    Q_EMIT hostReady(info);
    Q_EMIT log(tr("Connected to %1 (%2, libvirt %3, hypervisor %4, %5).")
                   .arg(info.uri, info.driver, info.libvirtVersion, info.hypervisorVersion, info.accelName()));
    if (m_state != State::Connecting)
        return;
    plan(&info);
    if (m_state != State::Connecting)
        return;
    const bool stage = m_plan.anyVmCell() && !m_guest.kernelPath.isEmpty();
    if (!stage)
        return createProvisioner();
    m_host->submit([this, g = m_guest](virConnectPtr) -> virt::Continuation {
        const auto staged = guest::stageReadableByQemu(g);
        return [this, staged] {
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
                                                {QStringLiteral("tools"), QJsonArray::fromStringList(m_guest.tools)},
                                                {QStringLiteral("inputs_hash"), m_guest.inputsHash}});
            createProvisioner();
        };
    });
}

void Runner::createProvisioner()
{
    const Session &s = m_doc->session();
    bool network = m_plan.baselineNeedsNetwork();
    for (const PlannedCell &c : std::as_const(m_plan.cells))
        if (!c.cell.isBaseline() && s.specs.at(c.cell.specIndex).network == NetworkMode::Isolated)
            network = true;
    Provisioner::Setup setup{s.id, s.specs, m_plan.placements, network, m_guest, m_opts.consoleLogDir, agent::portName()};
    QDir().mkpath(m_opts.consoleLogDir);
    m_provisioner = new Provisioner(m_host.get(), setup, m_host.get());
    connect(m_provisioner, &Provisioner::prepared, this, [this] {
        if (m_state == State::Connecting)
            onPrepared();
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

void Runner::onPrepared()
{
    m_state = State::Preparing;
    bool net = false;
    int maxSlots = 1;
    for (const PlannedCell &c : std::as_const(m_plan.cells)) {
        net = net || std::any_of(c.benchmarks.cbegin(), c.benchmarks.cend(), needsNetwork);
        maxSlots = std::max(maxSlots, c.cell.vmCount);
    }
    if (!net || m_provisioner->network().name.isEmpty())
        return beginRounds();
    startNetworkSide();
    // One iperf3 server per guest slot on the host side of the run's bridge.
    QList<int> ports;
    for (int i = 0; i < maxSlots; ++i)
        ports.append(kFirstIperf3Port + i);
    m_servers = new Iperf3Servers(this);
    connect(m_servers, &Iperf3Servers::failed, this, [this](const QString &m) {
        fail(tr("The host-side iperf3 servers could not start: %1").arg(m));
    });
    connect(m_servers, &Iperf3Servers::serverDied, this, [this](int port, const QString &m) {
        if (m_state == State::Running || m_state == State::Starting)
            fail(tr("The host-side iperf3 server on port %1 stopped: %2").arg(port).arg(m));
    });
    connect(m_servers, &Iperf3Servers::ready, this, [this] {
        m_doc->setManifestValue(QStringLiteral("iperf3_servers"), QJsonArray::fromStringList(m_servers->commandLines()));
        if (!m_plan.baselineNeedsNetwork())
            return beginRounds();
        const virt::NetworkInfo &n = m_provisioner->network();
        m_netns = new BaselineNetns(this);
        connect(m_netns, &BaselineNetns::failed, this, [this](const QString &m) {
            fail(tr("The bare-metal network baseline could not be set up: %1").arg(m));
        });
        connect(m_netns, &BaselineNetns::ready, this, [this] {
            m_doc->setManifestValue(QStringLiteral("baseline_network"), m_netns->manifest());
            Q_EMIT log(tr("Bare-metal network baseline: namespace attached to %1 through %2.")
                           .arg(m_provisioner->network().bridge, m_netns->hostInterface()));
            beginRounds();
        });
        m_netns->create(m_doc->session().id, n.bridge, hostAddressWithLastOctet(n.ipv4Address, 2), n.ipv4Prefix);
    });
    m_servers->start(m_provisioner->network().ipv4Address, ports);
}

void Runner::startNetworkSide()
{
    m_counters = new LiveCounters(m_host.get(), this);
    connect(m_counters, &LiveCounters::sample, this, &Runner::liveThroughput);
    connect(m_counters, &LiveCounters::sourceFailed, this, [this](const QString &who, const QString &m) {
        Q_EMIT log(tr("Live throughput of %1 is not available: %2").arg(who, m));
    });
}

void Runner::beginRounds()
{
    if (m_state == State::Idle || !m_failure.isEmpty())
        return;
    const Session &s = m_doc->session();
    QList<Cell> cells;
    QHash<QString, QList<Benchmark>> benches;
    for (const PlannedCell &c : std::as_const(m_plan.cells)) {
        cells.append(c.cell);
        benches.insert(c.cell.key(), c.benchmarks);
    }
    m_rounds = std::make_unique<RoundPlanner>(cells, s.matrix, benches);
    if (m_resuming) {
        m_pendingVisits = m_rounds->restore(s.manifest.value(QStringLiteral("repeat_outcome")).toObject(), s.results);
        QSet<QString> planned;
        for (const Cell &c : std::as_const(cells))
            planned.insert(c.key());
        m_done = int(std::count_if(s.results.cbegin(), s.results.cend(), [&](const RunResult &r) {
            return planned.contains(QStringLiteral("%1/%2").arg(r.config).arg(r.vmCount));
        }));
        for (int i = 0; i < cells.size(); ++i) {
            m_cellRoundsDone[i] = m_rounds->rounds(i);
            for (int r = 0; r < m_rounds->roundsStarted(); ++r)
                for (Benchmark b : m_plan.cells.at(i).benchmarks)
                    m_stepsDone += m_rounds->stepComplete(i, r, b, s.results) ? 1 : 0;
        }
        for (const RoundPlanner::Visit &v : std::as_const(m_pendingVisits))
            m_cellRoundsDone[v.cell] -= 1;
        Q_EMIT log(tr("Resuming after %n started round(s); %1 unfinished cell visit(s) of them run first.", nullptr,
                      m_rounds->roundsStarted())
                       .arg(m_pendingVisits.size()));
    }
    m_doc->setManifestValue(QStringLiteral("repeat_outcome"), m_rounds->outcome());
    m_order.clear();
    m_orderPos = 0;
    m_measuringNs = 0;
    m_clock.start();
    m_eta.reset(m_stepsDone);
    emitCells();
    emitSteps();
    if (parkIfPauseRequested(Parked::BeforeVisit))
        return;
    nextVisit();
}

void Runner::nextVisit()
{
    if (!m_pendingVisits.isEmpty()) { // an interrupted run's visits first
        const RoundPlanner::Visit v = m_pendingVisits.takeFirst();
        m_cellIndex = v.cell;
        m_round = v.round;
        Q_EMIT log(tr("Completing round %1 of %2.").arg(v.round + 1).arg(current().cell.key()));
        return startVisit();
    }
    if (m_orderPos >= m_order.size()) {
        const int before = m_rounds->roundsStarted();
        m_order = m_rounds->nextRound(activeMs(), m_doc->session().results);
        m_orderPos = 0;
        m_doc->setManifestValue(QStringLiteral("repeat_outcome"), m_rounds->outcome());
        emitCells();
        if (m_order.isEmpty())
            return finishRun();
        if (before >= m_doc->session().matrix.repeats) { // a round beyond the minimum: more runs to do
            for (int i : std::as_const(m_order)) {
                m_total += std::max(1, m_plan.cells.at(i).cell.vmCount) * int(m_plan.cells.at(i).benchmarks.size());
                m_stepsTotal += int(m_plan.cells.at(i).benchmarks.size());
            }
            emitSteps();
        }
        Q_EMIT log(tr("Round %1: %2 cell(s) in random order.").arg(m_rounds->roundsStarted()).arg(m_order.size()));
    }
    m_cellIndex = m_order.at(m_orderPos++);
    m_round = m_rounds->roundsStarted() - 1;
    startVisit();
}

void Runner::startVisit()
{
    m_benchIndex = 0;
    m_ready = 0;
    m_state = State::Starting;
    m_visiting = true;
    emitCells();
    if (current().cell.isBaseline())
        startBaseline();
    else
        startVms();
}

void Runner::attachClient(Slot &slot, agent::AgentClient *client)
{
    slot.client = client;
    const int index = int(&slot - m_slots.data());
    const QString who = slot.domain.isEmpty() ? kBareMetal : slot.domain;
    connect(client, &agent::AgentClient::ready, this, [this, who](const QJsonObject &h) { onReady(who, h); });
    connect(client, &agent::AgentClient::resultReceived, this, [this, index](const QJsonObject &m) {
        if (index < m_slots.size() && m_slots[index].job)
            m_slots[index].job->onAgentMessage(m);
    });
    connect(client, &agent::AgentClient::failed, this, [this](const QString &m) { fail(m); });
}

void Runner::startBaseline()
{
    m_slots = {Slot{}};
    QStringList prefix;
    if (m_netns && std::any_of(current().benchmarks.cbegin(), current().benchmarks.cend(), needsNetwork))
        prefix = m_netns->agentCommandPrefix();
    auto link = std::make_unique<agent::ProcessAgentLink>(m_opts.agentPath, prefix);
    Q_EMIT log(tr("Bare metal: starting %1").arg(link->commandLine()));
    attachClient(m_slots[0], new agent::AgentClient(std::move(link), m_opts.helloTimeoutMs));
}

void Runner::startVms()
{
    const Session &s = m_doc->session();
    const Cell &c = current().cell;
    m_slots.clear();
    QList<int> keys;
    for (int i = 0; i < c.vmCount; ++i) {
        Slot slot;
        slot.key = ++m_vmCounter;
        slot.domain = virt::domainName(s.id, slot.key);
        keys.append(slot.key);
        m_slots.append(slot);
    }
    Q_EMIT log(tr("%1 × %2: starting %n VM(s) …", nullptr, c.vmCount).arg(c.config, QString::number(c.vmCount)));
    m_provisioner->startVms(keys, c.specIndex);
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
        startBenchmark();
}

void Runner::skipMeasuredSteps()
{
    // A resumed visit: the steps the interrupted run measured in this round are not run again.
    const QList<RunResult> &results = m_doc->session().results;
    while (m_benchIndex < current().benchmarks.size()
           && m_rounds->stepComplete(m_cellIndex, m_round, currentBenchmark(), results))
        ++m_benchIndex;
}

void Runner::startBenchmark()
{
    skipMeasuredSteps();
    if (m_benchIndex >= current().benchmarks.size())
        return teardownCell();
    const Session &s = m_doc->session();
    const Cell &c = current().cell;
    const Benchmark b = currentBenchmark();
    m_state = State::Running;
    m_prepared = 0;
    m_pendingResults = int(m_slots.size());
    m_stepResults.clear();
    if (needsDataDisk(b))
        dropHostCaches();
    const int round = m_round;
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot &slot = m_slots[i];
        JobContext ctx = makeJobContext(s, c, b, i, {slot.domain, m_servers ? m_servers->bindAddress() : QString(),
                                                     m_baselineDir});
        ctx.id = QStringLiteral("c%1-r%2-g%3-%4").arg(m_cellIndex).arg(round).arg(i).arg(benchmarkId(b));
        ctx.timeoutMs = m_opts.runTimeoutMs;
        delete slot.job;
        slot.job = new BenchJob(ctx, slot.client, this);
        connect(slot.job, &BenchJob::prepared, this, &Runner::onJobPrepared);
        connect(slot.job, &BenchJob::finished, this, [this, i](const RunResult &r) { onJobFinished(i, r); });
        connect(slot.job, &BenchJob::failed, this, &Runner::fail);
    }
    Q_EMIT log(tr("%1, round %2: %3 on %n guest(s) …", nullptr, int(m_slots.size()))
                   .arg(c.isBaseline() ? tr("bare metal") : tr("%1 × %2").arg(c.config).arg(c.vmCount))
                   .arg(round + 1).arg(benchmarkDisplayName(b)));
    for (Slot &slot : m_slots)
        slot.job->prepare();
}

void Runner::onJobPrepared()
{
    if (m_state != State::Running || ++m_prepared < m_slots.size())
        return;
    // The barrier: every guest is ready for this benchmark; release them all in one go.
    const Cell &c = current().cell;
    m_measuring = true;
    Q_EMIT progress(m_done, m_total,
                    tr("%1, %2 VM(s), round %3: %4")
                        .arg(c.config).arg(c.vmCount).arg(m_round + 1)
                        .arg(benchmarkDisplayName(currentBenchmark())));
    for (const Slot &slot : std::as_const(m_slots))
        if (!slot.domain.isEmpty())
            Q_EMIT vmPhaseChanged(slot.key, slot.domain, VmPhase::Measuring, benchmarkDisplayName(currentBenchmark()));
    if (m_counters && needsNetwork(currentBenchmark())) {
        for (const Slot &slot : std::as_const(m_slots)) {
            if (slot.domain.isEmpty() && m_netns)
                m_counters->addLocal(kBareMetal, m_netns->hostInterface(), /*swap=*/true);
            else if (!slot.domain.isEmpty())
                m_counters->addDomain(slot.domain, slot.domain);
        }
        m_counters->start();
    }
    m_stepClock.start();
    for (Slot &slot : m_slots)
        slot.job->run();
}

void Runner::onJobFinished(int slotIndex, const RunResult &r)
{
    if (m_state != State::Running)
        return;
    const Cell &c = current().cell;
    RunResult res = r;
    res.config = c.config;
    res.vmCount = c.vmCount;
    res.repeat = m_round;
    res.guest = slotIndex;
    res.domain = m_slots[slotIndex].domain;
    m_stepResults.append(res);
    ++m_done;
    Q_EMIT progress(m_done, m_total, tr("%1: %2 done").arg(res.domain.isEmpty() ? kBareMetal : res.domain, res.workload));
    if (--m_pendingResults > 0)
        return;
    m_measuringNs += m_stepClock.nsecsElapsed();
    // Every guest answered: the live samples go with each result, then all are recorded.
    if (m_counters && needsNetwork(currentBenchmark())) {
        m_counters->stop();
        for (RunResult &x : m_stepResults) {
            const QString who = x.domain.isEmpty() ? kBareMetal : x.domain;
            // Columns, not one [ms, rx, tx] array per sample: a session with 10^6 samples then
            // opens in ~0.6 s at ~130 MB instead of ~1.6 s at ~400 MB (bench_gui_session).
            QJsonArray ms, rx, tx;
            for (const auto &smp : m_counters->samples(who)) {
                ms.append(double(smp.msSinceStart));
                rx.append(smp.rxMbps);
                tx.append(smp.txMbps);
            }
            x.raw.insert(QStringLiteral("live_interface_mbps"), // from the guest's view
                         QJsonObject{{QStringLiteral("t_ms"), ms}, {QStringLiteral("rx_mbps"), rx},
                                     {QStringLiteral("tx_mbps"), tx}});
        }
        for (const QString &who : m_counters->sources())
            m_counters->removeSource(who);
    }
    for (const RunResult &x : std::as_const(m_stepResults))
        if (auto st = m_doc->addResult(x); !st)
            Q_EMIT warning(st.errorMessage());
    m_stepResults.clear();
    ++m_stepsDone;
    m_eta.record(activeMs(), m_stepsDone);
    emitSteps();
    ++m_benchIndex;
    skipMeasuredSteps();
    // A safe point: this step's results are in; the cell's guests stay up while paused here.
    if (m_benchIndex < current().benchmarks.size() && parkIfPauseRequested(Parked::BeforeStep))
        return;
    startBenchmark();
}

void Runner::dropHostCaches()
{
    // The host's page cache holds what bare metal (and QEMU without cache=none) read before.
    const Session &s = m_doc->session();
    const auto parts = virt::splitUri(s.hostUri);
    const bool local = parts && parts->host.isEmpty();
    QString outcome;
    if (!local) {
        outcome = tr("not dropped: the libvirt host is another machine (data disks use cache=none)");
    } else {
        ::sync();
        QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
        if (f.open(QIODevice::WriteOnly) && f.write("3\n") == 2)
            outcome = QStringLiteral("dropped");
        else
            outcome = tr("not dropped: %1 (needs root; data disks use cache=none)").arg(f.errorString());
    }
    if (!m_hostCachesRecorded) {
        m_hostCachesRecorded = true;
        m_doc->setManifestValue(QStringLiteral("host_page_cache"), outcome);
        if (outcome != QLatin1String("dropped"))
            Q_EMIT warning(tr("The host's page cache was %1.").arg(outcome));
    }
}

void Runner::fail(const QString &message)
{
    if (m_state == State::Idle)
        return;
    if (m_failure.isEmpty())
        m_failure = message;
    Q_EMIT log(message);
    m_pauseRequested = false;
    if (m_parked != Parked::No) {
        const Parked where = m_parked;
        unpark();
        if (where == Parked::BeforeVisit) // between cells: nothing is up
            return finishRun();
        // Before a step: the cell's guests are up (state Running); torn down below.
    }
    if (m_state == State::Connecting || m_state == State::Preparing) {
        if (m_state == State::Preparing && !m_slots.isEmpty())
            return teardownCell();
        m_state = State::TearingDown;
        return maybeTeardownDone();
    }
    if (m_state != State::TearingDown)
        teardownCell();
}

void Runner::cancel()
{
    if (isRunning())
        fail(tr("The run was cancelled."));
}

void Runner::pause()
{
    if (!isRunning() || m_pauseRequested || isPaused() || !m_failure.isEmpty())
        return;
    m_pauseRequested = true;
    Q_EMIT log(tr("Pausing when the running benchmark step has its results …"));
}

void Runner::resume()
{
    if (m_pauseRequested && !isPaused()) {
        m_pauseRequested = false;
        Q_EMIT log(tr("Pause withdrawn."));
        return;
    }
    if (!isPaused())
        return;
    const Parked where = m_parked;
    unpark();
    Q_EMIT log(tr("Resumed."));
    if (where == Parked::BeforeStep)
        startBenchmark();
    else
        nextVisit();
}

bool Runner::parkIfPauseRequested(Parked where)
{
    if (!m_pauseRequested)
        return false;
    m_pauseRequested = false;
    m_parked = where;
    m_pauseClock.start();
    Q_EMIT log(where == Parked::BeforeStep
                   ? tr("Paused between two benchmark steps; this cell's guests stay up, idle.")
                   : tr("Paused between two cell visits; no guest is running."));
    Q_EMIT pausedChanged(true);
    return true;
}

void Runner::unpark()
{
    if (m_parked == Parked::No)
        return;
    m_parked = Parked::No;
    m_pausedMs += m_pauseClock.elapsed();
    Q_EMIT pausedChanged(false);
}

qint64 Runner::activeMs() const
{
    if (!m_clock.isValid())
        return 0;
    return m_clock.elapsed() - m_pausedMs - (m_parked != Parked::No ? m_pauseClock.elapsed() : 0);
}

namespace {
QString stopReason(const QString &stoppedBy, int rounds)
{
    if (stoppedBy == QLatin1String("repeats"))
        return Runner::tr("%n round(s), as asked", nullptr, rounds);
    if (stoppedBy == QLatin1String("rsd"))
        return Runner::tr("spread below the RSD target");
    if (stoppedBy == QLatin1String("max_repeats"))
        return Runner::tr("round limit reached without converging");
    if (stoppedBy == QLatin1String("budget"))
        return Runner::tr("time budget spent");
    if (stoppedBy == QLatin1String("cancelled"))
        return Runner::tr("run stopped before its rounds were done");
    return stoppedBy;
}
} // namespace

void Runner::emitCells()
{
    const Session &s = m_doc->session();
    QHash<QString, QString> cellSkips;
    QHash<QString, QStringList> benchmarkSkips;
    for (const SkippedItem &k : std::as_const(m_plan.skipped)) {
        if (k.benchmark.isEmpty())
            cellSkips.insert(k.cell, k.reason);
        else
            benchmarkSkips[k.cell].append(tr("%1 skipped: %2").arg(k.benchmark, k.reason));
    }
    QHash<QString, int> planned;
    for (int i = 0; i < m_plan.cells.size(); ++i)
        planned.insert(m_plan.cells.at(i).cell.key(), i);
    const int target = s.matrix.rsdTargetPct > 0 ? s.matrix.roundLimit() : s.matrix.repeats;
    QList<CellProgress> out;
    for (const Cell &c : s.cells()) {
        CellProgress p;
        p.key = c.key();
        p.label = c.isBaseline() ? tr("bare metal") : tr("%1 × %2").arg(c.config).arg(c.vmCount);
        p.roundsPlanned = target;
        const int i = planned.value(p.key, -1);
        if (i < 0) {
            p.state = CellRunState::Skipped;
            p.reason = cellSkips.value(p.key, tr("not planned on this host"));
            out.append(p);
            continue;
        }
        p.roundsDone = m_cellRoundsDone.value(i);
        QStringList reasons = benchmarkSkips.value(p.key);
        const QString stop = m_rounds ? m_rounds->stoppedBy(i) : QString();
        if (m_visiting && i == m_cellIndex) {
            p.state = CellRunState::Running;
        } else if (!stop.isEmpty()) {
            p.state = CellRunState::Done;
            reasons.prepend(stopReason(stop, p.roundsDone));
        }
        p.reason = reasons.join(QStringLiteral("; "));
        out.append(p);
    }
    Q_EMIT cellsChanged(out);
}

void Runner::emitSteps()
{
    const auto left = m_eta.remainingMs(m_stepsTotal);
    Q_EMIT stepsProgress(m_stepsDone, m_stepsTotal, left ? *left : -1);
}

void Runner::teardownCell()
{
    m_state = State::TearingDown;
    if (m_counters)
        m_counters->stop();
    for (Slot &s : m_slots) {
        if (s.job) {
            disconnect(s.job, nullptr, this, nullptr);
            s.job->deleteLater();
            s.job = nullptr;
        }
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
    if (m_visiting) {
        m_visiting = false;
        if (m_failure.isEmpty() && m_rounds && m_rounds->roundComplete(m_cellIndex, m_round, m_doc->session().results))
            m_cellRoundsDone[m_cellIndex] += 1;
        emitCells();
    }
    if (!m_failure.isEmpty() || !m_rounds)
        return finishRun();
    // A safe point between cell visits: no guest is up while paused here.
    if (parkIfPauseRequested(Parked::BeforeVisit))
        return;
    nextVisit();
}

void Runner::releaseHost()
{
    // Deferred: this may run inside one of the host's own signals.
    if (m_host)
        m_host.release()->deleteLater();
}

void Runner::finishRun()
{
    m_state = State::TearingDown;
    m_cellTearingDown = true; // nothing else may start now
    if (m_rounds) {
        if (!m_failure.isEmpty())
            m_rounds->cancel();
        m_doc->setManifestValue(QStringLiteral("repeat_outcome"), m_rounds->outcome());
        m_visiting = false;
        emitCells();
        // Orchestration overhead: the time of the rounds not spent inside a benchmark step
        // (VM creation and boot, caches dropped, file systems made, teardown).
        // Pauses excluded; a resumed run adds to what the interrupted one recorded.
        const double wallS = m_priorWallS + activeMs() / 1e3;
        const double measuringS = m_priorMeasuringS + m_measuringNs / 1e9;
        m_doc->setManifestValue(QStringLiteral("timing"),
                                QJsonObject{{QStringLiteral("rounds_wall_s"), wallS},
                                            {QStringLiteral("measuring_s"), measuringS},
                                            {QStringLiteral("orchestration_pct"),
                                             wallS > 0 ? 100.0 * (wallS - measuringS) / wallS : 0.0}});
    }
    stopNetworkSide();
}

void Runner::stopNetworkSide()
{
    // iperf3 servers, then the baseline's namespace, then the run's network and volumes.
    if (m_counters) {
        m_counters->stop();
        m_counters->deleteLater();
        m_counters = nullptr;
    }
    if (m_servers) {
        Iperf3Servers *servers = std::exchange(m_servers, nullptr);
        connect(servers, &Iperf3Servers::stopped, this, [this, servers] {
            servers->deleteLater();
            stopNetworkSide();
        });
        servers->stop();
        return;
    }
    if (m_netns) {
        BaselineNetns *ns = std::exchange(m_netns, nullptr);
        connect(ns, &BaselineNetns::removed, this, [this, ns] {
            ns->deleteLater();
            stopNetworkSide();
        });
        ns->remove();
        return;
    }
    QDir(m_baselineDir).removeRecursively();
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
    Q_EMIT stepsProgress(m_stepsDone, m_stepsDone, 0);
    Q_EMIT finished();
}

} // namespace hvbench
