// SPDX-License-Identifier: GPL-3.0-or-later
#include "guest/streamagentlink.h"
#include "virt/libvirtglobal.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <libvirt/libvirt.h>
#include <mutex>

namespace hvbench::agent {

struct StreamContext {
    std::mutex mutex;
    StreamAgentLink *receiver = nullptr; // cleared (under mutex) before the link dies
    virStreamPtr stream = nullptr;
};

namespace {
void onStreamEvent(virStreamPtr st, int events, void *opaque)
{
    auto ctx = *static_cast<std::shared_ptr<StreamContext> *>(opaque);
    // Held for the whole callback: the link's destructor clears `receiver` under this lock
    // before it aborts and frees the stream, so the two never use the stream at once.
    std::lock_guard lock(ctx->mutex);
    StreamAgentLink *receiver = ctx->receiver;
    if (!receiver)
        return;
    QByteArray data;
    bool eof = false;
    QString error;
    if (events & VIR_STREAM_EVENT_READABLE) {
        char buf[8192];
        for (;;) {
            const int n = virStreamRecv(st, buf, sizeof buf);
            if (n > 0) {
                data.append(buf, n);
                continue;
            }
            if (n == 0)
                eof = true;
            else if (n != -2) { // -2: no more data for now; anything else is an error
                error = virt::lastError();
                if (error.isEmpty())
                    error = QCoreApplication::translate("hvbench::agent::StreamAgentLink", "virStreamRecv failed (%1)")
                                .arg(n);
            }
            break;
        }
    }
    if (events & (VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP))
        eof = true;
    if (eof || !error.isEmpty())
        virStreamEventRemoveCallback(st);
    if (data.isEmpty() && !eof && error.isEmpty())
        return;
    QMetaObject::invokeMethod(receiver, "deliver", Qt::QueuedConnection, Q_ARG(QByteArray, data), Q_ARG(bool, eof),
                              Q_ARG(QString, error));
}

void freeOpaque(void *opaque)
{
    delete static_cast<std::shared_ptr<StreamContext> *>(opaque);
}
} // namespace

StreamAgentLink::StreamAgentLink(virStreamPtr stream, QString domain, QObject *parent)
    : AgentLink(parent), m_ctx(std::make_shared<StreamContext>()), m_domain(std::move(domain))
{
    m_ctx->receiver = this;
    m_ctx->stream = stream;
    const int events = VIR_STREAM_EVENT_READABLE | VIR_STREAM_EVENT_ERROR | VIR_STREAM_EVENT_HANGUP;
    if (virStreamEventAddCallback(stream, events, onStreamEvent, new std::shared_ptr<StreamContext>(m_ctx),
                                  freeOpaque) < 0) {
        const QString err = virt::lastError();
        QTimer::singleShot(0, this, [this, err] { deliver({}, true, err); });
    }
}

StreamAgentLink::~StreamAgentLink()
{
    {
        std::lock_guard lock(m_ctx->mutex);
        m_ctx->receiver = nullptr;
    }
    virStreamEventRemoveCallback(m_ctx->stream);
    virStreamAbort(m_ctx->stream);
    virStreamFree(m_ctx->stream);
}

void StreamAgentLink::send(const QByteArray &line)
{
    m_out += line;
    flush();
}

void StreamAgentLink::flush()
{
    while (!m_out.isEmpty() && !m_closed) {
        const int n = virStreamSend(m_ctx->stream, m_out.constData(), size_t(m_out.size()));
        if (n > 0) {
            m_out.remove(0, n);
        } else if (n == -2) { // would block: try again shortly
            QTimer::singleShot(10, this, &StreamAgentLink::flush);
            return;
        } else { // reported from the event loop: a caller of send() must never see `closed` re-entrantly
            const QString err = virt::lastError();
            m_out.clear();
            QTimer::singleShot(0, this, [this, err] { deliver({}, true, err); });
            return;
        }
    }
}

void StreamAgentLink::deliver(const QByteArray &bytes, bool eof, const QString &error)
{
    if (m_closed)
        return;
    if (!bytes.isEmpty())
        feed(bytes);
    if (eof || !error.isEmpty()) {
        m_closed = true;
        Q_EMIT closed(error.isEmpty() ? tr("The agent channel of %1 closed (the VM stopped).").arg(m_domain)
                                      : tr("The agent channel of %1 failed: %2").arg(m_domain, error));
    }
}

QString StreamAgentLink::describe() const
{
    return tr("VM %1").arg(m_domain);
}

} // namespace hvbench::agent
