#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace Triplewin::Core {

namespace {
const QString InstalledByTriplewin = QStringLiteral("triplewin-translator");
} // namespace

void installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Another language before: its translators go first (removing one sends a LanguageChange, as installing does).
    const QList<QTranslator *> earlier =
        app.findChildren<QTranslator *>(InstalledByTriplewin, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : earlier) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // Installed last is looked up first: the locale's translation, then English plurals, then Qt's own.
    const auto install = [&app](const QLocale &forLocale, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(InstalledByTriplewin);
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

namespace {
const QString LanguageSetting = QStringLiteral("appearance/language");
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString chosenLanguage()
{
    const QString stored = QSettings().value(LanguageSetting).toString();
    return availableLanguages().contains(stored) ? stored : QString();
}

void setChosenLanguage(const QString &language)
{
    if (availableLanguages().contains(language))
        QSettings().setValue(LanguageSetting, language);
    else
        QSettings().remove(LanguageSetting);
}

QLocale chosenLocale()
{
    const QString language = chosenLanguage();
    if (language.isEmpty())
        return QLocale::system();
    // The language with the system's country where that is a usual pairing (de with AT keeps Austrian dates), else
    // the language's main country.
    const QLocale system = QLocale::system();
    const QLocale paired(QLocale(language).language(), system.territory());
    return paired.language() == QLocale(language).language() && paired.territory() == system.territory()
               ? paired
               : QLocale(language);
}

} // namespace Triplewin::Core
