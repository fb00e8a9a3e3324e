// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Saved libvirt hosts: a typed wrapper over QSettings (group "hosts").  A profile holds a
// name, a URI, a user name and whether to connect at start-up — never a secret: passwords go
// to the system keychain (secrets/keychain.h) or nowhere.
#include "util/result.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace hvbench::settings {

struct HostProfile {
    QString name; // unique, shown in the Hosts page
    QString uri;  // libvirt URI as typed (validated)
    QString user; // user name for authentication (may be empty)
    bool autoconnect = false;
    bool operator==(const HostProfile &) const = default;
};

class HostProfiles final {
public:
    explicit HostProfiles(QSettings &settings);

    QList<HostProfile> list() const;
    std::optional<HostProfile> find(const QString &name) const;

    Status add(const HostProfile &profile);
    // Replaces the profile called name (its name may change too).
    Status update(const QString &name, const HostProfile &profile);
    Status rename(const QString &from, const QString &to);
    Status remove(const QString &name);

    // The default host: "This computer", qemu:///system, autoconnect.
    static HostProfile thisComputer();
    // What add()/update() check (name set and unique, URI valid and without a password).
    Status validate(const HostProfile &profile, const QString &replacing = {}) const;

private:
    void save(const QList<HostProfile> &profiles);
    QSettings &m_settings;
};

} // namespace hvbench::settings
