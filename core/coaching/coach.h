#pragma once

#include "../storage/coachingrepository.h"
#include "habits.h"
#include "relationalquotient.h"

namespace Triplewin::Core {

/// What the coach says about one salesperson.
struct HabitReport
{
    QString salesperson;
    QList<EndedDeal> recent; ///< the window the flags looked at, newest first
    QList<HabitFlag> flags;
    EndingCounts counts;    ///< ended deals in the RQ period
    std::optional<int> rq;  ///< over the RQ period; empty without ended deals
    QList<RqPoint> monthly; ///< RQ per month with ended deals, oldest first
    /// Deals that ended without an assessment, newest first (at most ToAssessShown): not in the flags or the RQ
    /// until assessed.
    QList<EndedDeal> toAssess;
    qint64 toAssessCount = 0; ///< all of them, also those not in the list
};

/// How many deals waiting for an assessment a report lists per salesperson.
inline constexpr int ToAssessShown = 20;

/// The coach: habit flags and relational quotient from the deal history. Rules live in habits.h and
/// relationalquotient.h; the SQL in CoachingRepository.
class Coach final
{
public:
    explicit Coach(Database &database);

    /// Flags over @p salesperson's recent ended deals, and their RQ over the months from @p from to @p to
    /// (inclusive of both months).
    Expected<HabitReport> report(const QString &salesperson, const HabitThresholds &thresholds, const QDate &from,
                                 const QDate &to);

    /// Flags and RQ for everyone (the team view and the benchmark), in one pass over the ended deals for the
    /// flags and one aggregate for the RQ. Salespeople are in name order.
    Expected<QList<HabitReport>> teamReport(const HabitThresholds &thresholds, const QDate &from, const QDate &to);

    /// The sentence the deal editor shows when @p customer came off worse in their last ended deal; empty
    /// when there is nothing to warn about.
    Expected<QString> customerWarning(const QString &customer, qint64 excludingDealId);

    CoachingRepository &repository() { return m_repository; }

private:
    static void applyMonthly(HabitReport *report, const QList<MonthlyEndings> &rows);

    CoachingRepository m_repository;
};

} // namespace Triplewin::Core
