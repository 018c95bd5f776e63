#pragma once

#include "../domain/classification.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Triplewin::Core {

/// One ended deal (closed or walked away) as the coach sees it: its frozen outcome, never today's estimates.
struct EndedDeal
{
    qint64 id = 0;
    QString title;
    QString customer;
    QString salesperson;
    QDateTime endedAt;                          ///< UTC
    Outcome outcome = Outcome::Unknown;         ///< meaningless when walkedAway
    Result customersCustomer = Result::Unknown; ///< their customer's result under the agreed option
    bool walkedAway = false;
    int unreciprocated = 0; ///< concessions given with nothing received in return (isUnreciprocated())
};

/// Where the habit flags trip: the single documented place (defaults below; adjustable in settings).
///
/// Every flag looks at a salesperson's `window` most recently ended deals (closed or walked away), newest first:
/// 1. Concession habit: lose/win in at least `concessionMin` of them.
/// 2. Hard-bargain habit: win/lose in at least `hardBargainMin` of them.
/// 3. (Per customer, see customerCameOffWorse().)
/// 4. Chain blind spot: of the closed (not walked-away) deals in the window, at least `chainBlindSpotPercent` %
///    — and at least two deals — left their customer's value unassessed or at a loss.
/// 5. Never walks away: at least `neverWalksAwayLosses` deals you lost (lose/win, lose/lose) and not one
///    walk-away in the window.
/// 6. Gives without getting: at least `unreciprocatedMin` concessions given with nothing received in return
///    (isUnreciprocated(), concession.h) in the window's deals together, closed or walked away; its evidence is the
///    deals that hold them.
struct HabitThresholds
{
    int window = 5;
    int concessionMin = 2;
    int hardBargainMin = 2;
    int chainBlindSpotPercent = 50;
    int neverWalksAwayLosses = 3;
    int unreciprocatedMin = 3;

    /// The same thresholds clamped to sane ranges (window 1..50, counts of deals 1..window, percent 1..100,
    /// concessions 1..100).
    HabitThresholds sanitized() const;
};

enum class HabitKind
{
    Concession,
    HardBargain,
    ChainBlindSpot,
    NeverWalksAway,
    Unreciprocated,
};
/// Every habit kind, in the order the coach reports them.
inline constexpr HabitKind AllHabitKinds[] = {HabitKind::Concession, HabitKind::HardBargain, HabitKind::ChainBlindSpot,
                                              HabitKind::NeverWalksAway, HabitKind::Unreciprocated};

/// A habit the coach sees forming, with its evidence.
struct HabitFlag
{
    HabitKind kind = HabitKind::Concession;
    QList<EndedDeal> evidence; ///< the deals that show it, newest first
    int count = 0;             ///< how many deals show it
    int outOf = 0;             ///< how many deals were looked at
    QDateTime since;           ///< when the earliest of the evidence ended

    /// "Concession habit", ... (translated)
    QString title() const;
    /// Why it matters, in plain words (translated), said to the salesperson ("You gave in…"), or, with
    /// @p salesperson, about them by name for a manager's report ("Dana gave in…").
    QString explanation(const QString &salesperson = {}) const;
    /// "2 of your last 5 ended deals", or with @p salesperson "2 of Dana's last 5 ended deals" (translated).
    QString strength(const QString &salesperson = {}) const;
    /// 0..1: count relative to the deals looked at.
    double ratio() const { return outOf > 0 ? double(count) / outOf : 0.0; }
};

/// Stable keys for habit kinds ("concession", "hard_bargain", "chain_blind_spot", "never_walks_away",
/// "unreciprocated_concessions"): the CLI's JSON and scenario packs. Never translated.
QString habitKey(HabitKind kind);
/// The key scenario packs use for flag 3, the per-customer warning (customerCameOffWorse()).
inline constexpr char CustomerCameOffWorseKey[] = "customer_came_off_worse";

/// Detects the habit flags in @p recentFirst, a salesperson's ended deals, newest first (only the first
/// `thresholds.window` are looked at). Pure: the same input always gives the same flags.
QList<HabitFlag> detectHabits(const QList<EndedDeal> &recentFirst, const HabitThresholds &thresholds);

/// Flag 3: true when @p lastWithCustomer, the customer's most recently ended deal with you, left the customer
/// worse off (win/lose or lose/lose).
bool customerCameOffWorse(const EndedDeal &lastWithCustomer);

/// A sentence for the deal editor about that last deal (translated), e.g. "Last time (Fleet renewal, closed
/// 3 Oct 2026 by Dana) Acme came off worse: win/lose."
QString customerWarning(const EndedDeal &lastWithCustomer);

} // namespace Triplewin::Core
