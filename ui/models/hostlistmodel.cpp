// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/hostlistmodel.h"
#include "model/sessiondocument.h"
#include "virt/connectionmanager.h"
#include "virt/uri.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace hvbench {

using State = virt::HostConnection::State;

namespace {
QColor stateColor(const virt::HostConnection &c)
{
    if (c.reconnecting())
        return QColor(0xe0, 0x8e, 0x0b); // amber
    switch (c.state()) {
    case State::Ready:
        return QColor(0x2e, 0xa0, 0x43); // green
    case State::Connecting:
        return QColor(0x1f, 0x6f, 0xd0); // blue
    case State::Failed:
        return QColor(0xd0, 0x2f, 0x2f); // red
    case State::Disconnected:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a); // grey
}

QIcon dot(const QColor &color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(color.darker(130));
    p.setBrush(color);
    p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
    return QIcon(pm);
}

QString firstLine(const QString &s)
{
    const qsizetype nl = s.indexOf(QLatin1Char('\n'));
    return nl < 0 ? s : s.left(nl);
}
} // namespace

HostListModel::HostListModel(virt::ConnectionManager *connections, SessionDocument *doc, QObject *parent)
    : QAbstractTableModel(parent), m_doc(doc)
{
    const QList<virt::HostConnection *> all = connections->connections();
    for (virt::HostConnection *c : all)
        onAdded(c);
    connect(connections, &virt::ConnectionManager::connectionAdded, this, &HostListModel::onAdded);
    connect(connections, &virt::ConnectionManager::connectionAboutToBeRemoved, this,
            &HostListModel::onAboutToBeRemoved);
    if (m_doc) {
        m_sessionUri = m_doc->session().hostUri.trimmed();
        connect(m_doc, &SessionDocument::settingsChanged, this, &HostListModel::onSessionChanged);
        connect(m_doc, &SessionDocument::sessionReset, this, &HostListModel::onSessionChanged);
    }
}

int HostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

virt::HostConnection *HostListModel::connectionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : nullptr;
}

int HostListModel::rowOf(const virt::HostConnection *connection) const
{
    return int(m_rows.indexOf(connection));
}

int HostListModel::rowOfName(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i)->name() == name)
            return i;
    return -1;
}

QString HostListModel::stateText(const virt::HostConnection &c)
{
    if (c.reconnecting())
        return c.state() == State::Connecting ? tr("Reconnecting…")
                                              : tr("Connection lost, reconnecting: %1").arg(firstLine(c.lastError()));
    switch (c.state()) {
    case State::Disconnected:
        return tr("Disconnected");
    case State::Connecting:
        return tr("Connecting…");
    case State::Ready:
        return tr("Connected");
    case State::Failed:
        return tr("Failed: %1").arg(firstLine(c.lastError()));
    }
    return {};
}

QVariant HostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const virt::HostConnection &c = *m_rows.at(index.row());
    const bool sessionHost = !m_sessionUri.isEmpty() && c.uri() == m_sessionUri;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return sessionHost ? tr("%1 (this session)").arg(c.name()) : c.name();
        case StateColumn:
            return stateText(c);
        case UriColumn:
            return virt::redactedUri(c.uri());
        }
        return {};
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(dot(stateColor(c))) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = c.name() + QLatin1Char('\n') + virt::redactedUri(c.uri()) + QLatin1Char('\n') + stateText(c);
        if (!c.lastError().isEmpty() && c.lastError() != firstLine(c.lastError()))
            tip += QLatin1Char('\n') + c.lastError();
        if (sessionHost)
            tip += QLatin1Char('\n') + tr("The open session runs on this host.");
        return tip;
    }
    case Qt::FontRole:
        if (sessionHost) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        return index.column() == StateColumn ? stateText(c) : data(index, Qt::DisplayRole);
    case StateRole:
        return int(c.state());
    case UriRole:
        return c.uri();
    case NameRole:
        return c.name();
    case ErrorRole:
        return c.lastError();
    case ReconnectingRole:
        return c.reconnecting();
    case SessionHostRole:
        return sessionHost;
    }
    return {};
}

QVariant HostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Host");
    case StateColumn:
        return tr("State");
    case UriColumn:
        return tr("URI");
    }
    return {};
}

void HostListModel::onAdded(virt::HostConnection *c)
{
    if (m_rows.contains(c))
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(c);
    endInsertRows();
    connect(c, &virt::HostConnection::stateChanged, this, [this, c] { rowChanged(c); });
    connect(c, &virt::HostConnection::lastErrorChanged, this, [this, c] { rowChanged(c); });
    connect(c, &virt::HostConnection::hostInfoChanged, this, [this, c] { rowChanged(c); });
}

void HostListModel::onAboutToBeRemoved(virt::HostConnection *c)
{
    const int row = rowOf(c);
    if (row < 0)
        return;
    disconnect(c, nullptr, this, nullptr);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void HostListModel::rowChanged(const virt::HostConnection *c)
{
    const int row = rowOf(c);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HostListModel::onSessionChanged()
{
    const QString uri = m_doc->session().hostUri.trimmed();
    if (uri == m_sessionUri)
        return;
    const QString old = m_sessionUri;
    m_sessionUri = uri;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString u = m_rows.at(row)->uri();
        if (u == old || u == uri)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

} // namespace hvbench
