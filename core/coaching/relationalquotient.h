#pragma once

#include "../domain/classification.h"

#include <array>
#include <optional>
#include <QDate>
#include <QList>
#include <QString>

namespace Triplewin::Core {

/// How a deal ended, for counting: the six outcomes of a closed deal plus a transparent walk-away.
enum class Ending
{
    WinWinWin,
    WinWin,
    WinLose,
    LoseWin,
    LoseLose,
    Unknown,
    WalkedAway,
};
inline constexpr int EndingCount = 7;

Ending endingOf(Outcome outcome);
/// The key stored in deals.ending ("win_win", ..., "walked_away"); std::nullopt for anything else.
std::optional<Ending> endingFromKey(const QString &key);
QString endingKey(Ending ending);
/// "win/win", ..., "not assessed", "walked away" (translated).
QString endingName(Ending ending);

/// Ended deals counted by how they ended.
struct EndingCounts
{
    std::array<qint64, EndingCount> counts{};

    qint64 &operator[](Ending ending) { return counts[std::size_t(ending)]; }
    qint64 operator[](Ending ending) const { return counts[std::size_t(ending)]; }
    qint64 total() const;
    EndingCounts &operator+=(const EndingCounts &other);
};

/// The relational quotient: a 0–100 score of co-operative outcomes.
///
///     RQ = round( Σ weight(ending) × count(ending) / Σ count(ending) )
///
/// with the weights below: a deal everyone gains from raises the score above the neutral 50, a deal someone
/// at the table loses lowers it, and a transparent walk-away counts in its favour. With no ended deals there
/// is no RQ.
struct RelationalQuotient
{
    static constexpr std::array<int, EndingCount> Weights{
        100, // win-win-win
        85,  // win/win
        10,  // win/lose: works once
        20,  // lose/win: a concession
        0,   // lose/lose
        50,  // not assessed: neutral
        70,  // walked away transparently: honesty builds the relationship
    };

    static int weight(Ending ending) { return Weights[std::size_t(ending)]; }
    /// The RQ of @p counts, or std::nullopt when there are none.
    static std::optional<int> compute(const EndingCounts &counts);
    /// The formula and weights in plain words, for "How is this computed?" (translated, rich text).
    static QString explanation();
};

/// The RQ of one calendar month.
struct RqPoint
{
    QDate month; ///< the first day of the month
    int rq = 0;
    qint64 deals = 0;
};

} // namespace Triplewin::Core
