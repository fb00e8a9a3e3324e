// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/specslistmodel.h"
#include "model/sessiondocument.h"
#include "virt/speccheck.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <algorithm>

namespace hvbench {

namespace {
QString shortHypervisor(Hypervisor h)
{
    switch (h) {
    case Hypervisor::Auto:
        return SpecsListModel::tr("Auto");
    case Hypervisor::Kvm:
        return SpecsListModel::tr("KVM");
    case Hypervisor::QemuTcg:
        return SpecsListModel::tr("QEMU/TCG");
    case Hypervisor::XenPv:
        return SpecsListModel::tr("Xen PV");
    case Hypervisor::XenHvm:
        return SpecsListModel::tr("Xen HVM");
    }
    return {};
}

QString shortBus(DiskBus b)
{
    switch (b) {
    case DiskBus::Virtio:
        return SpecsListModel::tr("virtio-blk");
    case DiskBus::VirtioScsi:
        return SpecsListModel::tr("virtio-scsi");
    case DiskBus::Sata:
        return SpecsListModel::tr("SATA");
    case DiskBus::Ide:
        return SpecsListModel::tr("IDE");
    case DiskBus::Xen:
        return SpecsListModel::tr("xvd");
    }
    return {};
}

QString sizeText(int mib)
{
    if (mib >= 1024 && mib % 1024 == 0)
        return SpecsListModel::tr("%1 GiB").arg(mib / 1024);
    return SpecsListModel::tr("%1 MiB").arg(mib);
}

// A round status badge drawn with lines only (no font or icon theme needed).
QIcon fitIcon(SpecsListModel::HostFit fit)
{
    using Fit = SpecsListModel::HostFit;
    constexpr int s = 32;
    QPixmap pm(s, s);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor colour = fit == Fit::Runnable   ? QColor(0x2e, 0x7d, 0x32)
                          : fit == Fit::Warnings ? QColor(0xe0, 0x8a, 0x00)
                          : fit == Fit::Refused  ? QColor(0xb0, 0x00, 0x20)
                                                 : QColor(0x90, 0x90, 0x90);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(2, 2, s - 4, s - 4));
    QPen pen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    switch (fit) {
    case Fit::Runnable:
        p.drawPolyline(QPolygonF({QPointF(9, 16.5), QPointF(14, 21.5), QPointF(23, 11)}));
        break;
    case Fit::Warnings:
        p.drawLine(QPointF(16, 8.5), QPointF(16, 18));
        p.drawPoint(QPointF(16, 23.5));
        break;
    case Fit::Refused:
        p.drawLine(QPointF(11, 11), QPointF(21, 21));
        p.drawLine(QPointF(21, 11), QPointF(11, 21));
        break;
    case Fit::NoHost:
        break;
    }
    p.end();
    return QIcon(pm); // not cached: a static QIcon would outlive the QGuiApplication
}
} // namespace

SpecsListModel::SpecsListModel(SessionDocument *doc, QObject *parent) : QAbstractListModel(parent), m_doc(doc)
{
    m_rows = int(specs().size());
    readRecordedHost();
    connect(doc, &SessionDocument::sessionReset, this, &SpecsListModel::onSessionReset);
    connect(doc, &SessionDocument::settingsChanged, this, &SpecsListModel::onSettingsChanged);
}

const QList<VmSpec> &SpecsListModel::specs() const
{
    return m_doc->session().specs;
}

int SpecsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QString SpecsListModel::summary(const VmSpec &s)
{
    QStringList parts{shortHypervisor(s.hypervisor), s.vcpus == 1 ? tr("1 vCPU") : tr("%1 vCPUs").arg(s.vcpus),
                      tr("%1 MiB").arg(s.memoryMiB)};
    QString nic = nicModelName(s.nic);
    if (s.network == NetworkMode::Isolated)
        nic = tr("%1 isolated").arg(nic);
    parts.append(nic);
    switch (s.disk) {
    case DiskBackend::None:
        parts.append(tr("no data disk"));
        break;
    case DiskBackend::File:
        parts.append(
            tr("file %1 %2 %3").arg(diskFormatName(s.diskFormat), shortBus(s.diskBus), sizeText(s.dataDiskMiB)));
        break;
    case DiskBackend::LogicalVolume:
        parts.append(tr("LVM %1 %2").arg(shortBus(s.diskBus), sizeText(s.dataDiskMiB)));
        break;
    case DiskBackend::BlockDevice:
        parts.append(tr("block %1 %2").arg(s.blockDevice, shortBus(s.diskBus)));
        break;
    }
    if (s.guest.kind != GuestImageKind::Bundled)
        parts.append(s.guest.kind == GuestImageKind::KernelInitrd ? tr("own kernel") : tr("own disk image"));
    return parts.join(QStringLiteral(" · "));
}

