// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/domainxml.h"

#include <QProcess>
#include <QTemporaryFile>
#include <QXmlStreamReader>
#include <QtTest>

using namespace hvbench;

class TstDomainXml : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("nic");
        QTest::addColumn<int>("vcpus");
        QTest::addColumn<int>("mem");
        for (const char *type : {"qemu", "kvm"})
            for (int nic : {int(NicModel::Virtio), int(NicModel::E1000)})
                for (int vcpus : {1, 4})
                    QTest::addRow("%s-%s-%dvcpu", type, qPrintable(nicModelName(NicModel(nic))), vcpus)
                        << QString::fromLatin1(type) << nic << vcpus << 256;
        QTest::addRow("escaping") << QStringLiteral("qemu") << int(NicModel::Virtio) << 2 << 512;
    }
    void build()
    {
        QFETCH(QString, type);
        QFETCH(int, nic);
        QFETCH(int, vcpus);
        QFETCH(int, mem);
        virt::DomainParams p;
        p.name = virt::domainName(QStringLiteral("abc123"), 7);
        p.sessionId = QStringLiteral("abc123");
        p.index = 7;
        p.spec.name = QStringLiteral("spec <&> \"x\"");
        p.spec.vcpus = vcpus;
        p.spec.memoryMiB = mem;
        p.spec.nic = NicModel(nic);
        p.domainType = type;
        p.kernelPath = QStringLiteral("/guest/vmlinux");
        p.initrdPath = QStringLiteral("/guest/initramfs.cpio.gz");
        p.cmdline = QStringLiteral("console=ttyS0 quiet");
        p.consoleLogPath = QStringLiteral("/var/log/hvbench/x.log");
        p.channelName = QStringLiteral("org.hvbench.agent.0");
        const QString xml = virt::buildDomainXml(p);

        QCOMPARE(p.name, QStringLiteral("hvbench-abc123-7"));
        QXmlStreamReader r(xml);
        QMap<QString, QString> seen;
        bool host = false, ownerSeen = false, channelSeen = false;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            const QString n = r.name().toString();
            if (n == QLatin1String("domain"))
                QCOMPARE(r.attributes().value(QLatin1String("type")).toString(), type);
            if (n == QLatin1String("owner")) {
                ownerSeen = true;
                QCOMPARE(r.namespaceUri().toString(), virt::kMetadataNs);
                QCOMPARE(r.attributes().value(QLatin1String("session")).toString(), p.sessionId);
                QCOMPARE(r.attributes().value(QLatin1String("spec")).toString(), p.spec.name);
            }
            if (n == QLatin1String("model") && r.attributes().hasAttribute(QLatin1String("type")))
                seen[QStringLiteral("nic")] = r.attributes().value(QLatin1String("type")).toString();
            if (n == QLatin1String("cpu"))
                host = r.attributes().value(QLatin1String("mode")) == QLatin1String("host-passthrough");
            if (n == QLatin1String("target") && r.attributes().value(QLatin1String("name")) == p.channelName)
                channelSeen = true;
            if (n == QLatin1String("vcpu") || n == QLatin1String("memory") || n == QLatin1String("name"))
                seen[n] = r.readElementText();
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QVERIFY(ownerSeen);
        QVERIFY(channelSeen);
        QCOMPARE(host, type == QLatin1String("kvm"));
        QCOMPARE(seen.value(QStringLiteral("nic")), nicModelName(NicModel(nic)));
        QCOMPARE(seen.value(QStringLiteral("vcpu")).toInt(), vcpus);
        QCOMPARE(seen.value(QStringLiteral("memory")).toInt(), mem);
        QCOMPARE(seen.value(QStringLiteral("name")), p.name);

        // libvirt's own schema
        const QString validator = QStringLiteral(VIRT_XML_VALIDATE);
        if (validator.isEmpty())
            QSKIP("virt-xml-validate (libvirt-clients) is not installed");
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(xml.toUtf8());
        f.close();
        QProcess v;
        v.start(validator, {f.fileName(), QStringLiteral("domain")});
        QVERIFY(v.waitForFinished(30000));
        QVERIFY2(v.exitCode() == 0, qPrintable(QString::fromUtf8(v.readAllStandardError() + v.readAllStandardOutput()) + xml));
    }
};

QTEST_GUILESS_MAIN(TstDomainXml)
#include "tst_domainxml.moc"
