// triplewin-bench: how fast the coach's habit analysis and relational quotient (RQ) are on large deal histories,
// compared with the same SQL run through the raw sqlite3 C API on the same file in the same run.
//
// For each size N it generates N ended deals through the project's own storage code (DealRepository::insertMany)
// into a temporary database, then times, best of --runs after one warm-up each:
//   - Coach::teamReport (habit flags for every salesperson + RQ per month),
//   - its habit part (CoachingRepository::forEachSalespersonWindow + detectHabits) and its RQ part
//     (CoachingRepository::endingsByMonth),
//   - the same two statements through sqlite3_prepare_v2/sqlite3_step, and the same rows read by one full table
//     scan (NOT INDEXED), so a query plan slower than a full scan shows.
// It prints EXPLAIN QUERY PLAN of both statements and the peak memory (VmHWM) of generation and analysis.
// Targets (docs: DESIGN.md "Performance targets", issue 3): 1M ended deals analysed in under 1 s, each query
// within 1.3x of the raw SQL, no plan slower than a full scan, under 200 MB peak during analysis.
//
// Then, for the sizes given with --import and --history (issue 5), on one generated database per size:
//   - CSV import: the deals exported to Triplewin CSV by DealExporter, imported by DealImporter::importInto into
//     a fresh database, and the same file loaded by the sqlite3 shell's `.import` (run as a process) into another
//     fresh database. Target: within 2x of the shell.
//   - Team history: TeamHistoryModel / TeamHistoryRepository::page for the first screen (created, newest first),
//     a keyset jump (the page after the row at N/2) and the first page of every sort column, against the same SQL
//     raw (and against reaching that row by OFFSET), with EXPLAIN QUERY PLAN per sort and the peak memory.
//     Targets at 1M deals: first screen < 100 ms; a jump or a sort by an indexed column < 1 s; < 150 MB.

#include "coaching/coach.h"
#include "coaching/habits.h"
#include "generate.h"
#include "io/dealexporter.h"
#include "io/dealimporter.h"
#include "models/teamhistorymodel.h"
#include "procstatus.h"
#include "queries.h"
#include "rawsqlite.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/teamhistoryrepository.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <sqlite3.h>
#include <tuple>
#include <vector>

using namespace Triplewin::Core;
using namespace TriplewinBench;

namespace {

constexpr double TargetMs = 1000.0;        // 1M ended deals: habits + RQ
constexpr double TargetRatio = 1.3;        // ours / raw, per query
constexpr double TargetPeakMb = 200.0;     // analysis
constexpr qint64 TargetScale = 1'000'000;  // the time and ratio targets are stated for 1M deals
constexpr double FullScanTolerance = 1.05; // plan counted slower than a full scan beyond this (timer noise)

void say(const QString &text = QString())
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString grouped(qint64 number)
{
    return QLocale(QLocale::English).toString(number);
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1);
}

QString monthStart(const QDate &date)
{
    return QDate(date.year(), date.month(), 1).toString(Qt::ISODate);
}

/// Qt's own sqlite3 handle of @p connection, or nullptr when the driver is not a sqlite3 one.
sqlite3 *qtHandle(const QSqlDatabase &connection)
{
    const QVariant handle = connection.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(handle.constData());
    return nullptr;
}

/// One timed thing: best of the runs after a warm-up.
struct Timing
{
    QString name;
    std::function<QString()> run; ///< returns an error text, empty on success
    double bestMs = std::numeric_limits<double>::infinity();
};

/// Runs every timing once as warm-up, then @p runs rounds of all of them (interleaved, so a burst of load
/// elsewhere on the machine does not land on one side only); keeps the best of each.
QString measure(std::vector<Timing> &timings, int runs)
{
    for (Timing &timing : timings) {
        if (const QString error = timing.run(); !error.isEmpty())
            return timing.name + QStringLiteral(": ") + error;
    }
    for (int round = 0; round < runs; ++round) {
        for (Timing &timing : timings) {
            QElapsedTimer timer;
            timer.start();
            const QString error = timing.run();
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            if (!error.isEmpty())
                return timing.name + QStringLiteral(": ") + error;
            timing.bestMs = std::min(timing.bestMs, elapsed);
        }
    }
    return {};
}

struct ResultRow
{
    qint64 n = 0;
    QString query;
    double ours = 0;
    double raw = 0;
    bool atScale = false;    ///< N >= 1M: the targets apply
    bool timeTarget = false; ///< the < 1 s target applies to this row (habits + RQ together)

    double ratio() const { return raw > 0 ? ours / raw : 0; }
    bool withinTargets() const { return ratio() <= TargetRatio && (!timeTarget || ours < TargetMs); }
    /// Below 1M the fixed cost of Qt's per-row conversion weighs more; the figures are shown, not judged.
    bool ok() const { return !atScale || withinTargets(); }
    QString verdict() const
    {
        if (withinTargets())
            return QStringLiteral("ok");
        return atScale ? QStringLiteral("MISSED") : QStringLiteral("(ratio over 1.3)");
    }
};

struct PlanRow
{
    qint64 n = 0;
    QString query;
    double planned = 0;
    double fullScan = 0;
    bool ok() const { return planned <= fullScan * FullScanTolerance; }
};

struct CaseResult
{
    QList<ResultRow> rows;
    QList<PlanRow> plans;
    double analysisPeakMb = -1;
    bool failed = false;
};

void printResultTable(const QList<ResultRow> &rows)
{
    say(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
            .arg(QStringLiteral("N").rightJustified(9), QStringLiteral("query").leftJustified(36),
                 QStringLiteral("ours ms").rightJustified(8), QStringLiteral("raw ms").rightJustified(8),
                 QStringLiteral("ratio").rightJustified(5), QStringLiteral("target").leftJustified(26),
                 QStringLiteral("verdict")));
    for (const ResultRow &row : rows) {
        const QString target = !row.atScale     ? QStringLiteral("(targets are for 1M)")
                               : row.timeTarget ? QStringLiteral("< 1000 ms, ratio <= 1.3")
                                                : QStringLiteral("ratio <= 1.3");
        say(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                .arg(grouped(row.n).rightJustified(9), row.query.leftJustified(36), ms(row.ours).rightJustified(8),
                     ms(row.raw).rightJustified(8), QString::number(row.ratio(), 'f', 2).rightJustified(5),
                     target.leftJustified(26), row.verdict()));
    }
}

void printPlanTable(const QList<PlanRow> &rows)
{
    say(QStringLiteral("%1  %2  %3  %4  %5")
            .arg(QStringLiteral("N").rightJustified(9), QStringLiteral("query (raw)").leftJustified(36),
                 QStringLiteral("as planned ms").rightJustified(13), QStringLiteral("full scan ms").rightJustified(14),
                 QStringLiteral("verdict")));
    for (const PlanRow &row : rows) {
        say(QStringLiteral("%1  %2  %3  %4  %5")
                .arg(grouped(row.n).rightJustified(9), row.query.leftJustified(36), ms(row.planned).rightJustified(13),
                     ms(row.fullScan).rightJustified(14),
                     row.ok() ? QStringLiteral("ok: not slower than a full scan")
                              : QStringLiteral("SLOWER than a full scan (%1x)")
                                    .arg(QString::number(row.planned / row.fullScan, 'f', 2))));
    }
}

