// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/externalscore.h"

#include <QJsonArray>
#include <QtTest>

using namespace hvbench;
using namespace hvbench::bench;

namespace {
ExternalScoreSpec jsonSpec(const QString &path)
{
    ExternalScoreSpec s;
    s.argv = QStringList{QStringLiteral("hep-score"), QStringLiteral("-v")};
    s.jsonPath = path;
    s.unit = QStringLiteral("HEPscore23");
    return s;
}

ExternalScoreSpec regexSpec(const QString &regex)
{
    ExternalScoreSpec s;
    s.argv = QStringList{QStringLiteral("runspec"), QStringLiteral("--config=hs06.cfg")};
    s.regex = regex;
    s.unit = QStringLiteral("HS06");
    return s;
}

// HEPscore23-like report, after log lines (one of which starts with '[').
const QByteArray kHepscore = R"(2024-05-01 10:00:00 hepscore INFO starting
[hepscore] running 7 workloads
{"score": 1234.5, "score_per_core": 77.1,
 "wl-scores": {"atlas-gen-bmk": 12.25, "cms-reco-bmk": "17.5", "lhcb-sim-bmk": "1,234.5", "flag": true},
 "results": [{"name": "a", "value": 3}, {"name": "b", "value": 4.5e2}],
 "app_info": {"hepscore_ver": "1.5"}}
done in 3600 s
)";
} // namespace

