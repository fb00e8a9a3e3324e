// SPDX-License-Identifier: GPL-3.0-or-later
// hvbench-agent: runs workloads for the hvbench host, in a guest (virtio-serial) or on bare
// metal (stdio).  Qt-free and statically linked so it runs from a minimal initramfs.
#include "line_io.h"
#include "messages.h"
#include "transports.h"
#include "workloads/pi_workload.h"
#include "workloads/protocol.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unistd.h>

namespace {

using namespace hvbench;

constexpr int kExitUsage = 2;

void printHelp(std::FILE *out)
{
    std::fprintf(out,
                 "Usage: hvbench-agent MODE\n"
                 "  --stdio            serve the hvbench agent protocol v%d on stdin/stdout\n"
                 "  --port [PATH]      serve it on a virtio-serial port\n"
                 "                     (default %s)\n"
                 "  pi [--digits N]    run the PI workload once, print the result as JSON\n"
                 "                     (N in [%d, %d], default %d)\n"
                 "  --version          print the version\n"
                 "  --help             print this help\n",
                 proto::kProtocolVersion, agent::kDefaultPortPath, workloads::kMinPiDigits,
                 workloads::kMaxPiDigits, workloads::kDefaultPiDigits);
}

bool parseDigits(const char *text, long &digits)
{
    char *end = nullptr;
    digits = std::strtol(text, &end, 10);
    return end != text && *end == '\0';
}

int runPiOnce(int argc, char **argv)
{
    long digits = workloads::kDefaultPiDigits;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--digits" && i + 1 < argc && parseDigits(argv[i + 1], digits)) {
            ++i;
        } else {
            std::fprintf(stderr, "hvbench-agent: bad argument '%s' for pi\n", argv[i]);
            return kExitUsage;
        }
    }
    if (digits < workloads::kMinPiDigits || digits > workloads::kMaxPiDigits) {
        std::fprintf(stderr, "hvbench-agent: --digits must be in [%d, %d]\n",
                     workloads::kMinPiDigits, workloads::kMaxPiDigits);
        return kExitUsage;
    }
    const workloads::PiRun run = workloads::runPi(int(digits));
    const auto message = run.digitsOk
        ? agent::resultMessage({}, run)
        : agent::errorMessage({}, "wrong PI: computed digits do not match the known value (" +
                                      agent::piCommandLine(run.digits) + ")");
    agent::writeAll(STDOUT_FILENO, agent::serialize(message) + '\n', -1);
    return run.digitsOk ? EXIT_SUCCESS : EXIT_FAILURE;
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN); // a vanished host is a write error, not a crash

    const std::string_view mode = argc > 1 ? argv[1] : "";
    if (mode == "--help" || mode == "-h") {
        printHelp(stdout);
        return EXIT_SUCCESS;
    }
    if (mode == "--version") {
        std::printf("hvbench-agent %s (protocol %d)\n", HVBENCH_VERSION, proto::kProtocolVersion);
        return EXIT_SUCCESS;
    }
    if (mode == "--stdio" && argc == 2)
        return agent::runStdio();
    if (mode == "--port" && argc <= 3)
        return agent::runPort(argc == 3 ? argv[2] : agent::kDefaultPortPath);
    if (mode == "pi")
        return runPiOnce(argc, argv);

    printHelp(stderr);
    return kExitUsage;
}
