// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// libvirt connection URIs as typed in virsh / virt-manager: validation, and the
// "Add connection" form (hypervisor, transport, user, host, port) in both directions.
// Pure functions: no libvirt call, no I/O.
#include "util/result.h"

#include <QList>
#include <QString>
#include <utility>

namespace hvbench::virt {

// The hypervisor choices of virt-manager's "Add connection" dialog.
enum class Hypervisor {
    Qemu,        // QEMU/KVM, system instance: qemu://…/system
    QemuSession, // QEMU/KVM user session: qemu://…/session
    Xen,         // xen://…/system (libxl)
    Test,        // libvirt's mock driver: test:///default or test:///ABSOLUTE/config.xml
};

enum class Transport {
    Local, // no "+transport" and no host: the local daemon over its UNIX socket
    Unix,  // "+unix": an explicit UNIX socket (e.g. ?socket=/path)
    Ssh,   // "+ssh" (also libssh, libssh2 when typed)
    Tcp,   // "+tcp" (SASL)
    Tls,   // "+tls", or a host without an explicit transport
};

struct UriParts {
    Hypervisor hypervisor = Hypervisor::Qemu;
    Transport transport = Transport::Local;
    QString user;
    QString host;
    int port = 0;                              // 0 = the transport's default
    QString testConfig;                        // Test only: "" = /default, otherwise an absolute path to a driver XML
    QString sshFlavour;                        // Ssh only: "ssh" (default), "libssh" or "libssh2", as typed
    QList<std::pair<QString, QString>> params; // ?key=value&…, kept in order
    bool operator==(const UriParts &) const = default;
};

// Checks a URI as a user typed it.  Accepts every libvirt driver (qemu, xen, test, lxc, …)
// and transport (unix, ssh, libssh, libssh2, tcp, tls, ext).  The error says what to change.
Status validateUri(const QString &uri);

// Splits a URI of one of the form's hypervisors into its parts.  A valid URI of another
// driver (e.g. lxc:///) yields an error saying it can only be edited as text.
Result<UriParts> splitUri(const QString &uri);

// Builds the URI the form describes ("qemu+ssh://root@node7:2222/system?no_tty=1").
// Errors when the parts do not make a URI (e.g. ssh without host, a host with Local).
Result<QString> buildUri(const UriParts &parts);

// The URI with any password in its user-info removed: safe for messages and logs.
QString redactedUri(const QString &uri);

// The user name the URI names (qemu+ssh://USER@host/…), or empty.
QString uriUser(const QString &uri);

QString hypervisorName(Hypervisor h); // translated, for the form's combo box
QString transportName(Transport t);   // translated

} // namespace hvbench::virt
