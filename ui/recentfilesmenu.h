// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File ▸ Open Recent: the session files AppSettings remembers, most recent first, with
// Ctrl+Alt+1…9 style numbering; files that no longer exist are disabled and say so.
#include <QMenu>

namespace hvbench {
namespace settings {
class AppSettings;
}

class RecentFilesMenu final : public QMenu {
    Q_OBJECT
public:
    RecentFilesMenu(settings::AppSettings *settings, QWidget *parent = nullptr);
    void rebuild(); // also called before the menu shows

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    settings::AppSettings *m_settings;
};

} // namespace hvbench
