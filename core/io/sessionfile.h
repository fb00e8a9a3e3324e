// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "model/session.h"

namespace hvbench::io {

// Reads a session file and merges its journal (results recorded after the last save).
Result<Session> loadSession(const QString &path);
// Writes atomically through QSaveFile.
Status saveSession(const Session &s, const QString &path);
QString journalPathFor(const QString &sessionPath);

} // namespace hvbench::io
