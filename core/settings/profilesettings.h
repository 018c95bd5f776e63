#pragma once

#include <QString>

namespace Triplewin::Core {

/// The salesperson's profile, kept in QSettings. Typed accessors with their key and default in one place.
class ProfileSettings final
{
public:
    /// The name new deals are filed under. Defaults to the operating system's user name.
    static QString salespersonName();
    static void setSalespersonName(const QString &name);

    /// The currency new deals start with (ISO 4217 code). Defaults to the locale's currency, else EUR.
    static QString defaultCurrency();
    static void setDefaultCurrency(const QString &code);
};

} // namespace Triplewin::Core