int SpecsListModel::concurrentVms() const
{
    const QList<int> &counts = m_doc->session().matrix.vmCounts;
    return counts.isEmpty() ? 1 : std::max(1, *std::max_element(counts.cbegin(), counts.cend()));
}

SpecsListModel::HostCheck SpecsListModel::check(const VmSpec &spec) const
{
    HostCheck c;
    if (auto v = spec.validate(); !v) { // a spec error is a refusal whatever the host
        c.fit = HostFit::Refused;
        c.refusal = v.errorMessage();
        return c;
    }
    if (!m_host)
        return c;
    if (auto p = virt::placeSpec(spec, *m_host); !p) {
        c.fit = HostFit::Refused;
        c.refusal = p.errorMessage();
        return c;
    }
    c.warnings = virt::specWarnings(spec, *m_host, concurrentVms());
    c.fit = c.warnings.isEmpty() ? HostFit::Runnable : HostFit::Warnings;
    return c;
}

QVariant SpecsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.row() >= specs().size())
        return {};
    const VmSpec &s = specs().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(s.name + QLatin1Char('\n') + summary(s));
    case Qt::EditRole:
    case NameRole:
        return s.name;
    case SummaryRole:
        return summary(s);
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(s.name, summary(s));
    case FitRole:
        return int(check(s).fit);
    case ReasonsRole: {
        const HostCheck c = check(s);
        return c.fit == HostFit::Refused ? QStringList{c.refusal} : c.warnings;
    }
    case Qt::DecorationRole: {
        const HostFit fit = check(s).fit;
        return fit == HostFit::NoHost ? QVariant() : QVariant(fitIcon(fit)); // no host, no verdict to show
    }
    case Qt::ToolTipRole: {
        const HostCheck c = check(s);
        switch (c.fit) {
        case HostFit::NoHost:
            return tr("No host selected: specs are checked when you connect to a host on the Hosts page.");
        case HostFit::Runnable:
            return tr("Runnable on %1.").arg(m_host->uri);
        case HostFit::Warnings:
            return tr("Runnable on %1, but:\n• %2").arg(m_host->uri, c.warnings.join(QStringLiteral("\n• ")));
        case HostFit::Refused:
            return m_host ? tr("Refused by %1: %2").arg(m_host->uri, c.refusal) : tr("Invalid: %1").arg(c.refusal);
        }
        return {};
    }
    default:
        return {};
    }
}

Qt::ItemFlags SpecsListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool SpecsListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Status st = renameSpec(index.row(), value.toString());
    if (!st)
        Q_EMIT editRefused(st.errorMessage());
    return st.ok();
}

QHash<int, QByteArray> SpecsListModel::roleNames() const
{
    QHash<int, QByteArray> r = QAbstractListModel::roleNames();
    r.insert(NameRole, "name");
    r.insert(SummaryRole, "summary");
    r.insert(FitRole, "fit");
    r.insert(ReasonsRole, "reasons");
    return r;
}

void SpecsListModel::setHostInfo(const virt::HostInfo &info)
{
    m_host = info;
    m_hostSource = HostSource::Live;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1), {Qt::DecorationRole, Qt::ToolTipRole, FitRole, ReasonsRole});
    Q_EMIT hostChanged();
}

void SpecsListModel::readRecordedHost()
{
    if (m_hostSource == HostSource::Live)
        return;
    const QJsonObject host = m_doc->session().manifest.value(QStringLiteral("host")).toObject();
    if (host.isEmpty()) {
        m_host.reset();
        m_hostSource = HostSource::None;
    } else {
        m_host = virt::HostInfo::fromJson(host);
        m_hostSource = HostSource::Recorded;
    }
}

void SpecsListModel::onSessionReset()
{
    beginResetModel();
    m_rows = int(specs().size());
    readRecordedHost();
    endResetModel();
    Q_EMIT hostChanged();
}

