#pragma once

#include "assessment.h"
#include "dealoption.h"

#include <array>
#include <QString>

namespace Triplewin::Core {

/// A party's result under one option.
enum class Result
{
    Unknown, ///< the value or the reference point was not assessed
    Lose,    ///< value below the reference point by more than the tolerance
    Even,    ///< value within the tolerance band around the reference point
    Win,     ///< value above the reference point by more than the tolerance
};

/// The results of an option taken together, named the way salespeople say it (you first, customer second).
enum class Outcome
{
    Unknown, ///< you or your customer not assessed
    LoseLose,
    LoseWin,  ///< you lose, the customer does not: a concession
    WinLose,  ///< you do not lose, the customer does: a hard bargain
    WinWin,   ///< neither you nor your customer loses
    WinWinWin ///< win/win, and their customer comes out ahead too
};
/// Every outcome, in the order above.
inline constexpr std::array<Outcome, 6> AllOutcomes{Outcome::Unknown, Outcome::LoseLose, Outcome::LoseWin,
                                                    Outcome::WinLose, Outcome::WinWin,   Outcome::WinWinWin};

/// The tolerance band, the single place it is defined.
///
/// A value counts as *even* when it is within the band around its reference point:
///     |value − reference| ≤ max(1 % of |reference|, 1.00 currency unit)
/// Both edges of the band are even. Above the band is a win, below it a loss. The relative part keeps a
/// 1-cent rounding difference on a 2,000,000 reference from becoming a loss; the absolute floor makes the band
/// meaningful for a reference of 0 (their customer's usual status quo).
struct Tolerance
{
    static constexpr Money AbsoluteFloor = 100; ///< one currency unit, in cents
    static constexpr int RelativePerMille = 10; ///< 1 %

    static Money bandFor(Money referencePoint);
};

/// The result of one assessment (pure).
Result classify(const Assessment &assessment);

/// value − reference point, or empty when either is not assessed.
std::optional<Money> surplus(const Assessment &assessment);

/// Names the outcome from the three results (pure). Even counts as "not losing":
/// - you or your customer unknown → Unknown;
/// - you and your customer each win or break even: WinWinWin when their customer wins, else WinWin;
/// - you lose: LoseLose if your customer loses too, else LoseWin;
/// - only your customer loses: WinLose.
Outcome outcomeOf(Result you, Result customer, Result customersCustomer);
Outcome outcomeOf(const DealOption &option);

/// True for WinWin and WinWinWin: nobody at the table loses.
bool isWinWin(Outcome outcome);

/// Stable keys stored in the database ("win", "lose", ... / "win_win_win", "lose_win", ...). Never translated.
QString resultKey(Result result);
std::optional<Result> resultFromKey(const QString &key);
QString outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(const QString &key);

/// "win", "even", "lose", "unknown" (translated).
QString resultName(Result result);
/// "win-win-win", "win/win", "win/lose", "lose/win", "lose/lose", "not assessed" (translated).
QString outcomeName(Outcome outcome);
/// One sentence that explains the outcome to a salesperson (translated).
QString outcomeExplanation(Outcome outcome);

} // namespace Triplewin::Core
