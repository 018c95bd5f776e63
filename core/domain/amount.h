#pragma once

#include <optional>
#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace Triplewin::Core {

/// A signed amount of money in minor units (cents) of the deal's currency. Integer so that sums and the
/// tolerance band are exact; stored as INTEGER in SQLite.
using Money = qint64;

/// Largest amount Triplewin accepts, in whole currency units (one trillion). Anything beyond is a typo.
inline constexpr qint64 MaxWholeAmount = 1'000'000'000'000LL;
inline constexpr Money MaxAmount = MaxWholeAmount * 100;

/// What parseAmount() made of a typed text: either a value or a plain-words reason it was refused.
struct AmountParse
{
    std::optional<Money> value; ///< empty when the text was empty (unknown) or refused
    QString error;              ///< non-empty when refused; says what is wrong, in the user's language
    bool ok() const { return error.isEmpty(); }
};

/// Parses an amount typed by a user. Accepts the locale's and the C locale's decimal and group separators,
/// a leading sign, surrounding spaces and up to two decimals. An empty text means "unknown" (ok, no value).
/// Refuses non-numbers, NaN, infinities, more than two decimals and amounts beyond MaxWholeAmount.
AmountParse parseAmount(const QString &text, const QLocale &locale = QLocale());

/// Formats an amount for display and editing: group separators, decimals only when there are cents.
QString formatAmount(Money amount, const QLocale &locale = QLocale());

} // namespace Triplewin::Core
