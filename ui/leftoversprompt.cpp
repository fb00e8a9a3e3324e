// SPDX-License-Identifier: GPL-3.0-or-later
#include "leftoversprompt.h"
#include "run/leftoverscan.h"

#include <QMessageBox>
#include <QPushButton>

namespace hvbench {

LeftoversPrompt::LeftoversPrompt(LeftoverScan *scan, QWidget *window) : QObject(window), m_scan(scan), m_window(window)
{
    connect(scan, &LeftoverScan::found, this, [this](const QList<virt::Leftover> &items) {
        if (items.isEmpty())
            return;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Leftovers of an earlier run"),
                                    tr("%n object(s) on %1 were created by an hvbench run that did not finish "
                                       "(it crashed or was killed). Remove them?", nullptr, int(items.size()))
                                        .arg(m_scan->uri()),
                                    QMessageBox::NoButton, m_window);
        box->setObjectName(QStringLiteral("leftoversBox"));
        box->setInformativeText(tr("Only objects carrying hvbench's mark whose creating process is gone are listed; "
                                   "nothing else on the host is touched."));
        box->setDetailedText(describeLeftovers(items));
        QPushButton *removeButton = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
        box->addButton(tr("Keep"), QMessageBox::RejectRole);
        box->setDefaultButton(removeButton);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, removeButton, items] {
            if (box->clickedButton() == removeButton) {
                Q_EMIT status(tr("Removing %n leftover object(s) …", nullptr, int(items.size())));
                m_scan->remove(items);
            } else {
                Q_EMIT status(tr("Leftovers kept; hvbench-cli cleanup removes them later."));
            }
        });
        m_box = box;
        box->open();
    });
    connect(scan, &LeftoverScan::removed, this, [this](int count, const QStringList &errors) {
        if (errors.isEmpty()) {
            Q_EMIT status(tr("Removed %n leftover object(s).", nullptr, count));
            return;
        }
        Q_EMIT status(tr("Removed %1 leftover object(s); %2 could not be removed.").arg(count).arg(errors.size()));
        QMessageBox::warning(m_window, tr("Leftovers"), errors.join(QLatin1Char('\n')));
    });
}

} // namespace hvbench
