// SPDX-License-Identifier: GPL-3.0-or-later
#include "line_io.h"

#include <cerrno>
#include <ctime>
#include <poll.h>
#include <unistd.h>

namespace hvbench::agent {

bool LineBuffer::append(std::string_view bytes)
{
    if (m_discarding) {
        const std::size_t nl = bytes.find('\n');
        if (nl == std::string_view::npos)
            return true;
        bytes.remove_prefix(nl + 1);
        m_discarding = false;
    }
    m_buffer.append(bytes);
    if (m_buffer.find('\n', m_scanned) == std::string::npos) {
        m_scanned = m_buffer.size();
        if (m_buffer.size() > kMaxLine) {
            clear();
            m_discarding = true;
            return false;
        }
    }
    return true;
}

std::optional<std::string> LineBuffer::next()
{
    const std::size_t nl = m_buffer.find('\n');
    if (nl == std::string::npos) {
        m_scanned = m_buffer.size();
        return std::nullopt;
    }
    std::string line = m_buffer.substr(0, nl);
    m_buffer.erase(0, nl + 1);
    m_scanned = 0;
    return line;
}

void LineBuffer::clear()
{
    m_buffer.clear();
    m_scanned = 0;
}

void sleepMs(int ms)
{
    timespec ts{ms / 1000, (ms % 1000) * 1'000'000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

bool writeAll(int fd, std::string_view data, int timeoutMs)
{
    constexpr int kStepMs = 50;
    int waitedMs = 0;
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n > 0) {
            data.remove_prefix(std::size_t(n));
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
            return false;
        if (timeoutMs >= 0 && waitedMs >= timeoutMs)
            return false;
        // A virtio port with no host attached polls as POLLHUP without POLLOUT: sleep then.
        pollfd pfd{fd, POLLOUT, 0};
        const int ready = ::poll(&pfd, 1, kStepMs);
        if (ready < 0 || (ready > 0 && !(pfd.revents & POLLOUT)))
            sleepMs(kStepMs);
        waitedMs += kStepMs;
    }
    return true;
}

} // namespace hvbench::agent
