#pragma once

#include <QLocale>

class QCoreApplication;

namespace Triplewin::Core {

/// Installs the translators for @p locale on @p app: Qt's own (standard dialog buttons), English plural forms
/// ("1 deal", "2 deals": the source texts say "%n deal(s)"), then Triplewin's translation for the locale, which
/// takes precedence where it has a string. The .qm files are compiled into core (:/i18n), so the app, the CLI and
/// the tests find them without installing anything. The translators are children of @p app.
void installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

} // namespace Triplewin::Core
