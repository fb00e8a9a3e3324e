// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/baselinenetns.h"

#include "virt/ownership.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTimer>

#include <optional>

#include <unistd.h>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::BaselineNetns)
};

const QString kNetnsDir = QStringLiteral("/run/netns"); // where iproute2 keeps named namespaces

// "ip" when PATH has it, else the usual sbin locations (a non-login root shell may lack them).
QString ipProgram()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("ip")).isEmpty())
        return QStringLiteral("ip");
    const QString found =
        QStandardPaths::findExecutable(QStringLiteral("ip"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                              QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    return found.isEmpty() ? QStringLiteral("ip") : found;
}

bool namespaceExists(const QString &ns)
{
    return QFileInfo::exists(kNetnsDir + QLatin1Char('/') + ns);
}

bool interfaceExists(const QString &ifname)
{
    return !ifname.isEmpty() && QFileInfo::exists(QStringLiteral("/sys/class/net/") + ifname);
}

QString hashHex8(const QString &sessionId)
{
    return QString::fromLatin1(QCryptographicHash::hash(sessionId.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

bool validIpv4(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return false;
    return true;
}

struct OwnerInfo {
    qint64 pid = 0;
    QString hostname;
    QString hostInterface;
};

std::optional<OwnerInfo> readOwner(const QString &ns)
{
    QFile f(BaselineNetns::ownerFile(ns));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    OwnerInfo info;
    info.pid = o.value(QLatin1String("pid")).toInteger();
    info.hostname = o.value(QLatin1String("hostname")).toString();
    info.hostInterface = o.value(QLatin1String("host_interface")).toString();
    if (info.pid <= 0 || info.hostname.isEmpty())
        return std::nullopt;
    return info;
}

bool ownerAlive(const OwnerInfo &o)
{
    virt::OwnerMark mark;
    mark.pid = o.pid;
    mark.processHost = o.hostname;
    return virt::ownerAlive(mark);
}

// Blocking `ip` run for the cleanup command; returns the exit code (-1: did not run/finish).
int runIpBlocking(const QStringList &args, QString *err)
{
    QProcess p;
    p.start(ipProgram(), args, QIODevice::ReadOnly);
    if (!p.waitForStarted(BaselineNetns::kStepTimeoutMs) || !p.waitForFinished(BaselineNetns::kStepTimeoutMs)) {
        *err = p.errorString();
        p.kill();
        p.waitForFinished(1000);
        return -1;
    }
    *err = QString::fromLocal8Bit(p.readAllStandardError()).trimmed();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
} // namespace

BaselineNetns::BaselineNetns(QObject *parent) : QObject(parent), m_stepTimer(new QTimer(this))
{
    m_stepTimer->setSingleShot(true);
    m_stepTimer->setInterval(kStepTimeoutMs);
    connect(m_stepTimer, &QTimer::timeout, this, [this] {
        if (m_proc)
            m_proc->kill(); // reported as a failed step by onStepFinished
    });
}

BaselineNetns::~BaselineNetns()
{
    if (m_proc) {
        m_proc->disconnect(this);
        // Let a running `ip` finish on its own; it deletes itself.
        connect(m_proc, &QProcess::finished, m_proc, &QObject::deleteLater);
        m_proc->setParent(nullptr);
        if (m_proc->state() == QProcess::NotRunning)
            m_proc->deleteLater();
    }
}

QString BaselineNetns::namespaceName(const QString &sessionId)
{
    return virt::kDomainPrefix + sessionId;
}

QString BaselineNetns::hostInterfaceName(const QString &sessionId)
{
    return QStringLiteral("hvbn") + hashHex8(sessionId) + QLatin1Char('h');
}

QString BaselineNetns::namespaceInterfaceName(const QString &sessionId)
{
    return QStringLiteral("hvbn") + hashHex8(sessionId) + QLatin1Char('n');
}

QString BaselineNetns::ownerDirectory()
{
    return QStringLiteral("/run/hvbench/netns");
}

QString BaselineNetns::ownerFile(const QString &namespaceName)
{
    return ownerDirectory() + QLatin1Char('/') + namespaceName + QStringLiteral(".json");
}

const char *BaselineNetns::whyText()
{
    return QT_TRANSLATE_NOOP("hvbench::BaselineNetns",
                             "The bare-metal baseline runs in a network namespace whose veth pair is attached to "
                             "the same bridge as the guests: its iperf3 traffic crosses veth → bridge → host "
                             "stack, as a guest's crosses tap → bridge → host stack, instead of the shorter "
                             "loopback path.");
}

QStringList BaselineNetns::agentCommandPrefix() const
{
    return {ipProgram(), QStringLiteral("netns"), QStringLiteral("exec"), m_ns};
}

QString BaselineNetns::describe(const QStringList &args)
{
    return (QStringList{QStringLiteral("ip")} + args).join(QLatin1Char(' '));
}

QJsonObject BaselineNetns::manifest() const
{
    QJsonObject o;
    o.insert(QLatin1String("namespace"), m_ns);
    o.insert(QLatin1String("host_interface"), m_hostIf);
    o.insert(QLatin1String("namespace_interface"), m_nsIf);
    o.insert(QLatin1String("bridge"), m_bridge);
    o.insert(QLatin1String("address"), m_address);
    o.insert(QLatin1String("prefix"), m_prefix);
    o.insert(QLatin1String("agent_command_prefix"), QJsonArray::fromStringList(agentCommandPrefix()));
    o.insert(QLatin1String("commands"), QJsonArray::fromStringList(m_commands));
    o.insert(QLatin1String("why_en"), QString::fromUtf8(whyText()));
    o.insert(QLatin1String("why"), QCoreApplication::translate("hvbench::BaselineNetns", whyText()));
    return o;
}

void BaselineNetns::create(const QString &sessionId, const QString &bridge, const QString &address, int prefix)
{
    auto refuse = [this](const QString &message) {
        QMetaObject::invokeMethod(
            this, [this, message] { Q_EMIT failed(message); }, Qt::QueuedConnection);
    };
    if (m_state != State::Idle)
        return refuse(Tr::tr("The baseline network namespace %1 already exists; remove it first.").arg(m_ns));
    if (::geteuid() != 0)
        return refuse(Tr::tr("The bare-metal network baseline needs root: its network namespace and veth pair "
                             "can only be made by root. Run hvbench as root, or leave the bare-metal baseline "
                             "out of network benchmarks."));
    static const QRegularExpression sidRe(QStringLiteral("^[A-Za-z0-9_.-]{1,200}$"));
    if (!sidRe.match(sessionId).hasMatch())
        return refuse(
            Tr::tr("\"%1\" cannot name a network namespace (letters, digits, '.', '_', '-' only).").arg(sessionId));
    if (bridge.isEmpty() || !interfaceExists(bridge))
        return refuse(Tr::tr("The bridge \"%1\" of the run's network does not exist on this computer.").arg(bridge));
    if (!validIpv4(address) || prefix < 1 || prefix > 30)
        return refuse(
            Tr::tr("%1/%2 is not a usable IPv4 address for the baseline namespace.").arg(address).arg(prefix));

    const QString ns = namespaceName(sessionId);
    const QString hostIf = hostInterfaceName(sessionId);
    const QString nsIf = namespaceInterfaceName(sessionId);
    // Never touch what exists already: it may be someone else's.
    if (namespaceExists(ns))
        return refuse(Tr::tr("A network namespace named %1 already exists; hvbench leaves it alone.").arg(ns));
    if (interfaceExists(hostIf))
        return refuse(Tr::tr("A network interface named %1 already exists; hvbench leaves it alone.").arg(hostIf));

    // The owner mark comes first, so that a crash at any later point leaves a namespace we
    // recognise as ours.
    if (!QDir().mkpath(ownerDirectory()))
        return refuse(Tr::tr("Cannot create %1 for the namespace's owner mark.").arg(ownerDirectory()));
    QSaveFile f(ownerFile(ns));
    QJsonObject owner;
    owner.insert(QLatin1String("pid"), QCoreApplication::applicationPid());
    owner.insert(QLatin1String("hostname"), QSysInfo::machineHostName());
    owner.insert(QLatin1String("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    owner.insert(QLatin1String("session_id"), sessionId);
    owner.insert(QLatin1String("host_interface"), hostIf);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(owner).toJson()) < 0 || !f.commit())
        return refuse(Tr::tr("Cannot write the namespace's owner mark %1: %2").arg(f.fileName(), f.errorString()));

    m_sessionId = sessionId;
    m_ns = ns;
    m_hostIf = hostIf;
    m_nsIf = nsIf;
    m_bridge = bridge;
    m_address = address;
    m_prefix = prefix;
    m_ownerWritten = true;
    m_nsMade = false;
    m_abortRequested = false;
    m_failure.clear();
    m_commands.clear();
    const QString cidr = address + QLatin1Char('/') + QString::number(prefix);
    m_steps = {
        {{QStringLiteral("netns"), QStringLiteral("add"), ns}},
        // The peer is created directly inside the namespace: no moment where it sits in ours.
        {{QStringLiteral("link"), QStringLiteral("add"), hostIf, QStringLiteral("type"), QStringLiteral("veth"),
          QStringLiteral("peer"), QStringLiteral("name"), nsIf, QStringLiteral("netns"), ns}},
        {{QStringLiteral("-n"), ns, QStringLiteral("addr"), QStringLiteral("add"), cidr, QStringLiteral("dev"), nsIf}},
        {{QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), nsIf, QStringLiteral("up")}},
        {{QStringLiteral("-n"), ns, QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
          QStringLiteral("up")}},
        {{QStringLiteral("link"), QStringLiteral("set"), hostIf, QStringLiteral("master"), bridge}},
        {{QStringLiteral("link"), QStringLiteral("set"), hostIf, QStringLiteral("up")}},
    };
    m_state = State::Creating;
    runNext();
}

void BaselineNetns::remove()
{
    switch (m_state) {
    case State::Idle:
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT removed(); }, Qt::QueuedConnection);
        return;
    case State::Removing:
    case State::Undoing:
        return; // already on its way
    case State::Creating:
        // The running step ends first; then everything is undone and removed() answers.
        m_abortRequested = true;
        return;
    case State::Ready:
        break;
    }
    m_state = State::Removing;
    m_removeErrors.clear();
    m_steps = {
        // Deleting the host end takes the peer with it, even if a process still holds the namespace.
        {{QStringLiteral("link"), QStringLiteral("del"), m_hostIf}, true},
        {{QStringLiteral("netns"), QStringLiteral("delete"), m_ns}, false},
    };
    runNext();
}

void BaselineNetns::queueUndo()
{
    m_steps.clear();
    if (interfaceExists(m_hostIf))
        m_steps.append({{QStringLiteral("link"), QStringLiteral("del"), m_hostIf}, true});
    if (m_nsMade || namespaceExists(m_ns))
        m_steps.append({{QStringLiteral("netns"), QStringLiteral("delete"), m_ns}, true});
}

void BaselineNetns::runNext()
{
    if (m_steps.isEmpty()) {
        if (m_state == State::Creating) {
            m_state = State::Ready;
            Q_EMIT ready();
        } else {
            finishUndoOrRemove();
        }
        return;
    }
    m_current = m_steps.takeFirst();
    m_commands << describe(m_current.args);
    m_proc = new QProcess(this);
    connect(m_proc, &QProcess::finished, this, &BaselineNetns::onStepFinished);
    connect(m_proc, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            QMetaObject::invokeMethod(this, &BaselineNetns::onStepFinished, Qt::QueuedConnection);
    });
    m_stepTimer->start();
    m_proc->start(ipProgram(), m_current.args, QIODevice::ReadOnly);
}

