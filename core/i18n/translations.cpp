#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Triplewin::Core {

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Installed last is looked up first: the locale's translation, then English plurals, then Qt's own.
    const auto install = [&app](const QLocale &forLocale, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        if (translator->load(forLocale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    };
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(QLocale(QLocale::English), QStringLiteral("triplewin"), QStringLiteral(":/i18n"));
    if (locale.language() != QLocale::English)
        install(locale, QStringLiteral("triplewin"), QStringLiteral(":/i18n"));
}

} // namespace Triplewin::Core
