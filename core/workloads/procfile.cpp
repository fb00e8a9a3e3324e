// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloads/procfile.h"

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace hvbench::workloads {

std::optional<std::string> readProcFile(const char *path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return std::nullopt;
    std::string text;
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            text.append(buf, std::size_t(n));
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            ::close(fd);
            return std::nullopt;
        }
    }
    ::close(fd);
    return text;
}

} // namespace hvbench::workloads
