// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finds, at start-up, what crashed hvbench runs left on a libvirt host (virt/leftovers.h) and
// removes it when the user agrees.  Owns its own connection; never blocks the caller's thread.
#include "virt/leftovers.h"

#include <QObject>
#include <memory>

namespace hvbench {
namespace virt { class VirtHost; }

class LeftoverScan final : public QObject {
    Q_OBJECT
public:
    explicit LeftoverScan(QObject *parent = nullptr);
    ~LeftoverScan() override;

    // Connects to `uri` and lists leftovers: answers found() (possibly empty) or unavailable().
    void scan(const QString &uri);
    // Removes the given leftovers (after scan() found them); answers removed().
    void remove(const QList<virt::Leftover> &items);
    QString uri() const { return m_uri; }

Q_SIGNALS:
    void found(const QList<hvbench::virt::Leftover> &items);
    void unavailable(const QString &message); // the host could not be reached: nothing to say
    // removedCount of the asked items are gone; errors lists the ones that could not be removed.
    void removed(int removedCount, const QStringList &errors);

private:
    std::unique_ptr<virt::VirtHost> m_host;
    QString m_uri;
};

// One line per leftover, for a dialog or the terminal: "domain hvbench-abc-1 (…)".
QString describeLeftovers(const QList<virt::Leftover> &items);

} // namespace hvbench

Q_DECLARE_METATYPE(QList<hvbench::virt::Leftover>)