/// Checks that the raw side runs the very text the repository sends to SQLite.
bool checkSqlInSync(Database &database, Coach &coach, const HabitThresholds &thresholds, const QDate &from,
                    const QDate &to)
{
    sqlite3 *handle = qtHandle(database.connection());
    if (!handle) {
        say(QStringLiteral("SQL sync check skipped: the Qt SQLite driver does not expose a sqlite3* handle."));
        return true;
    }
    QStringList texts = traceStatements(handle, [&]() {
        // Only the SQL text is traced here; the results were checked where they were timed.
        (void)coach.repository().forEachSalespersonWindow(thresholds.window,
                                                          [](const QString &, const QList<EndedDeal> &) {});
        (void)coach.repository().endingsByMonth(std::nullopt, from, to.addMonths(1));
        (void)coach.repository().forEachSalespersonToAssess(ToAssessShown,
                                                            [](const QString &, const QList<EndedDeal> &) {});
        (void)coach.repository().toAssessCounts();
    });
    // Qt 6 hands positional placeholders to SQLite as :0, :1, ... (the same parameters as ?).
    static const QRegularExpression numberedPlaceholder(QStringLiteral(":[0-9]+\\b"));
    for (QString &text : texts)
        text.replace(numberedPlaceholder, QStringLiteral("?"));
    bool ok = true;
    const std::pair<QString, QString> expected[] = {
        {QStringLiteral("CoachingRepository::forEachSalespersonWindow"), HabitWindowSql},
        {QStringLiteral("CoachingRepository::endingsByMonth"), EndingsByMonthSql},
        {QStringLiteral("CoachingRepository::forEachSalespersonToAssess"), ToAssessWindowSql},
        {QStringLiteral("CoachingRepository::toAssessCounts"), ToAssessCountsSql},
    };
    for (const auto &[what, sql] : expected) {
        if (!texts.contains(sql)) {
            ok = false;
            say(QStringLiteral("ERROR: bench/queries.h is out of sync with %1; update it. Qt executed:").arg(what));
            for (const QString &text : texts)
                say(QStringLiteral("    ") + text);
        }
    }
    if (ok)
        say(QStringLiteral("SQL check: the raw side runs the exact text Qt sent to SQLite for every query."));
    return ok;
}

/// Times the analysis on the database open in @p database (file @p path) with @p n ended deals.
CaseResult analyse(Database &database, const QString &path, qint64 n, int runs)
{
    CaseResult result;
    RawDatabase raw;
    if (const QString error = raw.open(path); !error.isEmpty()) {
        say(QStringLiteral("ERROR: cannot open %1 read-only through sqlite3: %2").arg(path, error));
        result.failed = true;
        return result;
    }
    const QString ended = QStringLiteral("FROM deals WHERE ended_at IS NOT NULL AND deleted_at IS NULL");
    const QString firstEnd = raw.scalar(QStringLiteral("SELECT min(ended_at) ") + ended);
    const QString lastEnd = raw.scalar(QStringLiteral("SELECT max(ended_at) ") + ended);
    const QString people = raw.scalar(QStringLiteral("SELECT count(DISTINCT salesperson) ") + ended);
    if (firstEnd.isEmpty()) {
        say(QStringLiteral("ERROR: the database has no ended deals to analyse."));
        result.failed = true;
        return result;
    }
    const QDate from = QDate::fromString(firstEnd.left(7) + QStringLiteral("-01"), Qt::ISODate);
    const QDate to = QDate::fromString(lastEnd.left(7) + QStringLiteral("-01"), Qt::ISODate);
    say(QStringLiteral("Analysis: %1 ended deals, %2 salespeople, RQ over %3 .. %4 (every ended deal)")
            .arg(grouped(n), people, from.toString(QStringLiteral("yyyy-MM")), to.toString(QStringLiteral("yyyy-MM"))));

    const HabitThresholds thresholds = HabitThresholds{}.sanitized();
    Coach coach(database);
    if (!checkSqlInSync(database, coach, thresholds, from, to))
        result.failed = true;

    const QVariantList habitBinds{thresholds.window};
    const QVariantList rqBinds{monthStart(from), monthStart(to.addMonths(1))};
    const QVariantList toAssessBinds{ToAssessShown};
    say();
    for (const auto &[title, sql, binds] :
         {std::tuple{QStringLiteral("habit window query"), HabitWindowSql, habitBinds},
          std::tuple{QStringLiteral("RQ GROUP BY query"), EndingsByMonthSql, rqBinds}}) {
        QString error;
        const QStringList plan = raw.queryPlan(sql, binds, &error);
        say(QStringLiteral("EXPLAIN QUERY PLAN, %1:").arg(title));
        if (!error.isEmpty())
            say(QStringLiteral("    (failed: %1)").arg(error));
        for (const QString &line : plan)
            say(QStringLiteral("    ") + line);
    }
    say();

    // What each side saw, to check that ours and raw did the same work.
    qint64 oursWindowRows = 0;
    qint64 oursFlags = 0;
    qint64 oursRqDeals = 0;
    qint64 oursTeamReports = 0;
    RawResult rawWindow;
    RawResult rawRq;
    RawResult fullScanWindow;
    RawResult fullScanRq;
    const auto rawRun = [&raw](const QString &sql, const QVariantList &binds, RawResult *out) {
        const RawResult got = raw.run(sql, binds);
        if (out)
            *out = got;
        return got.error;
    };

    std::vector<Timing> timings;
    timings.push_back({QStringLiteral("ours: Coach::teamReport"), [&]() -> QString {
                           const Expected<QList<HabitReport>> reports = coach.teamReport(thresholds, from, to);
                           if (!reports.ok())
                               return reports.error().fullText();
                           oursTeamReports = reports.value().size();
                           return {};
                       }});
    timings.push_back({QStringLiteral("ours: habits"), [&]() -> QString {
                           qint64 rows = 0;
                           qint64 flags = 0;
                           const StorageError failure = coach.repository().forEachSalespersonWindow(
                               thresholds.window, [&](const QString &, const QList<EndedDeal> &recent) {
                                   rows += recent.size();
                                   flags += detectHabits(recent, thresholds).size();
                               });
                           if (failure)
                               return failure.fullText();
                           oursWindowRows = rows;
                           oursFlags = flags;
                           return {};
                       }});
    timings.push_back({QStringLiteral("ours: RQ"), [&]() -> QString {
                           const Expected<QList<MonthlyEndings>> rows =
                               coach.repository().endingsByMonth(std::nullopt, from, to.addMonths(1));
                           if (!rows.ok())
                               return rows.error().fullText();
                           qint64 deals = 0;
                           for (const MonthlyEndings &row : rows.value())
                               deals += row.counts.total();
                           oursRqDeals = deals;
                           return {};
                       }});
    timings.push_back(
        {QStringLiteral("raw: habit window query"), [&]() { return rawRun(HabitWindowSql, habitBinds, &rawWindow); }});
    timings.push_back(
        {QStringLiteral("raw: RQ GROUP BY query"), [&]() { return rawRun(EndingsByMonthSql, rqBinds, &rawRq); }});
    timings.push_back({QStringLiteral("raw: to-assess window + counts"), [&]() {
                           QString error = rawRun(ToAssessWindowSql, toAssessBinds, nullptr);
                           return error.isEmpty() ? rawRun(ToAssessCountsSql, {}, nullptr) : error;
                       }});
    timings.push_back({QStringLiteral("raw: habit rows from a full scan"),
                       [&]() { return rawRun(HabitWindowFullScanSql, habitBinds, &fullScanWindow); }});
    timings.push_back({QStringLiteral("raw: RQ GROUP BY NOT INDEXED"),
                       [&]() { return rawRun(EndingsByMonthFullScanSql, rqBinds, &fullScanRq); }});

    if (const QString error = measure(timings, runs); !error.isEmpty()) {
        say(QStringLiteral("ERROR: ") + error);
        result.failed = true;
        return result;
    }
    result.analysisPeakMb = procStatusMb("VmHWM");

    say(QStringLiteral("Timings (best of %1 after one warm-up):").arg(runs));
    for (const Timing &timing : timings)
        say(QStringLiteral("    %1 %2 ms").arg(timing.name.leftJustified(40), ms(timing.bestMs).rightJustified(9)));
    say(QStringLiteral("    ours: %1 window rows, %2 habit flags, %3 team reports; RQ counted %4 deals")
            .arg(grouped(oursWindowRows), grouped(oursFlags), grouped(oursTeamReports), grouped(oursRqDeals)));
    say(QStringLiteral("    raw:  %1 window rows; RQ %2 result rows counting %3 deals")
            .arg(grouped(rawWindow.rows), grouped(rawRq.rows), grouped(rawRq.lastColumnSum)));
    if (rawWindow.rows != oursWindowRows || rawRq.lastColumnSum != oursRqDeals) {
        say(QStringLiteral("ERROR: ours and raw read different rows."));
        result.failed = true;
    }
    if (rawWindow.rows != fullScanWindow.rows || rawWindow.checksum != fullScanWindow.checksum ||
        rawRq.rows != fullScanRq.rows || rawRq.checksum != fullScanRq.checksum) {
        say(QStringLiteral("ERROR: the queries as planned and their full-scan baselines returned different rows."));
        result.failed = true;
    } else {
        say(QStringLiteral("    as planned and full scan: the same rows in the same order (checksums equal)"));
    }

    const bool atScale = n >= TargetScale;
    const double oursTeam = timings[0].bestMs, oursHabits = timings[1].bestMs, oursRq = timings[2].bestMs;
    const double rawHabits = timings[3].bestMs, rawRqMs = timings[4].bestMs, rawToAssess = timings[5].bestMs;
    result.rows << ResultRow{n,          QStringLiteral("habits (window query + detectHabits)"),
                             oursHabits, rawHabits,
                             atScale,    false}
                << ResultRow{n, QStringLiteral("RQ (GROUP BY month, outcome)"), oursRq, rawRqMs, atScale, false}
                << ResultRow{n,        QStringLiteral("Coach::teamReport (habits + RQ + to assess)"),
                             oursTeam, rawHabits + rawRqMs + rawToAssess,
                             atScale,  true};
    result.plans << PlanRow{n, QStringLiteral("habit window query"), rawHabits, timings[6].bestMs}
                 << PlanRow{n, QStringLiteral("RQ GROUP BY query"), rawRqMs, timings[7].bestMs};
    say();
    printResultTable(result.rows);
    say();
    printPlanTable(result.plans);
    return result;
}

