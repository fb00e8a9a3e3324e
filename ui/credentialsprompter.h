// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Answers a CredentialBroker's questions with a dialog: one field per libvirt prompt (secret
// ones hidden) and "Remember the password in the system keychain" — off by default, and only
// offered while a keychain is available.  Opened with open(): no nested event loop.
#include <QHash>
#include <QObject>
#include <QPointer>

class QDialog;
class QWidget;

namespace hvbench {
namespace virt { class CredentialBroker; struct CredentialPrompt; }
namespace secrets { class Keychain; }

class CredentialsPrompter final : public QObject {
    Q_OBJECT
public:
    CredentialsPrompter(virt::CredentialBroker *broker, secrets::Keychain *keychain, QWidget *window);

private:
    void ask(int requestId, const QString &uri, const QList<virt::CredentialPrompt> &prompts);
    virt::CredentialBroker *m_broker;
    secrets::Keychain *m_keychain;
    QWidget *m_window;
    QHash<int, QPointer<QDialog>> m_dialogs;
};

} // namespace hvbench
