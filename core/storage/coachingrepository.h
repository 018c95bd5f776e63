#pragma once

#include "../coaching/endingreasons.h"
#include "../coaching/habits.h"
#include "../coaching/relationalquotient.h"
#include "sqlstatement.h"
#include "storageerror.h"

#include <functional>
#include <optional>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace Triplewin::Core {

class Database;
class SqlDialect;

/// A salesperson's ended deals in one calendar month, counted by how they ended.
struct MonthlyEndings
{
    QString salespersonKey; ///< nameKey() of the salesperson
    QDate month;            ///< first day of the month (UTC)
    EndingCounts counts;
};

/// The SQL behind the coach: read-only queries over ended deals (closed or walked away, not in the trash).
/// Every query aggregates in SQL or streams forward-only, so a million deals never sit in memory.
class CoachingRepository final
{
public:
    explicit CoachingRepository(Database &database);

    /// Salespeople and customers are matched and grouped by their nameKey(): "MÜLLER GMBH" is "Müller GmbH".
    /// The queries for habits and the RQ count assessed endings only: a deal that ended with an unknown outcome waits
    /// in toAssess() instead. Deals that ended at the same moment are ordered by id, the one recorded later first.

    /// @p salesperson's @p limit most recently ended deals, newest first.
    Expected<QList<EndedDeal>> recentEnded(const QString &salesperson, int limit);

    /// For every salesperson, their @p window most recently ended deals, newest first, streamed to @p visit
    /// (with the salesperson's nameKey()) one salesperson at a time (one query; a few seeks in the ended-deals index
    /// per salesperson, so the cost does not grow with the number of deals).
    StorageError forEachSalespersonWindow(int window,
                                          const std::function<void(const QString &, const QList<EndedDeal> &)> &visit);

    /// Like forEachSalespersonWindow(), for the deals waiting for an assessment (see toAssess()), at most @p limit
    /// per salesperson.
    StorageError
    forEachSalespersonToAssess(int limit, const std::function<void(const QString &, const QList<EndedDeal> &)> &visit);
    /// @p salesperson's deals that ended without an assessment (imported from a CRM as won or lost, or closed on an
    /// option with a value or reference point missing), newest first: they do not count in habits or the RQ
    /// until they are assessed.
    Expected<QList<EndedDeal>> toAssess(const QString &salesperson, int limit);
    /// How many deals wait for an assessment, per salesperson's nameKey().
    Expected<QHash<QString, qint64>> toAssessCounts();

    /// Ended deals per salesperson (or only @p salesperson when given) and month, for months that start on or
    /// after @p from and before @p to.
    Expected<QList<MonthlyEndings>> endingsByMonth(const std::optional<QString> &salesperson, const QDate &from,
                                                   const QDate &to);

    /// Ended deals (assessed or not) counted by salesperson, how they ended and why, for deals that ended in the
    /// months from @p from's to @p to's (inclusive); only @p salesperson's when given. Sorted by salesperson.
    Expected<QList<ReasonCount>> endingReasons(const std::optional<QString> &salesperson, const QDate &from,
                                               const QDate &to);

    /// The value left on the table (frozen at each closing) summed per salesperson and currency, over the deals closed
    /// in the months from @p from's to @p to's; deals where it could not be said at the closing are left out.
    Expected<QList<ValueLeftSum>> valueLeftBySalesperson(const QDate &from, const QDate &to);
    /// The statements endingReasons() and valueLeftBySalesperson() send (for a test of their query plans).
    static SqlStatement endingReasonsStatement(const std::optional<QString> &salesperson, const QDate &from,
                                               const QDate &to);
    static SqlStatement valueLeftStatement(const QDate &from, const QDate &to);

    /// The most recently closed deal (walk-aways do not count) with @p customer (case-insensitive, any
    /// salesperson: the customer's memory is of the company), other than @p excludingDealId; std::nullopt when
    /// there is none.
    Expected<std::optional<EndedDeal>> lastEndedWithCustomer(const QString &customer, qint64 excludingDealId);

    /// Everyone who has ended a deal (assessed or not), sorted.
    Expected<QStringList> salespeople();

    /// The statements of the team report, as the functions above send them to a database of @p dialect (for a
    /// benchmark comparing them with the same SQL run outside the app).
    enum class Window
    {
        Assessed, ///< forEachSalespersonWindow()
        ToAssess, ///< forEachSalespersonToAssess()
    };
    static SqlStatement salespersonWindowStatement(const SqlDialect &dialect, Window window, int limit);
    static SqlStatement toAssessCountsStatement();
    static SqlStatement endingsByMonthStatement(const SqlDialect &dialect, const std::optional<QString> &salesperson,
                                                const QDate &from, const QDate &to);

private:
    /// @p salesperson's @p limit newest ended deals that meet @p condition.
    Expected<QList<EndedDeal>> newest(const QString &condition, const QString &salesperson, int limit);
    StorageError forEachSalesperson(Window window, int limit,
                                    const std::function<void(const QString &, const QList<EndedDeal> &)> &visit);

    Database &m_database;
};

} // namespace Triplewin::Core