/// Parses "10000,100000,1m" (k and m suffixes allowed) into sizes; false on a bad entry.
bool parseSizes(const QStringList &entries, QList<qint64> *sizes)
{
    for (const QString &entry : entries) {
        for (QString item : entry.split(u',', Qt::SkipEmptyParts)) {
            item = item.trimmed().toLower();
            qint64 factor = 1;
            if (item.endsWith(u'k'))
                factor = 1000;
            else if (item.endsWith(u'm'))
                factor = 1'000'000;
            if (factor != 1)
                item.chop(1);
            bool ok = false;
            const qint64 value = item.toLongLong(&ok) * factor;
            if (!ok || value <= 0)
                return false;
            *sizes << value;
        }
    }
    return true;
}

QString resetPeakOrSay()
{
    const QString error = resetPeakMemory();
    if (!error.isEmpty())
        say(QStringLiteral("Note: could not reset the peak memory (/proc/self/clear_refs: %1); the analysis peak "
                           "below includes the generation.")
                .arg(error));
    return error;
}

// ---- CSV import and team history (--import, --history; issue 5) ----

constexpr double TargetImportRatio = 1.3;     // our import / its floor (bench/import-floor.sh) on the same file
constexpr double TargetFirstScreenMs = 100.0; // history view, default sort, first page (1M deals)
constexpr double TargetJumpMs = 1000.0;       // a keyset jump or a sort by an indexed column (1M deals)
constexpr double TargetAppPeakMb = 150.0;     // the whole app
constexpr double SlowCallMs = 500.0;          // calls slower than this are timed once (their warm-up counts)

/// Best of @p runs after a warm-up; a call slower than SlowCallMs counts once, so sorting 1M rows does not take
/// minutes. Returns -1 with @p error set on failure.
double timeBest(const std::function<QString()> &run, int runs, QString *error)
{
    double best = std::numeric_limits<double>::infinity();
    for (int round = 0; round <= runs; ++round) {
        QElapsedTimer timer;
        timer.start();
        const QString failure = run();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!failure.isEmpty()) {
            *error = failure;
            return -1;
        }
        if (round == 0) {
            if (elapsed >= SlowCallMs)
                return elapsed;
            continue;
        }
        best = std::min(best, elapsed);
    }
    return best;
}

/// The statements Qt sent while @p work ran, with Qt's numbered placeholders (:0, :1, ...) written as '?'.
QStringList tracedSql(const QSqlDatabase &connection, const std::function<void()> &work)
{
    sqlite3 *handle = qtHandle(connection);
    if (!handle)
        return {};
    QStringList texts = traceStatements(handle, work);
    static const QRegularExpression numberedPlaceholder(QStringLiteral(":[0-9]+\\b"));
    for (QString &text : texts)
        text.replace(numberedPlaceholder, QStringLiteral("?"));
    return texts;
}

struct ImportRow
{
    qint64 n = 0;
    qint64 csvBytes = 0;
    double exportMs = -1;
    double oursMs = -1;
    double shellMs = -1; ///< -1: the sqlite3 shell was not found
    double floorMs = -1; ///< bench/import-floor.sh into Triplewin's tables; -1 when not run
    double peakMb = -1;  ///< during our import

