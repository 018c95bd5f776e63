#pragma once

#include "../coaching/habits.h"
#include "../coaching/relationalquotient.h"
#include "storageerror.h"

#include <functional>
#include <optional>
#include <QDate>
#include <QList>
#include <QString>

namespace Triplewin::Core {

class Database;

/// A salesperson's ended deals in one calendar month, counted by how they ended.
struct MonthlyEndings
{
    QString salesperson;
    QDate month; ///< first day of the month (UTC)
    EndingCounts counts;
};

/// The SQL behind the coach: read-only queries over ended deals (closed or walked away, not in the trash).
/// Every query aggregates in SQL or streams forward-only, so a million deals never sit in memory.
class CoachingRepository final
{
public:
    explicit CoachingRepository(Database &database);

    /// @p salesperson's @p limit most recently ended deals, newest first.
    Expected<QList<EndedDeal>> recentEnded(const QString &salesperson, int limit);

    /// For every salesperson, their @p window most recently ended deals, newest first, streamed to @p visit
    /// one salesperson at a time (one query; a few seeks in the ended-deals index per salesperson, so the cost
    /// does not grow with the number of deals).
    StorageError forEachSalespersonWindow(int window,
                                          const std::function<void(const QString &, const QList<EndedDeal> &)> &visit);

    /// Ended deals per salesperson (or only @p salesperson when given) and month, for months that start on or
    /// after @p from and before @p to.
    Expected<QList<MonthlyEndings>> endingsByMonth(const std::optional<QString> &salesperson, const QDate &from,
                                                   const QDate &to);

    /// The most recently closed deal (walk-aways do not count) with @p customer (case-insensitive, any
    /// salesperson: the customer's memory is of the company), other than @p excludingDealId; std::nullopt when
    /// there is none.
    Expected<std::optional<EndedDeal>> lastEndedWithCustomer(const QString &customer, qint64 excludingDealId);

    /// Everyone who has ended a deal, sorted.
    Expected<QStringList> salespeople();

private:
    Database &m_database;
};

} // namespace Triplewin::Core
