// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <memory>
// "Host & spec": the libvirt URI, what the host can do (KVM or TCG), the VM spec and the
// matrix.  Every edit goes straight to SessionDocument::setSettings; the page re-reads the
// session when it is reset or changed elsewhere.
#include "virt/hostinfo.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace hvbench {
class SessionDocument;
class Runner;
class VmSpecForm;


class HostSpecPage final : public QWidget {
    Q_OBJECT
public:
    HostSpecPage(SessionDocument *doc, Runner *runner, QWidget *parent = nullptr);

    // Parses "1, 2, 8" (commas and/or spaces).  Returns false on anything else.
    static bool parseVmCounts(const QString &text, QList<int> *counts);

private:
    void readSession();
    void applyToSession();
    void showHost(const virt::HostInfo &info, const QString &source = {});
    void checkAgainstHost();

    SessionDocument *m_doc;
    bool m_reading = false;
    QLineEdit *m_hostUri;
    QLabel *m_accelBadge;
    QLabel *m_hostDetails;
    VmSpecForm *m_specForm;
    QLabel *m_hostCheck;
    std::unique_ptr<virt::HostInfo> m_host; // last host seen (probed, or recorded in the session)
    QCheckBox *m_baseline;
    QLineEdit *m_vmCounts;
    QSpinBox *m_repeats;
    QSpinBox *m_piDigits;
    QLabel *m_validation;
};

} // namespace hvbench
