// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the main window's pages share, owned by main() (or by a test).  Any member left null gets
// a default the window owns: no remembered state, hosts in the default QSettings, no keychain.
namespace hvbench {
namespace settings {
class AppSettings;
class HostProfiles;
} // namespace settings
namespace virt {
class ConnectionManager;
}
namespace secrets {
class Keychain;
}

struct WorkbenchServices {
    settings::AppSettings *app = nullptr;           // window state, recent files, colour scheme
    settings::HostProfiles *hosts = nullptr;        // saved libvirt hosts
    virt::ConnectionManager *connections = nullptr; // one connection per saved host
    secrets::Keychain *keychain = nullptr;          // null: passwords cannot be remembered
};

} // namespace hvbench
