// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/jsonread.h"

#include <cmath>

namespace hvbench::json {

void Reader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool Reader::check(const char *key, bool required, bool typeOk, const char *typeName)
{
    const QString k = QString::fromLatin1(key);
    if (!m_o.contains(k)) {
        if (required)
            fail(tr("%1: the field \"%2\" is missing.").arg(m_where, k));
        return false;
    }
    if (!typeOk) {
        fail(tr("%1: the field \"%2\" must be %3.").arg(m_where, k, QString::fromLatin1(typeName)));
        return false;
    }
    return true;
}

QString Reader::str(const char *key, bool required)
{
    const auto v = m_o.value(QString::fromLatin1(key));
    return check(key, required, v.isString(), "a string") ? v.toString() : QString();
}

qint64 Reader::integer(const char *key, bool required, qint64 def)
{
    const auto v = m_o.value(QString::fromLatin1(key));
    const bool isInt = v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    return check(key, required, isInt, "an integer") ? v.toInteger() : def;
}

double Reader::number(const char *key, bool required, double def)
{
    const auto v = m_o.value(QString::fromLatin1(key));
    return check(key, required, v.isDouble(), "a number") ? v.toDouble() : def;
}

bool Reader::boolean(const char *key, bool required, bool def)
{
    const auto v = m_o.value(QString::fromLatin1(key));
    return check(key, required, v.isBool(), "true or false") ? v.toBool() : def;
}

QJsonObject Reader::object(const char *key, bool required)
{
    const auto v = m_o.value(QString::fromLatin1(key));
    return check(key, required, v.isObject(), "an object") ? v.toObject() : QJsonObject();
}

QJsonArray Reader::array(const char *key, bool required)
{
    const auto v = m_o.value(QString::fromLatin1(key));
    return check(key, required, v.isArray(), "an array") ? v.toArray() : QJsonArray();
}

} // namespace hvbench::json
