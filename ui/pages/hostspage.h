// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Hosts": the saved libvirt hosts with their live state (virt-manager's connection list), add /
// edit / remove / connect / disconnect, "Use for this session", "Forget saved password", and
// the capability summary of the selected host.  Everything it shows comes from the
// ConnectionManager, the HostProfiles and the SessionDocument (all owned by the caller).
#include "virt/hostinfo.h"

#include <QJsonObject>
#include <QWidget>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QTreeView;

namespace hvbench {
class SessionDocument;
class HostListModel;
class HostInfoPanel;
class ConnectionDialog;
namespace virt {
class ConnectionManager;
class HostConnection;
} // namespace virt
namespace settings {
class HostProfiles;
}
namespace secrets {
class Keychain;
}

class HostsPage final : public QWidget {
    Q_OBJECT
public:
    // keychain may be null (then passwords cannot be remembered or forgotten, and the page says so).
    HostsPage(virt::ConnectionManager *connections, settings::HostProfiles *profiles, secrets::Keychain *keychain,
              SessionDocument *doc, QWidget *parent = nullptr);

    // The HostInfo of the host the open session uses, once that host is connected.
    std::optional<virt::HostInfo> sessionHostInfo() const;

    HostListModel *model() const { return m_model; }
    virt::HostConnection *selectedConnection() const;
    bool selectHost(const QString &name);
    HostInfoPanel *infoPanel() const { return m_info; }
    QString notice() const;          // the last message the page showed (keychain, errors)
    QString sessionHostText() const; // "This session runs on …"

    // What the buttons and the context menu do (on the selected host).
    ConnectionDialog *addHost(); // opens the dialog (open(), not exec()) and returns it
    ConnectionDialog *editSelected();
    void removeSelected(); // asks first (a QMessageBox opened with open())
    void connectSelected();
    void disconnectSelected();
    void useSelectedForSession();
    void forgetSelectedPassword();

Q_SIGNALS:
    void sessionHostInfoChanged(const hvbench::virt::HostInfo &info);

private:
    QPushButton *button(QAction *action, const QString &objectName);
    void applyAdded(ConnectionDialog *dialog);
    void applyEdited(ConnectionDialog *dialog);
    void rememberThenConnect(const QString &name, const QString &uri, const QString &user, const QString &password);
    void updateActions();
    void updateSummary();
    void checkSessionHost();
    void updateSessionHostLabel();
    void setNotice(const QString &text, bool error = false);

    virt::ConnectionManager *m_connections;
    settings::HostProfiles *m_profiles;
    secrets::Keychain *m_keychain;
    SessionDocument *m_doc;
    HostListModel *m_model;
    QTreeView *m_view;
    HostInfoPanel *m_info;
    QLabel *m_notice;
    QLabel *m_sessionHost;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_connect;
    QAction *m_disconnect;
    QAction *m_useForSession;
    QAction *m_forget;
    QJsonObject m_lastSessionInfo; // what sessionHostInfoChanged last told (empty = nothing known)
};

} // namespace hvbench
