// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/hostconnection.h"
#include "virt/credentials.h"
#include "virt/hostprobe.h"
#include "virt/libvirtglobal.h"
#include "virt/openconnection.h"
#include "virt/uri.h"

#include <QCoreApplication>
#include <libvirt/libvirt.h>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::HostConnection)
};
} // namespace

// Lives on HostConnection's thread; every blocking libvirt call happens here.
class ConnectionWorker final : public QObject {
    Q_OBJECT
public:
    explicit ConnectionWorker(CredentialBroker *broker) : m_broker(broker) {}
    ~ConnectionWorker() override { close(); }

public Q_SLOTS:
    void open(const QString &uri, quint64 generation)
    {
        close();
        OpenFailure why = OpenFailure::None;
        Result<virConnectPtr> conn = openConnection(uri, m_broker, &why);
        if (!conn) {
            Q_EMIT openFailed(generation, conn.errorMessage(), int(why));
            return;
        }
        m_conn = *conn;
        m_generation = generation;
        // Remote connections: notice a dead host within ~20 s (local drivers ignore this).
        virConnectSetKeepAlive(m_conn, 5, 3);
        // Called on libvirt's event-loop thread; the signal is queued to HostConnection.
        virConnectRegisterCloseCallback(m_conn, &ConnectionWorker::onClosed, this, nullptr);
        const HostInfo info = probeHost(m_conn);
        Q_EMIT opened(generation, info);
    }

    void close()
    {
        if (!m_conn)
            return;
        virConnectUnregisterCloseCallback(m_conn, &ConnectionWorker::onClosed);
        virConnectClose(m_conn);
        m_conn = nullptr;
    }

    // Closes the connection only if it is the one opened for generation (a stale answer must
    // not close a newer connection queued after it).
    void closeIf(quint64 generation)
    {
        if (m_generation == generation)
            close();
    }

Q_SIGNALS:
    void opened(quint64 generation, const hvbench::virt::HostInfo &info);
    void openFailed(quint64 generation, const QString &message, int failure);
    void lost(quint64 generation, const QString &reason);

private:
    static void onClosed(virConnectPtr, int reason, void *opaque)
    {
        auto *self = static_cast<ConnectionWorker *>(opaque);
        const QString why = reason == VIR_CONNECT_CLOSE_REASON_EOF         ? Tr::tr("the daemon closed it")
                            : reason == VIR_CONNECT_CLOSE_REASON_KEEPALIVE ? Tr::tr("the host stopped answering")
                            : reason == VIR_CONNECT_CLOSE_REASON_CLIENT    ? Tr::tr("closed by this program")
                                                                           : Tr::tr("an error on the connection");
        Q_EMIT self->lost(self->m_generation, why);
    }

    CredentialBroker *m_broker;
    virConnectPtr m_conn = nullptr;
    quint64 m_generation = 0;
};

HostConnection::HostConnection(const settings::HostProfile &profile, CredentialBroker *broker, QObject *parent)
    : QObject(parent), m_profile(profile), m_broker(broker)
{
    qRegisterMetaType<HostInfo>();
    ensureLibvirtInitialized(); // the event loop must exist before the first open
    m_profile.uri = m_profile.uri.trimmed();
    m_thread.setObjectName(QStringLiteral("libvirt:") + m_profile.name);
    m_worker = new ConnectionWorker(broker);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &ConnectionWorker::opened, this, &HostConnection::onOpened);
    connect(m_worker, &ConnectionWorker::openFailed, this, &HostConnection::onOpenFailed);
    connect(m_worker, &ConnectionWorker::lost, this, &HostConnection::onLost);
    m_thread.start();
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        setState(State::Connecting, m_lastError);
        startOpen();
    });
}

