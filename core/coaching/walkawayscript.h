#pragma once

#include "../domain/deal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Triplewin::Core {

/// What the salesperson adds to the generated script: what would need to change for a deal that is good for
/// both sides, and when to talk again.
struct FollowUp
{
    QString whatWouldChange;
    QDate revisitOn;

    friend bool operator==(const FollowUp &a, const FollowUp &b)
    {
        return a.whatWouldChange == b.whatWouldChange && a.revisitOn == b.revisitOn;
    }
};

/// The steps of a transparent walk-away conversation, in order.
enum class ScriptStep
{
    Check,        ///< the options explored and who falls short under each, by how much
    Commitment,   ///< you are committed to an outcome that is good for both sides
    Transparency, ///< what each side needs, and what has been tried
    Proposal,     ///< no win/win: better for both not to do this deal this time; the door stays open
    FollowUp,     ///< what would need to change, and a date to revisit
};
inline constexpr int ScriptStepCount = 5;

/// A walk-away script: one heading and one text per step. Generated from the deal's own data by
/// generateWalkAwayScript(); the salesperson may then edit the whole text.
struct WalkAwayScript
{
    struct Section
    {
        ScriptStep step = ScriptStep::Check;
        QString heading;
        QString text;
    };
    QList<Section> sections;

    /// The script as one plain text: a title line, then each heading and its text.
    QString toPlainText(const QString &title) const;
};

/// True when no option reaches at least even for both you and your customer (an option with either result
/// unknown does not count as reaching it). A deal without options has no win/win either.
bool hasNoWinWin(const Deal &deal);
/// True when at least one option has both your value and your customer's value estimated.
bool hasAssessedOption(const Deal &deal);

/// Builds the script for @p deal from translatable templates with placeholders (pure; amounts in the deal's
/// currency, formatted for @p locale). Unknown values are named as unknown, never invented.
WalkAwayScript generateWalkAwayScript(const Deal &deal, const FollowUp &followUp, const QLocale &locale = QLocale());

/// "Check", "Commitment", ... (translated)
QString scriptStepName(ScriptStep step);

} // namespace Triplewin::Core
