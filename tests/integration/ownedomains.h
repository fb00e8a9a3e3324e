// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helper: look at and destroy domains behind hvbench's back, through libvirt directly.
#include <QStringList>

namespace testutil {
QStringList domainsWithPrefix(const QString &uri, const QString &prefix); // running or defined
bool destroyDomain(const QString &uri, const QString &name);
QStringList networksWithPrefix(const QString &uri, const QString &prefix); // active or defined
QStringList volumesWithPrefix(const QString &uri, const QString &pool, const QString &prefix);
// A transient dir pool the TEST owns, in a fresh folder QEMU can read; empty string on success.
QString createDirPool(const QString &uri, const QString &name, const QString &path);
void destroyPool(const QString &uri, const QString &name);
} // namespace testutil
