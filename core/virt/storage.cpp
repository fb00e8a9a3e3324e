// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/storage.h"
#include "virt/libvirthandles.h"

#include "virt/libvirtglobal.h"
#include "virt/ownership.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/virterror.h>

#include <memory>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace hvbench::virt {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(hvbench::Storage)
};

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString poolType(virStoragePoolPtr pool)
{
    const QString xml = takeString(virStoragePoolGetXMLDesc(pool, 0));
    QXmlStreamReader r(xml);
    while (r.readNextStartElement())
        return r.attributes().value(QLatin1String("type")).toString();
    return {};
}

QString describe(DataVolumeRequest::Backend b)
{
    switch (b) {
    case DataVolumeRequest::File:
        return Tr::tr("file");
    case DataVolumeRequest::LogicalVolume:
        return Tr::tr("LVM logical volume");
    case DataVolumeRequest::BlockDevice:
        return Tr::tr("block device");
    }
    return {};
}

QString volumeXml(const QString &name, qint64 bytes, const QString &format, bool file)
{
    QString out;
    QXmlStreamWriter w(&out);
    w.writeStartElement(QStringLiteral("volume"));
    w.writeTextElement(QStringLiteral("name"), name);
    w.writeStartElement(QStringLiteral("capacity"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(bytes));
    w.writeEndElement();
    // raw and LV: fully allocated.  qcow2: allocation 0, metadata preallocation by flag.
    w.writeStartElement(QStringLiteral("allocation"));
    w.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
    w.writeCharacters(QString::number(format == QLatin1String("qcow2") ? 0 : bytes));
    w.writeEndElement();
    if (file) {
        w.writeStartElement(QStringLiteral("target"));
        w.writeEmptyElement(QStringLiteral("format"));
        w.writeAttribute(QStringLiteral("type"), format);
        if (format == QLatin1String("qcow2"))
            w.writeTextElement(QStringLiteral("compat"), QStringLiteral("1.1"));
        w.writeStartElement(QStringLiteral("permissions"));
        w.writeTextElement(QStringLiteral("mode"), QStringLiteral("0600"));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    return out;
}

QString majMin(dev_t d)
{
    return QStringLiteral("%1:%2").arg(major(d)).arg(minor(d));
}

QString readSmall(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

// The device and its partitions, as "major:minor".
QSet<QString> deviceAndPartitions(const QString &sysDir, const QString &self)
{
    QSet<QString> out{self};
    const QStringList subdirs = QDir(sysDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &sub : subdirs) {
        const QString dir = sysDir + QLatin1Char('/') + sub;
        if (QFile::exists(dir + QStringLiteral("/partition"))) {
            const QString dev = readSmall(dir + QStringLiteral("/dev"));
            if (!dev.isEmpty())
                out.insert(dev);
        }
    }
    return out;
}
} // namespace

bool connectionIsLocal(virConnectPtr conn)
{
    const QUrl url(takeString(virConnectGetURI(conn)));
    return url.isValid() && url.host().isEmpty();
}

QString blockDeviceProblem(const QString &path)
{
    struct stat st {};
    if (path.isEmpty())
        return Tr::tr("No block device is set. Enter the path of a block device such as /dev/sdb.");
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Tr::tr("The block device %1 does not exist on this host. Check the path.").arg(path);
    if (!S_ISBLK(st.st_mode))
        return Tr::tr("%1 is not a block device. Enter a disk, partition or loop device such as /dev/sdb, or "
                      "choose a file disk instead.")
            .arg(path);
    const QString self = majMin(st.st_rdev);
    const QString sysDir = QStringLiteral("/sys/dev/block/") + self;
    const QSet<QString> devs = deviceAndPartitions(sysDir, self);

    // Mounted (the device itself or one of its partitions)?
    QFile mi(QStringLiteral("/proc/self/mountinfo"));
    if (mi.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = mi.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() > 4 && devs.contains(QString::fromLatin1(f.at(2))))
                return Tr::tr("%1 is mounted at %2. Unmount it first, or choose a device that holds no file "
                              "system in use: the benchmark overwrites the whole device.")
                    .arg(path, QString::fromUtf8(f.at(4)));
        }
    }
    // Used as swap?
    QFile swaps(QStringLiteral("/proc/swaps"));
    if (swaps.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = swaps.readAll().split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray name = lines.at(i).split(' ').value(0).split('\t').value(0);
            struct stat sw {};
            if (!name.isEmpty() && ::stat(name.constData(), &sw) == 0 && S_ISBLK(sw.st_mode) &&
                devs.contains(majMin(sw.st_rdev)))
                return Tr::tr("%1 is in use as swap space. Turn it off (swapoff) or choose another device.").arg(path);
        }
    }
    // Held by device-mapper, LVM or RAID?
    for (const QString &dev : devs) {
        const QStringList holders = QDir(QStringLiteral("/sys/dev/block/") + dev + QStringLiteral("/holders"))
                                        .entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
        if (!holders.isEmpty())
            return Tr::tr("%1 is in use by %2 (LVM, RAID or device-mapper). Choose a device nothing else uses.")
                .arg(path, holders.join(QStringLiteral(", ")));
    }
    const QString sectors = readSmall(sysDir + QStringLiteral("/size"));
    if (sectors == QLatin1String("0"))
        return Tr::tr("%1 has a size of zero (an unattached loop device or an empty drive). Choose a device "
                      "with storage behind it.")
            .arg(path);
    return {};
}

