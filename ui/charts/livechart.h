// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A live line chart of the Run page: one line per series of a LiveSamplesModel (x = seconds
// since the run started).  Redraws at most four times a second, whatever the sample rate, so
// the window stays responsive; reads the model only.
#include "charts/chartview.h"

class QTimer;

namespace hvbench {
class LiveSamplesModel;

class LiveChart final : public ChartView {
    Q_OBJECT
public:
    LiveChart(LiveSamplesModel *model, const QString &title, const QString &yTitle, const QString &emptyText,
              QWidget *parent = nullptr);

    void redrawNow(); // what the timer does (tests, screenshots)

protected:
    void rebuild() override;

private:
    LiveSamplesModel *m_model;
    QString m_title;
    QString m_yTitle;
    QString m_emptyText;
    QTimer *m_timer;
};

} // namespace hvbench
