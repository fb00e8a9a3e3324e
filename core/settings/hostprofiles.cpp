// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/hostprofiles.h"
#include "virt/uri.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>

namespace hvbench::settings {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::HostProfiles)
};
const QString kArray = QStringLiteral("hosts");
const QString kName = QStringLiteral("name");
const QString kUri = QStringLiteral("uri");
const QString kUser = QStringLiteral("user");
const QString kAutoconnect = QStringLiteral("autoconnect");
} // namespace

HostProfiles::HostProfiles(QSettings &settings) : m_settings(settings) {}

QList<HostProfile> HostProfiles::list() const
{
    QList<HostProfile> out;
    const int n = m_settings.beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        HostProfile p;
        p.name = m_settings.value(kName).toString();
        p.uri = m_settings.value(kUri).toString();
        p.user = m_settings.value(kUser).toString();
        p.autoconnect = m_settings.value(kAutoconnect, false).toBool();
        if (!p.name.isEmpty())
            out.append(p);
    }
    m_settings.endArray();
    return out;
}

std::optional<HostProfile> HostProfiles::find(const QString &name) const
{
    const QList<HostProfile> all = list();
    for (const HostProfile &p : all)
        if (p.name == name)
            return p;
    return std::nullopt;
}

Status HostProfiles::validate(const HostProfile &p, const QString &replacing) const
{
    if (p.name.trimmed().isEmpty())
        return Error{Tr::tr("Give the host a name.")};
    if (p.name != p.name.trimmed())
        return Error{Tr::tr("The host name \"%1\" starts or ends with spaces: remove them.").arg(p.name)};
    const QList<HostProfile> all = list();
    for (const HostProfile &other : all)
        if (other.name == p.name && other.name != replacing)
            return Error{Tr::tr("A host called \"%1\" already exists: choose another name.").arg(p.name)};
    if (const Status s = virt::validateUri(p.uri); !s)
        return s;
    if (!QUrl(p.uri.trimmed()).password().isEmpty())
        return Error{Tr::tr("The URI of \"%1\" contains a password: remove it from the URI (user@host); hvbench asks "
                            "for it when connecting and can keep it in the system keychain.")
                         .arg(p.name)};
    if (p.user.contains(QLatin1Char(':')) || p.user.contains(QLatin1Char('@')))
        return Error{Tr::tr("The user name \"%1\" may not contain ':' or '@': type the user name only.").arg(p.user)};
    const QString uriUser = virt::uriUser(p.uri);
    if (!uriUser.isEmpty() && !p.user.isEmpty() && uriUser != p.user)
        return Error{Tr::tr("The URI names the user \"%1\" but the profile says \"%2\": make them the same or clear "
                            "one.")
                         .arg(uriUser, p.user)};
    return Ok{};
}

void HostProfiles::save(const QList<HostProfile> &profiles)
{
    m_settings.remove(kArray);
    m_settings.beginWriteArray(kArray, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        const HostProfile &p = profiles.at(i);
        m_settings.setValue(kName, p.name);
        m_settings.setValue(kUri, p.uri.trimmed());
        m_settings.setValue(kUser, p.user);
        m_settings.setValue(kAutoconnect, p.autoconnect);
    }
    m_settings.endArray();
    m_settings.sync();
}

Status HostProfiles::add(const HostProfile &profile)
{
    if (const Status s = validate(profile); !s)
        return s;
    QList<HostProfile> all = list();
    all.append(profile);
    save(all);
    return Ok{};
}

Status HostProfiles::update(const QString &name, const HostProfile &profile)
{
    QList<HostProfile> all = list();
    const auto it = std::find_if(all.begin(), all.end(), [&](const HostProfile &p) { return p.name == name; });
    if (it == all.end())
        return Error{Tr::tr("There is no host called \"%1\".").arg(name)};
    if (const Status s = validate(profile, name); !s)
        return s;
    *it = profile;
    save(all);
    return Ok{};
}

Status HostProfiles::rename(const QString &from, const QString &to)
{
    const std::optional<HostProfile> p = find(from);
    if (!p)
        return Error{Tr::tr("There is no host called \"%1\".").arg(from)};
    HostProfile renamed = *p;
    renamed.name = to;
    return update(from, renamed);
}

Status HostProfiles::remove(const QString &name)
{
    QList<HostProfile> all = list();
    const auto n = all.removeIf([&](const HostProfile &p) { return p.name == name; });
    if (n == 0)
        return Error{Tr::tr("There is no host called \"%1\".").arg(name)};
    save(all);
    return Ok{};
}

HostProfile HostProfiles::thisComputer()
{
    return HostProfile{Tr::tr("This computer"), QStringLiteral("qemu:///system"), {}, true};
}

} // namespace hvbench::settings
