// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/uri.h"

#include <QTest>

using namespace hvbench::virt;
using Params = QList<std::pair<QString, QString>>;

Q_DECLARE_METATYPE(hvbench::virt::Hypervisor)
Q_DECLARE_METATYPE(hvbench::virt::Transport)

class TestUri final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("error"); // "" = valid, else a fragment the message must contain
        const auto ok = [](const char *u) { QTest::newRow(u) << QString::fromUtf8(u) << QString(); };
        ok("qemu:///system");
        ok("qemu:///session");
        ok("qemu+ssh://root@node7/system");
        ok("qemu+ssh://user@host:2222/system?keyfile=/root/.ssh/id_ed25519&no_tty=1");
        ok("qemu+libssh2://user@host/system?known_hosts=/x");
        ok("qemu+tcp://node7/system");
        ok("qemu+tcp://node7:16509/system");
        ok("qemu+tls://node7.example.org/system");
        ok("qemu://node7/system");
        ok("qemu+ssh://[2001:db8::1]/system");
        ok("xen:///system");
        ok("xen:///");
        ok("test:///default");
        ok("test:///tmp/auth.xml");
        ok("test+unix:///default?socket=/tmp/x/libvirt-sock");
        ok("lxc:///system");
        ok("  qemu:///system  ");
        const auto bad = [](const char *tag, const char *u, const char *frag) {
            QTest::newRow(tag) << QString::fromUtf8(u) << QString::fromUtf8(frag);
        };
        bad("empty", "", "Type a libvirt URI");
        bad("missing colon", "qemu//system", "\"://\"");
        bad("one slash", "qemu:/system", "\"://\"");
        bad("no driver", "://host/system", "no driver name");
        bad("unknown scheme", "kvm:///system", "Unknown hypervisor driver \"kvm\"");
        bad("http", "http://example.org/", "Unknown hypervisor driver \"http\"");
        bad("unknown transport", "qemu+telnet://host/system", "Unknown transport \"telnet\"");
        bad("ssh no host", "qemu+ssh:///system", "names no host");
        bad("unix with host", "qemu+unix://node7/system", "remove the host");
        bad("qemu path", "qemu:///sytem", "/system");
        bad("qemu no path", "qemu+ssh://root@node7", "/system");
        bad("xen path", "xen:///foo", "/system");
        bad("test no path", "test://", "needs a path");
        bad("port 0", "qemu+tcp://node7:0/system", "between 1 and 65535");
        bad("port text", "qemu+tcp://node7:abc/system", "malformed");
        bad("space", "qemu:///sys tem", "space");
        bad("user without host", "qemu://root@/system", "no host");
        bad("empty param name", "qemu+ssh://h/system?=1", "no name");
    }
    void validate()
    {
        QFETCH(QString, uri);
        QFETCH(QString, error);
        const hvbench::Status s = validateUri(uri);
        if (error.isEmpty()) {
            QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        } else {
            QVERIFY2(!s.ok(), qPrintable(uri));
            QVERIFY2(s.errorMessage().contains(error), qPrintable(s.errorMessage()));
        }
    }

    void passwordNeverInMessages()
    {
        const hvbench::Status s = validateUri(QStringLiteral("qemu+ssh://joe:s3cret@node7/sytem"));
        QVERIFY(!s.ok());
        QVERIFY2(!s.errorMessage().contains(QLatin1String("s3cret")), qPrintable(s.errorMessage()));
        QCOMPARE(redactedUri(QStringLiteral("qemu+ssh://joe:s3cret@node7/system")),
                 QStringLiteral("qemu+ssh://joe@node7/system"));
        QCOMPARE(redactedUri(QStringLiteral("qemu+tcp://node7:16509/system")),
                 QStringLiteral("qemu+tcp://node7:16509/system"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<Hypervisor>("hv");
        QTest::addColumn<Transport>("transport");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("testConfig");
        QTest::addColumn<Params>("params");
        QTest::addColumn<QString>("uri");
        QTest::newRow("local system") << Hypervisor::Qemu << Transport::Local << QString() << QString() << 0
                                      << QString() << Params{} << QStringLiteral("qemu:///system");
        QTest::newRow("local session") << Hypervisor::QemuSession << Transport::Local << QString() << QString() << 0
                                       << QString() << Params{} << QStringLiteral("qemu:///session");
        QTest::newRow("ssh") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("root") << QStringLiteral("node7")
                             << 0 << QString() << Params{} << QStringLiteral("qemu+ssh://root@node7/system");
        QTest::newRow("ssh port params") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("joe")
                                         << QStringLiteral("h.example.org") << 2222 << QString()
                                         << Params{{QStringLiteral("no_tty"), QStringLiteral("1")}}
                                         << QStringLiteral("qemu+ssh://joe@h.example.org:2222/system?no_tty=1");
        QTest::newRow("tcp") << Hypervisor::Qemu << Transport::Tcp << QString() << QStringLiteral("node7") << 16509
                             << QString() << Params{} << QStringLiteral("qemu+tcp://node7:16509/system");
        QTest::newRow("tls") << Hypervisor::Qemu << Transport::Tls << QString() << QStringLiteral("node7") << 0
                             << QString() << Params{} << QStringLiteral("qemu+tls://node7/system");
        QTest::newRow("ipv6") << Hypervisor::Qemu << Transport::Ssh << QStringLiteral("root")
                              << QStringLiteral("2001:db8::1") << 0 << QString() << Params{}
                              << QStringLiteral("qemu+ssh://root@[2001:db8::1]/system");
        QTest::newRow("xen local") << Hypervisor::Xen << Transport::Local << QString() << QString() << 0 << QString()
                                   << Params{} << QStringLiteral("xen:///system");
        QTest::newRow("xen ssh") << Hypervisor::Xen << Transport::Ssh << QStringLiteral("root")
                                 << QStringLiteral("dom0") << 0 << QString() << Params{}
                                 << QStringLiteral("xen+ssh://root@dom0/system");
        QTest::newRow("test default") << Hypervisor::Test << Transport::Local << QString() << QString() << 0
                                      << QString() << Params{} << QStringLiteral("test:///default");
        QTest::newRow("test file") << Hypervisor::Test << Transport::Local << QString() << QString() << 0
                                   << QStringLiteral("/tmp/auth.xml") << Params{}
                                   << QStringLiteral("test:///tmp/auth.xml");
        QTest::newRow("test unix socket")
            << Hypervisor::Test << Transport::Unix << QString() << QString() << 0 << QString()
            << Params{{QStringLiteral("socket"), QStringLiteral("/tmp/d/libvirt-sock")}}
            << QStringLiteral("test+unix:///default?socket=/tmp/d/libvirt-sock");
    }
    void roundTrip()
    {
        QFETCH(Hypervisor, hv);
        QFETCH(Transport, transport);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, testConfig);
        QFETCH(Params, params);
        QFETCH(QString, uri);
        UriParts parts;
        parts.hypervisor = hv;
        parts.transport = transport;
        parts.user = user;
        parts.host = host;
        parts.port = port;
        parts.testConfig = testConfig;
        parts.params = params;
        const auto built = buildUri(parts);
        QVERIFY2(built.ok(), qPrintable(built.errorMessage()));
        QCOMPARE(*built, uri);
        const auto split = splitUri(uri);
        QVERIFY2(split.ok(), qPrintable(split.errorMessage()));
        QCOMPARE(split->hypervisor, hv);
        QCOMPARE(split->transport, transport);
        QCOMPARE(split->user, user);
        QCOMPARE(split->host, host);
        QCOMPARE(split->port, port);
        QCOMPARE(split->testConfig, testConfig);
        QCOMPARE(split->params, params);
    }

    void splitSpecialCases()
    {
        // A host without a transport is TLS (libvirt's default for remote URIs).
        auto p = splitUri(QStringLiteral("qemu://node7/system"));
        QVERIFY(p.ok());
        QCOMPARE(p->transport, Transport::Tls);
        // libssh2 keeps its flavour so the URI rebuilds unchanged.
        p = splitUri(QStringLiteral("qemu+libssh2://u@h/system"));
        QVERIFY(p.ok());
        QCOMPARE(p->transport, Transport::Ssh);
        QCOMPARE(buildUri(*p).value(), QStringLiteral("qemu+libssh2://u@h/system"));
        // Valid, but not one of the form's hypervisors: edit as text.
        p = splitUri(QStringLiteral("lxc:///system"));
        QVERIFY(!p.ok());
        QVERIFY2(p.errorMessage().contains(QLatin1String("as text")), qPrintable(p.errorMessage()));
        // Invalid input is reported by split too.
        QVERIFY(!splitUri(QStringLiteral("qemu//system")).ok());
    }

    void buildErrors_data()
    {
        QTest::addColumn<int>("transport");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("error");
        QTest::newRow("ssh without host")
            << int(Transport::Ssh) << QString() << QStringLiteral("root") << 0 << QStringLiteral("host name");
        QTest::newRow("local with host") << int(Transport::Local) << QStringLiteral("node7") << QString() << 0
                                         << QStringLiteral("remote transport");
        QTest::newRow("bad port") << int(Transport::Tcp) << QStringLiteral("node7") << QString() << 70000
                                  << QStringLiteral("65535");
    }
    void buildErrors()
    {
        QFETCH(int, transport);
        QFETCH(QString, host);
        QFETCH(QString, user);
        QFETCH(int, port);
        QFETCH(QString, error);
        UriParts parts;
        parts.transport = Transport(transport);
        parts.host = host;
        parts.user = user;
        parts.port = port;
        const auto r = buildUri(parts);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestUri)
#include "tst_uri.moc"