    double ratio() const { return floorMs > 0 ? oursMs / floorMs : 0; }
    double shellRatio() const { return shellMs > 0 ? oursMs / shellMs : 0; }
    bool atScale() const { return n >= TargetScale; }
    QString verdict() const
    {
        if (floorMs < 0)
            return shellMs < 0 ? QStringLiteral("(no sqlite3 shell)") : QStringLiteral("FAILED (see above)");
        if (ratio() <= TargetImportRatio && peakMb < TargetAppPeakMb)
            return QStringLiteral("ok");
        return atScale() ? QStringLiteral("MISSED") : QStringLiteral("(over target; targets are for 1M)");
    }
};

void printImportTable(const QList<ImportRow> &rows)
{
    say(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
            .arg(QStringLiteral("N").rightJustified(9), QStringLiteral("CSV MB").rightJustified(7),
                 QStringLiteral("export ms").rightJustified(10), QStringLiteral("ours ms").rightJustified(9),
                 QStringLiteral("floor ms").rightJustified(9), QStringLiteral("ratio").rightJustified(5),
                 QStringLiteral(".import ms").rightJustified(10), QStringLiteral("ratio").rightJustified(5),
                 QStringLiteral("peak (ours)").rightJustified(11)) +
        QStringLiteral("  verdict (ratio to the floor <= %1, < 150 MB)").arg(TargetImportRatio));
    for (const ImportRow &row : rows) {
        say(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                .arg(grouped(row.n).rightJustified(9),
                     QString::number(double(row.csvBytes) / (1024.0 * 1024.0), 'f', 1).rightJustified(7),
                     ms(row.exportMs).rightJustified(10), ms(row.oursMs).rightJustified(9),
                     (row.floorMs < 0 ? QStringLiteral("skipped") : ms(row.floorMs)).rightJustified(9),
                     QString::number(row.ratio(), 'f', 2).rightJustified(5),
                     (row.shellMs < 0 ? QStringLiteral("skipped") : ms(row.shellMs)).rightJustified(10),
                     QString::number(row.shellRatio(), 'f', 2).rightJustified(5), mb(row.peakMb).rightJustified(11)) +
            QStringLiteral("  ") + row.verdict());
    }
}

/// The deals, options, assessments and events of the database attached as @p schema, as rows to compare between
/// two databases: by uuid and position, never by id; with each value's type.
QStringList contentQueries(const QString &schema)
{
    QStringList queries = {
        QStringLiteral("SELECT d.uuid, d.revision, d.title, d.customer, d.customers_customer, d.salesperson, "
                       "d.currency, d.expected_close, d.status, d.notes, d.created_at, d.updated_at, d.deleted_at, "
                       "d.ended_at, d.ended_by, d.agreed_option_name, d.you_result, d.customer_result, "
                       "d.customers_customer_result, d.ending, d.you_value, d.customer_value, "
                       "d.customers_customer_value, typeof(d.you_value), d.salesperson_key, d.customer_key, "
                       "(SELECT position FROM %1.deal_options WHERE id = d.agreed_option_id) FROM %1.deals d"),
        QStringLiteral("SELECT d.uuid, o.position, o.name FROM %1.deal_options o JOIN %1.deals d ON d.id = o.deal_id"),
        QStringLiteral("SELECT d.uuid, o.position, a.party, a.value, typeof(a.value), a.reference_point, "
                       "typeof(a.reference_point), a.reason FROM %1.assessments a JOIN %1.deal_options o "
                       "ON o.id = a.option_id JOIN %1.deals d ON d.id = o.deal_id"),
        QStringLiteral("SELECT d.uuid, e.kind, e.at, e.actor, e.detail FROM %1.deal_events e JOIN %1.deals d "
                       "ON d.id = e.deal_id"),
        QStringLiteral("SELECT type, name, tbl_name, sql FROM %1.sqlite_schema"),
    };
    return queries.replaceInStrings(QStringLiteral("%1"), schema);
}

/// Runs bench/import-floor.sh on the CSV at @p csvPath into a fresh Triplewin database in @p folder, and checks
/// that it holds what DealImporter stored in imported.sqlite (ids aside).
bool benchImportFloor(const QString &folder, const QString &csvPath, ImportRow *row)
{
    const QString floorPath = QDir(folder).filePath(QStringLiteral("floor.sqlite"));
    {
        Database empty(QStringLiteral("bench-floor")); // today's schema and pragmas, as the app makes a file
        if (const StorageError error = empty.open(floorPath)) {
            say(QStringLiteral("ERROR: ") + error.fullText());
            return false;
        }
    }
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("sh"), {QStringLiteral(TRIPLEWIN_IMPORT_FLOOR_SCRIPT), csvPath, floorPath});
    const bool finished = process.waitForFinished(-1);
    row->floorMs = double(timer.nsecsElapsed()) / 1e6;
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !errors.isEmpty()) {
        say(QStringLiteral("ERROR: bench/import-floor.sh failed (exit %1): %2").arg(process.exitCode()).arg(errors));
        row->floorMs = -1;
        return false;
    }
    RawDatabase check;
    if (const QString error = check.open(QDir(folder).filePath(QStringLiteral("imported.sqlite"))); !error.isEmpty()) {
        say(QStringLiteral("ERROR: ") + error);
        return false;
    }
    if (const RawResult attached = check.run(QStringLiteral("ATTACH ? AS floor"), {floorPath}); !attached.ok()) {
        say(QStringLiteral("ERROR: ") + attached.error);
        return false;
    }
    const QStringList ours = contentQueries(QStringLiteral("main"));
    const QStringList floor = contentQueries(QStringLiteral("floor"));
    qint64 rows = 0;
    for (qsizetype i = 0; i < ours.size(); ++i) {
        const qint64 count = check.scalar(QStringLiteral("SELECT count(*) FROM (%1)").arg(ours.at(i))).toLongLong();
        const qint64 floorCount =
            check.scalar(QStringLiteral("SELECT count(*) FROM (%1)").arg(floor.at(i))).toLongLong();
        const qint64 onlyOurs =
            check.scalar(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(ours.at(i), floor.at(i)))
                .toLongLong();
        const qint64 onlyFloor =
            check.scalar(QStringLiteral("SELECT count(*) FROM (%1 EXCEPT %2)").arg(floor.at(i), ours.at(i)))
                .toLongLong();
        if (count != floorCount || onlyOurs != 0 || onlyFloor != 0) {
            say(QStringLiteral("ERROR: bench/import-floor.sh's result differs from DealImporter's (%1 and %2 rows, "
                               "%3 only in ours, %4 only in the floor's) for:\n    %5")
                    .arg(count)
                    .arg(floorCount)
                    .arg(onlyOurs)
                    .arg(onlyFloor)
                    .arg(ours.at(i)));
            row->floorMs = -1; // no ratio to a floor that did other work
            return false;
        }
        rows += count;
    }
    say(QStringLiteral("Import floor (bench/import-floor.sh: sqlite3 shell, staging table, INSERT … SELECT, indexes "
                       "built once) in %1 ms; the same %2 rows as DealImporter's (deals, options, assessments, "
                       "events, schema)")
            .arg(ms(row->floorMs), grouped(rows)));
    return true;
}