HostConnection::~HostConnection()
{
    ++m_generation;
    m_retry.stop();
    if (m_broker)
        m_broker->cancelAll(m_profile.uri); // a worker waiting for a password returns at once
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::close, Qt::QueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

QString HostConnection::stateName(State s)
{
    switch (s) {
    case State::Disconnected:
        return Tr::tr("Disconnected");
    case State::Connecting:
        return Tr::tr("Connecting");
    case State::Ready:
        return Tr::tr("Ready");
    case State::Failed:
        return Tr::tr("Failed");
    }
    return {};
}

void HostConnection::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = qMax(1, firstMs);
    m_maxDelayMs = qMax(m_firstDelayMs, maxMs);
}

void HostConnection::setState(State s, const QString &error)
{
    const bool errorChanged = error != m_lastError;
    m_lastError = error;
    if (errorChanged)
        Q_EMIT lastErrorChanged(m_lastError);
    if (s == m_state)
        return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

void HostConnection::connectToHost()
{
    if (m_state == State::Connecting || m_state == State::Ready)
        return;
    m_retry.stop();
    m_reconnecting = false;
    if (const Status s = validateUri(m_profile.uri); !s) {
        setState(State::Failed, s.errorMessage());
        return;
    }
    setState(State::Connecting);
    startOpen();
}

void HostConnection::startOpen()
{
    const quint64 generation = ++m_generation;
    auto go = [this, generation] {
        if (generation != m_generation)
            return; // disconnected meanwhile
        QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(QString, m_profile.uri),
                                  Q_ARG(quint64, generation));
    };
    if (!m_broker) {
        go();
        return;
    }
    const QString user = uriUser(m_profile.uri).isEmpty() ? m_profile.user : uriUser(m_profile.uri);
    m_broker->setUser(m_profile.uri, user);
    m_broker->prefetchSecret(m_profile.uri, user, this, go);
}

void HostConnection::onOpened(quint64 generation, const HostInfo &info)
{
    if (generation != m_generation) {
        QMetaObject::invokeMethod(m_worker, "closeIf", Qt::QueuedConnection, Q_ARG(quint64, generation));
        return;
    }
    m_reconnecting = false;
    m_delayMs = m_firstDelayMs;
    m_info = info;
    Q_EMIT hostInfoChanged(m_info);
    setState(State::Ready);
}

void HostConnection::onOpenFailed(quint64 generation, const QString &message, int failure)
{
    if (generation != m_generation)
        return;
    const auto why = OpenFailure(failure);
    const bool retry = m_reconnecting && why != OpenFailure::Authentication && why != OpenFailure::Cancelled &&
                       why != OpenFailure::BadUri;
    if (!retry) {
        m_reconnecting = false;
        setState(State::Failed, message);
        return;
    }
    setState(State::Failed, Tr::tr("The connection to %1 was lost (%2) and reconnecting failed: %3 Next try in %n s.",
                                   nullptr, (m_delayMs + 999) / 1000)
                                .arg(redactedUri(m_profile.uri), m_lostReason, message));
    scheduleReconnect();
}

void HostConnection::onLost(quint64 generation, const QString &reason)
{
    if (generation != m_generation || m_state != State::Ready)
        return;
    QMetaObject::invokeMethod(m_worker, "closeIf", Qt::QueuedConnection, Q_ARG(quint64, generation));
    m_lostReason = reason;
    m_reconnecting = true;
    m_delayMs = m_firstDelayMs;
    setState(State::Failed,
             Tr::tr("The connection to %1 was lost (%2). Reconnecting in %n s…", nullptr, (m_delayMs + 999) / 1000)
                 .arg(redactedUri(m_profile.uri), reason));
    scheduleReconnect();
}

void HostConnection::scheduleReconnect()
{
    m_retry.start(m_delayMs);
    m_delayMs = qMin(m_delayMs * 2, m_maxDelayMs);
}

void HostConnection::disconnectFromHost()
{
    ++m_generation;
    m_retry.stop();
    m_reconnecting = false;
    if (m_broker)
        m_broker->cancelAll(m_profile.uri);
    QMetaObject::invokeMethod(m_worker, &ConnectionWorker::close, Qt::QueuedConnection);
    setState(State::Disconnected);
}

} // namespace hvbench::virt

#include "hostconnection.moc"
