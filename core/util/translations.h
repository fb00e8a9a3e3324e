// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The user interface language: hvbench's own catalogue (translations/hvbench_<lang>.ts, built
// to .qm and embedded as :/i18n/hvbench_<lang>.qm) plus Qt's (qtbase_<lang>.qm from the Qt
// installation, package qt6-translations-l10n).  QtCore only: the GUI and the CLI both call it.
#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace hvbench {

// The locale the user asked for: `--lang CODE` / `--lang=CODE` on the command line (e.g. "it",
// "en", "it_IT"), else QLocale::system(), which follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
QLocale requestedLocale(const QStringList &arguments);
// The arguments without `--lang CODE` / `--lang=CODE` (for parsers that do not know it).
QStringList withoutLanguageOption(const QStringList &arguments);

// Installs the translators for `locale` (replacing those of an earlier call).  A language
// without a catalogue falls back to English (hvbench_en.qm: the plural forms), which is not an
// error.  Returns false only when not even the English catalogue could be loaded (a broken
// build); Qt's own catalogue is optional.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace hvbench