Result<DataVolume> createDataVolume(virConnectPtr conn, const DataVolumeRequest &req)
{
    if (req.backend == DataVolumeRequest::BlockDevice) {
        if (connectionIsLocal(conn)) {
            const QString problem = blockDeviceProblem(req.blockDevice);
            if (!problem.isEmpty())
                return Error{problem};
        } else if (!req.blockDevice.startsWith(QLatin1Char('/'))) {
            return Error{Tr::tr("The block device “%1” is not an absolute path. Enter a path such as /dev/sdb.")
                             .arg(req.blockDevice)};
        }
        return DataVolume{{},   req.blockDevice, req.blockDevice, {}, QStringLiteral("block"), QStringLiteral("raw"),
                          false};
    }

    const bool file = req.backend == DataVolumeRequest::File;
    const QString format = file ? req.format : QStringLiteral("raw");
    if (file && format != QLatin1String("raw") && format != QLatin1String("qcow2"))
        return Error{Tr::tr("Unknown disk format “%1”. Choose raw or qcow2.").arg(req.format)};
    if (!file && !req.format.isEmpty() && req.format != QLatin1String("raw"))
        return Error{Tr::tr("A logical volume is always raw; format “%1” is not possible there. Choose raw, or a "
                            "file disk in a directory pool for qcow2.")
                         .arg(req.format)};
    if (req.sizeBytes <= 0)
        return Error{Tr::tr("The data disk of VM %1 has no size. Enter a size greater than zero.").arg(req.index)};
    const QString name = volumeName(req.sessionId, req.index, file ? format : QString());
    if (!sessionOfVolume(name))
        return Error{Tr::tr("“%1” is not a valid session id for volume names (1–16 lower-case letters and digits).")
                         .arg(req.sessionId)};

    PoolPtr pool(virStoragePoolLookupByName(conn, req.pool.toUtf8().constData()));
    if (!pool)
        return Error{Tr::tr("The storage pool “%1” does not exist on this host. Choose an existing pool or create "
                            "one (virsh pool-define-as, or virt-manager).")
                         .arg(req.pool)};
    if (virStoragePoolIsActive(pool.get()) != 1)
        return Error{Tr::tr("The storage pool “%1” is not running. Start it (virsh pool-start %1) or choose "
                            "another pool.")
                         .arg(req.pool)};
    const QString type = poolType(pool.get());
    static const QStringList fileTypes{QStringLiteral("dir"), QStringLiteral("fs"), QStringLiteral("netfs")};
    const bool typeOk = file ? fileTypes.contains(type) : type == QLatin1String("logical");
    if (!typeOk)
        return Error{Tr::tr("The storage pool “%1” is of type “%2”, but a %3 disk needs a pool of type %4. Choose "
                            "another pool or another disk backend.")
                         .arg(req.pool, type, describe(req.backend),
                              file ? QStringLiteral("dir, fs or netfs") : QStringLiteral("logical"))};

    // Refresh so that files created behind libvirt's back and the free space are current.
    virStoragePoolRefresh(pool.get(), 0);
    if (VolPtr existing{virStorageVolLookupByName(pool.get(), name.toUtf8().constData())})
        return Error{Tr::tr("A volume “%1” already exists in pool “%2”; hvbench never overwrites a volume. Remove "
                            "leftovers of earlier runs (hvbench-cli cleanup) or delete it yourself.")
                         .arg(name, req.pool)};
    virStoragePoolInfo info{};
    if (virStoragePoolGetInfo(pool.get(), &info) != 0)
        return Error{Tr::tr("Cannot read the free space of pool “%1”: %2").arg(req.pool, lastError())};
    if (qint64(info.available) < req.sizeBytes)
        return Error{Tr::tr("The storage pool “%1” is full: %2 free, %3 needed for the data disk of VM %4. Free "
                            "space in the pool, choose a smaller disk or another pool.")
                         .arg(req.pool, size(qint64(info.available)), size(req.sizeBytes))
                         .arg(req.index)};

    const QByteArray xml = volumeXml(name, req.sizeBytes, format, file).toUtf8();
    unsigned flags = format == QLatin1String("qcow2") ? VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA : 0;
    VolPtr vol(virStorageVolCreateXML(pool.get(), xml.constData(), flags));
    if (!vol && flags != 0) {
        // Drivers without metadata preallocation (the test driver) reject the flag up front.
        const virErrorPtr e = virGetLastError();
        if (e && (e->code == VIR_ERR_INVALID_ARG || e->code == VIR_ERR_NO_SUPPORT))
            vol.reset(virStorageVolCreateXML(pool.get(), xml.constData(), 0));
    }
    if (!vol)
        return Error{Tr::tr("Could not create the data disk “%1” in pool “%2”: %3").arg(name, req.pool, lastError())};

    DataVolume v;
    v.pool = req.pool;
    v.name = name;
    v.path = takeString(virStorageVolGetPath(vol.get()));
    const char *key = virStorageVolGetKey(vol.get());
    v.key = key ? QString::fromUtf8(key) : QString();
    v.sourceType = file ? QStringLiteral("file") : QStringLiteral("block");
    v.format = format;
    v.owned = true;
    return v;
}

