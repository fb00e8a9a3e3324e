// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include <QApplication>
#include <QDir>

#include <algorithm>

// Q_INIT_RESOURCE must be used outside a namespace.  hvbench-resources is a static library:
// referencing its initialisers here also makes the linker keep them.
static void initIconResources()
{
    Q_INIT_RESOURCE(hvbench);
    Q_INIT_RESOURCE(hvbench_png);
}

namespace hvbench {

QString appId()
{
    return QStringLiteral("org.hvbench.hvbench");
}

QList<int> appIconSizes()
{
    initIconResources();
    QList<int> sizes;
    // hvbench-<size>.png, one per size resources/CMakeLists.txt renders.
    const QStringList names = QDir(QStringLiteral(":/icons/png")).entryList({QStringLiteral("hvbench-*.png")});
    for (const QString &name : names) {
        bool ok = false;
        const int size = name.mid(8, name.size() - 12).toInt(&ok);
        if (ok && size > 0)
            sizes.append(size);
    }
    std::sort(sizes.begin(), sizes.end());
    return sizes;
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : appIconSizes())
        icon.addFile(QStringLiteral(":/icons/png/hvbench-%1.png").arg(size), QSize(size, size));
    // The SVG serves every size in between (and HiDPI scales) through the Qt SVG icon engine.
    icon.addFile(QStringLiteral(":/icons/hvbench.svg"));
    return icon;
}

void applyAppIdentity()
{
    QApplication::setWindowIcon(appIcon());
    QGuiApplication::setDesktopFileName(appId());
    // A product name, the same in every language.
    QGuiApplication::setApplicationDisplayName(QStringLiteral("hvbench"));
}

} // namespace hvbench