void BaselineNetns::onStepFinished()
{
    if (!m_proc)
        return;
    m_stepTimer->stop();
    QProcess *p = m_proc;
    m_proc = nullptr;
    p->disconnect(this);
    p->deleteLater();

    QString err = QString::fromLocal8Bit(p->readAllStandardError()).trimmed();
    bool ok = p->error() != QProcess::FailedToStart && p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0;
    if (p->error() == QProcess::FailedToStart)
        err = Tr::tr("cannot run ip (%1); install iproute2").arg(p->errorString());
    else if (p->exitStatus() != QProcess::NormalExit)
        err = Tr::tr("ip did not finish within %1 s").arg(kStepTimeoutMs / 1000);
    const QString message = Tr::tr("\"%1\" failed: %2").arg(describe(m_current.args), err);

    if (ok && m_current.args.value(0) == QLatin1String("netns") && m_current.args.value(1) == QLatin1String("add"))
        m_nsMade = true;

    switch (m_state) {
    case State::Creating:
        if (!ok || m_abortRequested) {
            m_failure = ok ? QString() : message;
            m_state = State::Undoing;
            queueUndo();
        }
        break;
    case State::Undoing:
    case State::Removing:
        if (!ok && !m_current.mayFail)
            m_removeErrors << message;
        break;
    case State::Idle:
    case State::Ready:
        break;
    }
    runNext();
}

