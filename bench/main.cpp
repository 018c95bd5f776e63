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

#include "coaching/coach.h"
#include "coaching/habits.h"
#include "generate.h"
#include "queries.h"
#include "rawsqlite.h"
#include "storage/coachingrepository.h"
#include "storage/database.h"

#include <algorithm>
#include <cstdio>
#include <limits>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <sqlite3.h>
#include <tuple>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

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

/// A field of /proc/self/status in MB ("VmHWM", "VmRSS"); negative when unavailable.
double procStatusMb(const QByteArray &key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = key + ':';
    // readAll, not atEnd()/readLine(): /proc files report a size of 0.
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix)) {
            const QList<QByteArray> parts = line.mid(prefix.size()).simplified().split(' ');
            return parts.isEmpty() ? -1 : parts.first().toDouble() / 1024.0;
        }
    }
    return -1;
}

QString mb(double value)
{
    return value < 0 ? QStringLiteral("n/a") : QString::number(value, 'f', 1) + QStringLiteral(" MB");
}

/// Resets VmHWM to the current RSS (Linux >= 4.0: "5" to /proc/self/clear_refs). Returns an error text.
QString resetPeakMemory()
{
#ifdef __GLIBC__
    malloc_trim(0); // hand the generation's freed heap back first, so it does not count as the baseline
#endif
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write("5") != 1 || !file.flush())
        return file.errorString();
    return {};
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
        coach.repository().forEachSalespersonWindow(thresholds.window,
                                                    [](const QString &, const QList<EndedDeal> &) {});
        coach.repository().endingsByMonth(std::nullopt, from, to.addMonths(1));
    });
    // Qt 6 hands positional placeholders to SQLite as :0, :1, ... (the same parameters as ?).
    static const QRegularExpression numberedPlaceholder(QStringLiteral(":[0-9]+\\b"));
    for (QString &text : texts)
        text.replace(numberedPlaceholder, QStringLiteral("?"));
    bool ok = true;
    const std::pair<QString, QString> expected[] = {
        {QStringLiteral("CoachingRepository::forEachSalespersonWindow"), HabitWindowSql},
        {QStringLiteral("CoachingRepository::endingsByMonth"), EndingsByMonthSql},
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
        say(QStringLiteral("SQL check: the raw side runs the exact text Qt sent to SQLite for both queries."));
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
    const QString ended = QStringLiteral("FROM deals WHERE closed_at IS NOT NULL AND deleted_at IS NULL");
    const QString firstEnd = raw.scalar(QStringLiteral("SELECT min(closed_at) ") + ended);
    const QString lastEnd = raw.scalar(QStringLiteral("SELECT max(closed_at) ") + ended);
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
    const double rawHabits = timings[3].bestMs, rawRqMs = timings[4].bestMs;
    result.rows << ResultRow{n,          QStringLiteral("habits (window query + detectHabits)"),
                             oursHabits, rawHabits,
                             atScale,    false}
                << ResultRow{n, QStringLiteral("RQ (GROUP BY month, outcome)"), oursRq, rawRqMs, atScale, false}
                << ResultRow{n,        QStringLiteral("Coach::teamReport (habits + RQ)"),
                             oursTeam, rawHabits + rawRqMs,
                             atScale,  true};
    result.plans << PlanRow{n, QStringLiteral("habit window query"), rawHabits, timings[5].bestMs}
                 << PlanRow{n, QStringLiteral("RQ GROUP BY query"), rawRqMs, timings[6].bestMs};
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
    parser.addOptions({sizesOption, dbOption, runsOption, batchOption, keepOption});
    parser.addPositionalArgument(QStringLiteral("sizes"), QStringLiteral("Sizes, as with --sizes."),
                                 QStringLiteral("[N...]"));
    parser.process(app);

    QList<qint64> sizes;
    QStringList sizeEntries = parser.values(sizesOption) + parser.positionalArguments();
    if (sizeEntries.isEmpty())
        sizeEntries << QStringLiteral("10000,100000,1000000");
    bool runsOk = false;
    bool batchOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const int batch = parser.value(batchOption).toInt(&batchOk);
    if (!parseSizes(sizeEntries, &sizes) || !runsOk || runs < 1 || !batchOk || batch < 1) {
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

    QList<ResultRow> allRows;
    QList<PlanRow> allPlans;
    QList<std::pair<qint64, double>> peaks;
    bool failed = false;

    if (parser.isSet(dbOption)) {
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
                .scalar(QStringLiteral("SELECT count(*) FROM deals WHERE closed_at IS NOT NULL AND deleted_at IS NULL"))
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

    say();
    say(QStringLiteral("=== Summary"));
    printResultTable(allRows);
    say();
    printPlanTable(allPlans);
    say();
    for (const auto &[n, peak] : std::as_const(peaks))
        say(QStringLiteral("%1  peak memory during analysis %2 (target < %3 MB): %4")
                .arg(grouped(n).rightJustified(9), mb(peak))
                .arg(TargetPeakMb)
                .arg(peak >= 0 && peak < TargetPeakMb ? QStringLiteral("ok") : QStringLiteral("MISSED")));
    const bool allMet = std::all_of(allRows.cbegin(), allRows.cend(), [](const ResultRow &r) { return r.ok(); }) &&
                        std::all_of(allPlans.cbegin(), allPlans.cend(), [](const PlanRow &r) { return r.ok(); });
    say(allMet ? QStringLiteral("All speed targets met (time and ratio at 1M deals; plans at every size).")
               : QStringLiteral("Some speed targets were MISSED (see the verdict columns)."));
    // Missed targets are results, not failures: the exit code reports only errors (storage, SQL out of sync).
    return failed ? 1 : 0;
}
