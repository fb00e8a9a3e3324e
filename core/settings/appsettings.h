// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The GUI's remembered settings: a typed wrapper over QSettings (group "app").  Recent session
// files, the window's geometry and state, the page shown last, the colour scheme and the folder
// last used in a file dialog.  Never a secret (passwords live in the keychain only).
#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace hvbench::settings {

enum class ColorScheme { System, Light, Dark };

class AppSettings final {
public:
    static constexpr int kMaxRecentFiles = 10;

    explicit AppSettings(QSettings &settings);

    // Most recent first, no duplicates (paths compared after making them absolute), at most
    // kMaxRecentFiles.  Files that no longer exist are kept (the menu greys them) until pruned.
    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    int lastPage() const; // -1 when never set
    void setLastPage(int index);

    ColorScheme colorScheme() const;
    void setColorScheme(ColorScheme scheme);
    static QString colorSchemeKey(ColorScheme scheme); // "system", "light", "dark"

    QString lastFolder() const; // empty when never set
    void setLastFolder(const QString &folder);

private:
    QSettings &m_settings;
};

} // namespace hvbench::settings
