// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/domainxml.h"

#include <QXmlStreamWriter>

namespace hvbench::virt {

namespace {
using A = QList<std::pair<QString, QString>>;

void element(QXmlStreamWriter &w, const QString &name, const A &attrs, const QString &text = {})
{
    w.writeStartElement(name);
    for (const auto &[k, v] : attrs)
        w.writeAttribute(k, v);
    if (!text.isEmpty())
        w.writeCharacters(text);
    w.writeEndElement();
}
QString s(const char *x) { return QString::fromLatin1(x); }

// Unit letter → name: "vd" + 0 → "vda".
QString unitName(const char *prefix, int unit) { return s(prefix) + QChar(QLatin1Char('a').unicode() + unit); }

const char *xmlPrefix(DiskBus bus)
{
    switch (bus) {
    case DiskBus::Virtio: return "vd";
    case DiskBus::VirtioScsi:
    case DiskBus::Sata: return "sd";
    case DiskBus::Ide: return "hd";
    case DiskBus::Xen: return "xvd";
    }
    return "vd";
}

bool isXenDomain(const DomainParams &p) { return p.domainType == QLatin1String("xen"); }
bool isPv(const DomainParams &p) { return p.osType == QLatin1String("xen") || p.osType == QLatin1String("linux"); }

QString bootDiskPathOf(const DomainParams &p)
{
    if (!p.bootDiskPath.isEmpty())
        return p.bootDiskPath;
    if (p.spec.guest.kind == GuestImageKind::DiskImage)
        return p.spec.guest.diskImagePath;
    return {};
}

QString bootDiskFormatOf(const DomainParams &p, const QString &path)
{
    if (!p.bootDiskFormat.isEmpty())
        return p.bootDiskFormat;
    return path.endsWith(QLatin1String(".qcow2"), Qt::CaseInsensitive) ? s("qcow2") : s("raw");
}

// The kernel of a direct-boot guest: the params' (bundled guest, filled by the caller) or the spec's.
struct KernelBoot {
    QString kernel, initrd, cmdline;
};
KernelBoot kernelBootOf(const DomainParams &p)
{
    KernelBoot k{p.kernelPath, p.initrdPath, p.cmdline};
    if (k.kernel.isEmpty() && p.spec.guest.kind == GuestImageKind::KernelInitrd)
        k = {p.spec.guest.kernelPath, p.spec.guest.initrdPath, p.spec.guest.cmdline};
    const auto append = [&k](const QString &arg) {
        if (!k.cmdline.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(arg))
            k.cmdline = k.cmdline.isEmpty() ? arg : k.cmdline + QLatin1Char(' ') + arg;
    };
    if (isXenDomain(p) && isPv(p))
        append(s("console=hvc0")); // the last console= is /dev/console
    if (isXenDomain(p) && !isPv(p)) {
        const bool emulatedDisk = p.spec.usesDiskBus() && p.spec.diskBus != DiskBus::Xen;
        const bool emulatedNic = p.spec.nic != NicModel::Netfront;
        if (emulatedDisk || emulatedNic)
            append(s("xen_emul_unplug=never"));
    }
    return k;
}

void writeDisk(QXmlStreamWriter &w, const DomainParams &p, const QString &sourceType, const QString &path,
               QString format, const QString &target, const QString &cache, bool bootDisk)
{
    const bool xen = isXenDomain(p);
    const bool block = sourceType == QLatin1String("block");
    if (format.isEmpty() || block)
        format = s("raw");
    w.writeStartElement(s("disk"));
    w.writeAttribute(s("type"), block ? s("block") : s("file"));
    w.writeAttribute(s("device"), s("disk"));
    A driver;
    // Xen: "phy" = blkback on a device, "qemu" = qdisk (raw or qcow2 files).
    driver.append({s("name"), xen && block ? s("phy") : s("qemu")});
    driver.append({s("type"), format});
    if (!cache.isEmpty())
        driver.append({s("cache"), cache});
    element(w, s("driver"), driver);
    element(w, s("source"), A{{block ? s("dev") : s("file"), path}});
    element(w, s("target"), A{{s("dev"), target}, {s("bus"), libvirtDiskBus(p.spec.diskBus)}});
    if (bootDisk && !xen) {
        element(w, s("boot"), A{{s("order"), s("1")}});
        if (p.bootDiskTransient)
            element(w, s("transient"), A{{s("shareBacking"), s("yes")}});
    }
    w.writeEndElement();
}

void writeInterface(QXmlStreamWriter &w, const DomainParams &p)
{
    w.writeStartElement(s("interface"));
    w.writeAttribute(s("type"), p.networkName.isEmpty() ? s("user") : s("network"));
    if (!p.macAddress.isEmpty())
        element(w, s("mac"), A{{s("address"), p.macAddress}});
    if (!p.networkName.isEmpty())
        element(w, s("source"), A{{s("network"), p.networkName}});
    element(w, s("model"), A{{s("type"), nicModelName(p.spec.nic)}});
    w.writeEndElement();
}

void writeFileConsole(QXmlStreamWriter &w, const DomainParams &p)
{
    w.writeStartElement(s("serial"));
    w.writeAttribute(s("type"), s("file"));
    element(w, s("source"), A{{s("path"), p.consoleLogPath}});
    element(w, s("target"), A{{s("port"), s("0")}});
    w.writeEndElement();
    w.writeStartElement(s("console"));
    w.writeAttribute(s("type"), s("file"));
    element(w, s("source"), A{{s("path"), p.consoleLogPath}});
    element(w, s("target"), A{{s("type"), s("serial")}, {s("port"), s("0")}});
    w.writeEndElement();
}

void writeChannel(QXmlStreamWriter &w, const DomainParams &p)
{
    w.writeStartElement(s("channel"));
    w.writeAttribute(s("type"), s("unix"));
    if (isXenDomain(p)) {
        // libxl needs the socket path; the target is a Xen PV console named like the virtio port.
        const QString path = p.channelSocketPath.isEmpty()
                                 ? s("/var/lib/libvirt/libxl/%1.%2").arg(p.name, p.channelName)
                                 : p.channelSocketPath;
        element(w, s("source"), A{{s("mode"), s("bind")}, {s("path"), path}});
        element(w, s("target"), A{{s("type"), s("xen")}, {s("name"), p.channelName}});
    } else {
        element(w, s("target"), A{{s("type"), s("virtio")}, {s("name"), p.channelName}});
    }
    w.writeEndElement();
}
} // namespace

QString libvirtDiskBus(DiskBus bus)
{
    switch (bus) {
    case DiskBus::Virtio: return s("virtio");
    case DiskBus::VirtioScsi: return s("scsi");
    case DiskBus::Sata: return s("sata");
    case DiskBus::Ide: return s("ide");
    case DiskBus::Xen: return s("xen");
    }
    return {};
}

QString dataDiskXmlTarget(DiskBus bus, bool afterBootDisk)
{
    if (bus == DiskBus::Xen)
        return s("xvdb");
    return unitName(xmlPrefix(bus), afterBootDisk ? 1 : 0);
}

QString bootDiskXmlTarget(DiskBus bus) { return unitName(xmlPrefix(bus), 0); }

QString dataDiskTargetDev(DiskBus bus, bool afterBootDisk)
{
    const int unit = afterBootDisk ? 1 : 0;
    switch (bus) {
    case DiskBus::Virtio: return unitName("vd", unit);
    case DiskBus::VirtioScsi:
    case DiskBus::Sata:
    case DiskBus::Ide: return unitName("sd", unit);
    case DiskBus::Xen: return s("xvdb");
    }
    return {};
}

QString expectedGuestDriver(DiskBus bus)
{
    switch (bus) {
    case DiskBus::Virtio: return s("virtio_blk");
    case DiskBus::VirtioScsi: return s("virtio_scsi");
    case DiskBus::Sata: return s("ahci");
    case DiskBus::Ide: return s("ata_piix");
    case DiskBus::Xen: return s("xen_blkfront");
    }
    return {};
}

QStringList expectedGuestDrivers(NicModel nic)
{
    switch (nic) {
    case NicModel::Virtio: return {s("virtio_net")};
    case NicModel::E1000: return {s("e1000")};
    case NicModel::E1000e: return {s("e1000e")};
    case NicModel::Rtl8139: return {s("8139cp"), s("8139too")};
    case NicModel::Netfront: return {s("xen_netfront")};
    }
    return {};
}

QString expectedGuestDriver(NicModel nic) { return expectedGuestDrivers(nic).value(0); }

QString buildDomainXml(const DomainParams &p)
{
    const bool xen = isXenDomain(p);
    const bool pv = xen && isPv(p);
    const QString bootDisk = bootDiskPathOf(p);
    const bool hasData = !p.dataDisk.sourceType.isEmpty();

    QString out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartElement(s("domain"));
    w.writeAttribute(s("type"), p.domainType);
    w.writeTextElement(s("name"), p.name);
    w.writeTextElement(s("description"),
                       s("Created by hvbench for session %1; deleted when the run ends.").arg(p.sessionId));
    writeOwnerMetadata(w, ownMark(p.sessionId, p.index, p.spec.name));
    element(w, s("memory"), A{{s("unit"), s("MiB")}}, QString::number(p.spec.memoryMiB));
    element(w, s("vcpu"), A{{s("placement"), s("static")}}, QString::number(p.spec.vcpus));

    if (pv && !bootDisk.isEmpty())
        w.writeTextElement(s("bootloader"), s("pygrub")); // libxl finds its own pygrub
    w.writeStartElement(s("os"));
    element(w, s("type"), A{{s("arch"), p.arch}, {s("machine"), p.machine}}, pv ? s("xen") : p.osType);
    if (bootDisk.isEmpty()) {
        const KernelBoot k = kernelBootOf(p);
        w.writeTextElement(s("kernel"), k.kernel);
        if (!k.initrd.isEmpty())
            w.writeTextElement(s("initrd"), k.initrd);
        if (!k.cmdline.isEmpty())
            w.writeTextElement(s("cmdline"), k.cmdline);
    } else if (xen && !pv) {
        element(w, s("boot"), A{{s("dev"), s("hd")}}); // libxl ignores per-device boot order
    }
    w.writeEndElement(); // os

    if (!pv) {
        w.writeStartElement(s("features"));
        w.writeEmptyElement(s("acpi"));
        if (xen) {
            w.writeEmptyElement(s("apic"));
            w.writeEmptyElement(s("pae"));
        }
        w.writeEndElement();
    }
    if (p.domainType == QLatin1String("kvm"))
        element(w, s("cpu"), A{{s("mode"), s("host-passthrough")}});
    w.writeTextElement(s("on_poweroff"), s("destroy"));
    w.writeTextElement(s("on_reboot"), s("destroy"));
    w.writeTextElement(s("on_crash"), s("destroy"));

    w.writeStartElement(s("devices"));
    if (!xen)
        element(w, s("controller"), A{{s("type"), s("usb")}, {s("model"), s("none")}});
    if ((hasData || !bootDisk.isEmpty()) && p.spec.diskBus == DiskBus::VirtioScsi)
        element(w, s("controller"), A{{s("type"), s("scsi")}, {s("index"), s("0")}, {s("model"), s("virtio-scsi")}});
    if (!bootDisk.isEmpty())
        writeDisk(w, p, s("file"), bootDisk, bootDiskFormatOf(p, bootDisk), bootDiskXmlTarget(p.spec.diskBus), {},
                  true);
    if (hasData)
        writeDisk(w, p, p.dataDisk.sourceType, p.dataDisk.path, p.dataDisk.format,
                  dataDiskXmlTarget(p.spec.diskBus, !bootDisk.isEmpty()), p.diskCache, false);
    writeInterface(w, p);
    if (pv) {
        // A PV guest's console is the Xen console (hvc0), reachable as a pty; xenconsoled can log it.
        w.writeStartElement(s("console"));
        w.writeAttribute(s("type"), s("pty"));
        element(w, s("target"), A{{s("type"), s("xen")}, {s("port"), s("0")}});
        w.writeEndElement();
    } else {
        writeFileConsole(w, p);
    }
    writeChannel(w, p);
    if (!xen)
        element(w, s("memballoon"), A{{s("model"), s("none")}});
    w.writeEndElement(); // devices
    w.writeEndElement(); // domain
    w.writeEndDocument();
    return out;
}

} // namespace hvbench::virt
