// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/agentlink.h"
#include "guest/agentprotocol.h"

#include <QJsonDocument>
#include <QtTest>

using namespace hvbench;

namespace {
class FakeLink final : public agent::AgentLink {
public:
    void send(const QByteArray &line) override { sent << line; }
    QString describe() const override { return QStringLiteral("fake"); }
    void push(const QByteArray &b) { feed(b); }
    QList<QByteArray> sent;
};
} // namespace

class TstAgentProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expect");
        QTest::addRow("hello") << QByteArray(R"({"type":"hello","proto":1,"agent":"0.1.0"})") << true << QStringLiteral("hello");
        QTest::addRow("crlf") << QByteArray("{\"type\":\"bye\",\"proto\":1}\r") << true << QStringLiteral("bye");
        QTest::addRow("older proto ok") << QByteArray(R"({"type":"x","proto":0})") << true << QStringLiteral("x");
        QTest::addRow("garbage") << QByteArray("Segmentation fault") << false << QStringLiteral("not a protocol message");
        QTest::addRow("array") << QByteArray("[1]") << false << QStringLiteral("not a protocol message");
        QTest::addRow("no type") << QByteArray(R"({"proto":1})") << false << QStringLiteral("type");
        QTest::addRow("type number") << QByteArray(R"({"type":3,"proto":1})") << false << QStringLiteral("type");
        QTest::addRow("no proto") << QByteArray(R"({"type":"hello"})") << false << QStringLiteral("protocol version");
        QTest::addRow("fractional proto") << QByteArray(R"({"type":"hello","proto":1.5})") << false << QStringLiteral("protocol version");
        QTest::addRow("newer proto") << QByteArray(R"({"type":"hello","proto":2})") << false << QStringLiteral("rebuild");
    }
    void parse()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, ok);
        QFETCH(QString, expect);
        auto r = agent::parseLine(line);
        QCOMPARE(r.ok(), ok);
        if (ok)
            QCOMPARE(r->value(QStringLiteral("type")).toString(), expect);
        else
            QVERIFY2(r.errorMessage().contains(expect), qPrintable(r.errorMessage()));
    }

    void commands()
    {
        const auto run = QJsonDocument::fromJson(agent::runPiLine(QStringLiteral("r1"), 500)).object();
        QCOMPARE(run.value(QStringLiteral("type")).toString(), QStringLiteral("run"));
        QCOMPARE(run.value(QStringLiteral("proto")).toInt(), agent::protocolVersion());
        QCOMPARE(run.value(QStringLiteral("params")).toObject().value(QStringLiteral("digits")).toInt(), 500);
        const auto dflt = QJsonDocument::fromJson(agent::runPiLine(QStringLiteral("r2"), 0)).object();
        QVERIFY(!dflt.value(QStringLiteral("params")).toObject().contains(QStringLiteral("digits")));
        QVERIFY(agent::pingLine().endsWith('\n'));
        QVERIFY(agent::shutdownLine().contains("shutdown"));
        QCOMPARE(agent::portName(), QStringLiteral("org.hvbench.agent.0"));
    }

    void lineSplitting()
    {
        FakeLink link;
        QSignalSpy msgs(&link, &agent::AgentLink::messageReceived);
        QSignalSpy garbage(&link, &agent::AgentLink::garbageReceived);
        link.push("{\"type\":\"hello\",\"pro");
        QCOMPARE(msgs.size(), 0);
        link.push("to\":1}\n\n{\"type\":\"bye\",\"proto\":1}\nnoise\n{\"type\"");
        QCOMPARE(msgs.size(), 2);
        QCOMPARE(garbage.size(), 1);
        link.push(":\"result\",\"proto\":1}\n");
        QCOMPARE(msgs.size(), 3);
        QCOMPARE(msgs.at(2).at(0).toJsonObject().value(QStringLiteral("type")).toString(), QStringLiteral("result"));
    }
};

QTEST_GUILESS_MAIN(TstAgentProtocol)
#include "tst_agentprotocol.moc"