void SpecsListModel::onSettingsChanged()
{
    if (m_applying)
        return;
    // Changed elsewhere (another page): same number of specs = new contents, else a new list.
    if (int(specs().size()) == m_rows) {
        if (m_rows > 0)
            Q_EMIT dataChanged(index(0), index(m_rows - 1));
        return;
    }
    beginResetModel();
    m_rows = int(specs().size());
    endResetModel();
}

void SpecsListModel::apply(const QList<VmSpec> &list)
{
    const Session &s = m_doc->session();
    m_applying = true;
    m_doc->setSettings(list, s.benchmarks, s.matrix, s.hostUri);
    m_applying = false;
    m_rows = int(specs().size());
}

Status SpecsListModel::checkName(int row, const QString &name) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Error{tr("A VM spec needs a name: type one.")};
    if (n == kBareMetal)
        return Error{tr("\"%1\" is the name of the bare-metal baseline: choose another name.").arg(kBareMetal)};
    for (int i = 0; i < specs().size(); ++i)
        if (i != row && specs().at(i).name == n)
            return Error{tr("Another VM spec is already called \"%1\": names must be unique.").arg(n)};
    return Ok{};
}

QString SpecsListModel::uniqueName(const std::function<QString(int)> &candidate) const
{
    const QStringList taken = m_doc->session().specNames();
    QString name = candidate(1);
    for (int n = 2; taken.contains(name) || name == kBareMetal; ++n)
        name = candidate(n);
    return name;
}

Result<int> SpecsListModel::addSpec()
{
    VmSpec spec;
    spec.name = uniqueName([](int n) { return n == 1 ? tr("new-vm") : tr("new-vm-%1").arg(n); });
    QList<VmSpec> list = specs();
    list.append(spec);
    const int row = m_rows;
    beginInsertRows({}, row, row);
    apply(list);
    endInsertRows();
    return row;
}

Result<int> SpecsListModel::duplicateSpec(int row)
{
    if (row < 0 || row >= m_rows)
        return Error{tr("Select the VM spec to duplicate.")};
    VmSpec spec = specs().at(row);
    const QString base = spec.name;
    spec.name = uniqueName([&base](int n) {
        return n == 1 ? tr("%1 (copy)").arg(base) : tr("%1 (copy %2)").arg(base, QString::number(n));
    });
    QList<VmSpec> list = specs();
    list.insert(row + 1, spec);
    beginInsertRows({}, row + 1, row + 1);
    apply(list);
    endInsertRows();
    return row + 1;
}

Status SpecsListModel::renameSpec(int row, const QString &name)
{
    if (row < 0 || row >= m_rows)
        return Error{tr("Select the VM spec to rename.")};
    VmSpec spec = specs().at(row);
    spec.name = name.trimmed();
    return updateSpec(row, spec);
}

Status SpecsListModel::updateSpec(int row, const VmSpec &spec)
{
    if (row < 0 || row >= m_rows)
        return Error{tr("Select the VM spec to change.")};
    if (auto st = checkName(row, spec.name); !st)
        return st;
    if (auto st = spec.validate(); !st)
        return st;
    if (specs().at(row) == spec)
        return Ok{};
    QList<VmSpec> list = specs();
    list[row] = spec;
    apply(list);
    Q_EMIT dataChanged(index(row), index(row));
    return Ok{};
}

Status SpecsListModel::removeSpec(int row)
{
    if (row < 0 || row >= m_rows)
        return Error{tr("Select the VM spec to delete.")};
    if (m_rows <= 1)
        return Error{tr("\"%1\" is the session's only VM spec and a session needs at least one: add another spec "
                        "before deleting this one.")
                         .arg(specs().at(row).name)};
    QList<VmSpec> list = specs();
    list.removeAt(row);
    beginRemoveRows({}, row, row);
    apply(list);
    endRemoveRows();
    return Ok{};
}

Status SpecsListModel::moveSpec(int from, int to)
{
    if (from < 0 || from >= m_rows || to < 0 || to >= m_rows)
        return Error{tr("There is no VM spec to move there.")};
    if (from == to)
        return Ok{};
    QList<VmSpec> list = specs();
    list.move(from, to);
    // Qt's destination is the row the item goes before, counted in the list before the move.
    beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    apply(list);
    endMoveRows();
    return Ok{};
}

} // namespace hvbench
