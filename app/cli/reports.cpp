#include "reports.h"

#include <algorithm>
#include <core/coaching/coach.h>
#include <core/coaching/endingreasons.h>
#include <core/domain/deal.h>
#include <core/settings/habitsettings.h>
#include <core/storage/coachingrepository.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace Triplewin::Cli {

using namespace Core;

namespace {

QString endedKey(const EndedDeal &deal)
{
    return deal.walkedAway ? endingKey(Ending::WalkedAway) : outcomeKey(deal.outcome);
}

/// The team's reports, or only @p options.salesperson's.
Expected<QList<HabitReport>> reports(Database &database, const ReportOptions &options)
{
    const QDate today = QDate::currentDate();
    const QDate first = today.addMonths(1 - options.months);
    Coach coach(database);
    const HabitThresholds thresholds = HabitSettings::thresholds();
    if (!options.salesperson.isEmpty()) {
        // Matched as people mean names ("dana scott" is "Dana Scott"); a name nobody has ended a deal under is an
        // error, not a clean record.
        const Expected<QStringList> known = coach.repository().salespeople();
        if (!known.ok())
            return known.error();
        const QString key = nameKey(options.salesperson);
        const auto match = std::find_if(known.value().cbegin(), known.value().cend(),
                                        [&key](const QString &name) { return nameKey(name) == key; });
        if (match == known.value().cend())
            return StorageError{StorageError::Kind::NotFound,
                                QCoreApplication::translate("Triplewin::Cli",
                                                            "no deal in this database has ended with “%1” as the "
                                                            "salesperson. Salespeople with ended deals: %2.")
                                    .arg(options.salesperson,
                                         known.value().isEmpty() ? QCoreApplication::translate("Triplewin::Cli", "none")
                                                                 : known.value().join(QStringLiteral(", "))),
                                {}};
        const Expected<HabitReport> one =
            coach.report(*match, thresholds, QDate(first.year(), first.month(), 1), today);
        if (!one.ok())
            return one.error();
        return QList<HabitReport>{one.value()};
    }
    return coach.teamReport(thresholds, QDate(first.year(), first.month(), 1), today);
}

void writeJson(QTextStream &out, const QJsonValue &value)
{
    out << (value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
               .toJson(QJsonDocument::Indented);
}

} // namespace

bool printHabits(Database &database, const ReportOptions &options, QTextStream &out, QString *error)
{
    const Expected<QList<HabitReport>> all = reports(database, options);
    if (!all.ok()) {
        *error = all.error().fullText();
        return false;
    }
    if (options.json) {
        QJsonArray people;
        for (const HabitReport &report : all.value()) {
            QJsonArray flags;
            for (const HabitFlag &flag : report.flags) {
                QJsonArray evidence;
                for (const EndedDeal &deal : flag.evidence)
                    evidence.append(QJsonObject{{QStringLiteral("id"), deal.id},
                                                {QStringLiteral("title"), deal.title},
                                                {QStringLiteral("customer"), deal.customer},
                                                {QStringLiteral("endedAt"), deal.endedAt.toString(Qt::ISODateWithMs)},
                                                {QStringLiteral("outcome"), endedKey(deal)}});
                flags.append(QJsonObject{{QStringLiteral("kind"), habitKey(flag.kind)},
                                         {QStringLiteral("title"), flag.title()},
                                         {QStringLiteral("count"), flag.count},
                                         {QStringLiteral("outOf"), flag.outOf},
                                         {QStringLiteral("since"), flag.since.toString(Qt::ISODateWithMs)},
                                         {QStringLiteral("explanation"), flag.explanation(report.salesperson)},
                                         {QStringLiteral("evidence"), evidence}});
            }
            people.append(QJsonObject{{QStringLiteral("salesperson"), report.salesperson},
                                      {QStringLiteral("endedDealsLookedAt"), int(report.recent.size())},
                                      {QStringLiteral("flags"), flags}});
        }
        writeJson(out, people);
        return true;
    }
    if (all.value().isEmpty())
        out << QCoreApplication::translate("Triplewin::Cli", "No ended deals yet: nothing to analyse.") << '\n';
    for (const HabitReport &report : all.value()) {
        out << report.salesperson << ": ";
        if (report.flags.isEmpty()) {
            out << QCoreApplication::translate("Triplewin::Cli", "no habits flagged (last %n ended deal(s))", nullptr,
                                               int(report.recent.size()))
                << '\n';
            continue;
        }
        out << '\n';
        for (const HabitFlag &flag : report.flags) {
            out << "  " << flag.title() << " — " << flag.strength(report.salesperson) << '\n';
            for (const EndedDeal &deal : flag.evidence)
                out << "    #" << deal.id << ' ' << deal.title << " (" << deal.customer << ", " << endedKey(deal)
                    << ", " << deal.endedAt.date().toString(Qt::ISODate) << ")\n";
        }
    }
    return true;
}

bool printRq(Database &database, const ReportOptions &options, QTextStream &out, QString *error)
{
    const Expected<QList<HabitReport>> all = reports(database, options);
    if (!all.ok()) {
        *error = all.error().fullText();
        return false;
    }
    if (options.json) {
        QJsonArray people;
        for (const HabitReport &report : all.value()) {
            QJsonArray monthly;
            for (const RqPoint &point : report.monthly)
                monthly.append(QJsonObject{{QStringLiteral("month"), point.month.toString(QStringLiteral("yyyy-MM"))},
                                           {QStringLiteral("rq"), point.rq},
                                           {QStringLiteral("deals"), point.deals}});
            people.append(QJsonObject{{QStringLiteral("salesperson"), report.salesperson},
                                      {QStringLiteral("rq"), report.rq ? QJsonValue(*report.rq) : QJsonValue()},
                                      {QStringLiteral("deals"), report.counts.total()},
                                      {QStringLiteral("monthly"), monthly}});
        }
        writeJson(out, people);
        return true;
    }
    out << QCoreApplication::translate("Triplewin::Cli", "%1  %2  %3  per month (oldest first)")
               .arg(QCoreApplication::translate("Triplewin::Cli", "salesperson"), -24)
               .arg(QStringLiteral("RQ"), 3)
               .arg(QCoreApplication::translate("Triplewin::Cli", "deals"), 6)
        << '\n';
    for (const HabitReport &report : all.value()) {
        QStringList months;
        for (const RqPoint &point : report.monthly)
            months << QStringLiteral("%1:%2").arg(point.month.toString(QStringLiteral("yyyy-MM"))).arg(point.rq);
        out << QStringLiteral("%1  %2  %3  %4")
                   .arg(report.salesperson, -24)
                   .arg(report.rq ? QString::number(*report.rq) : QStringLiteral("–"), 3)
                   .arg(report.counts.total(), 6)
                   .arg(months.join(u' '))
            << '\n';
    }
    return true;
}

} // namespace Triplewin::Cli

