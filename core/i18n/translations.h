#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Triplewin::Core {

/// Installs the translators for @p locale on @p app: Qt's own (standard dialog buttons), English plural forms
/// ("1 deal", "2 deals": the source texts say "%n deal(s)"), then Triplewin's translation for the locale, which
/// takes precedence where it has a string. The .qm files are compiled into core (:/i18n), so the app, the CLI and
/// the tests find them without installing anything. The translators are children of @p app; a second call replaces
/// those of the first.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

/// The languages Triplewin is translated into, as locale names ("en", "de", "fr", "es"), in the order offered.
QStringList availableLanguages();
/// The language chosen in Settings ▸ Language (QSettings "appearance/language"): a name of availableLanguages(), or
/// empty for the system's language.
QString chosenLanguage();
void setChosenLanguage(const QString &language);
/// The locale the app runs in: the chosen language's (numbers, dates and currencies follow it), or the system's.
QLocale chosenLocale();

} // namespace Triplewin::Core
