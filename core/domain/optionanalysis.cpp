#include "optionanalysis.h"

#include "amount.h"

#include <algorithm>
#include <QCoreApplication>
#include <QLocale>

namespace Triplewin::Core {

namespace {

/// The file's translation context, the same for lupdate as for the app: a file-local AnalysisText::tr() function would
/// be filed by lupdate under its namespace or class, and never found at run time.
struct AnalysisText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Core::OptionAnalysis)
};

/// The three surpluses of @p option, or empty when any is not assessed.
std::optional<std::array<Money, PartyCount>> surpluses(const DealOption &option)
{
    std::array<Money, PartyCount> result{};
    for (Party party : AllParties) {
        const std::optional<Money> value = surplus(option.assessment(party));
        if (!value)
            return std::nullopt;
        result[std::size_t(partyIndex(party))] = *value;
    }
    return result;
}

Money sum(const std::array<Money, PartyCount> &values)
{
    return values[0] + values[1] + values[2];
}

/// A party inside a sentence: "you", "your customer", "their customer".
QString partyInSentence(Party party)
{
    switch (party) {
    case Party::You:
        return AnalysisText::tr("you");
    case Party::Customer:
        return AnalysisText::tr("your customer");
    case Party::CustomersCustomer:
        return AnalysisText::tr("their customer");
    }
    return {};
}

QString partyList(const QList<Party> &parties)
{
    QStringList names;
    for (Party party : parties)
        names << partyInSentence(party);
    return QLocale().createSeparatedList(names);
}

} // namespace

bool dominates(const DealOption &a, const DealOption &b)
{
    const auto first = surpluses(a);
    const auto second = surpluses(b);
    if (!first || !second)
        return false;
    bool better = false;
    for (std::size_t party = 0; party < std::size_t(PartyCount); ++party) {
        if ((*first)[party] < (*second)[party])
            return false;
        better = better || (*first)[party] > (*second)[party];
    }
    return better;
}

QList<std::optional<int>> dominators(const QList<DealOption> &options)
{
    QList<std::optional<int>> result(options.size());
    for (int dominated = 0; dominated < options.size(); ++dominated) {
        std::optional<Money> strongest;
        for (int other = 0; other < options.size(); ++other) {
            if (other == dominated || !dominates(options.at(other), options.at(dominated)))
                continue;
            const Money total = sum(*surpluses(options.at(other)));
            if (!strongest || total > *strongest) {
                strongest = total;
                result[dominated] = other;
            }
        }
    }
    return result;
}

QList<Party> partiesBelowWalkAway(const DealOption &option)
{
    QList<Party> parties;
    for (Party party : AllParties) {
        if (classify(option.assessment(party)) == Result::Lose)
            parties << party;
    }
    return parties;
}

QString belowWalkAwayText(const DealOption &option)
{
    const QList<Party> parties = partiesBelowWalkAway(option);
    if (parties.isEmpty())
        return {};
    return AnalysisText::tr("Below walk-away for %1").arg(partyList(parties));
}

QString dominatedText(const QList<DealOption> &options, int dominated, std::optional<int> dominator)
{
    if (!dominator || dominated < 0 || dominated >= options.size() || *dominator < 0 || *dominator >= options.size())
        return {};
    const auto better = *surpluses(options.at(*dominator));
    const auto worse = *surpluses(options.at(dominated));
    QList<Party> gaining;
    for (Party party : AllParties) {
        const std::size_t at = std::size_t(partyIndex(party));
        if (better[at] > worse[at])
            gaining << party;
    }
    const QString name = options.at(*dominator).name.trimmed().isEmpty()
                             ? AnalysisText::tr("option %1").arg(*dominator + 1)
                             : QStringLiteral("“%1”").arg(options.at(*dominator).name.trimmed());
    return AnalysisText::tr("Dominated by %1: as good for everyone, better for %2").arg(name, partyList(gaining));
}

QString dominatedMark(int dominator)
{
    return AnalysisText::tr("Dominated by %1").arg(dominator + 1);
}

QString belowWalkAwayMark()
{
    return AnalysisText::tr("Below walk-away");
}

