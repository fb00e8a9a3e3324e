// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The two long-running agent modes: protocol over stdin/stdout, or over a virtio-serial port.
#include <string>

namespace hvbench::agent {

inline constexpr const char *kDefaultPortPath = "/dev/virtio-ports/org.hvbench.agent.0";

// Sends hello, then serves stdin until shutdown (exit 0) or EOF (exit 0).  Returns the
// process exit code.
int runStdio();

// Opens the virtio-serial port (waiting up to 30 s for it to appear) and serves it until
// shutdown.  EOF only means "no host connected": the loop sleeps 50 ms and reads again.
// Sends hello at start (if a host is connected within 5 s) and on every ping.
int runPort(const std::string &path);

// /dev/virtio-ports/<name> is a udev symlink; without udev (a bare initramfs) the port is
// found through /sys/class/virtio-ports/*/name and opened as /dev/vportNpM.  Returns the
// path unchanged when it exists or no port of that name is found.
std::string resolvePortPath(const std::string &path);

} // namespace hvbench::agent
