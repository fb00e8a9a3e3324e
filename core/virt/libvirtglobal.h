// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace hvbench::virt {

// Registers libvirt's default event loop (before the first virConnectOpen, as libvirt requires)
// and runs it on a thread of its own.  Safe to call many times; the first call does the work.
// Also silences libvirt's default error printing: errors are read with lastError().
void ensureLibvirtInitialized();

// The message of the last libvirt error on this thread (empty if none).
QString lastError();

} // namespace hvbench::virt
