// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialsprompter.h"
#include "secrets/keychain.h"
#include "virt/credentials.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace hvbench {

CredentialsPrompter::CredentialsPrompter(virt::CredentialBroker *broker, secrets::Keychain *keychain, QWidget *window)
    : QObject(window), m_broker(broker), m_keychain(keychain), m_window(window)
{
    connect(broker, &virt::CredentialBroker::credentialsNeeded, this, &CredentialsPrompter::ask);
    connect(broker, &virt::CredentialBroker::requestClosed, this, [this](int id) {
        if (QDialog *d = m_dialogs.take(id))
            d->close();
    });
}

void CredentialsPrompter::ask(int requestId, const QString &uri, const QList<virt::CredentialPrompt> &prompts)
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("credentialsDialog"));
    dialog->setWindowTitle(tr("Log in to %1").arg(uri));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("The libvirt host %1 asks for credentials.").arg(uri)));
    auto *form = new QFormLayout;
    QList<QLineEdit *> fields;
    bool anySecret = false;
    for (const virt::CredentialPrompt &p : prompts) {
        auto *edit = new QLineEdit(p.defaultResult);
        edit->setAccessibleName(p.prompt);
        if (p.isSecret()) {
            edit->setEchoMode(QLineEdit::Password);
            anySecret = true;
        }
        form->addRow(p.prompt.isEmpty() ? tr("Answer:") : p.prompt, edit);
        fields << edit;
    }
    layout->addLayout(form);
    auto *remember = new QCheckBox(tr("&Remember the password in the system keychain"));
    remember->setChecked(false);
    const bool keychain = m_keychain && m_keychain->available();
    remember->setEnabled(anySecret && keychain);
    if (!keychain && m_keychain)
        remember->setToolTip(m_keychain->unavailableMessage());
    layout->addWidget(remember);
    if (!keychain && anySecret) {
        auto *note = new QLabel(m_keychain ? m_keychain->unavailableMessage()
                                           : tr("No system keychain: the password is not stored."));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, this, [this, requestId, fields, remember](int result) {
        if (!m_dialogs.remove(requestId))
            return; // the broker closed it (timeout, cancelled elsewhere)
        if (result != QDialog::Accepted) {
            m_broker->cancel(requestId);
            return;
        }
        QStringList values;
        for (QLineEdit *f : fields)
            values << f->text();
        m_broker->answer(requestId, values, remember->isChecked());
    });
    m_dialogs.insert(requestId, dialog);
    dialog->open();
}

} // namespace hvbench
