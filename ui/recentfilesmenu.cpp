// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"
#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace hvbench {

RecentFilesMenu::RecentFilesMenu(settings::AppSettings *settings, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent), m_settings(settings)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    clear();
    const QStringList files = m_settings->recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QFileInfo fi(path);
        const QString label = n < 10 ? tr("&%1 %2").arg(n).arg(fi.fileName()) : fi.fileName();
        QAction *a = addAction(label);
        a->setData(path);
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        if (!fi.exists()) {
            a->setEnabled(false);
            a->setText(tr("%1 (missing)").arg(label));
        }
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent sessions"))->setEnabled(false);
        return;
    }
    addSeparator();
    connect(addAction(tr("&Clear list")), &QAction::triggered, this, [this] {
        m_settings->clearRecentFiles();
        rebuild();
    });
}

} // namespace hvbench
