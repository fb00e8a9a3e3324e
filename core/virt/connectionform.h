// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the "Add connection" dialog holds, without widgets: hypervisor, transport, user and
// "hostname[:port]" as typed (virt-manager's form), or a custom URI typed as text.  uri()
// gives the URI the dialog shows live, or the reason it cannot be built, ready to show next
// to the field.  Pure: no libvirt call, no I/O.
#include "util/result.h"
#include "virt/uri.h"

#include <QList>
#include <QString>

namespace hvbench::virt {

class ConnectionForm final {
public:
    // The choices the form offers, in the order the combo boxes list them.
    static QList<Hypervisor> hypervisors();
    static QList<Transport> transports(); // Local, SSH, TLS, TCP

    bool custom = false; // true: customUri is the URI; the other fields are ignored
    Hypervisor hypervisor = Hypervisor::Qemu;
    Transport transport = Transport::Local;
    QString user;        // remote transports only
    QString hostAndPort; // "node7", "node7:2222", "[2001:db8::1]:22", "2001:db8::1"
    QString customUri;

    // The URI these fields make, or why they do not make one (translated).  A URI with a
    // password in it is refused: passwords go to the keychain, never into the URI.
    Result<QString> uri() const;
    // The user name the connection logs in with (the form's user, or the custom URI's).
    QString effectiveUser() const;
    // True when the transport reaches another machine (user and host fields apply).
    bool isRemote() const;

    // A form showing uri: the fields when the URI fits them, otherwise custom mode with the
    // URI as text.  Never fails: an invalid URI lands in customUri (and uri() says why).
    static ConnectionForm fromUri(const QString &uri);

    // "host[:port]" → host and port (0 = default).  Brackets around IPv6 addresses optional
    // when there is no port.
    struct HostPort {
        QString host;
        int port = 0;
    };
    static Result<HostPort> parseHostPort(const QString &text);
    static QString joinHostPort(const QString &host, int port);
};

} // namespace hvbench::virt
