#include "coach.h"

#include "../domain/deal.h"

#include <QMap>

namespace Triplewin::Core {

Coach::Coach(Database &database)
    : m_repository(database)
{}

void Coach::applyMonthly(HabitReport *report, const QList<MonthlyEndings> &rows)
{
    for (const MonthlyEndings &row : rows) {
        report->counts += row.counts;
        if (const std::optional<int> rq = RelationalQuotient::compute(row.counts))
            report->monthly << RqPoint{row.month, *rq, row.counts.total()};
    }
    report->rq = RelationalQuotient::compute(report->counts);
}

Expected<HabitReport> Coach::report(const QString &salesperson, const HabitThresholds &thresholds, const QDate &from,
                                    const QDate &to)
{
    HabitReport report;
    report.salesperson = salesperson;
    const HabitThresholds sane = thresholds.sanitized();
    Expected<QList<EndedDeal>> recent = m_repository.recentEnded(salesperson, sane.window);
    if (!recent.ok())
        return recent.error();
    report.recent = std::move(recent).value();
    report.flags = detectHabits(report.recent, sane);
    const Expected<QList<MonthlyEndings>> monthly = m_repository.endingsByMonth(salesperson, from, to.addMonths(1));
    if (!monthly.ok())
        return monthly.error();
    applyMonthly(&report, monthly.value());
    Expected<QList<EndedDeal>> toAssess = m_repository.toAssess(salesperson, ToAssessShown + 1);
    if (!toAssess.ok())
        return toAssess.error();
    report.toAssess = std::move(toAssess).value();
    report.toAssessCount = report.toAssess.size();
    if (report.toAssess.size() > ToAssessShown) {
        const Expected<QHash<QString, qint64>> counts = m_repository.toAssessCounts();
        if (!counts.ok())
            return counts.error();
        report.toAssessCount = counts.value().value(nameKey(salesperson));
        report.toAssess.removeLast();
    }
    return report;
}

Expected<QList<HabitReport>> Coach::teamReport(const HabitThresholds &thresholds, const QDate &from, const QDate &to)
{
    const HabitThresholds sane = thresholds.sanitized();
    // Keyed by nameKey(): one report per person however their name was written; it shows the spelling of their
    // most recent ending.
    QMap<QString, HabitReport> reports;
    const StorageError failure = m_repository.forEachSalespersonWindow(
        sane.window, [&reports, &sane](const QString &key, const QList<EndedDeal> &recent) {
            HabitReport &report = reports[key];
            report.salesperson = recent.constFirst().salesperson;
            report.recent = recent;
            report.flags = detectHabits(recent, sane);
        });
    if (failure)
        return failure;
    const Expected<QList<MonthlyEndings>> monthly = m_repository.endingsByMonth(std::nullopt, from, to.addMonths(1));
    if (!monthly.ok())
        return monthly.error();
    QMap<QString, QList<MonthlyEndings>> bySalesperson;
    for (const MonthlyEndings &row : monthly.value())
        bySalesperson[row.salespersonKey] << row;
    for (auto it = bySalesperson.cbegin(); it != bySalesperson.cend(); ++it) {
        HabitReport &report = reports[it.key()]; // everyone with endings in the RQ period has a window above
        if (report.salesperson.isEmpty())
            report.salesperson = it.key();
        applyMonthly(&report, it.value());
    }
    if (const StorageError error = m_repository.forEachSalespersonToAssess(
            ToAssessShown, [&reports](const QString &key, const QList<EndedDeal> &toAssess) {
                HabitReport &report = reports[key];
                if (report.salesperson.isEmpty())
                    report.salesperson = toAssess.constFirst().salesperson;
                report.toAssess = toAssess;
            }))
        return error;
    const Expected<QHash<QString, qint64>> counts = m_repository.toAssessCounts();
    if (!counts.ok())
        return counts.error();
    for (auto it = reports.begin(); it != reports.end(); ++it)
        it->toAssessCount = counts.value().value(it.key());
    return reports.values();
}

Expected<QString> Coach::customerWarning(const QString &customer, qint64 excludingDealId)
{
    const Expected<std::optional<EndedDeal>> last = m_repository.lastEndedWithCustomer(customer, excludingDealId);
    if (!last.ok())
        return last.error();
    if (!last.value() || !customerCameOffWorse(*last.value()))
        return QString();
    return Core::customerWarning(*last.value());
}

} // namespace Triplewin::Core
