// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "util/result.h"
#include <QJsonObject>
#include <QString>

namespace hvbench {

enum class NicModel { Virtio, E1000 };
QString nicModelName(NicModel m);            // libvirt model name: "virtio", "e1000"
Result<NicModel> nicModelFromName(const QString &name);

// One VM configuration. Plain value type; validated by validate().
struct VmSpec {
    QString name = QStringLiteral("vm-virtio");
    int vcpus = 1;
    int memoryMiB = 384; // the bundled guest (with fio's libraries) needs 336 MiB
    NicModel nic = NicModel::Virtio;

    Status validate() const;
    QJsonObject toJson() const;
    static Result<VmSpec> fromJson(const QJsonObject &o);
    bool operator==(const VmSpec &) const = default;
};

} // namespace hvbench
