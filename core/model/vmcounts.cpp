// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/vmcounts.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace hvbench {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::VmCounts)
};
} // namespace

Result<QList<int>> parseVmCounts(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    QList<int> counts;
    const QStringList parts = text.split(sep, Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 1)
            return Error{Tr::tr("\"%1\" is not a VM count: write whole numbers of at least 1 separated by commas, "
                                "e.g. \"1, 7, 8, 17\".")
                             .arg(p)};
        if (!counts.contains(n))
            counts.append(n);
    }
    return counts;
}

QString formatVmCounts(const QList<int> &counts)
{
    QStringList parts;
    for (int n : counts)
        parts.append(QString::number(n));
    return parts.join(QStringLiteral(", "));
}

} // namespace hvbench
