// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vmspec.h"
#include "model/jsonread.h"

#include <QCoreApplication>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::VmSpec)
};
} // namespace

QString nicModelName(NicModel m)
{
    switch (m) {
    case NicModel::Virtio: return QStringLiteral("virtio");
    case NicModel::E1000: return QStringLiteral("e1000");
    }
    return {};
}

Result<NicModel> nicModelFromName(const QString &name)
{
    if (name == QLatin1String("virtio"))
        return NicModel::Virtio;
    if (name == QLatin1String("e1000"))
        return NicModel::E1000;
    return Error{Tr::tr("Unknown NIC model \"%1\": use virtio or e1000.").arg(name)};
}

Status VmSpec::validate() const
{
    if (name.trimmed().isEmpty())
        return Error{Tr::tr("A VM spec needs a name.")};
    if (vcpus < 1 || vcpus > 64)
        return Error{Tr::tr("VM spec \"%1\": vCPUs must be between 1 and 64 (is %2).").arg(name).arg(vcpus)};
    if (memoryMiB < 64 || memoryMiB > 1024 * 1024)
        return Error{Tr::tr("VM spec \"%1\": RAM must be between 64 MiB and 1 TiB (is %2 MiB).")
                         .arg(name).arg(memoryMiB)};
    return Ok{};
}

QJsonObject VmSpec::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("vcpus"), vcpus},
            {QStringLiteral("memory_mib"), memoryMiB},
            {QStringLiteral("nic_model"), nicModelName(nic)}};
}

Result<VmSpec> VmSpec::fromJson(const QJsonObject &o)
{
    json::Reader r(o, Tr::tr("VM spec"));
    VmSpec s;
    s.name = r.str("name");
    s.vcpus = int(r.integer("vcpus"));
    s.memoryMiB = int(r.integer("memory_mib"));
    const QString nic = r.str("nic_model");
    if (!r.ok())
        return r.error();
    auto m = nicModelFromName(nic);
    if (!m)
        return m.error();
    s.nic = *m;
    if (auto v = s.validate(); !v)
        return v.error();
    return s;
}

} // namespace hvbench
