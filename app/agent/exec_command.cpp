// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec_command.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

namespace hvbench::agent {
namespace {

using Clock = std::chrono::steady_clock;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

struct Pipe {
    int r = -1, w = -1;
    bool open()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        r = fds[0];
        w = fds[1];
        return true;
    }
    void close()
    {
        closeFd(r);
        closeFd(w);
    }
};

} // namespace

ExecOutcome runExec(const ExecRequest &req)
{
    ExecOutcome o;
    if (req.argv.empty() || req.argv.front().empty()) {
        o.error = "empty argv";
        return o;
    }
    Pipe in, out, err, status; // status: the child writes errno there when exec fails
    if (!in.open() || !out.open() || !err.open() || !status.open()) {
        o.error = std::string("pipe: ") + std::strerror(errno);
        in.close(), out.close(), err.close(), status.close();
        return o;
    }
    std::vector<char *> argv;
    for (const std::string &a : req.argv)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);

    const auto t0 = Clock::now();
    const pid_t pid = ::fork();
    if (pid < 0) {
        o.error = std::string("fork: ") + std::strerror(errno);
        in.close(), out.close(), err.close(), status.close();
        return o;
    }
    if (pid == 0) {
        ::setpgid(0, 0); // own process group: a timeout kills the tool and its children
        ::dup2(in.r, 0);
        ::dup2(out.w, 1);
        ::dup2(err.w, 2);
        ::execvp(argv[0], argv.data());
        const int e = errno;
        (void)!::write(status.w, &e, sizeof e);
        ::_exit(127);
    }
    ::setpgid(pid, pid);
    closeFd(in.r);
    closeFd(out.w);
    closeFd(err.w);
    closeFd(status.w);

    int childErrno = 0;
    const ssize_t n = ::read(status.r, &childErrno, sizeof childErrno); // EOF on successful exec
    closeFd(status.r);
    if (n == ssize_t(sizeof childErrno)) {
        ::waitpid(pid, nullptr, 0);
        in.close(), out.close(), err.close();
        o.error = "cannot run \"" + req.argv.front() + "\": " + std::strerror(childErrno);
        return o;
    }
    o.started = true;

    // Feed stdin (small texts only) and close it so the tool sees EOF.
    std::size_t written = 0;
    if (req.stdinText.empty())
        closeFd(in.w);
    else
        ::fcntl(in.w, F_SETFL, O_NONBLOCK);

    const auto deadline = t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(req.timeoutS));
    int fds[2] = {out.r, err.r};
    std::string *bufs[2] = {&o.out, &o.err};
    char chunk[65536];
    int ws = 0;
    bool reaped = false;
    auto exitedAt = Clock::time_point{};
    while (fds[0] >= 0 || fds[1] >= 0) {
        // The tool exited but something it started still holds the pipes: read what is there
        // for a moment, then stop waiting for EOF.
        if (!reaped && ::waitpid(pid, &ws, WNOHANG) == pid) {
            reaped = true;
            exitedAt = Clock::now();
        }
        if (reaped && Clock::now() - exitedAt > std::chrono::milliseconds(500))
            break;
        pollfd p[3];
        int np = 0;
        int map[3];
        for (int i = 0; i < 2; ++i)
            if (fds[i] >= 0) {
                p[np] = {fds[i], POLLIN, 0};
                map[np++] = i;
            }
        if (in.w >= 0) {
            p[np] = {in.w, POLLOUT, 0};
            map[np++] = 2;
        }
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            o.timedOut = true;
            ::kill(-pid, SIGKILL);
            break;
        }
        const int r = ::poll(p, nfds_t(np), int(std::min<long long>(left, reaped ? 50 : 200)));
        if (r < 0 && errno != EINTR)
            break;
        for (int k = 0; k < np && r > 0; ++k) {
            if (!p[k].revents)
                continue;
            const int i = map[k];
            if (i == 2) {
                const ssize_t w = ::write(in.w, req.stdinText.data() + written, req.stdinText.size() - written);
                if (w > 0)
                    written += std::size_t(w);
                if (w < 0 && errno != EAGAIN)
                    closeFd(in.w);
                if (written >= req.stdinText.size())
                    closeFd(in.w);
                continue;
            }
            const ssize_t got = ::read(fds[i], chunk, sizeof chunk);
            if (got > 0) {
                const std::size_t room = req.maxOutputBytes - std::min(req.maxOutputBytes, bufs[i]->size());
                bufs[i]->append(chunk, std::min(room, std::size_t(got)));
                if (std::size_t(got) > room)
                    o.truncated = true;
            } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                closeFd(fds[i]);
            }
        }
    }
    while (!reaped && ::waitpid(pid, &ws, 0) < 0 && errno == EINTR) {
    }
    o.wallNs = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - t0).count();
    closeFd(in.w);
    closeFd(fds[0]);
    closeFd(fds[1]);
    if (WIFEXITED(ws))
        o.exitCode = WEXITSTATUS(ws);
    else if (WIFSIGNALED(ws))
        o.signal = WTERMSIG(ws);
    return o;
}

} // namespace hvbench::agent
