// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/hostspage.h"
#include "dialogs/connectiondialog.h"
#include "model/sessiondocument.h"
#include "models/hostlistmodel.h"
#include "models/hostsummary.h"
#include "pages/hostinfopanel.h"
#include "secrets/keychain.h"
#include "settings/hostprofiles.h"
#include "virt/connectionmanager.h"
#include "virt/uri.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace hvbench {

using State = virt::HostConnection::State;

namespace {
QString userOf(const virt::HostConnection &c)
{
    const QString fromUri = virt::uriUser(c.uri());
    return fromUri.isEmpty() ? c.profile().user : fromUri;
}
} // namespace

HostsPage::HostsPage(virt::ConnectionManager *connections, settings::HostProfiles *profiles,
                     secrets::Keychain *keychain, SessionDocument *doc, QWidget *parent)
    : QWidget(parent), m_connections(connections), m_profiles(profiles), m_keychain(keychain), m_doc(doc)
{
    setObjectName(QStringLiteral("hostsPage"));
    setAccessibleName(tr("Hosts"));
    // "This computer" is there the first time (and whenever the list was emptied).
    if (m_profiles->list().isEmpty())
        (void)m_profiles->add(settings::HostProfiles::thisComputer());
    m_connections->syncWithProfiles(*m_profiles);
    m_model = new HostListModel(m_connections, m_doc, this);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The libvirt hosts hvbench knows. Connect one to see what it can do, and choose the "
                                "one this session measures on with \"Use for this session\" (shown in bold)."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_sessionHost = new QLabel;
    m_sessionHost->setObjectName(QStringLiteral("sessionHostLabel"));
    m_sessionHost->setAccessibleName(tr("Host of this session"));
    m_sessionHost->setWordWrap(true);
    m_sessionHost->setTextFormat(Qt::PlainText);
    m_sessionHost->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_sessionHost);

    auto *splitter = new QSplitter(Qt::Horizontal);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("hostList"));
    m_view->setAccessibleName(tr("Saved hosts"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(HostListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(HostListModel::StateColumn, 150);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    leftLayout->addWidget(m_view, 1);

    auto makeAction = [this](const QString &text, const QString &accessible, auto slot) {
        auto *a = new QAction(text, this);
        a->setToolTip(accessible);
        connect(a, &QAction::triggered, this, slot);
        m_view->addAction(a);
        return a;
    };
    m_connect = makeAction(tr("&Connect"), tr("Connect to the selected host"), &HostsPage::connectSelected);
    m_disconnect =
        makeAction(tr("&Disconnect"), tr("Disconnect from the selected host"), &HostsPage::disconnectSelected);
    m_useForSession = makeAction(tr("&Use for this session"), tr("Run this session's benchmarks on the selected host"),
                                 &HostsPage::useSelectedForSession);
    auto *sep1 = new QAction(this);
    sep1->setSeparator(true);
    m_view->addAction(sep1);
    m_add = makeAction(tr("&Add connection…"), tr("Add a libvirt host"), [this] { addHost(); });
    m_edit = makeAction(tr("&Edit…"), tr("Edit the selected host"), [this] { editSelected(); });
    m_remove = makeAction(tr("&Remove…"), tr("Remove the selected host from the list (nothing on the host changes)"),
                          &HostsPage::removeSelected);
    auto *sep2 = new QAction(this);
    sep2->setSeparator(true);
    m_view->addAction(sep2);
    m_forget =
        makeAction(tr("&Forget saved password"), tr("Remove the selected host's password from the system keychain"),
                   &HostsPage::forgetSelectedPassword);

    auto *row1 = new QHBoxLayout;
    row1->addWidget(button(m_add, QStringLiteral("addButton")));
    row1->addWidget(button(m_edit, QStringLiteral("editButton")));
    row1->addWidget(button(m_remove, QStringLiteral("removeButton")));
    row1->addWidget(button(m_forget, QStringLiteral("forgetPasswordButton")));
    row1->addStretch(1);
    leftLayout->addLayout(row1);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(button(m_connect, QStringLiteral("connectButton")));
    row2->addWidget(button(m_disconnect, QStringLiteral("disconnectButton")));
    row2->addWidget(button(m_useForSession, QStringLiteral("useForSessionButton")));
    row2->addStretch(1);
    leftLayout->addLayout(row2);
    splitter->addWidget(left);

    m_info = new HostInfoPanel;
    m_info->setObjectName(QStringLiteral("hostInfoPanel"));
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(380);
    scroll->setWidget(m_info);
    scroll->setAccessibleName(tr("Host capabilities"));
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({520, 560});
    layout->addWidget(splitter, 1);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("hostsNotice"));
    m_notice->setAccessibleName(tr("Message"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);

    connect(m_view, &QTreeView::doubleClicked, this, [this] { connectSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateSummary();
    });
    auto refresh = [this] {
        updateActions();
        updateSummary();
        checkSessionHost();
    };
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    if (m_doc) {
        connect(m_doc, &SessionDocument::settingsChanged, this, &HostsPage::checkSessionHost);
        connect(m_doc, &SessionDocument::sessionReset, this, &HostsPage::checkSessionHost);
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    updateActions();
    updateSummary();
    checkSessionHost();
}

QPushButton *HostsPage::button(QAction *action, const QString &objectName)
{
    auto *b = new QPushButton(action->text());
    b->setObjectName(objectName);
    b->setAccessibleName(QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026)));
    b->setToolTip(action->toolTip());
    connect(b, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, b, [b, action] { b->setEnabled(action->isEnabled()); });
    b->setEnabled(action->isEnabled());
    return b;
}

virt::HostConnection *HostsPage::selectedConnection() const
{
    return m_model->connectionAt(m_view->currentIndex().row());
}

bool HostsPage::selectHost(const QString &name)
{
    const int row = m_model->rowOfName(name);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString HostsPage::notice() const
{
    return m_notice->text();
}

void HostsPage::setNotice(const QString &text, bool error)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_notice->setVisible(!text.isEmpty());
}

void HostsPage::updateActions()
{
    const virt::HostConnection *c = selectedConnection();
    const bool any = c != nullptr;
    const State s = any ? c->state() : State::Disconnected;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
    m_connect->setEnabled(any && (s == State::Disconnected || s == State::Failed));
    m_disconnect->setEnabled(any && (s == State::Connecting || s == State::Ready || c->reconnecting()));
    m_useForSession->setEnabled(any && m_doc && m_doc->session().hostUri.trimmed() != c->uri());
    m_forget->setEnabled(any);
}

void HostsPage::updateSummary()
{
    const virt::HostConnection *c = selectedConnection();
    if (!c) {
        m_info->showMessage(tr("No host selected"), tr("Select a host on the left, or add one."));
        return;
    }
    const QString title = tr("%1 — %2").arg(c->name(), virt::redactedUri(c->uri()));
    switch (c->state()) {
    case State::Ready:
        m_info->showSummary(title, summarizeHost(c->hostInfo()));
        return;
    case State::Connecting:
        m_info->showMessage(title, c->reconnecting() ? tr("Reconnecting…") : tr("Connecting…"));
        return;
    case State::Failed:
        m_info->showMessage(title, tr("Failed: %1").arg(c->lastError()));
        return;
    case State::Disconnected:
        m_info->showMessage(title, tr("Not connected. Connect (or double-click the host) to see what it can do."));
        return;
    }
}

std::optional<virt::HostInfo> HostsPage::sessionHostInfo() const
{
    if (!m_doc)
        return std::nullopt;
    const virt::HostConnection *c = m_connections->connectionForUri(m_doc->session().hostUri);
    if (!c || c->state() != State::Ready)
        return std::nullopt;
    return c->hostInfo();
}

QString HostsPage::sessionHostText() const
{
    return m_sessionHost->text();
}

void HostsPage::updateSessionHostLabel()
{
    if (!m_doc) {
        m_sessionHost->hide();
        return;
    }
    const QString uri = m_doc->session().hostUri.trimmed();
    const virt::HostConnection *c = m_connections->connectionForUri(uri);
    if (c)
        m_sessionHost->setText(tr("This session runs on: %1 (%2), %3.")
                                   .arg(c->name(), virt::redactedUri(uri), HostListModel::stateText(*c).toLower()));
    else
        m_sessionHost->setText(tr("This session runs on %1, which is not in the list: add it to connect and check "
                                  "what it can do.")
                                   .arg(virt::redactedUri(uri)));
    QFont f = m_sessionHost->font();
    f.setBold(true);
    m_sessionHost->setFont(f);
}

void HostsPage::checkSessionHost()
{
    updateSessionHostLabel();
    const std::optional<virt::HostInfo> info = sessionHostInfo();
    if (!info) {
        m_lastSessionInfo = {};
        return;
    }
    const QJsonObject json = info->toJson();
    if (json == m_lastSessionInfo)
        return;
    m_lastSessionInfo = json;
    Q_EMIT sessionHostInfoChanged(*info);
}

ConnectionDialog *HostsPage::addHost()
{
    auto *dialog = new ConnectionDialog(m_profiles, m_keychain, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyAdded(dialog); });
    dialog->open();
    return dialog;
}

