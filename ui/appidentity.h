// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The application's identity for the desktop: window icon, desktop file name (so Wayland and
// task bars match windows to org.hvbench.hvbench.desktop) and display name.
#include <QIcon>
#include <QList>
#include <QString>

namespace hvbench {

// The reverse-DNS id of the .desktop file, the AppStream metainfo and the installed icons.
QString appId();
// Pixel sizes of the rendered PNG icons compiled in beside the SVG (resources/CMakeLists.txt),
// ascending.
QList<int> appIconSizes();
// The icon from the compiled-in resources: the SVG plus every rendered PNG size.
QIcon appIcon();
// Sets the window icon, desktop file name and application display name.  Call it once after
// the QApplication is constructed.
void applyAppIdentity();

} // namespace hvbench
