// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in reference: it loads from the compiled-in resource, cites its source and holds
// exactly the paper's published figures (Table I: 3.42, 4.55, 2.02, 4.07; §6.3: ~2, ~2, ~5 %).
// Broken references are errors, and the spec → paper hypervisor mapping.
#include "analysis/reference.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

Q_DECLARE_METATYPE(hvbench::Hypervisor)

using namespace hvbench;
using analysis::ReferenceRow;

namespace {
const ReferenceRow *find(const QList<ReferenceRow> &rows, const QString &benchmark, const QString &label, int vms)
{
    for (const ReferenceRow &r : rows)
        if (r.benchmark == benchmark && r.label == label && r.vmCount == vms)
            return &r;
    return nullptr;
}
QByteArray builtIn()
{
    QFile f(analysis::builtInReferencePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TstReference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void loadsWithItsSource()
    {
        const auto ref = analysis::loadReference();
        QVERIFY2(ref.ok(), qPrintable(ref.errorMessage()));
        QCOMPARE(ref->title, QStringLiteral("Measuring performances of linux hypervisors"));
        QCOMPARE(ref->authors, (QStringList{QStringLiteral("A. Chierici"), QStringLiteral("R. Veraldi"),
                                            QStringLiteral("D. Salomoni")}));
        QCOMPARE(ref->year, 2009);
        QVERIFY(ref->citation().contains(QStringLiteral("Chierici")));
        QVERIFY(ref->host.contains(QStringLiteral("E5420")));
        QVERIFY(ref->host.contains(QStringLiteral("16 GB")));
        QCOMPARE(ref->hypervisors, QStringLiteral("KVM 83, Xen 3.2.1"));
        QVERIFY(ref->guestOs.contains(QStringLiteral("SLC 4.5")));
        QVERIFY(ref->guestOs.contains(QStringLiteral("SLC")) && ref->guestOs.contains(QStringLiteral("5.3")));
        QCOMPARE(ref->rows.size(), 7); // nothing beyond what the paper states
    }

    void tableOneAsPublished_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("hypervisor");
        QTest::addColumn<int>("vms");
        QTest::addColumn<double>("loss");
        QTest::newRow("kvm") << QStringLiteral("E5420 kvm") << QStringLiteral("kvm") << 8 << 3.42;
        QTest::newRow("xen-hvm") << QStringLiteral("E5420 xen-hvm") << QStringLiteral("xen-hvm") << 8 << 4.55;
        QTest::newRow("xen-para") << QStringLiteral("E5420 xen-para") << QStringLiteral("xen-para") << 8 << 2.02;
        QTest::newRow("E5410 yardstick") << QStringLiteral("E5410 vs E5420") << QString() << 0 << 4.07;
    }
    void tableOneAsPublished()
    {
        QFETCH(QString, label);
        QFETCH(QString, hypervisor);
        QFETCH(int, vms);
        QFETCH(double, loss);
        const auto ref = analysis::loadReference();
        QVERIFY(ref.ok());
        const ReferenceRow *r = find(ref->rows, QStringLiteral("cpu-score"), label, vms);
        QVERIFY(r);
        QCOMPARE(r->lossPct, loss);
        QCOMPARE(r->hypervisor, hypervisor);
        QCOMPARE(r->yardstick, hypervisor.isEmpty());
        QCOMPARE(r->metric, QStringLiteral("score_per_copy_mips"));
        QVERIFY(r->measure.contains(QStringLiteral("HEP-SPEC06")));
        QCOMPARE(r->where, QStringLiteral("Table I"));
        QVERIFY(!r->approximate);
    }

    void piStatementsAsPublished_data()
    {
        QTest::addColumn<int>("vms");
        QTest::addColumn<double>("loss");
        QTest::addColumn<QString>("words");
        QTest::newRow("1 guest") << 1 << 2.0 << QStringLiteral("difference of about 2%");
        QTest::newRow("8 guests") << 8 << 2.0 << QStringLiteral("around 2%");
        QTest::newRow("17 guests") << 17 << 5.0 << QStringLiteral("average difference of around 5%");
    }
    void piStatementsAsPublished()
    {
        QFETCH(int, vms);
        QFETCH(double, loss);
        QFETCH(QString, words);
        const auto ref = analysis::loadReference();
        QVERIFY(ref.ok());
        const ReferenceRow *r = nullptr;
        for (const ReferenceRow &x : ref->rows)
            if (x.benchmark == QLatin1String("pi") && x.vmCount == vms)
                r = &x;
        QVERIFY(r);
        QCOMPARE(r->lossPct, loss);
        QCOMPARE(r->hypervisor, QStringLiteral("kvm"));
        QCOMPARE(r->metric, QStringLiteral("cycles"));
        QVERIFY(r->approximate);
        QVERIFY2(r->words.contains(words), qPrintable(r->words));
    }

    void brokenReferences_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << QByteArray("{nope") << QStringLiteral("not valid JSON");
        QTest::newRow("other format") << QByteArray(R"({"format":"x","formatVersion":1})")
                                      << QStringLiteral("not an hvbench reference");
        QByteArray b = builtIn();
        QTest::newRow("unknown benchmark")
            << QByteArray(b).replace("\"cpu-score\"", "\"hepspec\"") << QStringLiteral("unknown benchmark");
        QTest::newRow("unknown figure") << QByteArray(b).replace("\"cycles\"", "\"seconds\"")
                                        << QStringLiteral("no figure");
        QTest::newRow("unknown hypervisor")
            << QByteArray(b).replace("\"xen-para\"", "\"vmware\"") << QStringLiteral("unknown hypervisor");
        QTest::newRow("loss not a number")
            << QByteArray(b).replace("\"loss_pct\": 3.42", "\"loss_pct\": \"3.42\"") << QStringLiteral("loss_pct");
    }
    void brokenReferences()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto ref = analysis::referenceFromJson(json);
        QVERIFY(!ref.ok());
        QVERIFY2(ref.errorMessage().contains(expected), qPrintable(ref.errorMessage()));
    }

    void missingFile()
    {
        const auto ref = analysis::loadReference(QStringLiteral("/nonexistent/ref.json"));
        QVERIFY(!ref.ok());
        QVERIFY(ref.errorMessage().contains(QStringLiteral("/nonexistent/ref.json")));
    }

    void hypervisorKinds_data()
    {
        QTest::addColumn<Hypervisor>("h");
        QTest::addColumn<QString>("kind");
        QTest::newRow("kvm") << Hypervisor::Kvm << QStringLiteral("kvm");
        QTest::newRow("qemu") << Hypervisor::QemuTcg << QStringLiteral("kvm");
        QTest::newRow("auto") << Hypervisor::Auto << QStringLiteral("kvm");
        QTest::newRow("xen pv") << Hypervisor::XenPv << QStringLiteral("xen-para");
        QTest::newRow("xen hvm") << Hypervisor::XenHvm << QStringLiteral("xen-hvm");
    }
    void hypervisorKinds()
    {
        QFETCH(Hypervisor, h);
        QFETCH(QString, kind);
        QCOMPARE(analysis::paperHypervisorKind(h), kind);
    }
};

QTEST_GUILESS_MAIN(TstReference)
#include "tst_reference.moc"
