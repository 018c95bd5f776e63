#include "relationalquotient.h"

#include <cmath>
#include <QCoreApplication>

namespace Triplewin::Core {

Ending endingOf(Outcome outcome)
{
    switch (outcome) {
    case Outcome::WinWinWin:
        return Ending::WinWinWin;
    case Outcome::WinWin:
        return Ending::WinWin;
    case Outcome::WinLose:
        return Ending::WinLose;
    case Outcome::LoseWin:
        return Ending::LoseWin;
    case Outcome::LoseLose:
        return Ending::LoseLose;
    case Outcome::Unknown:
        break;
    }
    return Ending::Unknown;
}

QString endingKey(Ending ending)
{
    switch (ending) {
    case Ending::WinWinWin:
        return outcomeKey(Outcome::WinWinWin);
    case Ending::WinWin:
        return outcomeKey(Outcome::WinWin);
    case Ending::WinLose:
        return outcomeKey(Outcome::WinLose);
    case Ending::LoseWin:
        return outcomeKey(Outcome::LoseWin);
    case Ending::LoseLose:
        return outcomeKey(Outcome::LoseLose);
    case Ending::Unknown:
        return outcomeKey(Outcome::Unknown);
    case Ending::WalkedAway:
        return QStringLiteral("walked_away");
    }
    return {};
}

QString endingName(Ending ending)
{
    switch (ending) {
    case Ending::WinWinWin:
        return outcomeName(Outcome::WinWinWin);
    case Ending::WinWin:
        return outcomeName(Outcome::WinWin);
    case Ending::WinLose:
        return outcomeName(Outcome::WinLose);
    case Ending::LoseWin:
        return outcomeName(Outcome::LoseWin);
    case Ending::LoseLose:
        return outcomeName(Outcome::LoseLose);
    case Ending::Unknown:
        return outcomeName(Outcome::Unknown);
    case Ending::WalkedAway:
        return QCoreApplication::translate("Triplewin::Core::RelationalQuotient", "walked away");
    }
    return {};
}

std::optional<Ending> endingFromKey(const QString &key)
{
    for (int i = 0; i < EndingCount; ++i) {
        if (endingKey(Ending(i)) == key)
            return Ending(i);
    }
    return std::nullopt;
}

qint64 EndingCounts::total() const
{
    qint64 sum = 0;
    for (qint64 count : counts)
        sum += count;
    return sum;
}

EndingCounts &EndingCounts::operator+=(const EndingCounts &other)
{
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i] += other.counts[i];
    return *this;
}

std::optional<int> RelationalQuotient::compute(const EndingCounts &counts)
{
    const qint64 total = counts.total();
    if (total == 0)
        return std::nullopt;
    qint64 weighted = 0;
    for (int i = 0; i < EndingCount; ++i)
        weighted += qint64(Weights[std::size_t(i)]) * counts.counts[std::size_t(i)];
    // Round half up in integers: (2·weighted + total) / (2·total).
    return int((2 * weighted + total) / (2 * total));
}

QString RelationalQuotient::explanation()
{
    return QCoreApplication::translate(
               "Triplewin::Core::RelationalQuotient",
               "<p>The relational quotient (RQ) scores how co-operative your ended deals were, from 0 to 100. Each "
               "deal counts with a weight, and the RQ is the average weight, rounded:</p>"
               "<p align=\"center\"><b>RQ = Σ weight × deals ÷ Σ deals</b></p>"
               "<table cellpadding=\"3\">"
               "<tr><td>win-win-win</td><td align=\"right\">%1</td></tr>"
               "<tr><td>win/win</td><td align=\"right\">%2</td></tr>"
               "<tr><td>walked away transparently</td><td align=\"right\">%3</td></tr>"

               "<tr><td>lose/win (a concession)</td><td align=\"right\">%4</td></tr>"
               "<tr><td>win/lose (a hard bargain)</td><td align=\"right\">%5</td></tr>"
               "<tr><td>lose/lose</td><td align=\"right\">%6</td></tr>"
               "</table>"
               "<p>Deals where everyone gains raise your RQ above the neutral 50; deals where someone at the table "
               "loses lower it. A transparent walk-away counts in your favour: saying openly that no win/win exists "
               "builds the relationship. Only the outcome frozen when a deal ended counts, and only when it is known: "
               "a "
               "deal that ended without a value for each party (won or lost in a CRM, closed with a value missing) "
               "waits in the coach's list to assess and does not count until it is assessed.</p>")
        .arg(weight(Ending::WinWinWin))
        .arg(weight(Ending::WinWin))
        .arg(weight(Ending::WalkedAway))
        .arg(weight(Ending::LoseWin))
        .arg(weight(Ending::WinLose))
        .arg(weight(Ending::LoseLose));
}

} // namespace Triplewin::Core
