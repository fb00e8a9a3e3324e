// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/libvirtglobal.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <csignal>
#include <mutex>
#include <thread>

namespace hvbench::virt {

namespace {
void silentErrorHandler(void *, virErrorPtr) {}
} // namespace

void ensureLibvirtInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libvirt writes to sockets and streams: when the daemon goes away the write must fail
        // with EPIPE (and be reported), not kill the whole program with SIGPIPE.
        std::signal(SIGPIPE, SIG_IGN);
        virInitialize();
        virSetErrorFunc(nullptr, silentErrorHandler);
        virEventRegisterDefaultImpl();
        std::thread([] {
            for (;;)
                virEventRunDefaultImpl();
        }).detach();
    });
}

QString lastError()
{
    const virErrorPtr e = virGetLastError();
    return e && e->message ? QString::fromUtf8(e->message) : QString();
}

} // namespace hvbench::virt
