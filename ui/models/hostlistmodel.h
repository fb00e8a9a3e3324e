// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The saved hosts with their live state, one row per HostConnection of a ConnectionManager (in
// the manager's order).  Columns: name, state, URI.  State changes become dataChanged on that
// row (never a reset); hosts added or removed become row inserts/removals.  The host the open
// session uses (SessionDocument hostUri) is bold.
#include "virt/hostconnection.h"

#include <QAbstractTableModel>
#include <QList>

namespace hvbench {
class SessionDocument;
namespace virt {
class ConnectionManager;
}

class HostListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, UriColumn, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // int(HostConnection::State)
        UriRole,
        NameRole,
        ErrorRole,        // the last error, full text ("" unless failed)
        ReconnectingRole, // bool
        SessionHostRole,  // bool: the open session uses this host
    };

    // doc may be null (then no row is the session's host).
    HostListModel(virt::ConnectionManager *connections, SessionDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    virt::HostConnection *connectionAt(int row) const;
    int rowOf(const virt::HostConnection *connection) const; // -1 when absent
    int rowOfName(const QString &name) const;

    // "Connected", "Connecting…", "Failed: reason", "Reconnecting…" (translated).
    static QString stateText(const virt::HostConnection &connection);

private:
    void onAdded(virt::HostConnection *connection);
    void onAboutToBeRemoved(virt::HostConnection *connection);
    void rowChanged(const virt::HostConnection *connection);
    void onSessionChanged();

    SessionDocument *m_doc;
    QList<virt::HostConnection *> m_rows; // mirrors the manager, updated inside begin/end calls
    QString m_sessionUri;
};

} // namespace hvbench
