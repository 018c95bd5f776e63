#include "habits.h"

#include <algorithm>
#include <QCoreApplication>
#include <QLocale>

namespace Triplewin::Core {

namespace {

HabitFlag makeFlag(HabitKind kind, const QList<EndedDeal> &evidence, int outOf)
{
    HabitFlag flag;
    flag.kind = kind;
    flag.evidence = evidence;
    flag.count = int(evidence.size());
    flag.outOf = outOf;
    for (const EndedDeal &deal : evidence) {
        if (!flag.since.isValid() || deal.endedAt < flag.since)
            flag.since = deal.endedAt;
    }
    return flag;
}

bool youLost(const EndedDeal &deal)
{
    return !deal.walkedAway && (deal.outcome == Outcome::LoseWin || deal.outcome == Outcome::LoseLose);
}

} // namespace

HabitThresholds HabitThresholds::sanitized() const
{
    HabitThresholds t = *this;
    t.window = std::clamp(window, 1, 50);
    t.concessionMin = std::clamp(concessionMin, 1, t.window);
    t.hardBargainMin = std::clamp(hardBargainMin, 1, t.window);
    t.chainBlindSpotPercent = std::clamp(chainBlindSpotPercent, 1, 100);
    t.neverWalksAwayLosses = std::clamp(neverWalksAwayLosses, 1, t.window);
    t.unreciprocatedMin = std::clamp(unreciprocatedMin, 1, 100);
    return t;
}

QList<HabitFlag> detectHabits(const QList<EndedDeal> &recentFirst, const HabitThresholds &requested)
{
    const HabitThresholds thresholds = requested.sanitized();
    const QList<EndedDeal> window = recentFirst.mid(0, thresholds.window);
    const int looked = int(window.size());

    QList<EndedDeal> concessions;
    QList<EndedDeal> hardBargains;
    QList<EndedDeal> chainGaps;
    QList<EndedDeal> losses;
    QList<EndedDeal> givenForNothing;
    int unreciprocated = 0;
    int closedCount = 0;
    bool walkedAway = false;
    for (const EndedDeal &deal : window) {
        if (deal.unreciprocated > 0) { // a walk-away's ledger counts too: it was given all the same
            givenForNothing << deal;
            unreciprocated += deal.unreciprocated;
        }
        if (deal.walkedAway) {
            walkedAway = true;
            continue;
        }
        ++closedCount;
        if (deal.outcome == Outcome::LoseWin)
            concessions << deal;
        if (deal.outcome == Outcome::WinLose)
            hardBargains << deal;
        if (deal.customersCustomer == Result::Unknown || deal.customersCustomer == Result::Lose)
            chainGaps << deal;
        if (youLost(deal))
            losses << deal;
    }

    QList<HabitFlag> flags;
    if (concessions.size() >= thresholds.concessionMin)
        flags << makeFlag(HabitKind::Concession, concessions, looked);
    if (hardBargains.size() >= thresholds.hardBargainMin)
        flags << makeFlag(HabitKind::HardBargain, hardBargains, looked);
    if (chainGaps.size() >= 2 && chainGaps.size() * 100 >= qsizetype(thresholds.chainBlindSpotPercent) * closedCount)
        flags << makeFlag(HabitKind::ChainBlindSpot, chainGaps, closedCount);
    if (!walkedAway && losses.size() >= thresholds.neverWalksAwayLosses)
        flags << makeFlag(HabitKind::NeverWalksAway, losses, looked);
    if (unreciprocated >= thresholds.unreciprocatedMin)
        flags << makeFlag(HabitKind::Unreciprocated, givenForNothing, looked);
    return flags;
}

QString habitKey(HabitKind kind)
{
    switch (kind) {
    case HabitKind::Concession:
        return QStringLiteral("concession");
    case HabitKind::HardBargain:
        return QStringLiteral("hard_bargain");
    case HabitKind::ChainBlindSpot:
        return QStringLiteral("chain_blind_spot");
    case HabitKind::NeverWalksAway:
        return QStringLiteral("never_walks_away");
    case HabitKind::Unreciprocated:
        return QStringLiteral("unreciprocated_concessions");
    }
    return {};
}

QString HabitFlag::title() const
{
    switch (kind) {
    case HabitKind::Concession:
        return QCoreApplication::translate("Triplewin::Core::Habits", "Concession habit (lose/win)");
    case HabitKind::HardBargain:
        return QCoreApplication::translate("Triplewin::Core::Habits", "Hard-bargain habit (win/lose)");
    case HabitKind::ChainBlindSpot:
        return QCoreApplication::translate("Triplewin::Core::Habits", "Chain blind spot");
    case HabitKind::NeverWalksAway:
        return QCoreApplication::translate("Triplewin::Core::Habits", "Never walks away");
    case HabitKind::Unreciprocated:
        return QCoreApplication::translate("Triplewin::Core::Habits", "Gives without getting");
    }
    return {};
}

QString HabitFlag::explanation(const QString &salesperson) const
{
    const bool you = salesperson.trimmed().isEmpty();
    switch (kind) {
    case HabitKind::Concession:
        return you ? QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "You gave in to close: the customer came out ahead and you fell below your walk-away "
                         "point. A concession to close becomes a habit, and it costs respect on both sides.")
                   : QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "%1 gave in to close: the customer came out ahead and %1 fell below their own "
                         "walk-away point. A concession to close becomes a habit, and it costs respect on "
                         "both sides.")
                         .arg(salesperson);
    case HabitKind::HardBargain:
        return you ? QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "You came out ahead while the customer fell below their best alternative. Win/lose "
                         "works once: a customer who came off worse will not consider you next time.")
                   : QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "%1 came out ahead while the customer fell below their best alternative. Win/lose "
                         "works once: a customer who came off worse will not consider %1 next time.")
                         .arg(salesperson);
    case HabitKind::ChainBlindSpot:
        return you ? QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "Their customer's value was not assessed, or was a loss. The best deals deliver "
                         "value up the chain, to your customer's own customer.")
                   : QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "In %1's deals the customer's customer was not assessed, or lost. The best deals "
                         "deliver value up the chain, to the customer's own customer.")
                         .arg(salesperson);
    case HabitKind::NeverWalksAway:
        return you ? QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "You kept closing deals you lost and did not walk away from any. When no win/win can "
                         "be found, saying so openly and walking away builds more trust than a bad deal.")
                   : QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "%1 kept closing deals they lost and did not walk away from any. When no win/win can "
                         "be found, saying so openly and walking away builds more trust than a bad deal.")
                         .arg(salesperson);
    case HabitKind::Unreciprocated: {
        int concessions = 0;
        for (const EndedDeal &deal : evidence)
            concessions += deal.unreciprocated;
        return you ? QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "You gave %n concession(s) with nothing received in return. Trade each one (“if you …, "
                         "then we …”): a concession given for nothing teaches the other side that asking is enough.",
                         nullptr, concessions)
                   : QCoreApplication::translate(
                         "Triplewin::Core::Habits",
                         "%1 gave %n concession(s) with nothing received in return. A concession traded for "
                         "something (“if …, then …”) keeps the other side from learning that asking is enough.",
                         nullptr, concessions)
                         .arg(salesperson);
    }
    }
    return {};
}

