// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colour schemes: the platform's own palette ("system"), or Fusion with a light or a dark
// palette.  Charts read the application palette when they rebuild (ChartView), so they stay
// readable in either.
#include "settings/appsettings.h"

#include <QPalette>

namespace hvbench {

// Applies the scheme to the running QApplication (style and palette).
void applyColorScheme(settings::ColorScheme scheme);
// The dark palette used by ColorScheme::Dark (text and window contrast ≥ 7:1).
QPalette darkPalette();
// True when the palette's window colour is darker than its text colour.
bool isDarkPalette(const QPalette &palette);

} // namespace hvbench
