// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Asynchronous access to the system keychain (Secret Service through QtKeychain/libsecret).
// Service "hvbench", key = URI + " " + user.  Nothing here ever blocks, and nothing is ever
// written anywhere but the keychain: with no keychain every job fails and the user is told so
// plainly (QtKeychain's libsecret path ignores setInsecureFallback, and hvbench never falls
// back to plain text on purpose either).
#include <QObject>
#include <QString>

namespace hvbench::secrets {

class Keychain final : public QObject {
    Q_OBJECT
public:
    explicit Keychain(QObject *parent = nullptr, const QString &service = QStringLiteral("hvbench"));

    static QString keyFor(const QString &uri, const QString &user); // "URI user"
    QString service() const { return m_service; }

    // Each returns a job id that the matching *Finished signal carries.  GUI thread only.
    int read(const QString &uri, const QString &user);
    int write(const QString &uri, const QString &user, const QString &secret);
    int remove(const QString &uri, const QString &user);

    // False once a job found no keychain (then unavailableMessage() says why).  Until the first
    // job ran it is assumed available.
    bool available() const { return m_unavailableMessage.isEmpty(); }
    QString unavailableMessage() const { return m_unavailableMessage; }

Q_SIGNALS:
    // found == false with an empty error: no secret stored under that key.
    void readFinished(int id, bool found, const QString &secret, const QString &error);
    void writeFinished(int id, const QString &error);  // empty error = stored
    void removeFinished(int id, const QString &error); // empty error = removed (or was not there)
    void availabilityChanged(bool available, const QString &message);

private:
    // Turns a QtKeychain job error into a translated message; notes "no keychain at all".
    QString describeError(int code, const QString &detail);
    QString m_service;
    QString m_unavailableMessage;
    int m_nextId = 0;
};

} // namespace hvbench::secrets
