#include "endingreasons.h"

#include "../domain/deal.h"
#include "../domain/endingreason.h"

#include <algorithm>
#include <QCoreApplication>

namespace Triplewin::Core {

namespace {

QStringList reasonColumns(const QList<ReasonCount> &counts)
{
    QStringList own;
    bool noneGiven = false;
    QStringList standard;
    for (const QString &key : standardEndingReasons()) {
        if (std::any_of(counts.cbegin(), counts.cend(), [&key](const ReasonCount &c) { return c.reason == key; }))
            standard << key;
    }
    for (const ReasonCount &count : counts) {
        if (count.reason.isEmpty())
            noneGiven = true;
        else if (!standardEndingReasons().contains(count.reason) && !own.contains(count.reason))
            own << count.reason;
    }
    std::sort(own.begin(), own.end(),
              [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    QStringList columns = standard + own;
    if (noneGiven)
        columns << QString();
    return columns;
}

void add(ReasonTable *table, ReasonTable::Row *row, const ReasonCount &count)
{
    row->counts[table->reasons.indexOf(count.reason)] += count.count;
    row->total += count.count;
    table->total += count.count;
}

} // namespace

ReasonTable reasonsByEnding(const QList<ReasonCount> &counts)
{
    ReasonTable table;
    table.reasons = reasonColumns(counts);
    // Best first: win-win-win, win/win, walked away, then the losing ones, then those not assessed.
    const Ending order[] = {Ending::WinWinWin, Ending::WinWin,   Ending::WalkedAway, Ending::WinLose,
                            Ending::LoseWin,   Ending::LoseLose, Ending::Unknown};
    for (Ending ending : order) {
        ReasonTable::Row row{endingName(ending), endingKey(ending), QList<qint64>(table.reasons.size(), 0), 0};
        for (const ReasonCount &count : counts) {
            if (count.ending == ending)
                add(&table, &row, count);
        }
        if (row.total > 0)
            table.rows << row;
    }
    return table;
}

ReasonTable reasonsBySalesperson(const QList<ReasonCount> &counts)
{
    ReasonTable table;
    table.reasons = reasonColumns(counts);
    for (const ReasonCount &count : counts) {
        const QString key = nameKey(count.salesperson);
        auto row = std::find_if(table.rows.begin(), table.rows.end(),
                                [&key](const ReasonTable::Row &r) { return nameKey(r.key) == key; });
        if (row == table.rows.end()) {
            table.rows << ReasonTable::Row{count.salesperson, count.salesperson, QList<qint64>(table.reasons.size(), 0),
                                           0};
            row = table.rows.end() - 1;
        }
        add(&table, &*row, count);
    }
    return table;
}

QString reasonColumnName(const QString &reason)
{
    return reason.isEmpty() ? QCoreApplication::translate("Triplewin::Core::EndingReasons", "No reason given")
                            : endingReasonName(reason);
}

} // namespace Triplewin::Core
