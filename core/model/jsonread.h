// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typed reads from QJsonObject that report which key had the wrong type.
#include "util/result.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace hvbench::json {

class Reader {
    Q_DECLARE_TR_FUNCTIONS(hvbench::json::Reader)
public:
    Reader(const QJsonObject &o, QString where) : m_o(o), m_where(std::move(where)) {}
    // Each getter records the first error and returns a default value.
    QString str(const char *key, bool required = true);
    qint64 integer(const char *key, bool required = true, qint64 def = 0);
    double number(const char *key, bool required = true, double def = 0);
    bool boolean(const char *key, bool required = true, bool def = false);
    QJsonObject object(const char *key, bool required = true);
    QJsonArray array(const char *key, bool required = true);
    bool ok() const { return m_error.isEmpty(); }
    Error error() const { return Error{m_error}; }
    void fail(const QString &message);

private:
    bool check(const char *key, bool required, bool typeOk, const char *typeName);
    QJsonObject m_o;
    QString m_where;
    QString m_error;
};

} // namespace hvbench::json
