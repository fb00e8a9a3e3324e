// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownedomains.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

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

QStringList networksWithPrefix(const QString &uri, const QString &prefix)
{
    QStringList names;
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return {QStringLiteral("<cannot connect>")};
    virNetworkPtr *nets = nullptr;
    const int n = virConnectListAllNetworks(c, &nets, 0);
    for (int i = 0; i < n; ++i) {
        const QString name = QString::fromUtf8(virNetworkGetName(nets[i]));
        if (name.startsWith(prefix))
            names << name;
        virNetworkFree(nets[i]);
    }
    free(nets);
    virConnectClose(c);
    return names;
}

QStringList volumesWithPrefix(const QString &uri, const QString &pool, const QString &prefix)
{
    QStringList names;
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return {QStringLiteral("<cannot connect>")};
    if (virStoragePoolPtr p = virStoragePoolLookupByName(c, pool.toUtf8().constData())) {
        virStoragePoolRefresh(p, 0);
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(p, &vols, 0);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(virStorageVolGetName(vols[i]));
            if (name.startsWith(prefix))
                names << name;
            virStorageVolFree(vols[i]);
        }
        free(vols);
        virStoragePoolFree(p);
    }
    virConnectClose(c);
    return names;
}

QString createDirPool(const QString &uri, const QString &name, const QString &path)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return QStringLiteral("cannot connect to ") + uri;
    const QString xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2</path></target></pool>").arg(name, path);
    virStoragePoolPtr p = virStoragePoolCreateXML(c, xml.toUtf8().constData(), VIR_STORAGE_POOL_CREATE_WITH_BUILD);
    QString err;
    if (!p) {
        const virErrorPtr e = virGetLastError();
        err = e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("pool create failed");
    } else {
        virStoragePoolFree(p);
    }
    virConnectClose(c);
    return err;
}

void destroyPool(const QString &uri, const QString &name)
{
    virConnectPtr c = virConnectOpen(uri.toUtf8().constData());
    if (!c)
        return;
    if (virStoragePoolPtr p = virStoragePoolLookupByName(c, name.toUtf8().constData())) {
        virStoragePoolDestroy(p);
        virStoragePoolFree(p);
    }
    virConnectClose(c);
}

} // namespace testutil
