#pragma once

#include <functional>
#include <QDate>
#include <QString>

namespace Triplewin::Core {
class Database;
}

namespace TriplewinBench {

struct GenerationResult
{
    qint64 deals = 0;
    int salespeople = 0;
    int customers = 0;
    QDate firstMonth;             ///< the first day of the month of the earliest closing
    QDate lastMonth;              ///< the first day of the month of the latest closing
    qint64 insertNanoseconds = 0; ///< time spent inside DealRepository::insertMany
    qint64 totalNanoseconds = 0;  ///< building the deals in memory plus inserting them
    QString error;                ///< empty on success
};

/// Adds @p count synthetic ended deals to @p database through DealRepository::insertMany, @p batch deals per
/// call (each call one transaction), so memory stays bounded whatever @p count is.
///
/// max(20, count / 5000) salespeople, max(50, count / 100) customers, closings spread uniformly over the three
/// years 2023-01-01 .. 2025-12-31 (UTC). Each deal has one option with three assessments and a Closing record:
/// about 8 % transparent walk-aways, the rest closed with the outcome classified from the assessments (all six
/// outcomes occur, about 3 % unknown because your value was not assessed, and their customer's value unassessed
/// in about 30 %). Deterministic: the same count gives the same deals. @p progress gets the deals done so far.
GenerationResult generateDeals(Triplewin::Core::Database &database, qint64 count, int batch,
                               const std::function<void(qint64)> &progress);

} // namespace TriplewinBench