QStringList optionMarks(const QList<DealOption> &options, int index)
{
    QStringList marks;
    if (index < 0 || index >= options.size())
        return marks;
    if (const std::optional<int> dominator = dominators(options).at(index))
        marks << dominatedMark(*dominator);
    if (!partiesBelowWalkAway(options.at(index)).isEmpty())
        marks << belowWalkAwayMark();
    return marks;
}

QStringList optionWarnings(const QList<DealOption> &options, int index)
{
    QStringList sentences;
    if (index < 0 || index >= options.size())
        return sentences;
    if (const QString dominated = dominatedText(options, index, dominators(options).at(index)); !dominated.isEmpty())
        sentences << dominated;
    if (const QString below = belowWalkAwayText(options.at(index)); !below.isEmpty())
        sentences << below;
    return sentences;
}

QStringList closingConcerns(const QList<DealOption> &options, int agreed)
{
    QStringList concerns;
    if (agreed < 0 || agreed >= options.size())
        return concerns;
    const DealOption &option = options.at(agreed);
    if (classify(option.assessment(Party::You)) == Result::Lose)
        concerns << AnalysisText::tr("It leaves you below your walk-away point.");
    if (classify(option.assessment(Party::Customer)) == Result::Lose)
        concerns << AnalysisText::tr("It leaves your customer below their best alternative.");
    if (const QString dominated = dominatedText(options, agreed, dominators(options).at(agreed)); !dominated.isEmpty())
        concerns << dominated + u'.';
    return concerns;
}

std::optional<int> bestForAll(const QList<DealOption> &options)
{
    std::optional<int> best;
    Money bestTotal = 0;
    for (int index = 0; index < options.size(); ++index) {
        const auto values = surpluses(options.at(index));
        if (!values || !partiesBelowWalkAway(options.at(index)).isEmpty())
            continue;
        if (!best || sum(*values) > bestTotal) {
            best = index;
            bestTotal = sum(*values);
        }
    }
    return best;
}

std::optional<ValueLeftOnTable> valueLeftOnTable(const QList<DealOption> &options, int agreed)
{
    if (agreed < 0 || agreed >= options.size())
        return std::nullopt;
    const std::optional<int> best = bestForAll(options);
    const auto agreedValues = surpluses(options.at(agreed));
    if (!best || !agreedValues)
        return std::nullopt;
    const auto bestValues = *surpluses(options.at(*best));
    ValueLeftOnTable left;
    left.bestOption = *best;
    for (std::size_t party = 0; party < std::size_t(PartyCount); ++party)
        left.perParty[party] = bestValues[party] - (*agreedValues)[party];
    return left;
}

QString valueLeftOnTableText(const QList<DealOption> &options, qint64 agreedOptionId)
{
    const auto agreed = std::find_if(options.cbegin(), options.cend(), [agreedOptionId](const DealOption &option) {
        return option.id == agreedOptionId;
    });
    if (agreedOptionId == 0 || agreed == options.cend())
        return {};
    const int index = int(agreed - options.cbegin());
    const std::optional<ValueLeftOnTable> left = valueLeftOnTable(options, index);
    if (!left)
        return {};
    if (left->bestOption == index)
        return AnalysisText::tr("It was the best option for all: no value left on the table.");
    const QLocale locale;
    return AnalysisText::
        tr("Value left on the table against “%1”, the best option for all: you %2, your customer %3, their customer "
           "%4; %5 in all (a negative figure: more than that option gives).")
            .arg(options.at(left->bestOption).name, formatAmount(left->of(Party::You), locale),
                 formatAmount(left->of(Party::Customer), locale),
                 formatAmount(left->of(Party::CustomersCustomer), locale), formatAmount(left->total(), locale));
}

std::optional<ValueLeftOnTable> valueLeftOnTable(const QList<DealOption> &options, const DealEnding &ending)
{
    if (ending.walkedAway)
        return std::nullopt;
    const auto agreed = std::find_if(options.cbegin(), options.cend(), [&ending](const DealOption &option) {
        return ending.optionId != 0 ? option.id == ending.optionId : option.name == ending.optionName;
    });
    if (agreed == options.cend())
        return std::nullopt;
    return valueLeftOnTable(options, int(agreed - options.cbegin()));
}

} // namespace Triplewin::Core
