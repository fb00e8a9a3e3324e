// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// At start-up: asks whether to remove what crashed hvbench runs left on the session's host
// (domains, volumes, networks carrying hvbench's mark).  Non-modal to the event loop: the
// question is a window-modal box opened with open(), answered through its finished signal.
#include <QObject>
#include <QPointer>

class QMessageBox;
class QWidget;

namespace hvbench {
class LeftoverScan;

class LeftoversPrompt final : public QObject {
    Q_OBJECT
public:
    LeftoversPrompt(LeftoverScan *scan, QWidget *window);

Q_SIGNALS:
    void status(const QString &message); // for the status bar

private:
    void ask(int count, const QString &details);
    LeftoverScan *m_scan;
    QWidget *m_window;
    QPointer<QMessageBox> m_box;
};

} // namespace hvbench
