// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The editor of one VmSpec: hypervisor, vCPUs, RAM, NIC, network, data disk (backend, format,
// bus, pool or block device, size).  Holds no data of its own: setSpec() fills it, spec()
// reads it back; choices a hypervisor cannot use are not offered.
#include "model/vmspec.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QFormLayout;

namespace hvbench {

class VmSpecForm final : public QWidget {
    Q_OBJECT
public:
    explicit VmSpecForm(QWidget *parent = nullptr);
    void setSpec(const VmSpec &spec);
    // The edited spec; fields the form does not show (guest image) are kept from setSpec().
    VmSpec spec() const;

Q_SIGNALS:
    void edited();

private:
    void refillChoices(Hypervisor h);
    void updateVisibility();

    VmSpec m_base; // the spec last set: carries what the form does not edit
    bool m_filling = false;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_hypervisor;
    QSpinBox *m_vcpus;
    QSpinBox *m_memory;
    QComboBox *m_nic;
    QComboBox *m_network;
    QComboBox *m_disk;
    QComboBox *m_format;
    QComboBox *m_bus;
    QLineEdit *m_pool;
    QLineEdit *m_blockDevice;
    QSpinBox *m_diskSize;
};

} // namespace hvbench
