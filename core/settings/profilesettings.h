#pragma once

#include <QString>
#include <QStringList>

namespace Triplewin::Core {

/// The salesperson's profile, kept in QSettings. Typed accessors with their key and default in one place.
class ProfileSettings final
{
public:
    /// The name the user gave (new deals are filed under it, endings and notes are signed with it); else the
    /// system's name for them (systemUserName()). Empty only when neither exists: callers then ask.
    static QString salespersonName();
    /// Stores @p name (trimmed); an empty name is ignored.
    static void setSalespersonName(const QString &name);
    /// True once the user has given their name (on first start or in Settings).
    static bool hasSalespersonName();
    /// The operating system's full name for the current user (the passwd entry's GECOS field), else the login
    /// name, else empty.
    static QString systemUserName();

    /// The currency new deals start with (ISO 4217 code). Defaults to the locale's currency, else EUR.
    static QString defaultCurrency();
    static void setDefaultCurrency(const QString &code);

    /// Whether closing on an option that leaves you or your customer below the reference point, or on a dominated
    /// option, asks for a written reason first (closingConcerns()). On unless the user turned it off.
    static bool closingGate();
    static void setClosingGate(bool on);

    /// The reasons offered when a deal ends (keys of the standard ones, endingreason.h, and the user's own), in the
    /// user's order; the standard list until the user edits it. Never empty.
    static QStringList endingReasons();
    /// Keeps @p reasons (names or keys, endingReasonFromName()), without blanks and repeats; an empty list restores
    /// the standard one.
    static void setEndingReasons(const QStringList &reasons);
};

} // namespace Triplewin::Core