/// Exports the deals of @p source as Triplewin CSV into @p folder, imports that file with DealImporter into a
/// fresh database, and runs the sqlite3 shell's .import of the same file into another fresh database.
bool benchImport(Database &source, const QString &folder, qint64 n, ImportRow *row)
{
    row->n = n;
    const QString csvPath = QDir(folder).filePath(QStringLiteral("deals.csv"));
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly)) {
            say(QStringLiteral("ERROR: cannot write %1: %2").arg(csvPath, file.errorString()));
            return false;
        }
        DealRepository repository(source);
        DealExporter exporter(&file, DealExporter::Format::Csv);
        QElapsedTimer timer;
        timer.start();
        const bool exported = exporter.exportAll(repository);
        file.close();
        row->exportMs = double(timer.nsecsElapsed()) / 1e6;
        if (!exported || exporter.dealsWritten() != n) {
            say(QStringLiteral("ERROR: exporting the deals to CSV failed (%1 of %2 written): %3")
                    .arg(grouped(exporter.dealsWritten()), grouped(n), exporter.errorString()));
            return false;
        }
        row->csvBytes = QFileInfo(csvPath).size();
    }
    say(QStringLiteral("Exported %1 deals to Triplewin CSV (%2 MB) with DealExporter in %3 ms")
            .arg(grouped(n), QString::number(double(row->csvBytes) / (1024.0 * 1024.0), 'f', 1), ms(row->exportMs)));

    resetPeakOrSay();
    {
        Database target(QStringLiteral("bench-import"));
        if (const StorageError error = target.open(QDir(folder).filePath(QStringLiteral("imported.sqlite")))) {
            say(QStringLiteral("ERROR: ") + error.fullText());
            return false;
        }
        DealRepository repository(target);
        QFile file(csvPath);
        if (!file.open(QIODevice::ReadOnly)) {
            say(QStringLiteral("ERROR: cannot read %1: %2").arg(csvPath, file.errorString()));
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        const ImportResult result = DealImporter().importInto(repository, &file);
        row->oursMs = double(timer.nsecsElapsed()) / 1e6;
        row->peakMb = procStatusMb("VmHWM");
        if (result.status != ImportResult::Status::Imported || result.ids.size() != n) {
            say(QStringLiteral("ERROR: DealImporter imported %1 of %2 deals: %3")
                    .arg(grouped(result.ids.size()), grouped(n),
                         result.error.isEmpty() && !result.issues.isEmpty() ? result.issues.first().message
                                                                            : result.error));
            return false;
        }
        if (result.preset != ImportPreset::Triplewin)
            say(QStringLiteral("Note: the CSV was read as preset %1, not Triplewin.").arg(presetName(result.preset)));
    }
    say(QStringLiteral("Imported them with DealImporter::importInto into a fresh database in %1 ms (peak %2)")
            .arg(ms(row->oursMs), mb(row->peakMb)));

    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        say(QStringLiteral("Note: no sqlite3 shell on PATH (Debian package sqlite3): its .import is skipped."));
        return true;
    }
    const QString shellPath = QDir(folder).filePath(QStringLiteral("shell.sqlite"));
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell, {shellPath, QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                          QStringLiteral(".import \"%1\" deals_raw").arg(csvPath)});
    const bool finished = process.waitForFinished(-1);
    row->shellMs = double(timer.nsecsElapsed()) / 1e6;
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !errors.isEmpty()) {
        say(QStringLiteral("ERROR: %1 failed (exit %2): %3").arg(shell).arg(process.exitCode()).arg(errors));
        row->shellMs = -1;
        return false;
    }
    RawDatabase check;
    check.open(shellPath);
    say(QStringLiteral("sqlite3 shell: .import of the same file (one table, no indexes) in %1 ms, %2 rows")
            .arg(ms(row->shellMs),
                 grouped(check.scalar(QStringLiteral("SELECT count(*) FROM deals_raw")).toLongLong())));
    return benchImportFloor(folder, csvPath, row);
}

struct HistoryRow
{
    qint64 n = 0;
    QString column;
    bool descending = false;
    bool isDefault = false; ///< the first screen: created, newest first
    bool fullSort = false;  ///< the first page's plan sorts every row (USE TEMP B-TREE FOR ORDER BY)
    double modelMs = -1;    ///< TeamHistoryModel::sort (or setFilter): reset + first page
    double oursMs = -1;     ///< TeamHistoryRepository::page, first page
    double rawMs = -1;      ///< the same SQL raw
    double keysetOursMs = -1;
    double keysetRawMs = -1;
    double offsetRawMs = -1; ///< reaching the same row by OFFSET, raw

    double target() const { return isDefault ? TargetFirstScreenMs : TargetJumpMs; }
    bool withinTargets() const { return modelMs < target() && keysetOursMs < TargetJumpMs; }
    /// The targets are for indexed sorts; a sort by a joined value sorts every row and is shown, not judged.
    bool judged() const { return !fullSort || isDefault; }
    bool ok() const { return n < TargetScale || !judged() || withinTargets(); }
    QString verdict() const
    {
        if (withinTargets())
            return QStringLiteral("ok");
        if (!judged())
            return QStringLiteral("(over 1 s: no index, sorts every row)");
        return n >= TargetScale ? QStringLiteral("MISSED") : QStringLiteral("(over target; targets are for 1M)");
    }
};

void printHistoryTable(const QList<HistoryRow> &rows)
{
    say(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11")
            .arg(QStringLiteral("N").rightJustified(9), QStringLiteral("sort").leftJustified(21),
                 QStringLiteral("plan").leftJustified(9), QStringLiteral("model ms").rightJustified(8),
                 QStringLiteral("page ms").rightJustified(8), QStringLiteral("raw ms").rightJustified(8),
                 QStringLiteral("jump ms").rightJustified(8), QStringLiteral("raw jump").rightJustified(8),
                 QStringLiteral("OFFSET raw").rightJustified(10), QStringLiteral("target").leftJustified(16),
                 QStringLiteral("verdict")));
    for (const HistoryRow &row : rows) {
        say(QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9  %10  %11")
                .arg(grouped(row.n).rightJustified(9),
                     QString(row.column + (row.descending ? QStringLiteral(" desc") : QStringLiteral(" asc")))
                         .leftJustified(21),
                     (row.fullSort ? QStringLiteral("sort all") : QStringLiteral("index")).leftJustified(9),
                     ms(row.modelMs).rightJustified(8), ms(row.oursMs).rightJustified(8),
                     ms(row.rawMs).rightJustified(8), ms(row.keysetOursMs).rightJustified(8),
                     ms(row.keysetRawMs).rightJustified(8), ms(row.offsetRawMs).rightJustified(10),
                     (row.isDefault  ? QStringLiteral("< 100 ms, < 1 s")
                      : row.judged() ? QStringLiteral("< 1 s, < 1 s")
                                     : QStringLiteral("none (no index)"))
                         .leftJustified(16),
                     row.verdict()));
    }
}

