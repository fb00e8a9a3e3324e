// SPDX-License-Identifier: GPL-3.0-or-later
// bench_pi_overhead: does the agent's message loop cost anything?  Runs, interleaved in the
// same session, kRounds PI runs through `hvbench-agent --stdio` and kRounds runs of the bare
// pi_standalone binary, then prints the median cycles of each and standalone/agent
// (target >= 0.99).  Timing is printed, never asserted: it fails only when a run fails.
#include "workloads/pi_workload.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRounds = 5;
constexpr int kTimeoutMs = 300'000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

std::optional<QJsonObject> readMessage(QProcess &process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(kTimeoutMs))
            return std::nullopt;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(process.readLine());
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool expectType(const std::optional<QJsonObject> &message, QLatin1StringView type)
{
    if (message && message->value(u"type").toString() == type)
        return true;
    out() << "  unexpected agent message: "
          << (message ? QString::fromUtf8(QJsonDocument(*message).toJson(QJsonDocument::Compact))
                      : QStringLiteral("<none>"))
          << Qt::endl;
    return false;
}

std::optional<double> runAgent(const QString &agentPath, int digits)
{
    QProcess agent;
    agent.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    agent.start(agentPath, {QStringLiteral("--stdio")});
    if (!agent.waitForStarted(kTimeoutMs) || !expectType(readMessage(agent), "hello"_L1))
        return std::nullopt;
    const QJsonObject run{{u"type"_s, u"run"_s},
                          {u"proto"_s, 1},
                          {u"id"_s, u"bench"_s},
                          {u"workload"_s, u"pi"_s},
                          {u"params"_s, QJsonObject{{u"digits"_s, digits}}}};
    agent.write(QJsonDocument(run).toJson(QJsonDocument::Compact) + '\n');
    const auto result = readMessage(agent);
    if (!expectType(result, "result"_L1))
        return std::nullopt;
    agent.write(R"({"type":"shutdown","proto":1})" "\n");
    if (!expectType(readMessage(agent), "bye"_L1) || !agent.waitForFinished(kTimeoutMs) ||
        agent.exitCode() != 0)
        return std::nullopt;
    return result->value(u"metrics").toObject().value(u"cycles").toDouble();
}

std::optional<double> runStandalone(const QString &path, int digits)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(path, {QString::number(digits)});
    if (!process.waitForFinished(kTimeoutMs) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return std::nullopt;
    const QJsonObject result = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (!result.value(u"digits_ok").toBool())
        return std::nullopt;
    return result.value(u"cycles").toDouble();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString agentPath = qEnvironmentVariable("HVBENCH_AGENT");
    if (agentPath.isEmpty())
        agentPath = QStringLiteral(HVBENCH_AGENT_PATH);
    const QString standalonePath = QStringLiteral(PI_STANDALONE_PATH);
    const int digits = hvbench::workloads::kDefaultPiDigits;

    out() << "bench_pi_overhead: pi " << digits << " digits, " << kRounds
          << " rounds, agent and standalone interleaved" << Qt::endl;
    std::vector<double> agentCycles;
    std::vector<double> standaloneCycles;
    for (int round = 0; round < kRounds; ++round) {
        // Alternate which one goes first so drift (thermal, neighbours) hits both alike.
        for (int k = 0; k < 2; ++k) {
            const bool agentTurn = (round + k) % 2 == 0;
            const auto cycles = agentTurn ? runAgent(agentPath, digits)
                                          : runStandalone(standalonePath, digits);
            const char *who = agentTurn ? "agent     " : "standalone";
            if (!cycles) {
                out() << "round " << round + 1 << ' ' << who << ": FAILED" << Qt::endl;
                return 1;
            }
            out() << "round " << round + 1 << ' ' << who << ": " << qint64(*cycles)
                  << " cycles" << Qt::endl;
            (agentTurn ? agentCycles : standaloneCycles).push_back(*cycles);
        }
    }
    const double agentMedian = median(agentCycles);
    const double standaloneMedian = median(standaloneCycles);
    out() << "median agent:      " << qint64(agentMedian) << " cycles" << Qt::endl
          << "median standalone: " << qint64(standaloneMedian) << " cycles" << Qt::endl
          << "ratio standalone/agent: " << QString::number(standaloneMedian / agentMedian, 'f', 4)
          << " (target >= 0.99; informative, not asserted)" << Qt::endl;
    return 0;
}
