// SPDX-License-Identifier: GPL-3.0-or-later
#include "cleanupcommand.h"
#include "run/baselinenetns.h"
#include "virt/openconnection.h"
#include "virt/uri.h"

#include "virt/leftovers.h"
#include "virt/libvirtglobal.h"

#include <QCoreApplication>
#include <QTextStream>

#include <libvirt/libvirt.h>

#include <cstdio>

namespace hvbench::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::CleanupCommand)
};

QString describe(const virt::Leftover &l)
{
    const QString where = l.pool.isEmpty() ? QString() : Tr::tr(" in pool %1").arg(l.pool);
    return QStringLiteral("%1 %2%3 (%4)").arg(virt::leftoverKindName(l.kind), l.name, where, l.detail);
}

bool saidYes(const QString &answer)
{
    const QString a = answer.trimmed().toLower();
    // "y"/"yes" and the translated short and long forms.
    return a == QLatin1String("y") || a == QLatin1String("yes") || a == Tr::tr("y") || a == Tr::tr("yes");
}
} // namespace

int runCleanupCommand(const QString &uri, bool assumeYes, QTextStream &out, QTextStream &err)
{
    QTextStream in(stdin);
    return runCleanupCommand(uri, assumeYes, in, out, err);
}

int runCleanupCommand(const QString &uri, bool assumeYes, QTextStream &in, QTextStream &out, QTextStream &err)
{
    virt::ensureLibvirtInitialized();
    if (!uri.isEmpty()) {
        if (const Status valid = virt::validateUri(uri); !valid) {
            err << valid.errorMessage() << Qt::endl;
            return 2;
        }
    }
    // The same open as a run (virConnectOpenAuth): a host that wants a password fails clearly.
    auto opened = virt::openConnection(uri, nullptr);
    if (!opened) {
        err << opened.errorMessage() << Qt::endl;
        return 2;
    }
    virConnectPtr conn = *opened;
    char *canonical = virConnectGetURI(conn);
    const QString hostUri = canonical ? QString::fromUtf8(canonical) : uri;
    free(canonical);

    const QList<virt::Leftover> leftovers = virt::findLeftovers(conn);
    // Bare-metal network baselines live on this machine (whatever the libvirt host).
    const QStringList namespaces = BaselineNetns::staleNamespaces();
    if (leftovers.isEmpty() && namespaces.isEmpty()) {
        out << Tr::tr("Nothing to clean up on %1: no leftovers of hvbench.").arg(hostUri) << Qt::endl;
        virConnectClose(conn);
        return 0;
    }
    out << Tr::tr("Leftovers of hvbench processes that no longer run, on %1:").arg(hostUri) << Qt::endl;
    for (const virt::Leftover &l : leftovers)
        out << QStringLiteral("  ") << describe(l) << Qt::endl;
    for (const QString &ns : namespaces)
        out << QStringLiteral("  ") << Tr::tr("network namespace %1 (bare-metal network baseline, on this machine)").arg(ns)
            << Qt::endl;

    if (!assumeYes) {
        out << Tr::tr("Remove %n object(s)? [y/N] ", nullptr, int(leftovers.size() + namespaces.size())) << Qt::flush;
        const QString answer = in.readLine();
        if (!saidYes(answer)) {
            out << Tr::tr("Nothing removed.") << Qt::endl;
            virConnectClose(conn);
            return 0;
        }
    }

    int failed = 0;
    for (const virt::Leftover &l : leftovers) {
        const Status s = virt::removeLeftover(conn, l);
        if (s.ok()) {
            out << Tr::tr("Removed %1 %2").arg(virt::leftoverKindName(l.kind), l.name) << Qt::endl;
        } else {
            ++failed;
            err << s.errorMessage() << Qt::endl;
        }
    }
    for (const QString &ns : namespaces) {
        const Status s = BaselineNetns::removeNamespace(ns);
        if (s.ok()) {
            out << Tr::tr("Removed network namespace %1").arg(ns) << Qt::endl;
        } else {
            ++failed;
            err << s.errorMessage() << Qt::endl;
        }
    }
    if (failed)
        err << Tr::tr("%n object(s) could not be removed.", nullptr, failed) << Qt::endl;
    virConnectClose(conn);
    return failed ? 1 : 0;
}

} // namespace hvbench::cli
