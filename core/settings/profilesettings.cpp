#include "profilesettings.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

namespace Triplewin::Core {

namespace {
const QString SalespersonKey = QStringLiteral("profile/salesperson");
const QString CurrencyKey = QStringLiteral("profile/currency");
} // namespace

QString ProfileSettings::salespersonName()
{
    const QString stored = QSettings().value(SalespersonKey).toString().trimmed();
    if (!stored.isEmpty())
        return stored;
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user;
}

void ProfileSettings::setSalespersonName(const QString &name)
{
    QSettings().setValue(SalespersonKey, name.trimmed());
}

QString ProfileSettings::defaultCurrency()
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    const QString stored = QSettings().value(CurrencyKey).toString();
    if (code.match(stored).hasMatch())
        return stored;
    const QString localeCode = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return code.match(localeCode).hasMatch() ? localeCode : QStringLiteral("EUR");
}

void ProfileSettings::setDefaultCurrency(const QString &code)
{
    QSettings().setValue(CurrencyKey, code);
}

} // namespace Triplewin::Core
