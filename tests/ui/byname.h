// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds a control as a screen reader would: by its accessible name.
#include <QString>
#include <QWidget>

namespace hvbench::test {

// The first child of `root` of type W whose accessible name is `accessible`, or nullptr.
template <typename W> W *byName(QWidget &root, const QString &accessible)
{
    const auto all = root.findChildren<W *>();
    for (W *w : all)
        if (w->accessibleName() == accessible)
            return w;
    return nullptr;
}

} // namespace hvbench::test
