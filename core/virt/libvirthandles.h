// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Owning handles for libvirt objects, and taking libvirt's malloc'ed strings.
#include <QString>

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>

namespace hvbench::virt {

struct DomainFree {
    void operator()(virDomainPtr d) const { virDomainFree(d); }
};
struct NetworkFree {
    void operator()(virNetworkPtr n) const { virNetworkFree(n); }
};
struct PoolFree {
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
};
struct VolumeFree {
    void operator()(virStorageVolPtr v) const { virStorageVolFree(v); }
};
using DomPtr = std::unique_ptr<virDomain, DomainFree>;
using NetPtr = std::unique_ptr<virNetwork, NetworkFree>;
using PoolPtr = std::unique_ptr<virStoragePool, PoolFree>;
using VolPtr = std::unique_ptr<virStorageVol, VolumeFree>;

// A string libvirt returned for the caller to free (nullptr → empty).
inline QString takeString(char *s)
{
    const QString out = s ? QString::fromUtf8(s) : QString();
    std::free(s);
    return out;
}

} // namespace hvbench::virt
