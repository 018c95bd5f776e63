#include "classification.h"

#include <algorithm>
#include <cstdlib>
#include <QCoreApplication>

namespace Triplewin::Core {

Money Tolerance::bandFor(Money referencePoint)
{
    // Amounts are bounded by MaxAmount (1e14 cents), so the product cannot overflow.
    const Money relative = std::llabs(referencePoint) * RelativePerMille / 1000;
    return std::max(AbsoluteFloor, relative);
}

std::optional<Money> surplus(const Assessment &assessment)
{
    if (!assessment.value || !assessment.referencePoint)
        return std::nullopt;
    return *assessment.value - *assessment.referencePoint;
}

Result classify(const Assessment &assessment)
{
    const std::optional<Money> difference = surplus(assessment);
    if (!difference)
        return Result::Unknown;
    const Money band = Tolerance::bandFor(*assessment.referencePoint);
    if (*difference > band)
        return Result::Win;
    if (*difference < -band)
        return Result::Lose;
    return Result::Even;
}

Outcome outcomeOf(Result you, Result customer, Result customersCustomer)
{
    if (you == Result::Unknown || customer == Result::Unknown)
        return Outcome::Unknown;
    const bool youLose = you == Result::Lose;
    const bool customerLoses = customer == Result::Lose;
    if (youLose)
        return customerLoses ? Outcome::LoseLose : Outcome::LoseWin;
    if (customerLoses)
        return Outcome::WinLose;
    return customersCustomer == Result::Win ? Outcome::WinWinWin : Outcome::WinWin;
}

Outcome outcomeOf(const DealOption &option)
{
    return outcomeOf(classify(option.assessment(Party::You)), classify(option.assessment(Party::Customer)),
                     classify(option.assessment(Party::CustomersCustomer)));
}

bool isWinWin(Outcome outcome)
{
    return outcome == Outcome::WinWin || outcome == Outcome::WinWinWin;
}

QString resultKey(Result result)
{
    switch (result) {
    case Result::Unknown:
        return QStringLiteral("unknown");
    case Result::Lose:
        return QStringLiteral("lose");
    case Result::Even:
        return QStringLiteral("even");
    case Result::Win:
        return QStringLiteral("win");
    }
    return {};
}

std::optional<Result> resultFromKey(const QString &key)
{
    for (Result result : {Result::Unknown, Result::Lose, Result::Even, Result::Win}) {
        if (resultKey(result) == key)
            return result;
    }
    return std::nullopt;
}

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unknown:
        return QStringLiteral("unknown");
    case Outcome::LoseLose:
        return QStringLiteral("lose_lose");
    case Outcome::LoseWin:
        return QStringLiteral("lose_win");
    case Outcome::WinLose:
        return QStringLiteral("win_lose");
    case Outcome::WinWin:
        return QStringLiteral("win_win");
    case Outcome::WinWinWin:
        return QStringLiteral("win_win_win");
    }
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    for (Outcome outcome : AllOutcomes) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString resultName(Result result)
{
    switch (result) {
    case Result::Unknown:
        return QCoreApplication::translate("Triplewin::Core::Result", "unknown");
    case Result::Lose:
        return QCoreApplication::translate("Triplewin::Core::Result", "lose");
    case Result::Even:
        return QCoreApplication::translate("Triplewin::Core::Result", "even");
    case Result::Win:
        return QCoreApplication::translate("Triplewin::Core::Result", "win");
    }
    return {};
}

QString outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unknown:
        return QCoreApplication::translate("Triplewin::Core::Outcome", "not assessed");
    case Outcome::LoseLose:
        return QCoreApplication::translate("Triplewin::Core::Outcome", "lose/lose");
    case Outcome::LoseWin:
        return QCoreApplication::translate("Triplewin::Core::Outcome", "lose/win");
    case Outcome::WinLose:
        return QCoreApplication::translate("Triplewin::Core::Outcome", "win/lose");
    case Outcome::WinWin:
        return QCoreApplication::translate("Triplewin::Core::Outcome", "win/win");
    case Outcome::WinWinWin:
        return QCoreApplication::translate("Triplewin::Core::Outcome", "win-win-win");
    }
    return {};
}

QString outcomeExplanation(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unknown:
        return QCoreApplication::translate("Triplewin::Core::Outcome",
                                           "Estimate the value for you and your customer to see the outcome.");
    case Outcome::LoseLose:
        return QCoreApplication::translate("Triplewin::Core::Outcome",
                                           "Both you and your customer would be worse off than without this deal.");
    case Outcome::LoseWin:
        return QCoreApplication::translate(
            "Triplewin::Core::Outcome",
            "A concession: your customer gains and you fall below your walk-away point. Concessions become habits.");
    case Outcome::WinLose:
        return QCoreApplication::translate("Triplewin::Core::Outcome",
                                           "A hard bargain: you gain and your customer falls below their best "
                                           "alternative. It works once; they will not come back.");
    case Outcome::WinWin:
        return QCoreApplication::translate("Triplewin::Core::Outcome",
                                           "Good for you and for your customer. Can it also help their customer?");
    case Outcome::WinWinWin:
        return QCoreApplication::translate("Triplewin::Core::Outcome",
                                           "Good for you, your customer and their customer: the best kind of deal.");
    }
    return {};
}

} // namespace Triplewin::Core
