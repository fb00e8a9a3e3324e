// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/guestimage.h"
#include "model/jsonread.h"
#include "util/installlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace hvbench::guest {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::GuestImage)
};
constexpr qint64 kMiB = 1024 * 1024;
constexpr int kWorkingRoomMiB = 64; // kernel, agent and workload above the initramfs
// The build-tree target, or the installed builder (libexec/hvbench/hvbench-build-guest).
QString buildHint()
{
    return install::guestBuildCommand(QCoreApplication::applicationDirPath());
}

QString resolve(const QString &dir, const QString &p)
{
    return QFileInfo(p).isAbsolute() ? p : QDir(dir).filePath(p);
}
} // namespace

int GuestImage::minimumMemoryMiB() const
{
    const int computed = int((2 * initrdUnpackedBytes + initrdBytes + kMiB - 1) / kMiB) + kWorkingRoomMiB;
    return std::max(computed, declaredMinimumMiB);
}

Status GuestImage::checkMemory(int memoryMiB) const
{
    if (memoryMiB < minimumMemoryMiB())
        return Error{Tr::tr("The guest needs at least %1 MiB of RAM: its initramfs unpacks to %2 MiB and the "
                            "kernel needs the archive plus twice that to unpack it. Give the VM spec %1 MiB or more (it has %3 MiB).")
                         .arg(minimumMemoryMiB()).arg(double(initrdUnpackedBytes) / kMiB, 0, 'f', 1).arg(memoryMiB)};
    return Ok{};
}

QStringList searchPath()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("HVBENCH_GUEST_DIR");
    if (!env.isEmpty())
        dirs << env;
    dirs << install::guestDirs(QCoreApplication::applicationDirPath()); // build tree, user, system
    for (QString &d : dirs)
        d = QDir::cleanPath(d);
    return dirs;
}

Result<GuestImage> loadGuestImage(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("guest.json")));
    if (!f.open(QIODevice::ReadOnly))
        return Error{Tr::tr("No guest image in %1 (guest.json is missing). Build it with: %2").arg(dir, buildHint())};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    json::Reader r(doc.object(), Tr::tr("guest.json"));
    GuestImage g;
    g.dir = dir;
    g.kernelPath = resolve(dir, r.str("kernel"));
    g.initrdPath = resolve(dir, r.str("initrd"));
    g.cmdline = r.str("cmdline");
    g.kernelVersion = r.str("kernel_version", false);
    g.initrdUnpackedBytes = r.integer("initrd_unpacked_bytes");
    g.initrdBytes = r.integer("initrd_bytes", false);
    g.declaredMinimumMiB = int(r.integer("min_memory_mib", false));
    const QString base = r.str("initrd_base", false);
    if (!base.isEmpty()) {
        g.baseInitrdPath = resolve(dir, base);
        g.baseInitrdBytes = r.integer("initrd_base_bytes", false);
        g.baseInitrdUnpackedBytes = r.integer("initrd_base_unpacked_bytes");
        g.baseDeclaredMinimumMiB = int(r.integer("min_memory_mib_base", false));
    }
    g.inputsHash = r.str("inputs_hash", false);
    for (const auto &t : r.array("tools", false))
        g.tools.append(t.toString());
    if (!r.ok())
        return Error{Tr::tr("The guest image in %1 is damaged (%2). Rebuild it with: %3")
                         .arg(dir, r.error().message, buildHint())};
    for (const QString &p : {g.kernelPath, g.initrdPath, g.baseInitrdPath})
        if (!p.isEmpty() && !QFileInfo(p).isReadable())
            return Error{Tr::tr("The guest image file %1 is missing. Rebuild it with: %2").arg(p, buildHint())};
    return g;
}

GuestImage GuestImage::withoutTools() const
{
    if (baseInitrdPath.isEmpty())
        return *this;
    GuestImage g = *this;
    g.initrdPath = baseInitrdPath;
    g.initrdBytes = baseInitrdBytes;
    g.initrdUnpackedBytes = baseInitrdUnpackedBytes;
    g.declaredMinimumMiB = baseDeclaredMinimumMiB;
    g.tools.clear();
    return g;
}

bool readableByOthers(const QString &file)
{
    QFileInfo fi(file);
    if (!fi.exists() || !(fi.permissions() & QFileDevice::ReadOther))
        return false;
    for (QDir d = fi.absoluteDir(); !d.isRoot(); d.cdUp())
        if (!(QFileInfo(d.absolutePath()).permissions() & QFileDevice::ExeOther))
            return false;
    return true;
}

namespace {
Status copyIfChanged(const QString &from, const QString &to)
{
    const QFileInfo src(from), dst(to);
    if (dst.exists() && dst.size() == src.size() && dst.lastModified() >= src.lastModified())
        return Ok{};
    const QString tmp = to + QStringLiteral(".part");
    QFile::remove(tmp);
    if (!QFile::copy(from, tmp))
        return Error{Tr::tr("Cannot copy %1 to %2.").arg(from, tmp)};
    QFile::setPermissions(tmp, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ReadOther);
    QFile::remove(to);
    if (!QFile::rename(tmp, to))
        return Error{Tr::tr("Cannot move %1 to %2.").arg(tmp, to)};
    return Ok{};
}
} // namespace

Result<GuestImage> stageReadableByQemu(const GuestImage &g, const QString &stageRoot)
{
    if (readableByOthers(g.kernelPath) && readableByOthers(g.initrdPath))
        return g;
    const QString tag = g.inputsHash.isEmpty()
                            ? QString::number(QFileInfo(g.initrdPath).size(), 16)
                            : g.inputsHash.left(16);
    const QString dir = QDir(stageRoot).filePath(QStringLiteral("hvbench-") + tag);
    const auto dirPerms = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                          QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;
    const QString why = Tr::tr("QEMU runs as an unprivileged user and cannot read the guest image in %1 (a folder "
                               "above it is not searchable by other users)").arg(g.dir);
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, dirPerms))
        return Error{Tr::tr("%1, and hvbench cannot create %2 to hold a readable copy. Make the folders "
                            "searchable (chmod o+x) or set HVBENCH_GUEST_DIR to a readable copy.").arg(why, dir)};
    GuestImage staged = g;
    staged.kernelPath = QDir(dir).filePath(QFileInfo(g.kernelPath).fileName());
    staged.initrdPath = QDir(dir).filePath(QFileInfo(g.initrdPath).fileName());
    for (const auto &[from, to] : {std::pair{g.kernelPath, staged.kernelPath}, std::pair{g.initrdPath, staged.initrdPath}})
        if (auto st = copyIfChanged(from, to); !st)
            return Error{Tr::tr("%1: %2 Make the folders searchable (chmod o+x) or set HVBENCH_GUEST_DIR to a "
                                "readable copy.").arg(why, st.errorMessage())};
    if (!readableByOthers(staged.kernelPath))
        return Error{Tr::tr("%1, and its copy in %2 is not readable either. Set HVBENCH_GUEST_DIR to a readable "
                            "copy.").arg(why, dir)};
    return staged;
}

Result<GuestImage> locateGuestImage()
{
    const QStringList dirs = searchPath();
    for (const QString &d : dirs)
        if (QFileInfo::exists(QDir(d).filePath(QStringLiteral("guest.json"))))
            return loadGuestImage(d);
    return Error{Tr::tr("The bundled guest image was not found (looked in %1). Build it with: %2, or set "
                        "HVBENCH_GUEST_DIR.").arg(dirs.join(QStringLiteral(", ")), buildHint())};
}

} // namespace hvbench::guest