ConnectionDialog *HostsPage::editSelected()
{
    const virt::HostConnection *c = selectedConnection();
    if (!c)
        return nullptr;
    const std::optional<settings::HostProfile> profile = m_profiles->find(c->name());
    if (!profile)
        return nullptr;
    auto *dialog = new ConnectionDialog(m_profiles, m_keychain, profile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applyEdited(dialog); });
    dialog->open();
    return dialog;
}

void HostsPage::applyAdded(ConnectionDialog *dialog)
{
    const settings::HostProfile p = dialog->profile();
    if (const Status s = m_profiles->add(p); !s) {
        setNotice(s.errorMessage(), true);
        return;
    }
    m_connections->syncWithProfiles(*m_profiles);
    selectHost(p.name);
    setNotice({});
    // Like virt-manager: a host just added is connected at once.
    rememberThenConnect(p.name, p.uri, dialog->profile().user, dialog->passwordToRemember());
}

void HostsPage::applyEdited(ConnectionDialog *dialog)
{
    const settings::HostProfile p = dialog->profile();
    const virt::HostConnection *before = m_connections->connection(dialog->originalName());
    const bool wasActive = before && (before->state() == State::Ready || before->state() == State::Connecting);
    if (const Status s = m_profiles->update(dialog->originalName(), p); !s) {
        setNotice(s.errorMessage(), true);
        return;
    }
    m_connections->syncWithProfiles(*m_profiles);
    selectHost(p.name);
    setNotice({});
    const QString password = dialog->passwordToRemember();
    if (wasActive || !password.isEmpty())
        rememberThenConnect(p.name, p.uri, p.user, password);
}