void BaselineNetns::finishUndoOrRemove()
{
    const bool gone = !namespaceExists(m_ns) && !interfaceExists(m_hostIf);
    if (gone && m_ownerWritten) {
        QFile::remove(ownerFile(m_ns));
        m_ownerWritten = false;
    }
    if (m_state == State::Undoing) {
        m_state = State::Idle;
        if (m_abortRequested) { // remove() during create()
            m_abortRequested = false;
            if (gone)
                Q_EMIT removed();
            else
                Q_EMIT removeFailed(
                    Tr::tr("Namespace %1 or interface %2 is still there after removal.").arg(m_ns, m_hostIf));
            return;
        }
        QString message = m_failure;
        if (!gone)
            message += QLatin1Char('\n') + Tr::tr("Could not undo everything: namespace %1 or interface %2 is "
                                                  "still there (hvbench-cli cleanup removes it later).")
                                               .arg(m_ns, m_hostIf);
        Q_EMIT failed(message);
        return;
    }
    // Removing
    if (gone) {
        m_state = State::Idle;
        Q_EMIT removed();
        return;
    }
    m_state = State::Ready; // still there: remove() may be tried again
    if (m_removeErrors.isEmpty())
        m_removeErrors << Tr::tr("Namespace %1 or interface %2 is still there after removal.").arg(m_ns, m_hostIf);
    Q_EMIT removeFailed(m_removeErrors.join(QLatin1Char('\n')));
}

