// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QList>

namespace hvbench::stats {

struct Summary {
    int n = 0;
    double mean = 0;
    double stddev = 0;      // sample standard deviation (n-1)
    double ci95 = 0;        // half-width of the 95 % confidence interval of the mean (Student t)
    double min = 0;
    double max = 0;
    double rsd() const { return mean != 0 ? stddev / mean : 0; } // relative standard deviation
};

Summary summarize(const QList<double> &xs);
double tQuantile975(int degreesOfFreedom);
// Jain's fairness index (Σx)² / (n·Σx²): 1 = perfectly fair, 1/n = one takes everything.
double jainIndex(const QList<double> &xs);

} // namespace hvbench::stats
