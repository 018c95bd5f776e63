#pragma once

#include "storage/schema.h"

#include <QString>
#include <QStringList>

namespace TriplewinBench {

// The SQL of core/storage/coachingrepository.cpp, written out as the repository sends it to SQLite (after its
// .arg() substitutions: Schema::Deals = "deals", the Ended condition, no salesperson filter). The raw sqlite3
// side of the benchmark runs exactly this text.
//
// KEEP IN SYNC with CoachingRepository::forEachSalespersonWindow, forEachSalespersonToAssess, toAssessCounts and
// endingsByMonth. The
// benchmark checks it on every run: it traces the statements Qt hands to SQLite and fails (exit code 1, and so
// the bench_smoke test) when they differ from the text below.

/// CoachingRepository::forEachSalespersonWindow: binds the window size. A loose index scan over the salespeople
/// and, for each, the newest `window` ended deals by deals_ended_by_salesperson.
/// The window over @p condition (an assessed ending, or one to assess).
inline QString salespersonWindowSql(const QString &condition)
{
    return QStringLiteral("WITH RECURSIVE salespeople(value) AS (SELECT min(salesperson_key) FROM deals WHERE %1 UNION "
                          "ALL SELECT (SELECT min(salesperson_key) FROM deals WHERE %1 AND salesperson_key > "
                          "salespeople.value) FROM salespeople WHERE value IS NOT NULL) SELECT id, title, customer, "
                          "salesperson, ended_at, ending, customers_customer_result, salesperson_key, concessions FROM "
                          "salespeople JOIN "
                          "deals ON deals.id IN (SELECT id FROM deals WHERE salesperson_key = salespeople.value AND %1 "
                          "ORDER BY ended_at DESC, id DESC LIMIT ?) ORDER BY salesperson_key, ended_at DESC, id DESC")
        .arg(condition);
}

/// CoachingRepository's Ended: assessed endings, the ones habits and the RQ count.
inline const QString AssessedEnded =
    QStringLiteral("ended_at IS NOT NULL AND deleted_at IS NULL AND ending <> 'unknown'");
/// CoachingRepository's ToAssess.
inline const QString EndedToAssess =
    QStringLiteral("ended_at IS NOT NULL AND deleted_at IS NULL AND ending = 'unknown'");

inline const QString HabitWindowSql = salespersonWindowSql(AssessedEnded);

/// CoachingRepository::forEachSalespersonToAssess and toAssessCounts: the deals waiting for an assessment, by
/// the partial index deals_to_assess.
inline const QString ToAssessWindowSql = salespersonWindowSql(EndedToAssess);
inline const QString ToAssessCountsSql =
    QStringLiteral("SELECT salesperson_key, count(*) FROM deals WHERE %1 GROUP BY salesperson_key").arg(EndedToAssess);

/// The same rows in the same order from one full table scan: ROW_NUMBER() over every ended deal, the table read
/// NOT INDEXED. The baseline "no plan slower than a full scan" is measured against for the habit query.
inline const QString HabitWindowFullScanSql = QStringLiteral(
    "SELECT id, title, customer, salesperson, ended_at, ending, customers_customer_result, salesperson_key, "
    "concessions FROM (SELECT id, title, customer, salesperson, ended_at, ending, customers_customer_result, "
    "salesperson_key, concessions, ROW_NUMBER() OVER "
    "(PARTITION BY salesperson_key ORDER BY ended_at DESC, id DESC) AS recency FROM deals NOT INDEXED WHERE "
    "ended_at IS NOT NULL AND deleted_at IS NULL AND ending <> 'unknown') WHERE recency <= ? ORDER BY "
    "salesperson_key, recency");

/// CoachingRepository::endingsByMonth without a salesperson (the team report): binds the first day of the first
/// month and the first day of the month after the last one, as ISO dates. The double space is the empty
/// salesperson filter.
inline const QString EndingsByMonthSql = QStringLiteral(
    "SELECT salesperson_key, substr(ended_at, 1, 7) AS month, ending, count(*) FROM deals WHERE ended_at IS "
    "NOT NULL AND deleted_at IS NULL AND ending <> 'unknown' AND ended_at >= ? AND ended_at < ?  GROUP BY "
    "salesperson_key, month, ending ORDER BY salesperson_key, month, ending");

/// The RQ statement forced to a full table scan, to check that the planner's choice is not slower.
inline const QString EndingsByMonthFullScanSql =
    QString(EndingsByMonthSql)
        .replace(QStringLiteral(" FROM deals WHERE "), QStringLiteral(" FROM deals NOT INDEXED WHERE "));

/// TeamHistoryRepository's sortExpression(): the SQL expression each history column sorts by, in
/// TeamHistoryColumn order. KEEP IN SYNC (checked on every --history run, like the statements above).
inline const QStringList TeamHistorySortExpressions = {
    QStringLiteral("d.salesperson_key"),
    QStringLiteral("d.customer"),
    QStringLiteral("d.title"),
    QStringLiteral("d.status"),
    Triplewin::Core::Schema::outcomeRankExpression(QStringLiteral("d.ending")), // a CASE over the ranks
    QStringLiteral("IFNULL(d.you_value, -9223372036854775807)"),
    QStringLiteral("IFNULL(d.customer_value, -9223372036854775807)"),
    QStringLiteral("IFNULL(d.customers_customer_value, -9223372036854775807)"),
    QStringLiteral("d.created_at"),
    QStringLiteral("IFNULL(d.ended_at, '')"),
};

/// TeamHistoryRepository::page with no filter (what the history view shows first), as sent to SQLite: sorted by
/// @p sortKey in @p direction ("ASC" / "DESC"); with @p keyset the page after a row (binds: its sort key,
/// its id, then the limit), else the first page (binds: the limit).
inline QString teamHistorySql(const QString &sortKey, const QString &direction, bool keyset)
{
    const QString select =
        QStringLiteral(
            "SELECT d.id, d.salesperson, d.customer, d.title, d.status, d.ending, d.you_value, "
            "d.customer_value, d.customers_customer_value, d.currency, d.created_at, d.ended_at, %1 FROM deals d "
            "WHERE d.deleted_at IS NULL")
            .arg(sortKey);
    if (!keyset)
        return QStringLiteral("%1 ORDER BY %2 %3, d.id %3 LIMIT ?").arg(select, sortKey, direction);
    // Binds: key, id, limit, key, limit, limit.
    return QStringLiteral("SELECT * FROM (%1 AND %2 = ? AND d.id %3 ? ORDER BY d.id %4 LIMIT ?) AS same_key "
                          "UNION ALL SELECT * FROM (%1 AND %2 %3 ? ORDER BY %2 %4, d.id %4 LIMIT ?) AS later_keys "
                          "ORDER BY 13 %4, 1 %4 LIMIT ?")
        .arg(select, sortKey, direction == QLatin1String("DESC") ? QStringLiteral("<") : QStringLiteral(">"),
             direction);
}

/// The sort key and id of the row at @p offset (bind) in the history's order: what jumping by OFFSET costs, and
/// how the benchmark finds the row a keyset jump continues after.
inline QString teamHistoryOffsetSql(const QString &sortKey, const QString &direction)
{
    return QStringLiteral("SELECT %1, d.id FROM deals d WHERE d.deleted_at IS NULL ORDER BY %1 %2, d.id %2 "
                          "LIMIT 1 OFFSET ?")
        .arg(sortKey, direction);
}

} // namespace TriplewinBench
