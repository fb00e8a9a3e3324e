// SPDX-License-Identifier: GPL-3.0-or-later
// The "Add connection" form without widgets: every hypervisor × transport, users, hosts
// (names, IPv4, IPv6 with and without port), custom URIs, and bad input with its reason.
#include "virt/connectionform.h"

#include <QTest>

using namespace hvbench::virt;

Q_DECLARE_METATYPE(hvbench::virt::Hypervisor)
Q_DECLARE_METATYPE(hvbench::virt::Transport)

class TestConnectionForm final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<Hypervisor>("hv");
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("uri");   // "" = invalid
        QTest::addColumn<QString>("error"); // fragment of the reason when invalid

        // Every hypervisor × transport with a plain host (and no host for Local).
        const struct {
            Hypervisor hv;
            const char *driver;
            const char *path;
        } hvs[] = {{Hypervisor::Qemu, "qemu", "/system"},
                   {Hypervisor::QemuSession, "qemu", "/session"},
                   {Hypervisor::Xen, "xen", "/system"},
                   {Hypervisor::Test, "test", "/default"}};
        const struct {
            Transport t;
            const char *suffix;
        } ts[] = {{Transport::Local, ""}, {Transport::Ssh, "+ssh"}, {Transport::Tls, "+tls"}, {Transport::Tcp, "+tcp"}};
        for (const auto &h : hvs) {
            for (const auto &t : ts) {
                const bool local = t.t == Transport::Local;
                const QString uri = QString::fromLatin1(h.driver) + QString::fromLatin1(t.suffix) +
                                    QStringLiteral("://") + (local ? QString() : QStringLiteral("node7")) +
                                    QString::fromLatin1(h.path);
                QTest::addRow("%s%s %s", h.driver, h.path, t.suffix[0] ? t.suffix : "local")
                    << h.hv << t.t << QString() << (local ? QString() : QStringLiteral("node7")) << uri << QString();
            }
        }
        // Users, ports, addresses.
        QTest::newRow("ssh user") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("root")
                                  << QStringLiteral("node7.example.org")
                                  << QStringLiteral("qemu+ssh://root@node7.example.org/system") << QString();
        QTest::newRow("ssh user port") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("joe")
                                       << QStringLiteral("node7:2222")
                                       << QStringLiteral("qemu+ssh://joe@node7:2222/system") << QString();
        QTest::newRow("tcp port") << Hypervisor::Qemu << Transport::Tcp << QString() << QStringLiteral("10.0.0.7:16509")
                                  << QStringLiteral("qemu+tcp://10.0.0.7:16509/system") << QString();
        QTest::newRow("ipv6 bare") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("root")
                                   << QStringLiteral("2001:db8::1")
                                   << QStringLiteral("qemu+ssh://root@[2001:db8::1]/system") << QString();
        QTest::newRow("ipv6 brackets") << Hypervisor::Qemu << Transport::Ssh << QString()
                                       << QStringLiteral("[2001:db8::1]")
                                       << QStringLiteral("qemu+ssh://[2001:db8::1]/system") << QString();
        QTest::newRow("ipv6 port") << Hypervisor::Xen << Transport::Ssh << QStringLiteral("root")
                                   << QStringLiteral("[fe80::2]:22")
                                   << QStringLiteral("xen+ssh://root@[fe80::2]:22/system") << QString();
        QTest::newRow("session over ssh")
            << Hypervisor::QemuSession << Transport::Ssh << QStringLiteral("ann") << QStringLiteral("ws1")
            << QStringLiteral("qemu+ssh://ann@ws1/session") << QString();
        QTest::newRow("spaces trimmed") << Hypervisor::Qemu << Transport::Tls << QStringLiteral(" root ")
                                        << QStringLiteral(" node7 ") << QStringLiteral("qemu+tls://root@node7/system")
                                        << QString();
        QTest::newRow("local ignores host fields")
            << Hypervisor::Qemu << Transport::Local << QStringLiteral("root") << QStringLiteral("node7")
            << QStringLiteral("qemu:///system") << QString();
        // Bad input: the reason names what to change.
        QTest::newRow("ssh no host") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("root") << QString()
                                     << QString() << QStringLiteral("Type the host name");
        QTest::newRow("tls no host") << Hypervisor::Xen << Transport::Tls << QString() << QString() << QString()
                                     << QStringLiteral("Type the host name");
        QTest::newRow("port zero") << Hypervisor::Qemu << Transport::Tcp << QString() << QStringLiteral("node7:0")
                                   << QString() << QStringLiteral("between 1 and 65535");
        QTest::newRow("port too big") << Hypervisor::Qemu << Transport::Tcp << QString()
                                      << QStringLiteral("node7:70000") << QString()
                                      << QStringLiteral("between 1 and 65535");
        QTest::newRow("port text") << Hypervisor::Qemu << Transport::Ssh << QString() << QStringLiteral("node7:ssh")
                                   << QString() << QStringLiteral("must be a number");
        QTest::newRow("port only") << Hypervisor::Qemu << Transport::Ssh << QString() << QStringLiteral(":22")
                                   << QString() << QStringLiteral("no host");
        QTest::newRow("space in host") << Hypervisor::Qemu << Transport::Ssh << QString() << QStringLiteral("no de7")
                                       << QString() << QStringLiteral("space");
        QTest::newRow("user in host") << Hypervisor::Qemu << Transport::Ssh << QString() << QStringLiteral("root@node7")
                                      << QString() << QStringLiteral("user field");
        QTest::newRow("path in host") << Hypervisor::Qemu << Transport::Ssh << QString()
                                      << QStringLiteral("node7/system") << QString() << QStringLiteral("user field");
        QTest::newRow("unclosed ipv6") << Hypervisor::Qemu << Transport::Ssh << QString()
                                       << QStringLiteral("[2001:db8::1") << QString() << QStringLiteral("closing");
        QTest::newRow("junk after ipv6") << Hypervisor::Qemu << Transport::Ssh << QString()
                                         << QStringLiteral("[2001:db8::1]x") << QString() << QStringLiteral(":port");
        QTest::newRow("bad host chars") << Hypervisor::Qemu << Transport::Ssh << QString() << QStringLiteral("no<de>")
                                        << QString() << QStringLiteral("not a valid host");
        QTest::newRow("user with colon") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("joe:secret")
                                         << QStringLiteral("node7") << QString() << QStringLiteral("':' or '@'");
        QTest::newRow("user with at") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("joe@x")
                                      << QStringLiteral("node7") << QString() << QStringLiteral("':' or '@'");
        QTest::newRow("user with space") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("jo e")
                                         << QStringLiteral("node7") << QString() << QStringLiteral("space");
    }
    void build()
    {
        QFETCH(Hypervisor, hv);
        QFETCH(Transport, transport);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(QString, uri);
        QFETCH(QString, error);
        ConnectionForm f;
        f.hypervisor = hv;
        f.transport = transport;
        f.user = user;
        f.hostAndPort = host;
        const auto r = f.uri();
        if (uri.isEmpty()) {
            QVERIFY2(!r.ok(), qPrintable(r.ok() ? *r : QString()));
            QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
            QVERIFY(!r.errorMessage().contains(QLatin1String("secret")));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(*r, uri);
        QVERIFY(validateUri(*r).ok());
        // The form shown for that URI (Edit) gives the same URI back.
        const ConnectionForm back = ConnectionForm::fromUri(*r);
        QVERIFY(!back.custom);
        QCOMPARE(back.uri().value(), uri);
        QCOMPARE(back.hypervisor, hv);
        QCOMPARE(back.transport, transport);
    }

    void custom_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("uri"); // "" = refused
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("user");
        QTest::newRow("system") << QStringLiteral("qemu:///system") << QStringLiteral("qemu:///system") << QString()
                                << QString();
        QTest::newRow("trimmed") << QStringLiteral("  test:///default ") << QStringLiteral("test:///default")
                                 << QString() << QString();
        QTest::newRow("params") << QStringLiteral("qemu+ssh://root@node7/system?keyfile=/k&no_tty=1")
                                << QStringLiteral("qemu+ssh://root@node7/system?keyfile=/k&no_tty=1") << QString()
                                << QStringLiteral("root");
        QTest::newRow("lxc") << QStringLiteral("lxc:///system") << QStringLiteral("lxc:///system") << QString()
                             << QString();
        QTest::newRow("test file") << QStringLiteral("test:///tmp/x.xml") << QStringLiteral("test:///tmp/x.xml")
                                   << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("Type a libvirt URI") << QString();
        QTest::newRow("garbage") << QStringLiteral("hello") << QString() << QStringLiteral("not a libvirt URI")
                                 << QString();
        QTest::newRow("kvm driver") << QStringLiteral("kvm:///system") << QString()
                                    << QStringLiteral("Unknown hypervisor driver") << QString();
        QTest::newRow("password") << QStringLiteral("qemu+ssh://joe:s3cret@node7/system") << QString()
                                  << QStringLiteral("contains a password") << QString();
        QTest::newRow("bad path") << QStringLiteral("qemu:///sytem") << QString() << QStringLiteral("/system")
                                  << QString();
    }
    void custom()
    {
        QFETCH(QString, typed);
        QFETCH(QString, uri);
        QFETCH(QString, error);
        QFETCH(QString, user);
        ConnectionForm f;
        f.custom = true;
        f.hypervisor = Hypervisor::Xen; // ignored in custom mode
        f.transport = Transport::Ssh;
        f.hostAndPort = QStringLiteral("ignored");
        f.customUri = typed;
        const auto r = f.uri();
        if (uri.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
            QVERIFY2(!r.errorMessage().contains(QLatin1String("s3cret")), qPrintable(r.errorMessage()));
        } else {
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            QCOMPARE(*r, uri);
            QCOMPARE(f.effectiveUser(), user);
        }
    }

    void fromUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("custom");
        QTest::addColumn<QString>("hostAndPort");
        QTest::newRow("local") << QStringLiteral("qemu:///system") << false << QString();
        QTest::newRow("ssh port") << QStringLiteral("qemu+ssh://root@node7:2222/system") << false
                                  << QStringLiteral("node7:2222");
        QTest::newRow("ipv6 port") << QStringLiteral("qemu+ssh://[2001:db8::1]:22/system") << false
                                   << QStringLiteral("[2001:db8::1]:22");
        QTest::newRow("ipv6") << QStringLiteral("qemu+tls://[2001:db8::1]/system") << false
                              << QStringLiteral("2001:db8::1");
        QTest::newRow("params are text") << QStringLiteral("qemu+ssh://h/system?no_tty=1") << true << QString();
        QTest::newRow("libssh2 is text") << QStringLiteral("qemu+libssh2://u@h/system") << true << QString();
        QTest::newRow("implicit tls is text") << QStringLiteral("qemu://node7/system") << true << QString();
        QTest::newRow("unix is text") << QStringLiteral("test+unix:///default?socket=/s") << true << QString();
        QTest::newRow("test file is text") << QStringLiteral("test:///tmp/a.xml") << true << QString();
        QTest::newRow("other driver") << QStringLiteral("lxc:///system") << true << QString();
        QTest::newRow("invalid") << QStringLiteral("qemu//system") << true << QString();
    }
    void fromUri()
    {
        QFETCH(QString, uri);
        QFETCH(bool, custom);
        QFETCH(QString, hostAndPort);
        const ConnectionForm f = ConnectionForm::fromUri(uri);
        QCOMPARE(f.custom, custom);
        if (custom) {
            QCOMPARE(f.customUri, uri);
        } else {
            QCOMPARE(f.hostAndPort, hostAndPort);
            QCOMPARE(f.uri().value(), uri);
        }
    }

    void effectiveUser()
    {
        ConnectionForm f;
        f.transport = Transport::Local;
        f.user = QStringLiteral("root");
        QCOMPARE(f.effectiveUser(), QString()); // no user for the local socket
        f.transport = Transport::Tcp;
        QCOMPARE(f.effectiveUser(), QStringLiteral("root"));
        QVERIFY(f.isRemote());
    }
};

QTEST_GUILESS_MAIN(TestConnectionForm)
#include "tst_connectionform.moc"
