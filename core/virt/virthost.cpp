// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/virthost.h"

#include <QMetaObject>

namespace hvbench::virt {

VirtHost::VirtHost(QObject *parent) : QObject(parent), m_worker(new VirtWorker)
{
    qRegisterMetaType<HostInfo>();
    qRegisterMetaType<StreamHandle>();
    m_thread.setObjectName(QStringLiteral("hvbench-libvirt"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &VirtWorker::opened, this, &VirtHost::opened);
    connect(m_worker, &VirtWorker::openFailed, this, &VirtHost::openFailed);
    connect(m_worker, &VirtWorker::domainStarted, this, &VirtHost::domainStarted);
    connect(m_worker, &VirtWorker::domainFailed, this, &VirtHost::domainFailed);
    connect(m_worker, &VirtWorker::domainDestroyed, this, &VirtHost::domainDestroyed);
    m_thread.start();
}

VirtHost::~VirtHost()
{
    QMetaObject::invokeMethod(m_worker, &VirtWorker::close, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void VirtHost::open(const QString &uri)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, uri] { w->open(uri); }, Qt::QueuedConnection);
}

void VirtHost::startDomain(int key, const QString &xml, const QString &channelName)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, key, xml, channelName] { w->startDomain(key, xml, channelName); },
                              Qt::QueuedConnection);
}

void VirtHost::destroyDomain(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, name] { w->destroyDomain(name); }, Qt::QueuedConnection);
}

} // namespace hvbench::virt
