// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Host side of the agent protocol (see core/workloads/protocol.h for the wire format).
#include "util/result.h"
#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace hvbench::agent {

int protocolVersion();
QString portName();

// Parses one line from an agent: a JSON object with a string "type" and an integer "proto"
// no newer than ours.  Anything else is an error naming what was wrong.
Result<QJsonObject> parseLine(const QByteArray &line);

QByteArray pingLine();
QByteArray runPiLine(const QString &id, int digits); // digits 0 = the agent's default
// Runs argv (no shell) in the agent; answered by "exec-result" (or "error" when it cannot start).
// copies > 1 starts that many instances at once and gets one answer with a "copies" array;
// "copies" is left out of the line when it is 1 (the line of agents that predate it).
QByteArray execLine(const QString &id, const QStringList &argv, double timeoutS, const QString &stdinText = {},
                    int copies = 1);
QByteArray shutdownLine();

} // namespace hvbench::agent