QStringList BaselineNetns::staleNamespaces()
{
    QStringList out;
    const QStringList names =
        QDir(kNetnsDir).entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (!name.startsWith(virt::kDomainPrefix))
            continue;
        const auto owner = readOwner(name);
        if (!owner) // no (readable) owner file: not ours, never touched
            continue;
        if (!ownerAlive(*owner))
            out << name;
    }
    return out;
}

Status BaselineNetns::removeNamespace(const QString &name)
{
    if (!name.startsWith(virt::kDomainPrefix) || name.contains(QLatin1Char('/')) || name.contains(QLatin1String("..")))
        return Error{Tr::tr("%1 is not an hvbench network namespace name; left alone.").arg(name)};
    const auto owner = readOwner(name);
    if (!owner)
        return Error{Tr::tr("Network namespace %1 has no hvbench owner mark (%2); it is not hvbench's and was "
                            "left alone.")
                         .arg(name, ownerFile(name))};
    if (owner->pid != QCoreApplication::applicationPid() && ownerAlive(*owner))
        return Error{Tr::tr("Network namespace %1 belongs to hvbench process %2 on %3, which still runs; left alone.")
                         .arg(name)
                         .arg(owner->pid)
                         .arg(owner->hostname)};
    QString err;
    if (interfaceExists(owner->hostInterface) && owner->hostInterface.startsWith(QLatin1String("hvbn")))
        runIpBlocking({QStringLiteral("link"), QStringLiteral("del"), owner->hostInterface}, &err); // best effort
    if (namespaceExists(name)) {
        const QStringList args{QStringLiteral("netns"), QStringLiteral("delete"), name};
        if (runIpBlocking(args, &err) != 0 && namespaceExists(name))
            return Error{Tr::tr("\"%1\" failed: %2").arg(describe(args), err)};
    }
    QFile::remove(ownerFile(name));
    return Ok{};
}

} // namespace hvbench
