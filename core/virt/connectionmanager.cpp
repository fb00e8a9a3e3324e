// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/connectionmanager.h"

namespace hvbench::virt {

ConnectionManager::ConnectionManager(CredentialBroker *broker, QObject *parent) : QObject(parent), m_broker(broker) {}

ConnectionManager::~ConnectionManager()
{
    const QList<HostConnection *> all = m_connections;
    m_connections.clear();
    qDeleteAll(all);
}

HostConnection *ConnectionManager::connection(const QString &name) const
{
    for (HostConnection *c : m_connections)
        if (c->name() == name)
            return c;
    return nullptr;
}

HostConnection *ConnectionManager::connectionForUri(const QString &uri) const
{
    for (HostConnection *c : m_connections)
        if (c->uri() == uri.trimmed())
            return c;
    return nullptr;
}

HostConnection *ConnectionManager::add(const settings::HostProfile &profile)
{
    remove(profile.name);
    auto *c = new HostConnection(profile, m_broker, this);
    c->setReconnectDelays(m_firstDelayMs, m_maxDelayMs);
    connect(c, &HostConnection::stateChanged, this,
            [this, c](HostConnection::State s) { Q_EMIT connectionStateChanged(c, s); });
    m_connections.append(c);
    Q_EMIT connectionAdded(c);
    return c;
}

bool ConnectionManager::remove(const QString &name)
{
    HostConnection *c = connection(name);
    if (!c)
        return false;
    Q_EMIT connectionAboutToBeRemoved(c);
    m_connections.removeOne(c);
    c->disconnectFromHost();
    delete c;
    return true;
}

void ConnectionManager::syncWithProfiles(const settings::HostProfiles &profiles)
{
    const QList<settings::HostProfile> wanted = profiles.list();
    const QList<HostConnection *> current = m_connections;
    for (HostConnection *c : current) {
        const auto it = std::find_if(wanted.cbegin(), wanted.cend(),
                                     [c](const settings::HostProfile &p) { return p.name == c->name(); });
        if (it == wanted.cend())
            remove(c->name());
    }
    for (const settings::HostProfile &p : wanted) {
        HostConnection *c = connection(p.name);
        if (!c || c->profile().uri != p.uri.trimmed() || c->profile().user != p.user)
            add(p);
        else
            c->setAutoconnect(p.autoconnect);
    }
}

void ConnectionManager::connectAutoconnect()
{
    for (HostConnection *c : std::as_const(m_connections))
        if (c->profile().autoconnect)
            c->connectToHost();
}

void ConnectionManager::disconnectAll()
{
    for (HostConnection *c : std::as_const(m_connections))
        c->disconnectFromHost();
}

void ConnectionManager::setReconnectDelays(int firstMs, int maxMs)
{
    m_firstDelayMs = firstMs;
    m_maxDelayMs = maxMs;
    for (HostConnection *c : std::as_const(m_connections))
        c->setReconnectDelays(firstMs, maxMs);
}

} // namespace hvbench::virt
