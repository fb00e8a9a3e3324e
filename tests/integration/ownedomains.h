// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Test helper: look at and destroy domains behind hvbench's back, through libvirt directly.
#include <QStringList>

namespace testutil {
QStringList domainsWithPrefix(const QString &uri, const QString &prefix); // running or defined
bool destroyDomain(const QString &uri, const QString &name);
} // namespace testutil
