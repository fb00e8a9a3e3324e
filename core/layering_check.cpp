// SPDX-License-Identifier: GPL-3.0-or-later
// Compile-time guard: core must never be built against Qt Widgets, Gui or Charts.
#if defined(QT_WIDGETS_LIB) || defined(QT_CHARTS_LIB) || defined(QT_GUI_LIB)
#error "hvbench-core must not link Qt6::Widgets, Qt6::Gui or Qt6::Charts (core/ is QtCore + libvirt only)"
#endif
