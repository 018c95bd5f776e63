#pragma once

#include "classification.h"
#include "deal.h"
#include "dealoption.h"
#include "party.h"

#include <array>
#include <optional>
#include <QList>
#include <QString>

namespace Triplewin::Core {

/// What the option matrix tells beyond each option's own outcome: which options another one beats for everyone,
/// which leave a party below its reference point, and which is the best for all. The single place these are defined
/// (issue 16); the options table, the chart, the closing gate and the dashboard all ask here.
///
/// Options are compared by each party's surplus (value − that option's reference point, surplus()): a party's own
/// walk-away is what "better for them" is measured against, and two options may have different reference points.

/// True when @p a is at least as good as @p b for all three parties and better for at least one: then nobody at any
/// table would rather have @p b. Exact, in cents: a cent more for one party and the same for the others is better.
/// False when any of the six surpluses is not assessed (an unknown is no evidence either way).
bool dominates(const DealOption &a, const DealOption &b);

/// For each option, the option that dominates it, by index, or empty when none does. Where several do, the one with
/// the greatest sum of surpluses (the strongest reason to switch), the first of equals.
QList<std::optional<int>> dominators(const QList<DealOption> &options);

/// The parties @p option leaves below their reference point (result Lose: further below than the tolerance band),
/// in party order.
QList<Party> partiesBelowWalkAway(const DealOption &option);

/// "Below walk-away for you and your customer" (translated), or empty when no party is below.
QString belowWalkAwayText(const DealOption &option);

/// "Dominated by “Option B”: at least as good for everyone, better for you" (translated), or empty when
/// @p dominator is empty. @p options is the list both indexes refer to.
QString dominatedText(const QList<DealOption> &options, int dominated, std::optional<int> dominator);

/// The short mark of a dominated option for a table cell or a chart label: "Dominated by 2" (translated), the
/// number as the options are numbered on screen; @p dominator counts from 0.
QString dominatedMark(int dominator);

/// The short mark of an option that leaves a party below its reference point: "Below walk-away" (translated).
QString belowWalkAwayMark();

/// The marks of option @p index of @p options, short enough for a narrow cell: dominatedMark() and belowWalkAwayMark()
/// (which parties: their results say it beside the mark, and optionWarnings() in words), those that apply.
QStringList optionMarks(const QList<DealOption> &options, int index);
/// The same in sentences, for a tooltip or a screen reader: dominatedText() and belowWalkAwayText().
QStringList optionWarnings(const QList<DealOption> &options, int index);

/// The best option for all: among the options where all three parties are assessed and nobody loses (no result is
/// Lose), the one with the greatest sum of the three surpluses; the first of equals. Empty when there is none.
std::optional<int> bestForAll(const QList<DealOption> &options);

/// Why closing on option @p agreed deserves a second thought, in sentences (the gate before closing): you or your
/// customer below the reference point, or the option dominated by another. Their customer's loss alone does not
/// stop a closing: it shows in the outcome. Empty when the closing needs no reason.
QStringList closingConcerns(const QList<DealOption> &options, int agreed);

/// What a closed deal left on the table: per party, the surplus the best option for all would have given minus the
/// agreed option's (positive: that party got less than it could have; negative: more).
struct ValueLeftOnTable
{
    int bestOption = -1; ///< index of the best option for all
    std::array<Money, PartyCount> perParty{};

    Money total() const { return perParty[0] + perParty[1] + perParty[2]; }
    Money of(Party party) const { return perParty[std::size_t(partyIndex(party))]; }
};

/// The value left on the table by agreeing to option @p agreed of @p options; empty when there is no best option for
/// all or not all of the agreed option's surpluses are known. All zero when the agreed option is the best one.
std::optional<ValueLeftOnTable> valueLeftOnTable(const QList<DealOption> &options, int agreed);
/// The same for a deal that ended with @p ending: its agreed option found by id (by name when it has none); empty for
/// a walk-away or when the agreed option is not among @p options.
std::optional<ValueLeftOnTable> valueLeftOnTable(const QList<DealOption> &options, const DealEnding &ending);

/// The value left on the table by closing on the option with id @p agreedOptionId, in a sentence with the amounts
/// in the default locale (translated): "Value left on the table against “Fair”, the best option for all: you -80,
/// …", or that the agreed option was the best; empty when it cannot be said (no such option, no best option for all,
/// values not assessed). Computed from the options' current estimates.
QString valueLeftOnTableText(const QList<DealOption> &options, qint64 agreedOptionId);

} // namespace Triplewin::Core
