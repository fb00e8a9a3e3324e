// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A byte pipe to one agent: a child process on bare metal, a virtio-serial stream in a guest.
// Splits what arrives into lines, parses them, and reports messages, garbage and the end.
#include <QJsonObject>
#include <QObject>

namespace hvbench::agent {

class AgentLink : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void send(const QByteArray &line) = 0;
    virtual QString describe() const = 0; // for messages: "bare metal", "VM hvbench-x-1"

Q_SIGNALS:
    void messageReceived(const QJsonObject &msg);
    void garbageReceived(const QString &message);
    void closed(const QString &reason);

protected:
    void feed(const QByteArray &bytes);

private:
    QByteArray m_pending;
};

} // namespace hvbench::agent