Status deleteDataVolume(virConnectPtr conn, const DataVolume &v)
{
    if (!v.owned || !sessionOfVolume(v.name) || v.pool.isEmpty())
        return Error{Tr::tr("“%1” was not created by hvbench, so hvbench does not delete it. Delete it yourself if "
                            "you no longer need it.")
                         .arg(v.path.isEmpty() ? v.name : v.path)};
    PoolPtr pool(virStoragePoolLookupByName(conn, v.pool.toUtf8().constData()));
    if (!pool)
        return Error{Tr::tr("Cannot delete “%1”: the storage pool “%2” no longer exists.").arg(v.name, v.pool)};
    VolPtr vol(virStorageVolLookupByName(pool.get(), v.name.toUtf8().constData()));
    if (!vol)
        return Ok{}; // already gone
    const QString path = takeString(virStorageVolGetPath(vol.get()));
    if (!v.path.isEmpty() && path != v.path)
        return Error{Tr::tr("Not deleting “%1” in pool “%2”: it is now at %3, not at %4 where hvbench created it.")
                         .arg(v.name, v.pool, path, v.path)};
    if (virStorageVolDelete(vol.get(), 0) != 0)
        return Error{Tr::tr("Could not delete the volume “%1” in pool “%2”: %3").arg(v.name, v.pool, lastError())};
    return Ok{};
}

} // namespace hvbench::virt
