// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "guest/agentlink.h"

#include <memory>

typedef struct _virStream *virStreamPtr;

namespace hvbench::agent {

struct StreamContext;

// The agent's virtio-serial port, opened with virDomainOpenChannel (works over remote URIs).
// libvirt calls back on its event-loop thread; data is handed to this object with queued calls.
class StreamAgentLink final : public AgentLink {
    Q_OBJECT
public:
    StreamAgentLink(virStreamPtr stream, QString domain, QObject *parent = nullptr); // takes ownership
    ~StreamAgentLink() override;
    void send(const QByteArray &line) override;
    QString describe() const override;

private:
    Q_INVOKABLE void deliver(const QByteArray &bytes, bool eof, const QString &error);
    void flush();
    std::shared_ptr<StreamContext> m_ctx;
    QString m_domain;
    QByteArray m_out;
    bool m_closed = false;
};

} // namespace hvbench::agent
