// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csvexport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace hvbench::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Csv)
};
QByteArray field(const QVariant &v)
{
    QString s;
    if (v.typeId() == QMetaType::Double)
        s = QString::number(v.toDouble(), 'g', 17);
    else
        s = v.toString();
    QByteArray b = s.toUtf8();
    if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
        b.replace("\"", "\"\"");
        b = '"' + b + '"';
    }
    return b;
}
} // namespace

QByteArray toCsv(const QAbstractItemModel &model)
{
    QByteArray out;
    const int cols = model.columnCount();
    for (int c = 0; c < cols; ++c) {
        if (c)
            out += ',';
        out += field(model.headerData(c, Qt::Horizontal, kColumnKeyRole));
    }
    out += "\r\n";
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < cols; ++c) {
            if (c)
                out += ',';
            out += field(model.data(model.index(r, c), kRawValueRole));
        }
        out += "\r\n";
    }
    return out;
}

Status writeCsv(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, f.errorString())};
    f.write(toCsv(model));
    if (!f.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, f.errorString())};
    return Ok{};
}

QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QByteArray cur;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const char ch = csv.at(i);
        if (quoted) {
            if (ch == '"' && i + 1 < csv.size() && csv.at(i + 1) == '"') {
                cur += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                cur += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            row << QString::fromUtf8(cur);
            cur.clear();
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < csv.size() && csv.at(i + 1) == '\n')
                ++i;
            row << QString::fromUtf8(cur);
            cur.clear();
            rows << row;
            row.clear();
        } else {
            cur += ch;
        }
    }
    if (!cur.isEmpty() || !row.isEmpty()) {
        row << QString::fromUtf8(cur);
        rows << row;
    }
    return rows;
}

} // namespace hvbench::io