class TstExternalScore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void jsonPaths_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("path");
        QTest::addColumn<double>("score");
        QTest::addRow("top-level key") << kHepscore << QStringLiteral("score") << 1234.5;
        QTest::addRow("key with '-' and '_'") << kHepscore << QStringLiteral("wl-scores.atlas-gen-bmk") << 12.25;
        QTest::addRow("number in a string") << kHepscore << QStringLiteral("wl-scores.cms-reco-bmk") << 17.5;
        QTest::addRow("array index") << kHepscore << QStringLiteral("results[1].value") << 450.0;
        QTest::addRow("first element") << kHepscore << QStringLiteral("results[0].value") << 3.0;
        QTest::addRow("top-level array") << QByteArray(R"([{"s":1},{"s":2.5}])") << QStringLiteral("[1].s") << 2.5;
        QTest::addRow("nested indices") << QByteArray(R"({"m":[[1,2],[3,4]]})") << QStringLiteral("m[1][0]") << 3.0;
        QTest::addRow("no noise") << QByteArray(R"({"score":7})") << QStringLiteral("score") << 7.0;
        QTest::addRow("noise with braces first")
            << QByteArray("config {threads=4}\n[1] start\n{\"score\": 9}\n") << QStringLiteral("score") << 9.0;
        QTest::addRow("negative exponent") << QByteArray(R"({"x":-1.5e-3})") << QStringLiteral("x") << -0.0015;
    }

    void jsonPaths()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, path);
        const ExternalScoreSpec spec = jsonSpec(path);
        QVERIFY2(spec.validate().ok(), qPrintable(spec.validate().errorMessage()));
        const auto r = extractScore(spec, out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QTEST(*r, "score");
    }

    void jsonPathsBad_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("needles");
        QTest::addRow("missing key") << kHepscore << QStringLiteral("wl-scores.alice-bmk")
                                     << QStringList{QStringLiteral("\"wl-scores\" has no key \"alice-bmk\""),
                                                    QStringLiteral("atlas-gen-bmk"), QStringLiteral("hep-score")};
        QTest::addRow("index out of range") << kHepscore << QStringLiteral("results[2].value")
                                            << QStringList{QStringLiteral("\"results\" has 2 element(s), no [2]")};
        QTest::addRow("index on an object") << kHepscore << QStringLiteral("score[0]")
                                            << QStringList{QStringLiteral("\"score\" is a number, not an array")};
        QTest::addRow("key on an array") << kHepscore << QStringLiteral("results.value")
                                         << QStringList{QStringLiteral("\"results\" is an array")};
        QTest::addRow("object, not a number") << kHepscore << QStringLiteral("app_info")
                                              << QStringList{QStringLiteral("\"app_info\" is an object, not a number")};
        QTest::addRow("bool") << kHepscore << QStringLiteral("wl-scores.flag")
                              << QStringList{QStringLiteral("is true, not a number")};
        QTest::addRow("thousands separator in a string")
            << kHepscore << QStringLiteral("wl-scores.lhcb-sim-bmk")
            << QStringList{QStringLiteral("the string \"1,234.5\", not a number")};
        QTest::addRow("no JSON at all") << QByteArray("Segmentation fault (core dumped)\n") << QStringLiteral("score")
                                        << QStringList{QStringLiteral("holds no JSON document"),
                                                       QStringLiteral("\"Segmentation fault (core dumped)\"")};
        QTest::addRow("truncated JSON") << QByteArray(R"(log {"score": 12, "wl-scores": {)") << QStringLiteral("score")
                                        << QStringList{QStringLiteral("holds no JSON document")};
        QTest::addRow("output quoted at most 200 characters")
            << QByteArray(300, 'x') << QStringLiteral("score")
            << QStringList{QStringLiteral("\"") + QString(200, QLatin1Char('x')) + QStringLiteral("…\"")};
    }

    void jsonPathsBad()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, path);
        QFETCH(QStringList, needles);
        const auto r = extractScore(jsonSpec(path), out);
        QVERIFY(!r.ok());
        for (const QString &n : needles)
            QVERIFY2(r.errorMessage().contains(n), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().size() < 700, qPrintable(r.errorMessage()));
    }

    void regexes_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<double>("score");
        const QByteArray runspec = "runspec v1.1\nSuccess: 3x 444.namd 7 base\nEst. SPECint(R)_rate_base2006 = "
                                   "312.5\nEst. SPECfp(R)_rate_base2006 = 289\n";
        QTest::addRow("first match") << runspec << QStringLiteral("_rate_base2006 = (\\S+)") << 312.5;
        QTest::addRow("anchored line") << runspec << QStringLiteral("^Est\\. SPECfp\\S+ = ([0-9.]+)$") << 289.0;
        QTest::addRow("non-capturing group") << runspec << QStringLiteral("SPEC(?:fp|int)\\S+ = ([0-9.]+)") << 312.5;
        QTest::addRow("exponent and spaces") << QByteArray("score:  1.5e2 \n") << QStringLiteral("score:(.*)") << 150.0;
    }

    void regexes()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, regex);
        const auto r = extractScore(regexSpec(regex), out);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QTEST(*r, "score");
    }

    void regexesBad_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QStringList>("needles");
        QTest::addRow("no match") << QByteArray("runspec: error: no config\n") << QStringLiteral("Score = (\\S+)")
                                  << QStringList{QStringLiteral("does not match /Score = (\\S+)/"),
                                                 QStringLiteral("runspec"),
                                                 QStringLiteral("\"runspec: error: no config\"")};
        QTest::addRow("thousands separator") << QByteArray("Score = 1,234.5\n") << QStringLiteral("Score = (\\S+)")
                                             << QStringList{QStringLiteral("\"1,234.5\""), QStringLiteral("C locale")};
        QTest::addRow("decimal comma") << QByteArray("Score = 12,5\n") << QStringLiteral("Score = (\\S+)")
                                       << QStringList{QStringLiteral("\"12,5\""), QStringLiteral("not a plain number")};
        QTest::addRow("empty capture") << QByteArray("Score = \n") << QStringLiteral("Score = (\\S*)")
                                       << QStringList{QStringLiteral("not a plain number")};
        QTest::addRow("not finite") << QByteArray("Score = inf\n") << QStringLiteral("Score = (\\S+)")
                                    << QStringList{QStringLiteral("\"inf\"")};
    }

    void regexesBad()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, regex);
        QFETCH(QStringList, needles);
        const auto r = extractScore(regexSpec(regex), out);
        QVERIFY(!r.ok());
        for (const QString &n : needles)
            QVERIFY2(r.errorMessage().contains(n), qPrintable(r.errorMessage()));
    }

    void invalidSpecs_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QString>("jsonPath");
        QTest::addColumn<QString>("regex");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<QString>("needle");
        const QStringList argv{QStringLiteral("hep-score")};
        const QString unit = QStringLiteral("HS06");
        QTest::addRow("no argv") << QStringList() << QStringLiteral("score") << QString() << unit
                                 << QStringLiteral("command line");
        QTest::addRow("empty program") << QStringList{QString()} << QStringLiteral("score") << QString() << unit
                                       << QStringLiteral("command line");
        QTest::addRow("no unit") << argv << QStringLiteral("score") << QString() << QStringLiteral("  ")
                                 << QStringLiteral("unit");
        QTest::addRow("neither") << argv << QString() << QString() << unit << QStringLiteral("JSON path or a regular");
        QTest::addRow("both") << argv << QStringLiteral("score") << QStringLiteral("(\\d+)") << unit
                              << QStringLiteral("not both");
        QTest::addRow("regex does not compile")
            << argv << QString() << QStringLiteral("Score (\\d+") << unit << QStringLiteral("does not compile");
        QTest::addRow("regex without group")
            << argv << QString() << QStringLiteral("Score \\d+") << unit << QStringLiteral("exactly one capture group");
        QTest::addRow("regex with two groups")
            << argv << QString() << QStringLiteral("(Score) (\\d+)") << unit << QStringLiteral("it has 2");
        QTest::addRow("path: leading dot")
            << argv << QStringLiteral(".score") << QString() << unit << QStringLiteral("empty key");
        QTest::addRow("path: double dot")
            << argv << QStringLiteral("a..b") << QString() << unit << QStringLiteral("empty key");
        QTest::addRow("path: trailing dot")
            << argv << QStringLiteral("a.") << QString() << unit << QStringLiteral("ends with '.'");
        QTest::addRow("path: unclosed") << argv << QStringLiteral("a[0") << QString() << unit
                                        << QStringLiteral("'[' without ']'");
        QTest::addRow("path: stray ]") << argv << QStringLiteral("a]") << QString() << unit
                                       << QStringLiteral("']' without '['");
        QTest::addRow("path: negative index")
            << argv << QStringLiteral("a[-1]") << QString() << unit << QStringLiteral("\"[-1]\" is not an array index");
        QTest::addRow("path: key index") << argv << QStringLiteral("a[x]") << QString() << unit
                                         << QStringLiteral("\"[x]\" is not an array index");
        QTest::addRow("path: key glued to index")
            << argv << QStringLiteral("a[0]b") << QString() << unit << QStringLiteral("must separate");
        QTest::addRow("path: dot before index")
            << argv << QStringLiteral("a.[0]") << QString() << unit << QStringLiteral("a key must follow");
    }

    void invalidSpecs()
    {
        QFETCH(QStringList, argv);
        ExternalScoreSpec s;
        s.argv = argv;
        QFETCH(QString, jsonPath);
        QFETCH(QString, regex);
        QFETCH(QString, unit);
        QFETCH(QString, needle);
        s.jsonPath = jsonPath;
        s.regex = regex;
        s.unit = unit;
        const Status v = s.validate();
        QVERIFY(!v.ok());
        QVERIFY2(v.errorMessage().contains(needle), qPrintable(v.errorMessage()));
        // extractScore refuses an invalid spec with the same message; fromJson too.
        const auto r = extractScore(s, R"({"score":1} Score 2)");
        QVERIFY(!r.ok());
        QCOMPARE(r.errorMessage(), v.errorMessage());
        const auto j = ExternalScoreSpec::fromJson(s.toJson());
        QVERIFY(!j.ok());
        QCOMPARE(j.errorMessage(), v.errorMessage());
    }

    void jsonRoundTrip()
    {
        ExternalScoreSpec s = regexSpec(QStringLiteral("rate = (\\S+)"));
        s.higherIsBetter = false;
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(u"unit").toString(), QStringLiteral("HS06"));
        QCOMPARE(o.value(u"regex").toString(), QStringLiteral("rate = (\\S+)"));
        QVERIFY(!o.contains(u"json_path"));
        QCOMPARE(o.value(u"higher_is_better").toBool(), false);
        const auto back = ExternalScoreSpec::fromJson(o);
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QCOMPARE(back->argv, s.argv);
        QCOMPARE(back->regex, s.regex);
        QCOMPARE(back->jsonPath, QString());
        QCOMPARE(back->unit, s.unit);
        QCOMPARE(back->higherIsBetter, false);

        const ExternalScoreSpec j = jsonSpec(QStringLiteral("wl-scores.atlas-gen-bmk"));
        const auto jb = ExternalScoreSpec::fromJson(j.toJson());
        QVERIFY2(jb.ok(), qPrintable(jb.errorMessage()));
        QCOMPARE(jb->jsonPath, j.jsonPath);
        QCOMPARE(jb->higherIsBetter, true);
    }

    void fromJsonBad_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("needle");
        QTest::addRow("argv missing") << QByteArray(R"j({"unit":"HS06","regex":"(\\d+)"})j")
                                      << QStringLiteral("\"argv\"");
        QTest::addRow("argv not strings")
            << QByteArray(R"j({"argv":["a",1],"unit":"HS06","regex":"(\\d+)"})j") << QStringLiteral("array of strings");
        QTest::addRow("unit missing") << QByteArray(R"j({"argv":["a"],"regex":"(\\d+)"})j")
                                      << QStringLiteral("\"unit\"");
        QTest::addRow("regex not a string")
            << QByteArray(R"j({"argv":["a"],"unit":"u","regex":5})j") << QStringLiteral("\"regex\"");
        QTest::addRow("higher_is_better not a bool")
            << QByteArray(R"j({"argv":["a"],"unit":"u","json_path":"s","higher_is_better":"yes"})j")
            << QStringLiteral("\"higher_is_better\"");
    }

    void fromJsonBad()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, needle);
        const auto r = ExternalScoreSpec::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(needle), qPrintable(r.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TstExternalScore)
#include "tst_externalscore.moc"
