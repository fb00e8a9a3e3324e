// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/connectiondialog.h"
#include "secrets/keychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace hvbench {

using virt::ConnectionForm;

namespace {
QLabel *errorLabel(const QString &objectName, const QString &accessibleName)
{
    auto *l = new QLabel;
    l->setObjectName(objectName);
    l->setAccessibleName(accessibleName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    l->hide();
    return l;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
} // namespace

ConnectionDialog::ConnectionDialog(const settings::HostProfiles *profiles, secrets::Keychain *keychain,
                                   const std::optional<settings::HostProfile> &editing, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_keychain(keychain)
{
    setObjectName(QStringLiteral("connectionDialog"));
    buildUi();
    m_loading = true;
    if (editing) {
        setWindowTitle(tr("Edit connection"));
        m_originalName = editing->name;
        m_form = ConnectionForm::fromUri(editing->uri);
        if (virt::uriUser(editing->uri).isEmpty())
            m_userOutsideUri = editing->user; // kept as it was (e.g. a SASL user), not moved into the URI
        m_name->setText(editing->name);
        m_autoconnect->setChecked(editing->autoconnect);
        m_nameEdited = true;
    } else {
        setWindowTitle(tr("Add connection"));
        m_autoconnect->setChecked(false);
    }
    loadForm();
    m_loading = false;
    readWidgets();
}

void ConnectionDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. node7"));
    top->addRow(tr("&Name:"), m_name);
    m_nameError = errorLabel(QStringLiteral("nameError"), tr("Name problem"));
    top->addRow(QString(), m_nameError);
    layout->addLayout(top);

    auto *uriBox = new QGroupBox(tr("Connection"));
    auto *uriLayout = new QVBoxLayout(uriBox);
    m_formBox = new QWidget;
    auto *form = new QFormLayout(m_formBox);
    form->setContentsMargins(0, 0, 0, 0);
    m_hypervisor = new QComboBox;
    m_hypervisor->setObjectName(QStringLiteral("hypervisorCombo"));
    m_hypervisor->setAccessibleName(tr("Hypervisor"));
    const QList<virt::Hypervisor> hvs = ConnectionForm::hypervisors();
    for (const virt::Hypervisor h : hvs)
        m_hypervisor->addItem(virt::hypervisorName(h), int(h));
    form->addRow(tr("&Hypervisor:"), m_hypervisor);
    m_transport = new QComboBox;
    m_transport->setObjectName(QStringLiteral("transportCombo"));
    m_transport->setAccessibleName(tr("Transport"));
    const QList<virt::Transport> ts = ConnectionForm::transports();
    for (const virt::Transport t : ts)
        m_transport->addItem(t == virt::Transport::Local ? tr("Local (this computer)") : virt::transportName(t),
                             int(t));
    form->addRow(tr("&Transport:"), m_transport);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setPlaceholderText(tr("e.g. root"));
    form->addRow(tr("&User name:"), m_user);
    m_host = new QLineEdit;
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setAccessibleName(tr("Host name and port"));
    m_host->setPlaceholderText(tr("hostname[:port], e.g. node7 or [2001:db8::1]:2222"));
    form->addRow(tr("Host&name:"), m_host);
    uriLayout->addWidget(m_formBox);

    m_custom = new QCheckBox(tr("&Custom URI"));
    m_custom->setObjectName(QStringLiteral("customCheck"));
    m_custom->setAccessibleName(tr("Custom URI"));
    m_custom->setToolTip(tr("Type any libvirt URI, as for virsh -c (e.g. qemu+ssh://root@node7/system?keyfile=…)"));
    uriLayout->addWidget(m_custom);
    m_customUri = new QLineEdit;
    m_customUri->setObjectName(QStringLiteral("customUriEdit"));
    m_customUri->setAccessibleName(tr("Custom URI"));
    m_customUri->setPlaceholderText(tr("e.g. qemu+ssh://root@node7/system"));
    uriLayout->addWidget(m_customUri);

    auto *previewRow = new QFormLayout;
    m_preview = new QLineEdit;
    m_preview->setObjectName(QStringLiteral("uriPreview"));
    m_preview->setAccessibleName(tr("Generated URI"));
    m_preview->setReadOnly(true);
    m_preview->setFrame(false);
    previewRow->addRow(tr("Generated URI:"), m_preview);
    uriLayout->addLayout(previewRow);
    m_uriError = errorLabel(QStringLiteral("uriError"), tr("URI problem"));
    uriLayout->addWidget(m_uriError);
    layout->addWidget(uriBox);

    m_autoconnect = new QCheckBox(tr("Connect &automatically when hvbench starts"));
    m_autoconnect->setObjectName(QStringLiteral("autoconnectCheck"));
    m_autoconnect->setAccessibleName(tr("Autoconnect"));
    layout->addWidget(m_autoconnect);

    auto *secretBox = new QGroupBox(tr("Password"));
    auto *secretLayout = new QVBoxLayout(secretBox);
    m_remember = new QCheckBox(tr("&Remember password in the system keychain"));
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_remember->setAccessibleName(tr("Remember password in the system keychain"));
    secretLayout->addWidget(m_remember);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password (SASL or TLS key passphrase)"));
    m_password->setEnabled(false);
    secretLayout->addWidget(m_password);
    auto *explain = new QLabel(tr("hvbench asks for a password when the host wants one. Tick this to keep it in the "
                                  "system keychain (Secret Service), stored under this URI and user name, so you are "
                                  "not asked again. It is never written to hvbench's settings or logs. SSH keys and "
                                  "agents are used as usual and need nothing here."));
    explain->setObjectName(QStringLiteral("keychainExplanation"));
    explain->setWordWrap(true);
    secretLayout->addWidget(explain);
    m_keychainNote = errorLabel(QStringLiteral("keychainNote"), tr("Keychain state"));
    secretLayout->addWidget(m_keychainNote);
    layout->addWidget(secretBox);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = !m_name->text().isEmpty();
        readWidgets();
    });
    for (QComboBox *c : {m_hypervisor, m_transport})
        connect(c, &QComboBox::currentIndexChanged, this, &ConnectionDialog::readWidgets);
    for (QLineEdit *e : {m_user, m_host, m_customUri, m_password})
        connect(e, &QLineEdit::textChanged, this, &ConnectionDialog::readWidgets);
    for (QCheckBox *c : {m_custom, m_remember, m_autoconnect})
        connect(c, &QCheckBox::toggled, this, &ConnectionDialog::readWidgets);
    setMinimumWidth(520);
}

