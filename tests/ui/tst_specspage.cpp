// SPDX-License-Identifier: GPL-3.0-or-later
// The VM specs page: list actions (duplicate, rename, delete with its question, the last spec),
// editor → session, and the live check against a host's capabilities.
#include "../tcghost.h"
#include "byname.h"
#include "model/sessiondocument.h"
#include "models/specslistmodel.h"
#include "pages/specspage.h"
#include "pages/vmspecform.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace hvbench;

namespace {
constexpr qint64 kMiB = 1024 * 1024;

// A TCG host without Xen: 2 CPUs, 4096 MiB, a "default" dir pool with 2 GiB free.
virt::HostInfo tcgHost()
{
    virt::HostInfo h = test::tcgHost(4096, 10 * 1024 * kMiB, 2 * 1024 * kMiB);
    h.hostname = QStringLiteral("tcgbox");
    return h;
}

VmSpec named(const QString &name)
{
    VmSpec s;
    s.name = name;
    return s;
}

Session sessionWith(const QList<VmSpec> &specs)
{
    Session s;
    s.id = QStringLiteral("t1");
    s.specs = specs;
    s.matrix.vmCounts = {1};
    return s;
}

using test::byName;

VmSpec xenPv()
{
    VmSpec s = named(QStringLiteral("xen-pv"));
    s.hypervisor = Hypervisor::XenPv;
    s.nic = NicModel::Netfront;
    s.network = NetworkMode::Isolated;
    return s;
}
} // namespace

class TstSpecsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsSessionAndFollowsReset()
    {
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("a")), named(QStringLiteral("b"))}));
        SpecsPage page(&doc);
        QCOMPARE(page.listView()->model()->rowCount(), 2);
        QCOMPARE(page.currentRow(), 0);
        QCOMPARE(page.form()->spec(), doc.session().specs.at(0));
        page.selectRow(1);
        QCOMPARE(page.form()->spec().name, QStringLiteral("b"));

        VmSpec c = named(QStringLiteral("c"));
        c.vcpus = 4;
        doc.reset(sessionWith({c}));
        QCOMPARE(page.listView()->model()->rowCount(), 1);
        QCOMPARE(page.currentRow(), 0);
        QCOMPARE(page.form()->spec(), c);
        QVERIFY(page.hostLabel()->text().contains(QStringLiteral("No host selected")));
    }

    void duplicateMakesUniqueNameAndSelectsIt()
    {
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("x")), named(QStringLiteral("x (copy)"))}));
        SpecsPage page(&doc);
        page.selectRow(0);
        page.duplicateAction()->trigger();
        QCOMPARE(doc.session().specs.size(), 3);
        QCOMPARE(doc.session().specs.at(1).name, QStringLiteral("x (copy 2)"));
        QCOMPARE(page.currentRow(), 1);
        QCOMPARE(page.form()->spec().name, QStringLiteral("x (copy 2)"));
        page.newAction()->trigger();
        QCOMPARE(page.currentRow(), 3);
        QCOMPARE(doc.session().specs.at(3).name, QStringLiteral("new-vm"));
        QVERIFY(doc.session().validate());
    }

    void keyboardShortcuts()
    {
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("a")), named(QStringLiteral("b"))}));
        SpecsPage page(&doc);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.listView()->setFocus();
        page.selectRow(0);
        QTest::keyClick(page.listView(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(doc.session().specNames().at(1), QStringLiteral("a (copy)"));
        QTest::keyClick(page.listView(), Qt::Key_Insert);
        QCOMPARE(doc.session().specNames().last(), QStringLiteral("new-vm"));
        QTest::keyClick(page.listView(), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(doc.session().specNames().at(2), QStringLiteral("new-vm"));
        QTest::keyClick(page.listView(), Qt::Key_Delete);
        QVERIFY(page.pendingConfirmation());
        page.pendingConfirmation()->button(QMessageBox::Yes)->click();
        QVERIFY(!doc.session().specNames().contains(QStringLiteral("new-vm")));
    }

    void renameRefusedWithReason_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("existing") << QStringLiteral("b") << QStringLiteral("already called \"b\"");
        QTest::newRow("empty") << QString() << QStringLiteral("needs a name");
    }
    void renameRefusedWithReason()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("a")), named(QStringLiteral("b"))}));
        SpecsPage page(&doc);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRow(0);
        // Inline edit, as F2 / Rename does.
        page.renameAction()->trigger();
        auto *editor = qobject_cast<QLineEdit *>(page.listView()->indexWidget(page.listView()->currentIndex()));
        QVERIFY(editor);
        // The list's shortcuts leave the editor's keys alone (Delete deletes a character).
        QTest::keyClick(editor, Qt::Key_Home);
        QTest::keyClick(editor, Qt::Key_Delete);
        QVERIFY(!page.pendingConfirmation());
        QCOMPARE(editor->text(), QString());
        editor->setText(name);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
        QCOMPARE(doc.session().specNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(page.messageLabel()->isVisible());
        QVERIFY2(page.messageLabel()->text().contains(reason), qPrintable(page.messageLabel()->text()));

        // The editor's name field is held to the same rule: not saved, and says why.
        auto *nameEdit = byName<QLineEdit>(*page.form(), QStringLiteral("Configuration name"));
        QVERIFY(nameEdit);
        nameEdit->setText(name);
        Q_EMIT nameEdit->editingFinished();
        QCOMPARE(doc.session().specNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY2(page.verdictLabel()->text().contains(reason), qPrintable(page.verdictLabel()->text()));
        QVERIFY(page.verdictLabel()->text().contains(QStringLiteral("Not saved")));

        // A good name goes through.
        page.renameAction()->trigger();
        editor = qobject_cast<QLineEdit *>(page.listView()->indexWidget(page.listView()->currentIndex()));
        QVERIFY(editor);
        editor->setText(QStringLiteral("alpha"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate commits through a queued call
        QCOMPARE(doc.session().specNames(), (QStringList{QStringLiteral("alpha"), QStringLiteral("b")}));
        QCOMPARE(page.form()->spec().name, QStringLiteral("alpha"));
    }

    void deleteAsksFirst()
    {
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("a")), named(QStringLiteral("b"))}));
        SpecsPage page(&doc);
        page.show();
        page.selectRow(0);
        page.deleteAction()->trigger();
        QMessageBox *box = page.pendingConfirmation();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("\"a\"")));
        QCOMPARE(doc.session().specs.size(), 2); // nothing yet
        box->button(QMessageBox::No)->click();
        QVERIFY(!page.pendingConfirmation());
        QCOMPARE(doc.session().specs.size(), 2);

        page.deleteAction()->trigger();
        box = page.pendingConfirmation();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(doc.session().specNames(), QStringList{QStringLiteral("b")});
        QCOMPARE(page.currentRow(), 0);
        QCOMPARE(page.form()->spec().name, QStringLiteral("b"));

        // The last spec: no question, the reason instead.
        page.deleteAction()->trigger();
        QVERIFY(!page.pendingConfirmation());
        QCOMPARE(doc.session().specs.size(), 1);
        QVERIFY(page.messageLabel()->isVisible());
        QVERIFY2(page.messageLabel()->text().contains(QStringLiteral("at least one")),
                 qPrintable(page.messageLabel()->text()));
    }

    void formEditsReachSession()
    {
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("a")), named(QStringLiteral("b"))}));
        SpecsPage page(&doc);
        page.selectRow(1);
        auto *vcpus = byName<QSpinBox>(*page.form(), QStringLiteral("vCPUs"));
        QVERIFY(vcpus);
        vcpus->setValue(3);
        QCOMPARE(doc.session().specs.at(1).vcpus, 3);
        QCOMPARE(doc.session().specs.at(0).vcpus, 1);
        QVERIFY(page.listView()->model()->index(1, 0).data().toString().contains(QStringLiteral("3 vCPUs")));
        QVERIFY(doc.isModified());
        // Moving keeps the selection on the spec.
        page.moveUp();
        QCOMPARE(doc.session().specNames(), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(page.currentRow(), 0);
        QCOMPARE(page.form()->spec().vcpus, 3);
    }

    void hostRefusals_data()
    {
        QTest::addColumn<VmSpec>("spec");
        QTest::addColumn<QString>("reason"); // empty = runnable
        QTest::newRow("xen pv") << xenPv() << QStringLiteral("Xen PV needs a Xen host");
        VmSpec hvm = xenPv();
        hvm.hypervisor = Hypervisor::XenHvm;
        hvm.nic = NicModel::E1000;
        QTest::newRow("xen hvm") << hvm << QStringLiteral("Xen HVM needs a Xen host");
        VmSpec kvm = named(QStringLiteral("kvm"));
        kvm.hypervisor = Hypervisor::Kvm;
        QTest::newRow("kvm without /dev/kvm") << kvm << QStringLiteral("KVM needs hardware virtualisation");
        VmSpec big = named(QStringLiteral("big"));
        big.memoryMiB = 8192;
        QTest::newRow("ram above host") << big << QStringLiteral("has only 4096 MiB");
        VmSpec pool = named(QStringLiteral("pool"));
        pool.disk = DiskBackend::File;
        pool.pool = QStringLiteral("fast");
        QTest::newRow("pool missing") << pool << QStringLiteral("\"fast\" does not exist");
        VmSpec lvm = named(QStringLiteral("lvm"));
        lvm.disk = DiskBackend::LogicalVolume;
        QTest::newRow("lvm in a dir pool") << lvm << QStringLiteral("needs a logical");
        VmSpec huge = named(QStringLiteral("huge"));
        huge.disk = DiskBackend::File;
        huge.dataDiskMiB = 8192;
        QTest::newRow("disk above pool free") << huge << QStringLiteral("2048 MiB free");
        VmSpec ok = named(QStringLiteral("ok"));
        ok.disk = DiskBackend::File;
        ok.dataDiskMiB = 1024;
        QTest::newRow("ok") << ok << QString();
    }
    void hostRefusals()
    {
        QFETCH(VmSpec, spec);
        QFETCH(QString, reason);
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("first")), spec}));
        SpecsPage page(&doc);
        page.show();
        page.selectRow(1);
        QVERIFY(page.hostLabel()->text().contains(QStringLiteral("No host selected")));
        QVERIFY(page.verdictLabel()->isHidden());

        page.setHostInfo(tcgHost());
        QVERIFY(page.hostLabel()->text().contains(QStringLiteral("qemu:///system")));
        const QString verdict = page.verdictLabel()->text();
        QVERIFY(page.verdictLabel()->isVisible());
        const auto fit =
            SpecsListModel::HostFit(page.listView()->model()->index(1, 0).data(SpecsListModel::FitRole).toInt());
        if (reason.isEmpty()) {
            QVERIFY2(!verdict.contains(QStringLiteral("cannot")), qPrintable(verdict));
            QVERIFY2(verdict.contains(QStringLiteral("can run")), qPrintable(verdict));
            QVERIFY(fit != SpecsListModel::HostFit::Refused);
            // TCG: the emulation warning is shown, not an error.
            QVERIFY(page.warningsLabel()->text().contains(QStringLiteral("TCG")));
        } else {
            QVERIFY2(verdict.contains(QStringLiteral("cannot run")), qPrintable(verdict));
            QVERIFY2(verdict.contains(reason), qPrintable(verdict));
            QCOMPARE(fit, SpecsListModel::HostFit::Refused);
            const QString tip = page.listView()->model()->index(1, 0).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(reason), qPrintable(tip));
        }
    }

    void checkFollowsEdits()
    {
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("a"))}));
        SpecsPage page(&doc);
        page.show();
        page.setHostInfo(tcgHost());
        QVERIFY(!page.verdictLabel()->text().contains(QStringLiteral("cannot")));
        auto *ram = byName<QSpinBox>(*page.form(), QStringLiteral("RAM"));
        QVERIFY(ram);
        ram->setValue(8192);
        QVERIFY2(page.verdictLabel()->text().contains(QStringLiteral("has only 4096 MiB")),
                 qPrintable(page.verdictLabel()->text()));
        auto *hv = byName<QComboBox>(*page.form(), QStringLiteral("Hypervisor"));
        ram->setValue(512);
        hv->setCurrentIndex(hv->findData(int(Hypervisor::XenPv)));
        QCOMPARE(doc.session().specs.first().hypervisor, Hypervisor::XenPv);
        QVERIFY2(page.verdictLabel()->text().contains(QStringLiteral("Xen PV needs a Xen host")),
                 qPrintable(page.verdictLabel()->text()));
        hv->setCurrentIndex(hv->findData(int(Hypervisor::QemuTcg)));
        QVERIFY2(page.verdictLabel()->text().contains(QStringLiteral("can run")),
                 qPrintable(page.verdictLabel()->text()));
    }

    void recordedHostUntilLiveOne()
    {
        SessionDocument doc;
        Session s = sessionWith({xenPv()});
        s.manifest.insert(QStringLiteral("host"), tcgHost().toJson());
        doc.reset(s);
        SpecsPage page(&doc);
        QVERIFY2(page.hostLabel()->text().contains(QStringLiteral("recorded")), qPrintable(page.hostLabel()->text()));
        QVERIFY(page.verdictLabel()->text().contains(QStringLiteral("Xen PV needs a Xen host")));
        virt::HostInfo xen = tcgHost();
        xen.uri = QStringLiteral("xen:///system");
        xen.xen = true;
        xen.driver = QStringLiteral("Xen");
        xen.guests = {
            virt::GuestCapability{QStringLiteral("xen"), QStringLiteral("x86_64"), QStringLiteral("xen"), {}}};
        page.setHostInfo(xen);
        QVERIFY(!page.hostLabel()->text().contains(QStringLiteral("recorded")));
        QVERIFY2(page.verdictLabel()->text().contains(QStringLiteral("can run")),
                 qPrintable(page.verdictLabel()->text()));
    }

    // Not a check: renders the page for a human to look at when HVBENCH_SCREENSHOT_DIR is set.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("HVBENCH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set HVBENCH_SCREENSHOT_DIR to render the page");
        VmSpec kvm = named(QStringLiteral("kvm-e1000-file"));
        kvm.hypervisor = Hypervisor::QemuTcg;
        kvm.memoryMiB = 2048;
        kvm.nic = NicModel::E1000;
        kvm.disk = DiskBackend::File;
        kvm.dataDiskMiB = 1024;
        VmSpec big = named(QStringLiteral("big-ram"));
        big.memoryMiB = 8192;
        big.vcpus = 4;
        SessionDocument doc;
        doc.reset(sessionWith({named(QStringLiteral("vm-virtio")), kvm, xenPv(), big}));
        SpecsPage page(&doc);
        page.resize(1100, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.selectRow(3);
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/specspage-nohost.png")));
        page.setHostInfo(tcgHost());
        for (int row : {2, 1}) {
            page.selectRow(row);
            QCoreApplication::processEvents(); // let the layouts settle
            QVERIFY(page.grab().save(dir + QStringLiteral("/specspage-%1.png").arg(row)));
        }
        // Renaming, refused.
        page.selectRow(0);
        page.renameAction()->trigger();
        auto *editor = qobject_cast<QLineEdit *>(page.listView()->indexWidget(page.listView()->currentIndex()));
        QVERIFY(editor);
        editor->setText(QStringLiteral("big-ram"));
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents();
        page.renameAction()->trigger();
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(dir + QStringLiteral("/specspage-rename.png")));
    }
};

QTEST_MAIN(TstSpecsPage)
#include "tst_specspage.moc"