QString HabitFlag::strength(const QString &salesperson) const
{
    const bool closedOnly = kind == HabitKind::ChainBlindSpot;
    if (salesperson.trimmed().isEmpty())
        return (closedOnly ? QCoreApplication::translate("Triplewin::Core::Habits", "%1 of your last %n closed deal(s)",
                                                         nullptr, outOf)
                           : QCoreApplication::translate("Triplewin::Core::Habits", "%1 of your last %n ended deal(s)",
                                                         nullptr, outOf))
            .arg(count);
    return (closedOnly ? QCoreApplication::translate("Triplewin::Core::Habits", "%1 of %2's last %n closed deal(s)",
                                                     nullptr, outOf)
                       : QCoreApplication::translate("Triplewin::Core::Habits", "%1 of %2's last %n ended deal(s)",
                                                     nullptr, outOf))
        .arg(count)
        .arg(salesperson);
}

bool customerCameOffWorse(const EndedDeal &lastWithCustomer)
{
    return !lastWithCustomer.walkedAway &&
           (lastWithCustomer.outcome == Outcome::WinLose || lastWithCustomer.outcome == Outcome::LoseLose);
}

QString customerWarning(const EndedDeal &last)
{
    const QString when = QLocale().toString(last.endedAt.toLocalTime().date(), QLocale::ShortFormat);
    if (last.salesperson.trimmed().isEmpty())
        return QCoreApplication::translate("Triplewin::Core::Habits",
                                           "%1 came off worse last time: “%2”, closed %3, was %4. Look for an option "
                                           "that is good for them this time.")
            .arg(last.customer, last.title, when, outcomeName(last.outcome));
    return QCoreApplication::translate("Triplewin::Core::Habits",
                                       "%1 came off worse last time: “%2”, closed %3 by %4, was %5. Look for an "
                                       "option that is good for them this time.")
        .arg(last.customer, last.title, when, last.salesperson, outcomeName(last.outcome));
}

} // namespace Triplewin::Core