/// Times the team history on the database at @p path (@p n live deals): the first screen, a keyset jump to the
/// middle and the first page of every sort, through TeamHistoryModel / TeamHistoryRepository and raw.
bool benchHistory(const QString &path, qint64 n, int runs, QList<HistoryRow> *allRows, double *peakMb)
{
    QList<HistoryRow> local;
    QList<HistoryRow> *rows = &local;
    resetPeakOrSay();
    Database database(QStringLiteral("bench-history"));
    if (const StorageError error = database.open(path)) {
        say(QStringLiteral("ERROR: ") + error.fullText());
        return false;
    }
    TeamHistoryRepository repository(database);
    TeamHistoryModel model(repository);
    QElapsedTimer coldTimer;
    coldTimer.start();
    model.setFilter(TeamHistoryFilter{});
    const double coldMs = double(coldTimer.nsecsElapsed()) / 1e6;
    const int pageRows = int(std::min<qint64>(TeamHistoryFilter{}.limit, n));
    say(QStringLiteral("First screen on a new connection (cold SQLite cache, warm OS cache): %1 ms, %2 rows")
            .arg(ms(coldMs))
            .arg(model.rowCount()));
    if (model.rowCount() != pageRows) {
        say(QStringLiteral("ERROR: the model shows %1 rows, expected %2").arg(model.rowCount()).arg(pageRows));
        return false;
    }

    RawDatabase raw;
    if (const QString error = raw.open(path); !error.isEmpty()) {
        say(QStringLiteral("ERROR: cannot open %1 through sqlite3: %2").arg(path, error));
        return false;
    }
    bool ok = true;
    const QStringList columnNames = {
        QStringLiteral("salesperson"),    QStringLiteral("customer"),          QStringLiteral("title"),
        QStringLiteral("status"),         QStringLiteral("outcome"),           QStringLiteral("your value"),
        QStringLiteral("customer value"), QStringLiteral("their cust. value"), QStringLiteral("created"),
        QStringLiteral("closed"),
    };
    QList<std::pair<TeamHistoryColumn, bool>> cases{{TeamHistoryColumn::Created, true}};
    for (int column = 0; column < TeamHistoryColumnCount; ++column)
        cases << std::pair{TeamHistoryColumn(column), false};
    for (const auto &[column, descending] : std::as_const(cases)) {
        HistoryRow row;
        row.n = n;
        row.column = columnNames.at(int(column));
        row.descending = descending;
        row.isDefault = column == TeamHistoryColumn::Created && descending;
        TeamHistoryFilter filter;
        filter.sortColumn = column;
        filter.descending = descending;
        const QString key = TeamHistorySortExpressions.at(int(column));
        const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
        const QString firstSql = teamHistorySql(key, direction, false);
        const QString keysetSql = teamHistorySql(key, direction, true);
        const QString offsetSql = teamHistoryOffsetSql(key, direction);
        const QVariantList middleBinds{n / 2};

        // The row in the middle: the keyset jump continues after it.
        QString error;
        const QVariantList middle = raw.firstRow(offsetSql, middleBinds, &error);
        if (middle.size() != 2) {
            say(QStringLiteral("ERROR: finding the middle row failed: ") + error);
            return false;
        }
        TeamHistoryRow after;
        after.sortKey = middle.at(0);
        after.id = middle.at(1).toLongLong();
        const QVariantList firstBinds{filter.limit};
        const QVariantList keysetBinds{after.sortKey, after.id,     filter.limit,
                                       after.sortKey, filter.limit, filter.limit};

        const QStringList texts = tracedSql(database.connection(), [&]() {
            (void)repository.page(filter, std::nullopt); // only the SQL text is traced
            (void)repository.page(filter, after);
        });
        if (!texts.isEmpty() && (!texts.contains(firstSql) || !texts.contains(keysetSql))) {
            ok = false;
            say(QStringLiteral("ERROR: bench/queries.h is out of sync with TeamHistoryRepository::page; Qt executed:"));
            for (const QString &text : texts)
                say(QStringLiteral("    ") + text);
        }

        say(QStringLiteral("EXPLAIN QUERY PLAN, history sorted by %1 %2, first page / keyset page:")
                .arg(row.column, direction));
        for (const auto &[sql, binds] : {std::pair{firstSql, firstBinds}, std::pair{keysetSql, keysetBinds}}) {
            const QStringList plan = raw.queryPlan(sql, binds, &error);
            if (plan.isEmpty())
                say(QStringLiteral("    (failed: %1)").arg(error));
            for (const QString &line : plan)
                say(QStringLiteral("    ") + line);
            if (sql == firstSql)
                row.fullSort = plan.join(u'\n').contains(QStringLiteral("USE TEMP B-TREE FOR ORDER BY"));
            if (sql == firstSql)
                say(QStringLiteral("    --"));
        }

        qint64 oursRows = 0, oursKeysetRows = 0;
        RawResult rawFirst, rawKeyset;
        const auto check = [&](const QString &what, double value) {
            if (value < 0) {
                say(QStringLiteral("ERROR: %1: %2").arg(what, error));
                ok = false;
            }
            return value;
        };
        row.modelMs = check(QStringLiteral("model sort"),
                            timeBest(
                                [&]() -> QString {
                                    model.sort(int(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder);
                                    return model.rowCount() == pageRows ? QString() : QStringLiteral("wrong row count");
                                },
                                runs, &error));
        const auto page = [&](const std::optional<TeamHistoryRow> &from, qint64 *count) -> QString {
            const Expected<QList<TeamHistoryRow>> got = repository.page(filter, from);
            if (!got.ok())
                return got.error().fullText();
            *count = got.value().size();
            return {};
        };
        row.oursMs = check(QStringLiteral("first page"),
                           timeBest([&]() { return page(std::nullopt, &oursRows); }, runs, &error));
        row.rawMs = check(QStringLiteral("raw first page"), timeBest(
                                                                [&]() {
                                                                    rawFirst = raw.run(firstSql, firstBinds);
                                                                    return rawFirst.error;
                                                                },
                                                                runs, &error));
        row.keysetOursMs = check(QStringLiteral("keyset page"),
                                 timeBest([&]() { return page(after, &oursKeysetRows); }, runs, &error));
        row.keysetRawMs = check(QStringLiteral("raw keyset page"), timeBest(
                                                                       [&]() {
                                                                           rawKeyset = raw.run(keysetSql, keysetBinds);
                                                                           return rawKeyset.error;
                                                                       },
                                                                       runs, &error));
        row.offsetRawMs = check(QStringLiteral("raw OFFSET"), timeBest(
                                                                  [&]() {
                                                                      QString failure;
                                                                      raw.firstRow(offsetSql, middleBinds, &failure);
                                                                      return failure;
                                                                  },
                                                                  runs, &error));
        const qint64 expectedKeyset = std::min<qint64>(filter.limit, n - n / 2 - 1);
        if (oursRows != pageRows || rawFirst.rows != pageRows || oursKeysetRows != expectedKeyset ||
            rawKeyset.rows != expectedKeyset) {
            say(QStringLiteral("ERROR: rows read: ours %1 + %2, raw %3 + %4, expected %5 + %6")
                    .arg(oursRows)
                    .arg(oursKeysetRows)
                    .arg(rawFirst.rows)
                    .arg(rawKeyset.rows)
                    .arg(pageRows)
                    .arg(expectedKeyset));
            ok = false;
        }
        *rows << row;
    }
    *peakMb = procStatusMb("VmHWM");
    say();
    printHistoryTable(local);
    *allRows << local;
    say(QStringLiteral("model = TeamHistoryModel::sort (reset + first page of %1); page = TeamHistoryRepository::page; "
                       "jump = the keyset page after the row at N/2; OFFSET raw = reaching that row by OFFSET. Best "
                       "of %2 after a warm-up; calls over %3 ms timed once.")
            .arg(pageRows)
            .arg(runs)
            .arg(SlowCallMs));
    say(QStringLiteral("Memory: peak during the history part %1 (the app's target: < %2 MB)")
            .arg(mb(*peakMb))
            .arg(TargetAppPeakMb));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("triplewin-bench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRIPLEWIN_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Times Triplewin's habit analysis and RQ on N generated ended deals against the same SQL run "
                       "raw through the sqlite3 C API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Comma-separated numbers of deals to generate (k and m "
                                                        "suffixes allowed). Default: 10000,100000,1000000."),
                                         QStringLiteral("list"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Analyse this existing Triplewin database instead of generating "
                                                     "one (opened through Database::open, which may migrate it)."),
                                      QStringLiteral("path"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per measurement after one warm-up; the best "
                                                       "counts. Default: 3."),
                                        QStringLiteral("count"), QStringLiteral("3"));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Deals per DealRepository::insertMany call. Default: 20000."),
                                         QStringLiteral("count"), QStringLiteral("20000"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the generated databases and print where they are."));
    const QCommandLineOption importOption(
        QStringLiteral("import"),
        QStringLiteral("After the habits: for each of these sizes, export N generated deals to Triplewin CSV and time "
                       "DealImporter against the sqlite3 shell's .import of the same file."),
        QStringLiteral("list"));
    const QCommandLineOption historyOption(
        QStringLiteral("history"),
        QStringLiteral("After the habits: for each of these sizes, time the team history (first screen, keyset jump, "
                       "every sort) on N generated deals against the same SQL raw. With --import and the same N the "
                       "generated database is shared."),
        QStringLiteral("list"));
    parser.addOptions({sizesOption, dbOption, runsOption, batchOption, keepOption, importOption, historyOption});
    parser.addPositionalArgument(QStringLiteral("sizes"), QStringLiteral("Sizes, as with --sizes."),
                                 QStringLiteral("[N...]"));
    parser.process(app);

    QList<qint64> sizes;
    QList<qint64> importSizes;
    QList<qint64> historySizes;
    QStringList sizeEntries = parser.values(sizesOption) + parser.positionalArguments();
    // --import / --history alone run only their sections; without them (or with --sizes too) the habits run.
    const bool extrasOnly =
        sizeEntries.isEmpty() && !parser.isSet(dbOption) && (parser.isSet(importOption) || parser.isSet(historyOption));
    if (sizeEntries.isEmpty())
        sizeEntries << QStringLiteral("10000,100000,1000000");
    bool runsOk = false;
    bool batchOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const int batch = parser.value(batchOption).toInt(&batchOk);
    if (!parseSizes(sizeEntries, &sizes) || !parseSizes(parser.values(importOption), &importSizes) ||
        !parseSizes(parser.values(historyOption), &historySizes) || !runsOk || runs < 1 || !batchOk || batch < 1) {
        std::fputs("triplewin-bench: --sizes takes positive numbers (e.g. 10000,100k,1m); --runs and --batch "
                   "positive integers. See --help.\n",
                   stderr);
        return 2;
    }

    say(QStringLiteral("triplewin-bench %1: Qt %2, SQLite %3, %4 CPU threads")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()), sqliteVersion())
            .arg(QThread::idealThreadCount()));
    say(QStringLiteral("Targets: 1,000,000 ended deals analysed (habits + RQ) in < %1 ms; each query within %2x of "
                       "the same SQL run raw; no plan slower than a full scan; < %3 MB peak during analysis.")
            .arg(TargetMs)
            .arg(TargetRatio)
            .arg(TargetPeakMb));

    if (!importSizes.isEmpty() || !historySizes.isEmpty())
        say(QStringLiteral("Targets (issues 5 and 14, at 1,000,000 deals): CSV import within %1x of its floor "
                           "(bench/import-floor.sh; the ratio to the sqlite3 shell's bare .import is shown too); "
                           "history first screen < %2 ms; a keyset jump or a sort by an indexed column "
                           "< %3 ms; < %4 MB peak.")
                .arg(TargetImportRatio)
                .arg(TargetFirstScreenMs)
                .arg(TargetJumpMs)
                .arg(TargetAppPeakMb));

    QList<ResultRow> allRows;
    QList<PlanRow> allPlans;
    QList<std::pair<qint64, double>> peaks;
    bool failed = false;

    if (extrasOnly) {
        // only --import / --history
    } else if (parser.isSet(dbOption)) {
        const QString path = parser.value(dbOption);
        say();
        say(QStringLiteral("=== Existing database %1").arg(QFileInfo(path).absoluteFilePath()));
        Database database(QStringLiteral("bench"));
        if (const StorageError error = database.open(path)) {
            say(QStringLiteral("ERROR: ") + error.fullText());
            return 1;
        }
        RawDatabase counter;
        counter.open(database.path());
        const qint64 n =
            counter
                .scalar(QStringLiteral("SELECT count(*) FROM deals WHERE ended_at IS NOT NULL AND deleted_at IS NULL"))
                .toLongLong();
        counter.close();
        resetPeakOrSay();
        const double baseline = procStatusMb("VmRSS");
        const CaseResult result = analyse(database, database.path(), n, runs);
        failed = failed || result.failed;
        allRows << result.rows;
        allPlans << result.plans;
        peaks << std::pair{n, result.analysisPeakMb};
        say(QStringLiteral("Memory: RSS %1 before analysis; peak during analysis %2 (target < %3 MB)")
                .arg(mb(baseline), mb(result.analysisPeakMb))
                .arg(TargetPeakMb));
    } else {
        for (const qint64 n : std::as_const(sizes)) {
            say();
            say(QStringLiteral("=== N = %1").arg(grouped(n)));
            QTemporaryDir dir;
            if (!dir.isValid()) {
                say(QStringLiteral("ERROR: cannot create a temporary folder: ") + dir.errorString());
                return 1;
            }
            dir.setAutoRemove(!parser.isSet(keepOption));
            const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
            Database database(QStringLiteral("bench"));
            if (const StorageError error = database.open(path)) {
                say(QStringLiteral("ERROR: ") + error.fullText());
                return 1;
            }
            qint64 lastShown = 0;
            const GenerationResult generated = generateDeals(database, n, batch, [n, &lastShown](qint64 done) {
                if (n >= 200'000 && (done - lastShown >= n / 5 || done == n)) {
                    say(QStringLiteral("    ... %1 deals").arg(grouped(done)));
                    lastShown = done;
                }
            });
            if (!generated.error.isEmpty()) {
                say(QStringLiteral("ERROR: generating deals failed: ") + generated.error);
                return 1;
            }
            // A steady-state file for both sides: everything checkpointed into the database, the WAL empty.
            QSqlQuery checkpoint(database.connection());
            if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                say(QStringLiteral("Note: checkpoint failed: ") + checkpoint.lastError().text());
            checkpoint.finish();
            const double seconds = double(generated.totalNanoseconds) / 1e9;
            const double insertSeconds = double(generated.insertNanoseconds) / 1e9;
            say(QStringLiteral("Generated %1 ended deals (%2 salespeople, %3 customers, closings %4 .. %5 UTC) in "
                               "%6 s: %7 deals/s overall, %8 deals/s inside insertMany (%9 per call); file %10 MB")
                    .arg(grouped(generated.deals))
                    .arg(generated.salespeople)
                    .arg(generated.customers)
                    .arg(generated.firstMonth.toString(QStringLiteral("yyyy-MM")),
                         generated.lastMonth.toString(QStringLiteral("yyyy-MM")), QString::number(seconds, 'f', 1),
                         grouped(qint64(double(generated.deals) / seconds)),
                         grouped(qint64(double(generated.deals) / insertSeconds)), grouped(batch),
                         QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1)));
            say(QStringLiteral("Memory: peak during generation %1").arg(mb(procStatusMb("VmHWM"))));
            resetPeakOrSay();
            const double baseline = procStatusMb("VmRSS");
            const CaseResult result = analyse(database, database.path(), generated.deals, runs);
            failed = failed || result.failed;
            allRows << result.rows;
            allPlans << result.plans;
            peaks << std::pair{n, result.analysisPeakMb};
            say(QStringLiteral("Memory: RSS %1 before analysis; peak during analysis %2 (target < %3 MB)")
                    .arg(mb(baseline), mb(result.analysisPeakMb))
                    .arg(TargetPeakMb));
            database.close();
            if (parser.isSet(keepOption))
                say(QStringLiteral("Kept: ") + path);
        }
    }

    // CSV import and team history (issue 5), on one generated database per size.
    QList<ImportRow> importRows;
    QList<HistoryRow> historyRows;
    QList<std::pair<qint64, double>> historyPeaks;
    QList<qint64> extraSizes = importSizes + historySizes;
    std::sort(extraSizes.begin(), extraSizes.end());
    extraSizes.erase(std::unique(extraSizes.begin(), extraSizes.end()), extraSizes.end());
    for (const qint64 n : std::as_const(extraSizes)) {
        say();
        say(QStringLiteral("=== N = %1: %2")
                .arg(grouped(n))
                .arg(QStringList{importSizes.contains(n) ? QStringLiteral("CSV import") : QString(),
                                 historySizes.contains(n) ? QStringLiteral("team history") : QString()}
                         .filter(QRegularExpression(QStringLiteral(".")))
                         .join(QStringLiteral(", "))));
        QTemporaryDir dir;
        if (!dir.isValid()) {
            say(QStringLiteral("ERROR: cannot create a temporary folder: ") + dir.errorString());
            return 1;
        }
        dir.setAutoRemove(!parser.isSet(keepOption));
        const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
        {
            Database database(QStringLiteral("bench-extra"));
            if (const StorageError error = database.open(path)) {
                say(QStringLiteral("ERROR: ") + error.fullText());
                return 1;
            }
            qint64 lastShown = 0;
            const GenerationResult generated = generateDeals(database, n, batch, [n, &lastShown](qint64 done) {
                if (n >= 200'000 && (done - lastShown >= n / 5 || done == n)) {
                    say(QStringLiteral("    ... %1 deals").arg(grouped(done)));
                    lastShown = done;
                }
            });
            if (!generated.error.isEmpty()) {
                say(QStringLiteral("ERROR: generating deals failed: ") + generated.error);
                return 1;
            }
            QSqlQuery checkpoint(database.connection());
            if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
                say(QStringLiteral("Note: checkpoint failed: ") + checkpoint.lastError().text());
            checkpoint.finish();
            say(QStringLiteral("Generated %1 ended deals in %2 s; file %3 MB")
                    .arg(grouped(generated.deals), QString::number(double(generated.totalNanoseconds) / 1e9, 'f', 1),
                         QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1)));
            if (importSizes.contains(n)) {
                say();
                say(QStringLiteral("--- CSV import"));
                ImportRow row;
                if (!benchImport(database, dir.path(), n, &row))
                    failed = true;
                importRows << row;
                say();
                printImportTable({row});
            }
            database.close();
        }
        if (historySizes.contains(n)) {
            say();
            say(QStringLiteral("--- Team history"));
            double peak = -1;
            if (!benchHistory(path, n, runs, &historyRows, &peak))
                failed = true;
            historyPeaks << std::pair{n, peak};
        }
        if (parser.isSet(keepOption))
            say(QStringLiteral("Kept: ") + dir.path());
    }

    say();
    say(QStringLiteral("=== Summary"));
    if (!extrasOnly) {
        printResultTable(allRows);
        say();
        printPlanTable(allPlans);
        say();
    }
    if (!importRows.isEmpty()) {
        printImportTable(importRows);
        say();
    }
    if (!historyRows.isEmpty()) {
        printHistoryTable(historyRows);
        for (const auto &[n, peak] : std::as_const(historyPeaks))
            say(QStringLiteral("%1  peak memory during the history part %2 (target < %3 MB): %4")
                    .arg(grouped(n).rightJustified(9), mb(peak))
                    .arg(TargetAppPeakMb)
                    .arg(peak >= 0 && peak < TargetAppPeakMb ? QStringLiteral("ok") : QStringLiteral("MISSED")));
        say();
    }
    for (const auto &[n, peak] : std::as_const(peaks))
        say(QStringLiteral("%1  peak memory during analysis %2 (target < %3 MB): %4")
                .arg(grouped(n).rightJustified(9), mb(peak))
                .arg(TargetPeakMb)
                .arg(peak >= 0 && peak < TargetPeakMb ? QStringLiteral("ok") : QStringLiteral("MISSED")));
    const bool allMet =
        std::all_of(allRows.cbegin(), allRows.cend(), [](const ResultRow &r) { return r.ok(); }) &&
        std::all_of(allPlans.cbegin(), allPlans.cend(), [](const PlanRow &r) { return r.ok(); }) &&
        std::all_of(importRows.cbegin(), importRows.cend(),
                    [](const ImportRow &r) { return !r.atScale() || r.verdict() == QLatin1String("ok"); }) &&
        std::all_of(historyRows.cbegin(), historyRows.cend(), [](const HistoryRow &r) { return r.ok(); });
    say(allMet ? QStringLiteral("All speed targets met (time and ratio at 1M deals; plans at every size).")
               : QStringLiteral("Some speed targets were MISSED (see the verdict columns)."));
    // Missed targets are results, not failures: the exit code reports only errors (storage, SQL out of sync).
    return failed ? 1 : 0;
}
