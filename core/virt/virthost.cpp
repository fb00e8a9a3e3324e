// SPDX-License-Identifier: GPL-3.0-or-later
#include "virt/virthost.h"

#include <QMetaObject>

namespace hvbench::virt {

VirtHost::VirtHost(QObject *parent) : QObject(parent), m_thread(new QThread), m_worker(new VirtWorker)
{
    qRegisterMetaType<HostInfo>();
    qRegisterMetaType<StreamHandle>();
    qRegisterMetaType<Work>();
    qRegisterMetaType<Continuation>();
    m_thread->setObjectName(QStringLiteral("hvbench-libvirt"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_worker, &VirtWorker::opened, this, &VirtHost::opened);
    connect(m_worker, &VirtWorker::openFailed, this, &VirtHost::openFailed);
    connect(m_worker, &VirtWorker::domainStarted, this, &VirtHost::domainStarted);
    connect(m_worker, &VirtWorker::domainFailed, this, &VirtHost::domainFailed);
    connect(m_worker, &VirtWorker::domainDestroyed, this, &VirtHost::domainDestroyed);
    connect(m_worker, &VirtWorker::connectionLost, this, &VirtHost::connectionLost);
    connect(m_worker, &VirtWorker::workDone, this, [](const Continuation &c) {
        if (c)
            c();
    });
    m_thread->start();
}

VirtHost::~VirtHost()
{
    m_worker->cancelQueuedStarts();
    // close() then quit, both queued in order on the worker's thread (a plain quit() here could
    // end its event loop before close() ran).
    QMetaObject::invokeMethod(m_worker, [w = m_worker, t = m_thread] {
        w->close();
        t->quit();
    }, Qt::QueuedConnection);
}

void VirtHost::open(const QString &uri)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, uri] { w->open(uri); }, Qt::QueuedConnection);
}

void VirtHost::startDomain(int key, const QString &xml, const QString &channelName)
{
    const int generation = m_worker->generation();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, key, xml, channelName, generation] { w->startDomain(key, xml, channelName, generation); },
        Qt::QueuedConnection);
}

void VirtHost::destroyDomain(const QString &name)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, name] { w->destroyDomain(name); }, Qt::QueuedConnection);
}

void VirtHost::submit(Work work, bool parallel)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, work = std::move(work), parallel] { w->runWork(work, parallel); },
                              Qt::QueuedConnection);
}

void VirtHost::cancelQueuedStarts()
{
    m_worker->cancelQueuedStarts();
}

} // namespace hvbench::virt
