// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownedomains.h"

#include <libvirt/libvirt.h>

namespace testutil {

QStringList domainsWithPrefix(const QString &uri, const QString &prefix)
{
    QStringList names;
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return {QStringLiteral("<cannot connect>")};
    virDomainPtr *doms = nullptr;
    const int n = virConnectListAllDomains(c, &doms, 0);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virDomainGetName(doms[i]));
        if (name.startsWith(prefix))
            names << name;
        virDomainFree(doms[i]);
    }
    free(doms);
    virConnectClose(c);
    return names;
}

bool destroyDomain(const QString &uri, const QString &name)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return false;
    bool ok = false;
    if (virDomainPtr d = virDomainLookupByName(c, name.toUtf8().constData())) {
        ok = virDomainDestroy(d) == 0;
        virDomainFree(d);
    }
    virConnectClose(c);
    return ok;
}

} // namespace testutil
