// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The read-only capability summary of one host: a loud banner when the host only has TCG, and
// one selectable label per HostSummary row.  Shows a message instead while not connected.
#include "models/hostsummary.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace hvbench {

class HostInfoPanel final : public QWidget {
    Q_OBJECT
public:
    explicit HostInfoPanel(QWidget *parent = nullptr);

    void showSummary(const QString &title, const HostSummary &summary);
    void showMessage(const QString &title, const QString &message);

    // The value shown for a row label ("" when absent); for tests and accessibility checks.
    QString valueOf(const QString &label) const;
    QString bannerText() const;
    QString messageText() const;

private:
    void clearRows();
    QLabel *m_title;
    QLabel *m_banner;
    QLabel *m_message;
    QFormLayout *m_form;
};

} // namespace hvbench
