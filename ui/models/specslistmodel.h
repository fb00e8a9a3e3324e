// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The VM specs of the open session as a list (name + one-line summary + how the selected host
// judges each spec).  It holds no spec of its own: every read goes to the SessionDocument and
// every edit goes through SessionDocument::setSettings, refused with a reason when it would break
// the session (empty or duplicate name, invalid spec, deleting the last spec).
// The host it checks against is the live one (setHostInfo) or, until there is one, the host the
// session's last run recorded in its manifest.
#include "model/vmspec.h"
#include "util/result.h"
#include "virt/hostinfo.h"

#include <QAbstractListModel>
#include <QStringList>
#include <functional>
#include <optional>

namespace hvbench {
class SessionDocument;

class SpecsListModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, // QString
        SummaryRole,                 // QString, e.g. "KVM · 1 vCPU · 2048 MiB · e1000 · file raw virtio-blk 8 GiB"
        FitRole,                     // int (HostFit)
        ReasonsRole,                 // QStringList: the refusal, or the warnings
    };
    enum class HostFit { NoHost, Runnable, Warnings, Refused };
    enum class HostSource { None, Recorded, Live };

    // What a host says about one spec.
    struct HostCheck {
        HostFit fit = HostFit::NoHost;
        QString refusal;      // HostFit::Refused
        QStringList warnings; // HostFit::Warnings
    };

    explicit SpecsListModel(SessionDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // --- the host the specs are checked against ---
    void setHostInfo(const virt::HostInfo &info); // the live host: replaces a recorded one
    const virt::HostInfo *host() const { return m_host ? &*m_host : nullptr; }
    HostSource hostSource() const { return m_hostSource; }
    // The matrix's largest VM count (at least 1): warnings about RAM and disks use it.
    int concurrentVms() const;
    HostCheck check(const VmSpec &spec) const;

    // --- editing (each returns why it was refused) ---
    Status checkName(int row, const QString &name) const; // row = the spec being renamed, -1 for a new one
    Result<int> addSpec();                                // the row of the new spec
    Result<int> duplicateSpec(int row);                   // "X (copy)", made unique
    Status renameSpec(int row, const QString &name);
    Status updateSpec(int row, const VmSpec &spec); // the spec editor's changes (may rename)
    Status removeSpec(int row);
    Status moveSpec(int from, int to);

    static QString summary(const VmSpec &spec);

Q_SIGNALS:
    // An inline rename (setData) was refused: the view shows the reason.
    void editRefused(const QString &reason);
    void hostChanged();

private:
    const QList<VmSpec> &specs() const;
    void apply(const QList<VmSpec> &specs);
    void onSessionReset();
    void onSettingsChanged();
    void readRecordedHost();
    QString uniqueName(const std::function<QString(int)> &candidate) const; // candidate(1), candidate(2), …

    SessionDocument *m_doc;
    int m_rows = 0;          // the row count the views were last told about
    bool m_applying = false; // our own setSettings: the signals are sent by the caller
    std::optional<virt::HostInfo> m_host;
    HostSource m_hostSource = HostSource::None;
};

} // namespace hvbench
