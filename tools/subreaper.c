// SPDX-License-Identifier: GPL-3.0-or-later
//
// hvbench-subreaper [--daemon] [--log FILE] [--pidfile FILE] -- CMD [ARGS...]
//
// Runs CMD as a child of a process that has PR_SET_CHILD_SUBREAPER set, and reaps
// every descendant that gets re-parented to it.  Used to run libvirtd on machines
// whose PID 1 reaps zombies slowly (containers without an init): QEMU processes that
// libvirtd spawns and that exit are then reaped at once, so `virsh destroy` returns
// in ~0.2 s instead of ~2 s.
//
// Exits with CMD's exit status (128 + signal number if CMD was killed by a signal).
// SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1 and SIGUSR2 received by the subreaper are
// forwarded to CMD.
//
//   --daemon        detach: fork, setsid, chdir /, stdin/stdout/stderr to /dev/null
//                   (or to --log FILE); the calling shell gets its prompt back at once.
//   --log FILE      with --daemon: append CMD's stdout/stderr to FILE instead of /dev/null.
//   --pidfile FILE  write the pid of CMD (not of the subreaper) to FILE; removed on exit.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t g_child = 0;

static void forward_signal(int sig)
{
    if (g_child > 0)
        kill((pid_t)g_child, sig);
}

static void usage(FILE *out)
{
    fprintf(out, "usage: hvbench-subreaper [--daemon] [--log FILE] [--pidfile FILE] -- CMD [ARGS...]\n"
                 "Runs CMD under a child subreaper that reaps every orphaned descendant;\n"
                 "exits with CMD's status.\n");
}

static int redirect_std_fds(const char *log)
{
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int out = log ? open(log, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644)
                  : open("/dev/null", O_WRONLY | O_CLOEXEC);
    if (in < 0 || out < 0)
        return -1;
    if (dup2(in, STDIN_FILENO) < 0 || dup2(out, STDOUT_FILENO) < 0 || dup2(out, STDERR_FILENO) < 0)
        return -1;
    if (in > STDERR_FILENO)
        close(in);
    if (out > STDERR_FILENO)
        close(out);
    return 0;
}

static int daemonize(const char *log)
{
    // Report failures that happen before detaching on the caller's stderr.
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid > 0) {
        // Reap the intermediate child (it exits right away) so it does not linger as a
        // zombie of a slow PID 1, then let the calling shell continue.
        int st = 0;
        while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
        }
        _exit(WIFEXITED(st) ? WEXITSTATUS(st) : 1);
    }
    if (setsid() < 0)
        return -1;
    // Second fork: never reacquire a controlling terminal.
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid > 0)
        _exit(0);
    if (redirect_std_fds(log) < 0) // before chdir: a relative --log stays relative to the caller
        return -1;
    umask(022);
    return chdir("/");
}

int main(int argc, char **argv)
{
    int daemon_mode = 0;
    const char *pidfile = NULL;
    const char *log = NULL;
    int i = 1;
    for (; i < argc; ++i) {
        if (strcmp(argv[i], "--") == 0) {
            ++i;
            break;
        } else if (strcmp(argv[i], "--daemon") == 0) {
            daemon_mode = 1;
        } else if (strcmp(argv[i], "--pidfile") == 0 && i + 1 < argc) {
            pidfile = argv[++i];
        } else if (strcmp(argv[i], "--log") == 0 && i + 1 < argc) {
            log = argv[++i];
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (argv[i][0] == '-') {
            fprintf(stderr, "hvbench-subreaper: unknown option '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        } else {
            break; // CMD without "--"
        }
    }
    if (i >= argc) {
        usage(stderr);
        return 2;
    }
    char **cmd = &argv[i];

    // A relative --pidfile names a file relative to the caller's directory, not to "/".
    char *pidfile_abs = NULL;
    if (pidfile && pidfile[0] != '/') {
        char cwd[4096];
        if (getcwd(cwd, sizeof cwd) && asprintf(&pidfile_abs, "%s/%s", cwd, pidfile) > 0)
            pidfile = pidfile_abs;
    }

    if (daemon_mode && daemonize(log) < 0) {
        fprintf(stderr, "hvbench-subreaper: cannot daemonize: %s\n", strerror(errno));
        return 1;
    }

    if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) < 0) {
        fprintf(stderr, "hvbench-subreaper: PR_SET_CHILD_SUBREAPER: %s\n", strerror(errno));
        return 1;
    }

    // Block forwarded signals until the child pid is known, so none is lost.
    sigset_t fwd, old;
    sigemptyset(&fwd);
    const int fwd_signals[] = {SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2};
    for (size_t k = 0; k < sizeof fwd_signals / sizeof fwd_signals[0]; ++k)
        sigaddset(&fwd, fwd_signals[k]);
    sigprocmask(SIG_BLOCK, &fwd, &old);

    pid_t child = fork();
    if (child < 0) {
        fprintf(stderr, "hvbench-subreaper: fork: %s\n", strerror(errno));
        return 1;
    }
    if (child == 0) {
        sigprocmask(SIG_SETMASK, &old, NULL);
        execvp(cmd[0], cmd);
        fprintf(stderr, "hvbench-subreaper: cannot execute '%s': %s\n", cmd[0], strerror(errno));
        _exit(127);
    }
    g_child = child;

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = forward_signal;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    for (size_t k = 0; k < sizeof fwd_signals / sizeof fwd_signals[0]; ++k)
        sigaction(fwd_signals[k], &sa, NULL);
    sigprocmask(SIG_SETMASK, &old, NULL);

    if (pidfile) {
        FILE *f = fopen(pidfile, "w");
        if (f) {
            fprintf(f, "%d\n", (int)child);
            fclose(f);
        } else {
            fprintf(stderr, "hvbench-subreaper: cannot write pidfile '%s': %s\n", pidfile,
                    strerror(errno));
        }
    }

    // Reap everything; remember CMD's status.  Keep reaping orphans after CMD exits
    // until none is left, so no zombie outlives us (they would land on slow PID 1).
    int exit_code = 1;
    int cmd_done = 0;
    for (;;) {
        int status = 0;
        pid_t pid = waitpid(-1, &status, 0);
        if (pid < 0) {
            if (errno == EINTR)
                continue;
            break; // ECHILD: no children left at all
        }
        if (pid == child) {
            cmd_done = 1;
            g_child = 0;
            if (WIFEXITED(status))
                exit_code = WEXITSTATUS(status);
            else if (WIFSIGNALED(status))
                exit_code = 128 + WTERMSIG(status);
        }
    }
    if (!cmd_done)
        exit_code = 1;
    if (pidfile)
        unlink(pidfile);
    return exit_code;
}
