// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Opens a libvirt connection with virConnectOpenAuth, asking a CredentialBroker for user
// names and passwords.  Blocking: call it on a worker thread (any thread but the broker's).
#include "util/result.h"

#include <QString>

typedef struct _virConnect *virConnectPtr;

namespace hvbench::virt {

class CredentialBroker;

// Why an open failed, for callers that react differently (e.g. no reconnect after a refused password).
enum class OpenFailure { None, BadUri, Authentication, Cancelled, NoDaemon, UnknownHost, NoDriver, Other };

// The connection (caller owns it: virConnectClose) or a translated error that names what to
// change.  broker may be null: then a host that asks for credentials fails with a clear error.
// The user name for VIR_CRED_AUTHNAME comes from the URI, else from broker->user(uri), else
// the user is asked.  Error messages never contain a secret or a password from the URI.
Result<virConnectPtr> openConnection(const QString &uri, CredentialBroker *broker, OpenFailure *why = nullptr);

} // namespace hvbench::virt