void ConnectionDialog::loadForm()
{
    m_custom->setChecked(m_form.custom);
    m_hypervisor->setCurrentIndex(m_hypervisor->findData(int(m_form.hypervisor)));
    m_transport->setCurrentIndex(m_transport->findData(int(m_form.transport)));
    m_user->setText(m_form.user);
    m_host->setText(m_form.hostAndPort);
    m_customUri->setText(m_form.customUri);
}

void ConnectionDialog::readWidgets()
{
    if (m_loading)
        return;
    const bool wasCustom = m_form.custom;
    m_form.custom = m_custom->isChecked();
    m_form.hypervisor = virt::Hypervisor(m_hypervisor->currentData().toInt());
    m_form.transport = virt::Transport(m_transport->currentData().toInt());
    m_form.user = m_user->text();
    m_form.hostAndPort = m_host->text();
    if (m_form.custom && !wasCustom && m_customUri->text().isEmpty()) {
        // Switching to custom: start from the URI the form made, like virt-manager.
        ConnectionForm built = m_form;
        built.custom = false;
        if (const auto u = built.uri()) {
            m_loading = true;
            m_customUri->setText(*u);
            m_loading = false;
        }
    }
    m_form.customUri = m_customUri->text();
    refresh();
}

QString ConnectionDialog::suggestedName() const
{
    QString base;
    if (m_form.custom) {
        base = QUrl(m_form.customUri.trimmed()).host();
    } else if (m_form.isRemote()) {
        const auto hp = ConnectionForm::parseHostPort(m_form.hostAndPort);
        if (hp && !hp->host.isEmpty())
            base = hp->host;
    } else if (m_form.transport == virt::Transport::Local) {
        base = m_form.hypervisor == virt::Hypervisor::Qemu ? settings::HostProfiles::thisComputer().name
                                                           : virt::hypervisorName(m_form.hypervisor);
    }
    if (base.isEmpty() || !m_profiles)
        return base;
    QString name = base;
    for (int n = 2; m_profiles->find(name); ++n) // a free name: "node7 (2)"
        name = tr("%1 (%2)").arg(base).arg(n);
    return name;
}

void ConnectionDialog::refresh()
{
    m_formBox->setEnabled(!m_form.custom);
    m_customUri->setVisible(m_form.custom);
    const bool remote = m_form.isRemote();
    m_user->setEnabled(remote);
    m_host->setEnabled(remote);
    if (!m_nameEdited) {
        const QString suggestion = suggestedName();
        if (!suggestion.isEmpty() && m_name->text() != suggestion)
            m_name->setText(suggestion);
    }

    const auto uri = m_form.uri();
    m_preview->setText(uri ? *uri : QString());
    showError(m_uriError, uri ? QString() : uri.errorMessage());

    QString nameProblem;
    if (uri && m_profiles) {
        const Status s = m_profiles->validate(profile(), m_originalName);
        if (!s)
            nameProblem = s.errorMessage();
    } else if (m_name->text().trimmed().isEmpty()) {
        nameProblem = tr("Give the host a name.");
    }
    showError(m_nameError, nameProblem);

    const bool keychainOk = m_keychain && m_keychain->available();
    m_remember->setEnabled(keychainOk);
    if (!keychainOk)
        m_remember->setChecked(false);
    QString keychainProblem;
    if (!m_keychain)
        keychainProblem = tr("No system keychain is configured: passwords cannot be remembered; you will be asked "
                             "each time.");
    else if (!m_keychain->available())
        keychainProblem = m_keychain->unavailableMessage();
    const bool remember = m_remember->isChecked();
    m_password->setEnabled(remember);
    QString secretProblem;
    if (remember && profile().user.isEmpty())
        secretProblem = tr("A remembered password is stored under the URI and a user name: type the user name.");
    else if (remember && m_password->text().isEmpty())
        secretProblem = tr("Type the password to remember, or untick \"Remember password\".");
    showError(m_keychainNote, keychainProblem.isEmpty() ? secretProblem : keychainProblem);

    m_problem = !uri ? uri.errorMessage() : !nameProblem.isEmpty() ? nameProblem : secretProblem;
    okButton()->setEnabled(m_problem.isEmpty());
}

settings::HostProfile ConnectionDialog::profile() const
{
    settings::HostProfile p;
    p.name = m_name->text().trimmed();
    const auto uri = m_form.uri();
    p.uri = uri ? *uri : m_form.customUri.trimmed();
    p.user = m_form.effectiveUser().isEmpty() ? m_userOutsideUri : m_form.effectiveUser();
    p.autoconnect = m_autoconnect->isChecked();
    return p;
}

QString ConnectionDialog::passwordToRemember() const
{
    return m_remember->isChecked() && m_remember->isEnabled() ? m_password->text() : QString();
}

QPushButton *ConnectionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

} // namespace hvbench
