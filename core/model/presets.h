// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Ready-made sessions: the seed paper's whole experiment, a scaled-down quick run of the same
// shape, and the demo.
#include "model/session.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace hvbench {

struct Preset {
    QString id;          // "paper", "quick", "demo"
    QString name;        // translated
    QString description; // translated, one or two sentences for a tooltip or --help
};

// Every preset, in the order a UI should offer them.
QList<Preset> presets();
// A fresh session (new id, no results) for a preset id; an error naming the valid ids otherwise.
Result<Session> makePreset(const QString &id);

} // namespace hvbench
