// SPDX-License-Identifier: GPL-3.0-or-later
#include "exec_command.h"

#include <algorithm>
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

// A copy whose program exited while something it started still holds its pipes: read what is
// there for this long, then stop waiting for EOF.
constexpr auto kLingerAfterExit = std::chrono::milliseconds(500);
constexpr auto kExitFollowsEof = std::chrono::milliseconds(20);

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

// One running copy: its pipes (the parent's ends once started) and its wait state.
struct Child {
    pid_t pid = -1;
    Pipe in, out, err, status; // status: the child writes errno there when exec fails
    std::size_t written = 0;   // of the stdin text
    int waitStatus = 0;
    bool reaped = false;
    bool done = false; // no longer polled
    Clock::time_point exitedAt{};
    Clock::time_point outputClosedAt{}; // both pipes at EOF while the program had not exited
    ExecOutcome outcome;

    void closeAll() { in.close(), out.close(), err.close(), status.close(); }
    bool outputOpen() const { return out.r >= 0 || err.r >= 0; }
};

void killAndReap(std::vector<Child> &children)
{
    for (Child &c : children)
        if (c.pid > 0 && !c.reaped)
            ::kill(-c.pid, SIGKILL);
    for (Child &c : children) {
        while (c.pid > 0 && !c.reaped && ::waitpid(c.pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        c.reaped = true;
        c.closeAll();
    }
}

ExecBatch failure(std::string message)
{
    ExecBatch b;
    b.error = std::move(message);
    return b;
}

// Child side between fork and exec: async-signal-safe calls only.
[[noreturn]] void execChild(Child &c, Pipe &go, std::vector<char *> &argv)
{
    ::setpgid(0, 0);            // own process group: a timeout kills the tool and its children
    ::signal(SIGPIPE, SIG_DFL); // the agent ignores SIGPIPE; the tool gets the default
    ::dup2(c.in.r, 0);
    ::dup2(c.out.w, 1);
    ::dup2(c.err.w, 2);
    // Start barrier: wait until the parent has forked every copy and closes its end.
    ::close(go.w);
    char byte;
    while (::read(go.r, &byte, 1) < 0 && errno == EINTR) {
    }
    ::execvp(argv[0], argv.data());
    const int e = errno;
    (void)!::write(c.status.w, &e, sizeof e);
    ::_exit(127);
}

} // namespace

ExecBatch runExec(const ExecRequest &req)
{
    if (req.argv.empty() || req.argv.front().empty())
        return failure("empty argv");
    if (req.copies < 1 || req.copies > kMaxExecCopies)
        return failure("copies must be in [1, " + std::to_string(kMaxExecCopies) + "]");
    const std::size_t n = std::size_t(req.copies);
    const std::size_t cap = req.maxOutputBytes / n;

    std::vector<char *> argv;
    for (const std::string &a : req.argv)
        argv.push_back(const_cast<char *>(a.c_str()));
    argv.push_back(nullptr);

    Pipe go;
    if (!go.open())
        return failure(std::string("pipe: ") + std::strerror(errno));
    std::vector<Child> children(n);
    for (Child &c : children) {
        if (!c.in.open() || !c.out.open() || !c.err.open() || !c.status.open()) {
            const std::string e = std::string("pipe: ") + std::strerror(errno);
            killAndReap(children); // before the barrier opens: no copy runs the program
            go.close();
            return failure(e);
        }
        c.pid = ::fork();
        if (c.pid < 0) {
            const std::string e = std::string("fork: ") + std::strerror(errno);
            killAndReap(children); // before the barrier opens: no copy runs the program
            go.close();
            return failure(e);
        }
        if (c.pid == 0)
            execChild(c, go, argv);
        ::setpgid(c.pid, c.pid);
        closeFd(c.in.r);
        closeFd(c.out.w);
        closeFd(c.err.w);
        closeFd(c.status.w);
    }

    // Release every copy at once.
    const auto t0 = Clock::now();
    go.close();

    for (Child &c : children) {
        int childErrno = 0;
        ssize_t got;
        while ((got = ::read(c.status.r, &childErrno, sizeof childErrno)) < 0 && errno == EINTR) {
        }
        closeFd(c.status.r);
        if (got == ssize_t(sizeof childErrno)) { // EOF means a successful exec
            killAndReap(children);
            return failure("cannot run \"" + req.argv.front() + "\": " + std::strerror(childErrno));
        }
    }

    // Stdin (small texts only) is fed without blocking; an empty one is closed at once (EOF).
    for (Child &c : children) {
        if (req.stdinText.empty())
            closeFd(c.in.w);
        else
            ::fcntl(c.in.w, F_SETFL, O_NONBLOCK);
    }

    const auto deadline = t0 + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(req.timeoutS));
    char chunk[65536];
    std::vector<pollfd> p;
    struct Slot {
        Child *child;
        int stream; // 0 stdout, 1 stderr, 2 stdin
    };
    std::vector<Slot> map;
    for (;;) {
        const auto now = Clock::now();
        bool anyActive = false, anyLingering = false, anyExiting = false;
        for (Child &c : children) {
            if (c.done)
                continue;
            if (!c.reaped && ::waitpid(c.pid, &c.waitStatus, WNOHANG) == c.pid) {
                c.reaped = true;
                c.exitedAt = now;
            }
            if (c.reaped && (!c.outputOpen() || now - c.exitedAt > kLingerAfterExit)) {
                c.done = true;
                closeFd(c.in.w);
                closeFd(c.out.r);
                closeFd(c.err.r);
                continue;
            }
            anyActive = true;
            anyLingering |= c.reaped || !c.outputOpen();
            // Pipes at EOF just now: the exit follows within microseconds; look again soon so
            // that wall_ns is exact (but do not spin if the program merely closed them).
            anyExiting |= !c.reaped && !c.outputOpen() && now - c.outputClosedAt < kExitFollowsEof;
        }
        if (!anyActive)
            break;
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - now).count();
        if (left <= 0) {
            for (Child &c : children)
                if (!c.done) {
                    c.outcome.timedOut = true;
                    ::kill(-c.pid, SIGKILL);
                }
            break;
        }
        p.clear();
        map.clear();
        for (Child &c : children) {
            if (c.done)
                continue;
            if (c.out.r >= 0)
                p.push_back({c.out.r, POLLIN, 0}), map.push_back({&c, 0});
            if (c.err.r >= 0)
                p.push_back({c.err.r, POLLIN, 0}), map.push_back({&c, 1});
            if (c.in.w >= 0)
                p.push_back({c.in.w, POLLOUT, 0}), map.push_back({&c, 2});
        }
        const long long slice = anyExiting ? 1 : anyLingering ? 50 : 200;
        const int r = ::poll(p.data(), nfds_t(p.size()), int(std::min<long long>(left, slice)));
        if (r < 0 && errno != EINTR)
            break;
        for (std::size_t k = 0; k < p.size() && r > 0; ++k) {
            if (!p[k].revents)
                continue;
            Child &c = *map[k].child;
            if (map[k].stream == 2) {
                const ssize_t w = ::write(c.in.w, req.stdinText.data() + c.written, req.stdinText.size() - c.written);
                if (w > 0)
                    c.written += std::size_t(w);
                if ((w < 0 && errno != EAGAIN) || c.written >= req.stdinText.size())
                    closeFd(c.in.w);
                continue;
            }
            int &fd = map[k].stream == 0 ? c.out.r : c.err.r;
            std::string &buf = map[k].stream == 0 ? c.outcome.out : c.outcome.err;
            const ssize_t got = ::read(fd, chunk, sizeof chunk);
            if (got > 0) {
                const std::size_t room = cap - std::min(cap, buf.size());
                buf.append(chunk, std::min(room, std::size_t(got)));
                if (std::size_t(got) > room)
                    c.outcome.truncated = true;
            } else if (got == 0 || (errno != EINTR && errno != EAGAIN)) {
                closeFd(fd);
                if (!c.outputOpen())
                    c.outputClosedAt = Clock::now();
            }
        }
    }

    ExecBatch batch;
    batch.started = true;
    for (Child &c : children) {
        while (!c.reaped && ::waitpid(c.pid, &c.waitStatus, 0) < 0 && errno == EINTR) {
        }
        if (!c.reaped) {
            c.reaped = true;
            c.exitedAt = Clock::now();
        }
        c.closeAll();
        ExecOutcome &o = c.outcome;
        o.wallNs = std::chrono::duration_cast<std::chrono::nanoseconds>(c.exitedAt - t0).count();
        if (WIFEXITED(c.waitStatus))
            o.exitCode = WEXITSTATUS(c.waitStatus);
        else if (WIFSIGNALED(c.waitStatus))
            o.signal = WTERMSIG(c.waitStatus);
        batch.wallNs = std::max(batch.wallNs, o.wallNs);
        batch.copies.push_back(std::move(o));
    }
    return batch;
}

} // namespace hvbench::agent
