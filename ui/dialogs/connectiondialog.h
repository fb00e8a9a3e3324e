// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Add connection" / "Edit connection", like virt-manager's: hypervisor, transport, user and
// hostname[:port] build the URI shown live, or a custom URI is typed (validated live, the
// reason next to the field).  Name, autoconnect, and an optional password to remember in the
// system keychain.  OK stays disabled while anything is invalid.  Open it with open(); read
// profile() and passwordToRemember() when accepted() fires.
#include "settings/hostprofiles.h"
#include "virt/connectionform.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace hvbench {
namespace secrets {
class Keychain;
}

class ConnectionDialog final : public QDialog {
    Q_OBJECT
public:
    // editing: the profile being edited (its name may stay), or nullopt to add a new host.
    // keychain may be null (then nothing can be remembered).
    ConnectionDialog(const settings::HostProfiles *profiles, secrets::Keychain *keychain,
                     const std::optional<settings::HostProfile> &editing, QWidget *parent = nullptr);

    settings::HostProfile profile() const;
    QString originalName() const { return m_originalName; } // "" when adding
    // The password to store in the keychain (key = URI + user), or "" when not asked to.
    QString passwordToRemember() const;
    // Why OK is disabled ("" when it is enabled).
    QString problem() const { return m_problem; }
    QPushButton *okButton() const;

private:
    void buildUi();
    void loadForm();    // m_form → widgets
    void readWidgets(); // widgets → m_form
    void refresh();     // URI preview, errors, OK button
    QString suggestedName() const;

    const settings::HostProfiles *m_profiles;
    secrets::Keychain *m_keychain;
    QString m_originalName;
    QString m_userOutsideUri; // the edited profile's user when its URI names none
    virt::ConnectionForm m_form;
    bool m_nameEdited = false;
    bool m_loading = false;
    QString m_problem;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameError = nullptr;
    QCheckBox *m_custom = nullptr;
    QWidget *m_formBox = nullptr;
    QComboBox *m_hypervisor = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_customUri = nullptr;
    QLineEdit *m_preview = nullptr;
    QLabel *m_uriError = nullptr;
    QCheckBox *m_autoconnect = nullptr;
    QCheckBox *m_remember = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keychainNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hvbench
