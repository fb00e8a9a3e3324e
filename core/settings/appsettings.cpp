// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/appsettings.h"

#include <QFileInfo>
#include <QSettings>

namespace hvbench::settings {

namespace {
const QString kRecent = QStringLiteral("app/recentFiles");
const QString kGeometry = QStringLiteral("app/windowGeometry");
const QString kState = QStringLiteral("app/windowState");
const QString kPage = QStringLiteral("app/lastPage");
const QString kScheme = QStringLiteral("app/colorScheme");
const QString kFolder = QStringLiteral("app/lastFolder");

QString normalised(const QString &path)
{
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}
} // namespace

AppSettings::AppSettings(QSettings &settings) : m_settings(settings) {}

QStringList AppSettings::recentFiles() const
{
    QStringList out;
    const QStringList stored = m_settings.value(kRecent).toStringList();
    for (const QString &p : stored) {
        const QString n = normalised(p);
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
        if (out.size() == kMaxRecentFiles)
            break;
    }
    return out;
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString n = normalised(path);
    if (n.isEmpty())
        return;
    QStringList list = recentFiles();
    list.removeAll(n);
    list.prepend(n);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    m_settings.setValue(kRecent, list);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList list = recentFiles();
    list.removeAll(normalised(path));
    m_settings.setValue(kRecent, list);
}

void AppSettings::clearRecentFiles()
{
    m_settings.remove(kRecent);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

int AppSettings::lastPage() const
{
    bool ok = false;
    const int v = m_settings.value(kPage, -1).toInt(&ok);
    return ok ? v : -1;
}

void AppSettings::setLastPage(int index)
{
    m_settings.setValue(kPage, index);
}

QString AppSettings::colorSchemeKey(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme AppSettings::colorScheme() const
{
    const QString v = m_settings.value(kScheme).toString();
    if (v == colorSchemeKey(ColorScheme::Light))
        return ColorScheme::Light;
    if (v == colorSchemeKey(ColorScheme::Dark))
        return ColorScheme::Dark;
    return ColorScheme::System; // also for an unknown value written by a newer version
}

void AppSettings::setColorScheme(ColorScheme scheme)
{
    m_settings.setValue(kScheme, colorSchemeKey(scheme));
}

QString AppSettings::lastFolder() const
{
    return m_settings.value(kFolder).toString();
}

void AppSettings::setLastFolder(const QString &folder)
{
    m_settings.setValue(kFolder, folder);
}

} // namespace hvbench::settings
