// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// CSV of any of hvbench's table models: header = the model's ColumnKeyRole names (with units),
// cells = RawValueRole values (numbers unformatted, '.' decimal point).  RFC 4180 quoting.
#include "util/result.h"

class QAbstractItemModel;

namespace hvbench::io {

inline constexpr int kRawValueRole = 0x0100 + 1; // Qt::UserRole + 1, same in every model
inline constexpr int kColumnKeyRole = 0x0100 + 2;

QByteArray toCsv(const QAbstractItemModel &model);
Status writeCsv(const QAbstractItemModel &model, const QString &path);
// Parses CSV made by toCsv (quoted fields, embedded commas/quotes/newlines).
QList<QStringList> parseCsv(const QByteArray &csv);

} // namespace hvbench::io
