// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How hvbench marks what it creates on a libvirt host, and how it recognises its own objects.
// Everything hvbench creates is named "hvbench-<session>-…" AND carries an owner mark:
//  - domains and networks: <metadata><hvbench:owner …/></metadata> in namespace kMetadataNs;
//  - storage volumes (which have no metadata in libvirt): the strict name pattern
//    hvbench-<session>-<n>-data.<ext> (dir pools) / hvbench-<session>-<n>-data (logical pools).
// hvbench never modifies or deletes an object that lacks the mark.
#include <QString>
#include <optional>

class QXmlStreamWriter;

namespace hvbench::virt {

inline const QString kDomainPrefix = QStringLiteral("hvbench-");
inline const QString kMetadataNs = QStringLiteral("https://hvbench.org/xmlns/domain/1");
inline const QString kMetadataPrefix = QStringLiteral("hvbench");

// The owner mark written into domain and network <metadata>.
struct OwnerMark {
    QString sessionId;
    int index = -1;        // VM number in the session (-1 for networks)
    QString spec;          // VmSpec name (domains)
    qint64 pid = 0;        // the hvbench process that created it
    QString processHost;   // hostname of the machine that process runs on
    bool operator==(const OwnerMark &) const = default;
};

// Mark for an object created now by this process.
OwnerMark ownMark(const QString &sessionId, int index = -1, const QString &spec = {});

QString domainName(const QString &sessionId, int n);                          // hvbench-<sid>-<n>
QString volumeName(const QString &sessionId, int n, const QString &extension); // hvbench-<sid>-<n>-data[.ext]
QString networkName(const QString &sessionId);                                // hvbench-<sid>-net
// Session id in an hvbench volume name, or nullopt if the name does not follow the pattern.
std::optional<QString> sessionOfVolume(const QString &volumeName);

// Writes <metadata><hvbench:owner …/></metadata>.
void writeOwnerMetadata(QXmlStreamWriter &w, const OwnerMark &mark);
// The owner mark in a domain or network XML document, or nullopt if it has none.
std::optional<OwnerMark> parseOwnerMark(const QString &xml);
// True when the process that wrote the mark still runs (same host, pid alive and is hvbench).
// A mark from another machine is treated as alive: hvbench cannot tell, so it leaves it alone.
bool ownerAlive(const OwnerMark &mark);

} // namespace hvbench::virt
