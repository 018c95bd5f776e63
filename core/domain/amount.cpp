#include "amount.h"

#include <cmath>

namespace Triplewin::Core {

namespace {

QString tooLarge()
{
    return QCoreApplication::translate("Triplewin::Core::Amount", "That amount is too large: the limit is %1.")
        .arg(QLocale().toString(MaxWholeAmount));
}

// Counts the decimals after the locale's decimal point, so 1.005 is refused instead of silently rounded.
int decimalsIn(const QString &text, QChar decimalPoint)
{
    const qsizetype dot = text.lastIndexOf(decimalPoint);
    if (dot < 0)
        return 0;
    int digits = 0;
    for (qsizetype i = dot + 1; i < text.size(); ++i) {
        if (text.at(i).isDigit())
            ++digits;
    }
    return digits;
}

std::optional<double> toDouble(const QString &text, const QLocale &locale, int *decimals)
{
    bool ok = false;
    const double value = locale.toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    *decimals = decimalsIn(text, locale.decimalPoint().at(0));
    return value;
}

} // namespace

AmountParse parseAmount(const QString &text, const QLocale &locale)
{
    AmountParse result;
    QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return result;
    // Users paste amounts with ordinary or narrow no-break spaces as group separators.
    trimmed.remove(QChar(u' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));

    // QLocale accepts exponents ("1e-3"); typed amounts never have one, and it would round silently.
    const bool exponent = trimmed.contains(u'e', Qt::CaseInsensitive) && !trimmed.contains(u"inf", Qt::CaseInsensitive);
    int decimals = 0;
    std::optional<double> value = exponent ? std::nullopt : toDouble(trimmed, locale, &decimals);
    if (!value && !exponent && locale != QLocale::c())
        value = toDouble(trimmed, QLocale::c(), &decimals);
    if (!value) {
        const QString lowered = trimmed.toLower();
        if (lowered.contains(u"nan") || lowered.contains(u"inf"))
            result.error =
                QCoreApplication::translate("Triplewin::Core::Amount", "Enter an amount, not “%1”.").arg(text);
        else
            result.error = QCoreApplication::translate("Triplewin::Core::Amount",
                                                       "“%1” is not a number. Enter an amount such as %2.")
                               .arg(text, locale.toString(1250.5, 'f', 2));
        return result;
    }
    if (!std::isfinite(*value)) {
        result.error =
            QCoreApplication::translate("Triplewin::Core::Amount", "Enter a finite amount, not “%1”.").arg(text);
        return result;
    }
    if (std::fabs(*value) > double(MaxWholeAmount)) {
        result.error = tooLarge();
        return result;
    }
    if (decimals > 2) {
        result.error =
            QCoreApplication::translate("Triplewin::Core::Amount", "Use at most two decimals (“%1”).").arg(text);
        return result;
    }
    result.value = Money(std::llround(*value * 100.0));
    return result;
}

QString formatAmount(Money amount, const QLocale &locale)
{
    if (amount % 100 == 0)
        return locale.toString(amount / 100);
    return locale.toString(double(amount) / 100.0, 'f', 2);
}

} // namespace Triplewin::Core
