// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparecommand.h"
#include "analysis/comparisonmodel.h"
#include "analysis/reference.h"
#include "io/sessionfile.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace hvbench::cli {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("hvbench::cli", s); // the context lupdate gives tr() in hvbench::cli
}
} // namespace

QString compareHelp()
{
    return tr("Usage: hvbench-cli compare SESSION_FILE... [--reference]\n\n"
              "Prints the sessions' benchmark tables side by side, aligned by benchmark, figure,\n"
              "configuration and VM count: per session [k] the mean per guest (in the figure's\n"
              "unit), the % loss against its own bare metal, the loss's 95 % CI and n.  A cell a\n"
              "session lacks is \"—\" (never 0).\n\n"
              "  --reference   add the % loss published by Chierici, Veraldi and Salomoni (2009):\n"
              "                Table I (HEP-SPEC06, 8 VMs) and the PI test of §6.3.  hvbench's CPU\n"
              "                score is 7-Zip, not HEP-SPEC06: compare % loss, not scores.\n"
              "  -h, --help    this help\n\n"
              "Exit status: 0 printed; 2 a bad option or a session file that does not load.");
}

int runCompareCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser p;
    p.addPositionalArgument(QStringLiteral("sessions"), QString());
    p.addOption(QCommandLineOption(QStringLiteral("reference")));
    p.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    if (!p.parse(QStringList{QStringLiteral("compare")} + args)) {
        err << p.errorText() << "\n\n" << compareHelp() << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << compareHelp() << Qt::endl;
        return 0;
    }
    const QStringList files = p.positionalArguments();
    const bool reference = p.isSet(QStringLiteral("reference"));
    if (files.isEmpty() || (files.size() < 2 && !reference)) {
        err << tr("compare needs two session files, or one with --reference.") << "\n\n" << compareHelp() << Qt::endl;
        return 2;
    }

    ComparisonModel model;
    QStringList legend;
    for (const QString &f : files) {
        const auto s = io::loadSession(f);
        if (!s) {
            err << s.errorMessage() << Qt::endl;
            return 2;
        }
        model.addSession(QFileInfo(f).completeBaseName(), *s);
        legend << tr("[%1] %2 (%3, %4 results)%5")
                      .arg(model.sourceCount())
                      .arg(QFileInfo(f).completeBaseName(), f)
                      .arg(s->results.size())
                      .arg(s->emulationCaveat().isEmpty() ? QString() : QStringLiteral("  ") + s->emulationCaveat());
    }
    if (reference) {
        const auto ref = analysis::loadReference();
        if (!ref) {
            err << ref.errorMessage() << Qt::endl;
            return 2;
        }
        model.addReference(tr("paper"), *ref);
        legend << tr("[%1] %2 — published, not measured: % loss only; its CPU figure is HEP-SPEC06, "
                     "hvbench's is 7-Zip")
                      .arg(model.sourceCount())
                      .arg(ref->citation());
    }

    QList<QStringList> cells;
    QStringList header{tr("Benchmark"), tr("Figure"), tr("Unit"), tr("Configuration"), tr("VMs")};
    for (int s = 0; s < model.sourceCount(); ++s)
        header << tr("[%1] mean").arg(s + 1) << tr("[%1] % loss").arg(s + 1) << tr("[%1] 95 % CI").arg(s + 1)
               << tr("[%1] n").arg(s + 1);
    cells << header;
    for (int r = 0; r < model.rowCount(); ++r) {
        auto text = [&](int c) { return model.index(r, c).data().toString(); };
        QStringList row{model.index(r, ComparisonModel::Benchmark).data(ComparisonModel::RawValueRole).toString(),
                        text(ComparisonModel::Figure), text(ComparisonModel::Unit), text(ComparisonModel::Config),
                        text(ComparisonModel::VmCount)};
        for (int s = 0; s < model.sourceCount(); ++s)
            for (int f = 0; f < ComparisonModel::FieldCount; ++f)
                row << text(ComparisonModel::column(s, ComparisonModel::Field(f)));
        cells << row;
    }
    out << legend.join(QLatin1Char('\n')) << "\n\n";
    if (model.rowCount() == 0)
        out << tr("No results in these sessions yet.") << Qt::endl;
    else
        out << alignColumns(cells, 4) << Qt::flush;
    return 0;
}

} // namespace hvbench::cli