namespace Triplewin::Cli {

namespace {

QJsonObject reasonTableJson(const ReasonTable &table)
{
    QJsonObject rows;
    for (const ReasonTable::Row &row : table.rows) {
        QJsonObject counts;
        for (qsizetype i = 0; i < table.reasons.size(); ++i) {
            if (row.counts.at(i) > 0)
                counts.insert(table.reasons.at(i).isEmpty() ? QStringLiteral("none") : table.reasons.at(i),
                              row.counts.at(i));
        }
        rows.insert(row.key, QJsonObject{{QStringLiteral("total"), row.total}, {QStringLiteral("reasons"), counts}});
    }
    return rows;
}

void printReasonTable(QTextStream &out, const QString &heading, const ReasonTable &table)
{
    out << heading << '\n';
    QStringList header{QString(QStringLiteral(" ")).repeated(24)};
    for (const QString &reason : table.reasons)
        header << QStringLiteral("%1").arg(reasonColumnName(reason), 12);
    header << QStringLiteral("%1").arg(QCoreApplication::translate("Triplewin::Cli", "total"), 6);
    out << header.join(u' ') << '\n';
    for (const ReasonTable::Row &row : table.rows) {
        QStringList cells{QStringLiteral("%1").arg(row.label, -24)};
        for (qint64 count : row.counts)
            cells << QStringLiteral("%1").arg(count, 12);
        cells << QStringLiteral("%1").arg(row.total, 6);
        out << cells.join(u' ') << '\n';
    }
    out << '\n';
}

} // namespace

bool printReasons(Database &database, const ReportOptions &options, QTextStream &out, QString *error)
{
    const QDate today = QDate::currentDate();
    const QDate first = today.addMonths(1 - options.months);
    CoachingRepository repository(database);
    const Expected<QList<ReasonCount>> counts = repository.endingReasons(
        options.salesperson.isEmpty() ? std::nullopt : std::optional<QString>(options.salesperson), first, today);
    if (!counts.ok()) {
        *error = counts.error().fullText();
        return false;
    }
    const ReasonTable byEnding = reasonsByEnding(counts.value());
    const ReasonTable bySalesperson = reasonsBySalesperson(counts.value());
    const QString from = QDate(first.year(), first.month(), 1).toString(Qt::ISODate);
    if (options.json) {
        QJsonArray all;
        for (const ReasonCount &count : counts.value())
            all.append(QJsonObject{{QStringLiteral("salesperson"), count.salesperson},
                                   {QStringLiteral("ending"), endingKey(count.ending)},
                                   {QStringLiteral("reason"), count.reason},
                                   {QStringLiteral("count"), count.count}});
        writeJson(out, QJsonObject{{QStringLiteral("from"), from},
                                   {QStringLiteral("to"), today.toString(Qt::ISODate)},
                                   {QStringLiteral("endedDeals"), byEnding.total},
                                   {QStringLiteral("byEnding"), reasonTableJson(byEnding)},
                                   {QStringLiteral("bySalesperson"), reasonTableJson(bySalesperson)},
                                   {QStringLiteral("counts"), all}});
        return true;
    }
    if (byEnding.isEmpty()) {
        out << QCoreApplication::translate("Triplewin::Cli", "No deal ended since %1.").arg(from) << '\n';
        return true;
    }
    out << QCoreApplication::translate("Triplewin::Cli", "Why %n deal(s) ended since %1", nullptr, int(byEnding.total))
               .arg(from)
        << "\n\n";
    printReasonTable(out, QCoreApplication::translate("Triplewin::Cli", "By how they ended:"), byEnding);
    printReasonTable(out, QCoreApplication::translate("Triplewin::Cli", "By salesperson:"), bySalesperson);
    return true;
}

} // namespace Triplewin::Cli
