// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owns one HostConnection per saved host profile and tells the Hosts page about them.
#include "settings/hostprofiles.h"
#include "virt/hostconnection.h"

#include <QList>
#include <QObject>

namespace hvbench::virt {

class CredentialBroker;

class ConnectionManager final : public QObject {
    Q_OBJECT
public:
    // broker may be null (no password prompts; see openConnection()).
    explicit ConnectionManager(CredentialBroker *broker = nullptr, QObject *parent = nullptr);
    ~ConnectionManager() override;

    // Makes the connections match the profiles: new ones added (Disconnected), removed ones
    // dropped, changed ones (URI/user) recreated.  Unchanged connections keep their state.
    void syncWithProfiles(const settings::HostProfiles &profiles);
    // Adds a connection for profile (replacing one of the same name).
    HostConnection *add(const settings::HostProfile &profile);
    bool remove(const QString &name);

    QList<HostConnection *> connections() const { return m_connections; }
    HostConnection *connection(const QString &name) const;
    HostConnection *connectionForUri(const QString &uri) const; // first with that URI

    void connectAutoconnect(); // connectToHost() on every profile marked autoconnect
    void disconnectAll();
    // Applied to every connection (now and later): reconnect back-off.
    void setReconnectDelays(int firstMs, int maxMs);

Q_SIGNALS:
    void connectionAdded(hvbench::virt::HostConnection *connection);
    void connectionAboutToBeRemoved(hvbench::virt::HostConnection *connection);
    void connectionStateChanged(hvbench::virt::HostConnection *connection, hvbench::virt::HostConnection::State state);

private:
    CredentialBroker *m_broker;
    QList<HostConnection *> m_connections;
    int m_firstDelayMs = 1000;
    int m_maxDelayMs = 30000;
};

} // namespace hvbench::virt
