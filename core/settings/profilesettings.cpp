#include "profilesettings.h"

#include "../domain/endingreason.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSettings>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#include <vector>
#endif

namespace Triplewin::Core {

namespace {
const QString SalespersonKey = QStringLiteral("profile/salesperson");
const QString CurrencyKey = QStringLiteral("profile/currency");
const QString ClosingGateKey = QStringLiteral("profile/closingGate");
const QString EndingReasonsKey = QStringLiteral("profile/endingReasons");
} // namespace

QString ProfileSettings::salespersonName()
{
    const QString stored = QSettings().value(SalespersonKey).toString().trimmed();
    return stored.isEmpty() ? systemUserName() : stored;
}

void ProfileSettings::setSalespersonName(const QString &name)
{
    if (!name.trimmed().isEmpty())
        QSettings().setValue(SalespersonKey, name.trimmed());
}

bool ProfileSettings::hasSalespersonName()
{
    return !QSettings().value(SalespersonKey).toString().trimmed().isEmpty();
}

QString ProfileSettings::systemUserName()
{
#ifdef Q_OS_UNIX
    // GECOS is "Full Name,Room,Work phone,Home phone,Other"; only the first field is the name.
    passwd entry{};
    passwd *found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(::getuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
        const QString fullName = QString::fromLocal8Bit(found->pw_gecos).section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty())
            return fullName;
        const QString login = QString::fromLocal8Bit(found->pw_name).trimmed();
        if (!login.isEmpty())
            return login;
    }
#endif
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", qEnvironmentVariable("LOGNAME"))).trimmed();
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

bool ProfileSettings::closingGate()
{
    return QSettings().value(ClosingGateKey, true).toBool();
}

void ProfileSettings::setClosingGate(bool on)
{
    QSettings().setValue(ClosingGateKey, on);
}

QStringList ProfileSettings::endingReasons()
{
    const QStringList stored = QSettings().value(EndingReasonsKey).toStringList();
    return stored.isEmpty() ? standardEndingReasons() : stored;
}

void ProfileSettings::setEndingReasons(const QStringList &reasons)
{
    QStringList kept;
    for (const QString &name : reasons) {
        const QString reason = endingReasonFromName(name);
        if (!reason.isEmpty() && !kept.contains(reason))
            kept << reason;
    }
    if (kept.isEmpty() || kept == standardEndingReasons())
        QSettings().remove(EndingReasonsKey);
    else
        QSettings().setValue(EndingReasonsKey, kept);
}

} // namespace Triplewin::Core
