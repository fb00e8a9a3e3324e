// SPDX-License-Identifier: GPL-3.0-or-later
#include "transports.h"

#include "agent_session.h"
#include "line_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

namespace hvbench::agent {
namespace {

constexpr int kPollMs = 50;
constexpr int kHelloTimeoutMs = 5'000;
constexpr int kReplyTimeoutMs = 30'000;
constexpr int kOpenTimeoutMs = 30'000;

// Reads fd until the session has answered shutdown.  `onEof` decides what EOF means:
// return true to keep serving, false to stop.
template<typename OnEof>
int serve(int fd, AgentSession &session, OnEof onEof, LineBuffer &buffer)
{
    char chunk[4096];
    while (!session.finished()) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n > 0) {
            if (!buffer.append({chunk, std::size_t(n)}))
                session.sendError("input line longer than 1 MiB dropped");
            while (!session.finished()) {
                const auto line = buffer.next();
                if (!line)
                    break;
                session.handleLine(*line);
            }
        } else if (n == 0) {
            if (!onEof())
                return 0;
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            pollfd pfd{fd, POLLIN, 0};
            const int ready = ::poll(&pfd, 1, 1000);
            if (ready > 0 && !(pfd.revents & POLLIN))
                sleepMs(kPollMs); // POLLHUP: no host; the next read returns 0
        } else if (errno != EINTR) {
            std::fprintf(stderr, "hvbench-agent: read: %s\n", std::strerror(errno));
            return 1;
        }
    }
    return 0;
}

} // namespace

int runStdio()
{
    AgentSession session([](const std::string &line) {
        return writeAll(STDOUT_FILENO, line + '\n', -1);
    });
    if (!session.sendHello())
        return 1;
    LineBuffer buffer;
    return serve(STDIN_FILENO, session, [] { return false; }, buffer);
}

std::string resolvePortPath(const std::string &path)
{
    if (::access(path.c_str(), F_OK) == 0)
        return path;
    const std::size_t slash = path.rfind('/');
    const std::string name = path.substr(slash == std::string::npos ? 0 : slash + 1);
    DIR *dir = ::opendir("/sys/class/virtio-ports");
    if (!dir)
        return path;
    std::string found;
    while (const dirent *entry = ::readdir(dir)) {
        if (entry->d_name[0] == '.')
            continue;
        const std::string nameFile =
            std::string("/sys/class/virtio-ports/") + entry->d_name + "/name";
        char buf[256] = {};
        const int fd = ::open(nameFile.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        const ssize_t n = ::read(fd, buf, sizeof buf - 1);
        ::close(fd);
        std::string portName(buf, n > 0 ? std::size_t(n) : 0);
        while (!portName.empty() && (portName.back() == '\n' || portName.back() == ' '))
            portName.pop_back();
        if (portName == name) {
            found = std::string("/dev/") + entry->d_name;
            break;
        }
    }
    ::closedir(dir);
    return found.empty() ? path : found;
}

int runPort(const std::string &path)
{
    int fd = -1;
    for (int waitedMs = 0; fd < 0; waitedMs += kPollMs) {
        fd = ::open(resolvePortPath(path).c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
        if (fd >= 0)
            break;
        if ((errno != ENOENT && errno != ENXIO) || waitedMs >= kOpenTimeoutMs) {
            std::fprintf(stderr, "hvbench-agent: cannot open %s: %s\n", path.c_str(),
                         std::strerror(errno));
            return 1;
        }
        sleepMs(kPollMs);
    }

    int timeoutMs = kHelloTimeoutMs;
    AgentSession session([fd, &timeoutMs](const std::string &line) {
        return writeAll(fd, line + '\n', timeoutMs);
    });
    if (!session.sendHello())
        std::fprintf(stderr, "hvbench-agent: no host on %s yet; waiting for ping\n",
                     path.c_str());
    timeoutMs = kReplyTimeoutMs;

    LineBuffer buffer;
    const int rc = serve(
        fd, session,
        [&buffer] {
            buffer.clear(); // the host went away mid-line, or is not connected yet
            sleepMs(kPollMs);
            return true;
        },
        buffer);
    ::close(fd);
    return rc;
}

} // namespace hvbench::agent
