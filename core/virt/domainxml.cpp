// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/domainxml.h"

#include <QXmlStreamWriter>

namespace hvbench::virt {

namespace {
void element(QXmlStreamWriter &w, const QString &name, const QList<std::pair<QString, QString>> &attrs,
             const QString &text = {})
{
    w.writeStartElement(name);
    for (const auto &[k, v] : attrs)
        w.writeAttribute(k, v);
    if (!text.isEmpty())
        w.writeCharacters(text);
    w.writeEndElement();
}
using A = QList<std::pair<QString, QString>>;
QString s(const char *x) { return QString::fromLatin1(x); }
} // namespace

QString buildDomainXml(const DomainParams &p)
{
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

    w.writeStartElement(s("os"));
    element(w, s("type"), A{{s("arch"), s("x86_64")}, {s("machine"), s("pc")}}, s("hvm"));
    w.writeTextElement(s("kernel"), p.kernelPath);
    w.writeTextElement(s("initrd"), p.initrdPath);
    w.writeTextElement(s("cmdline"), p.cmdline);
    w.writeEndElement();

    w.writeStartElement(s("features"));
    w.writeEmptyElement(s("acpi"));
    w.writeEndElement();
    if (p.domainType == QLatin1String("kvm"))
        element(w, s("cpu"), A{{s("mode"), s("host-passthrough")}});
    w.writeTextElement(s("on_poweroff"), s("destroy"));
    w.writeTextElement(s("on_reboot"), s("destroy"));
    w.writeTextElement(s("on_crash"), s("destroy"));

    w.writeStartElement(s("devices"));
    element(w, s("controller"), A{{s("type"), s("usb")}, {s("model"), s("none")}});
    w.writeStartElement(s("interface"));
    w.writeAttribute(s("type"), s("user"));
    element(w, s("model"), A{{s("type"), nicModelName(p.spec.nic)}});
    w.writeEndElement();
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
    w.writeStartElement(s("channel"));
    w.writeAttribute(s("type"), s("unix"));
    element(w, s("target"), A{{s("type"), s("virtio")}, {s("name"), p.channelName}});
    w.writeEndElement();
    element(w, s("memballoon"), A{{s("model"), s("none")}});
    w.writeEndElement(); // devices
    w.writeEndElement(); // domain
    w.writeEndDocument();
    return out;
}

} // namespace hvbench::virt
