// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/vmspecform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace hvbench {

namespace {
template <typename E, typename Names> void fill(QComboBox *box, const QList<E> &items, Names displayName, E keep)
{
    box->clear();
    for (E e : items)
        box->addItem(displayName(e), int(e));
    const int i = box->findData(int(keep));
    box->setCurrentIndex(i >= 0 ? i : 0);
}
template <typename E> E current(const QComboBox *box) { return E(box->currentData().toInt()); }
} // namespace

VmSpecForm::VmSpecForm(QWidget *parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_name(new QLineEdit), m_hypervisor(new QComboBox),
      m_vcpus(new QSpinBox), m_memory(new QSpinBox), m_nic(new QComboBox), m_network(new QComboBox),
      m_disk(new QComboBox), m_format(new QComboBox), m_bus(new QComboBox), m_pool(new QLineEdit),
      m_blockDevice(new QLineEdit), m_diskSize(new QSpinBox)
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_name->setAccessibleName(tr("Configuration name"));
    m_form->addRow(tr("Configuration &name:"), m_name);
    for (Hypervisor h : allHypervisors())
        m_hypervisor->addItem(hypervisorDisplayName(h), int(h));
    m_hypervisor->setAccessibleName(tr("Hypervisor"));
    m_form->addRow(tr("&Hypervisor:"), m_hypervisor);
    m_vcpus->setRange(1, 256);
    m_vcpus->setAccessibleName(tr("vCPUs"));
    m_form->addRow(tr("v&CPUs:"), m_vcpus);
    m_memory->setRange(64, 1024 * 1024);
    m_memory->setSingleStep(64);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setAccessibleName(tr("RAM"));
    m_form->addRow(tr("&RAM:"), m_memory);
    m_nic->setAccessibleName(tr("NIC model"));
    m_form->addRow(tr("N&IC model:"), m_nic);
    m_network->setAccessibleName(tr("Network"));
    m_network->setToolTip(tr("User-mode: QEMU's built-in NAT. Isolated: a libvirt network hvbench creates for the "
                             "run (no forwarding, DHCP) and removes afterwards; network benchmarks need it."));
    m_form->addRow(tr("Net&work:"), m_network);
    for (DiskBackend b : allDiskBackends())
        m_disk->addItem(diskBackendDisplayName(b), int(b));
    m_disk->setAccessibleName(tr("Data disk"));
    m_disk->setToolTip(tr("File and LVM data disks are created in the pool for the run and deleted after it. "
                          "A block device is used as it is and OVERWRITTEN. LVM was exercised only against "
                          "libvirt's test driver (this development machine has no device-mapper)."));
    m_form->addRow(tr("&Data disk:"), m_disk);
    for (DiskFormat f : allDiskFormats())
        m_format->addItem(diskFormatDisplayName(f), int(f));
    m_format->setAccessibleName(tr("Disk format"));
    m_form->addRow(tr("Disk &format:"), m_format);
    m_bus->setAccessibleName(tr("Disk bus"));
    m_form->addRow(tr("Disk &bus:"), m_bus);
    m_pool->setAccessibleName(tr("Storage pool"));
    m_pool->setPlaceholderText(QStringLiteral("default"));
    m_form->addRow(tr("Storage &pool:"), m_pool);
    m_blockDevice->setAccessibleName(tr("Block device"));
    m_blockDevice->setPlaceholderText(QStringLiteral("/dev/sdX"));
    m_form->addRow(tr("Bloc&k device:"), m_blockDevice);
    m_diskSize->setRange(16, 16 * 1024 * 1024);
    m_diskSize->setSingleStep(1024);
    m_diskSize->setSuffix(tr(" MiB"));
    m_diskSize->setAccessibleName(tr("Data disk size"));
    m_form->addRow(tr("Data disk si&ze:"), m_diskSize);

    refillChoices(Hypervisor::Auto);
    updateVisibility();
    connect(m_hypervisor, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        refillChoices(current<Hypervisor>(m_hypervisor));
        updateVisibility();
        Q_EMIT edited();
    });
    connect(m_disk, &QComboBox::currentIndexChanged, this, [this] {
        updateVisibility();
        if (!m_filling)
            Q_EMIT edited();
    });
    for (QComboBox *c : {m_nic, m_network, m_format, m_bus})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
    for (QSpinBox *s : {m_vcpus, m_memory, m_diskSize})
        connect(s, &QSpinBox::valueChanged, this, [this] {
            if (!m_filling)
                Q_EMIT edited();
        });
    for (QLineEdit *e : {m_name, m_pool, m_blockDevice})
        connect(e, &QLineEdit::editingFinished, this, &VmSpecForm::edited);
}

void VmSpecForm::refillChoices(Hypervisor h)
{
    const bool was = m_filling;
    m_filling = true;
    fill(m_nic, validNicModels(h), nicModelDisplayName, m_nic->count() ? current<NicModel>(m_nic) : m_base.nic);
    fill(m_network, validNetworkModes(h), networkModeDisplayName,
         m_network->count() ? current<NetworkMode>(m_network) : m_base.network);
    fill(m_bus, validDiskBuses(h), diskBusDisplayName, m_bus->count() ? current<DiskBus>(m_bus) : m_base.diskBus);
    m_filling = was;
}

void VmSpecForm::updateVisibility()
{
    const DiskBackend b = current<DiskBackend>(m_disk);
    m_form->setRowVisible(m_format, b == DiskBackend::File);
    m_form->setRowVisible(m_bus, b != DiskBackend::None);
    m_form->setRowVisible(m_pool, b == DiskBackend::File || b == DiskBackend::LogicalVolume);
    m_form->setRowVisible(m_blockDevice, b == DiskBackend::BlockDevice);
    m_form->setRowVisible(m_diskSize, b == DiskBackend::File || b == DiskBackend::LogicalVolume);
}

void VmSpecForm::setSpec(const VmSpec &spec)
{
    m_filling = true;
    m_base = spec;
    m_name->setText(spec.name);
    m_hypervisor->setCurrentIndex(m_hypervisor->findData(int(spec.hypervisor)));
    m_nic->clear();
    m_network->clear();
    m_bus->clear();
    refillChoices(spec.hypervisor);
    m_vcpus->setValue(spec.vcpus);
    m_memory->setValue(spec.memoryMiB);
    m_disk->setCurrentIndex(m_disk->findData(int(spec.disk)));
    m_format->setCurrentIndex(m_format->findData(int(spec.diskFormat)));
    m_pool->setText(spec.pool);
    m_blockDevice->setText(spec.blockDevice);
    m_diskSize->setValue(spec.dataDiskMiB);
    updateVisibility();
    m_filling = false;
}

VmSpec VmSpecForm::spec() const
{
    VmSpec s = m_base;
    s.name = m_name->text().trimmed();
    s.hypervisor = current<Hypervisor>(m_hypervisor);
    s.vcpus = m_vcpus->value();
    s.memoryMiB = m_memory->value();
    s.nic = current<NicModel>(m_nic);
    s.network = current<NetworkMode>(m_network);
    s.disk = current<DiskBackend>(m_disk);
    s.diskFormat = current<DiskFormat>(m_format);
    s.diskBus = current<DiskBus>(m_bus);
    s.pool = m_pool->text().trimmed().isEmpty() ? QStringLiteral("default") : m_pool->text().trimmed();
    s.blockDevice = m_blockDevice->text().trimmed();
    s.dataDiskMiB = m_diskSize->value();
    return s;
}

} // namespace hvbench
