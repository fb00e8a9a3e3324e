// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace hvbench {

namespace {
const QString kOwnName = QStringLiteral("hvbench-translator");
const QString kQtName = QStringLiteral("hvbench-qt-translator");
const QString kLangOption = QStringLiteral("--lang");

void removeInstalled(QCoreApplication &app)
{
    const auto translators = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        if (t->objectName() != kOwnName && t->objectName() != kQtName)
            continue;
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// A translator parented to the application, installed when `load` succeeds, else deleted.
template <typename Load> bool addTranslator(QCoreApplication &app, const QString &name, Load load)
{
    auto *t = new QTranslator(&app);
    t->setObjectName(name);
    if (!load(*t)) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    return true;
}
} // namespace

QLocale requestedLocale(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == kLangOption && i + 1 < arguments.size())
            return QLocale(arguments.at(i + 1));
        if (a.startsWith(kLangOption + QLatin1Char('=')))
            return QLocale(a.mid(kLangOption.size() + 1));
    }
    return QLocale::system();
}

QStringList withoutLanguageOption(const QStringList &arguments)
{
    QStringList out;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--")) {
            out += arguments.mid(i);
            break;
        }
        if (i > 0 && a == kLangOption) {
            ++i; // and its value
            continue;
        }
        if (i > 0 && a.startsWith(kLangOption + QLatin1Char('=')))
            continue;
        out << a;
    }
    return out;
}

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    removeInstalled(app);
    const QString dir = QStringLiteral(":/i18n");
    const QString prefix = QStringLiteral("_");
    const bool own = addTranslator(app, kOwnName, [&](QTranslator &t) {
        return t.load(locale, QStringLiteral("hvbench"), prefix, dir) ||
               t.load(QStringLiteral("hvbench_en"), dir); // unknown language: English plurals
    });
    addTranslator(app, kQtName, [&](QTranslator &t) {
        return t.load(locale, QStringLiteral("qtbase"), prefix, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    });
    return own;
}

} // namespace hvbench