void HostsPage::rememberThenConnect(const QString &name, const QString &uri, const QString &user,
                                    const QString &password)
{
    auto connectNow = [this, name] {
        if (virt::HostConnection *c = m_connections->connection(name))
            c->connectToHost();
    };
    if (password.isEmpty() || !m_keychain) {
        connectNow();
        return;
    }
    // Store first, so that the connection's keychain look-up finds the password.
    const int id = m_keychain->write(uri, user, password);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(
        m_keychain, &secrets::Keychain::writeFinished, this,
        [this, conn, id, user, uri, connectNow](int jobId, const QString &error) {
            if (jobId != id)
                return;
            disconnect(*conn);
            if (error.isEmpty())
                setNotice(tr("The password for %1 on %2 is in the system keychain.").arg(user, virt::redactedUri(uri)));
            else
                setNotice(error, true);
            connectNow();
        });
}

void HostsPage::removeSelected()
{
    const virt::HostConnection *c = selectedConnection();
    if (!c)
        return;
    const QString name = c->name();
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove host"),
                        tr("Remove \"%1\" (%2) from hvbench's list of hosts?").arg(name, virt::redactedUri(c->uri())),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("removeHostQuestion"));
    box->setInformativeText(tr("Nothing on the host is changed: its virtual machines, storage and networks stay as "
                               "they are. A password saved in the system keychain stays there; use \"Forget saved "
                               "password\" first to remove it."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        if (result != QMessageBox::Yes)
            return;
        if (const Status s = m_profiles->remove(name); !s) {
            setNotice(s.errorMessage(), true);
            return;
        }
        m_connections->syncWithProfiles(*m_profiles);
        setNotice(tr("\"%1\" was removed from the list.").arg(name));
    });
    box->open();
}

void HostsPage::connectSelected()
{
    if (virt::HostConnection *c = selectedConnection())
        c->connectToHost();
}

void HostsPage::disconnectSelected()
{
    if (virt::HostConnection *c = selectedConnection())
        c->disconnectFromHost();
}

void HostsPage::useSelectedForSession()
{
    virt::HostConnection *c = selectedConnection();
    if (!c || !m_doc)
        return;
    const Session &s = m_doc->session();
    m_doc->setSettings(s.specs, s.benchmarks, s.matrix, c->uri());
    c->connectToHost(); // its capabilities are what the other pages check specs against
    updateActions();
}

void HostsPage::forgetSelectedPassword()
{
    const virt::HostConnection *c = selectedConnection();
    if (!c)
        return;
    if (!m_keychain) {
        setNotice(tr("No system keychain is configured: hvbench has no saved password to forget."), true);
        return;
    }
    if (!m_keychain->available()) {
        setNotice(m_keychain->unavailableMessage(), true);
        return;
    }
    const QString user = userOf(*c);
    if (user.isEmpty()) {
        setNotice(tr("\"%1\" has no user name: passwords are saved under the URI and a user name, so there is none "
                     "to forget.")
                      .arg(c->name()));
        return;
    }
    const QString uri = c->uri();
    const int id = m_keychain->remove(uri, user);
    auto conn = std::make_shared<QMetaObject::Connection>();
    *conn = connect(m_keychain, &secrets::Keychain::removeFinished, this,
                    [this, conn, id, user, uri](int jobId, const QString &error) {
                        if (jobId != id)
                            return;
                        disconnect(*conn);
                        if (error.isEmpty())
                            setNotice(tr("No password for %1 on %2 is saved in the system keychain any more.")
                                          .arg(user, virt::redactedUri(uri)));
                        else
                            setNotice(error, true);
                    });
}

} // namespace hvbench
