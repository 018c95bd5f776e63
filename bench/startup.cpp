// triplewin-bench-startup: start-up to the first paint of the main window on a big database, against a bare Qt
// Widgets + Charts window (a QMainWindow with a QChartView) started the same way in the same run (issue 14: within
// 1.5x at 1M deals).
//
// Each start is a process of its own (this program again, with --child), timed from the top of main() to the first
// paint of its window, so both pay Qt's own start-up alike and neither profits from the other's caches. The runs
// alternate, and the medians are compared. Run it with QT_QPA_PLATFORM=offscreen on a machine without a display.
#include "generate.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "ui/mainwindow.h"

#include <algorithm>
#include <cstdio>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Triplewin;
using namespace TriplewinBench;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

/// Quits the event loop at the first paint of the watched window (or any of its children).
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock)
        : m_clock(clock)
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_ms < 0) {
            m_ms = double(m_clock.nsecsElapsed()) / 1e6;
            QCoreApplication::exit(0);
        }
        return QObject::eventFilter(watched, event);
    }
    double ms() const { return m_ms; }

private:
    const QElapsedTimer &m_clock;
    double m_ms = -1;
};

/// One start: "bare", "app" (on @p path, as on a first start: the empty state) or "reopen" (the app reopening the
/// deal open when it was last closed, as on every later start). Prints "first-paint-ms N".
int child(const QString &kind, const QString &path, const QElapsedTimer &clock, QApplication &app)
{
    QStandardPaths::setTestModeEnabled(true); // the main window's settings go to a test location
    FirstPaint watcher(clock);
    app.installEventFilter(&watcher);
    std::unique_ptr<QMainWindow> window;
    Core::Database database;
    if (kind == u"bare") {
        window = std::make_unique<QMainWindow>();
        auto *chart = new QChart;
        chart->setTitle(QStringLiteral("Bare window"));
        window->setCentralWidget(new QChartView(chart));
    } else {
        if (const Core::StorageError error = database.open(path)) {
            say(QStringLiteral("ERROR: ") + error.fullText());
            return 1;
        }
        QSettings settings;
        settings.clear();
        if (kind == u"reopen") {
            Core::DealQuery first;
            first.limit = 1;
            const Core::Expected<QList<Core::DealSummary>> listed = Core::DealRepository(database).list(first);
            if (!listed.ok() || listed.value().isEmpty()) {
                say(QStringLiteral("ERROR: no deal to reopen"));
                return 1;
            }
            settings.setValue(QStringLiteral("session/database"), database.path());
            settings.setValue(QStringLiteral("session/deal"), listed.value().constFirst().id);
        }
        settings.sync();
        window = std::make_unique<Ui::MainWindow>(database);
    }
    window->resize(1280, 800);
    window->show();
    QApplication::exec();
    say(QStringLiteral("first-paint-ms %1").arg(watcher.ms(), 0, 'f', 2));
    return 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("triplewin-bench-startup"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up to first paint of the main window on a big database, "
                                                    "against a bare Qt Widgets + Charts window."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("An existing Triplewin database to open."),
                                      QStringLiteral("path"));
    const QCommandLineOption generateOption(
        QStringLiteral("generate"),
        QStringLiteral("Generate N ended deals into a temporary database first (into "
                       "--db when that file is not there yet)."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts of each kind (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("Internal: one start."),
                                         QStringLiteral("bare|app|reopen"));
    parser.addOptions({dbOption, generateOption, runsOption, childOption});
    parser.process(app);
    if (parser.isSet(childOption))
        return child(parser.value(childOption), parser.value(dbOption), clock, app);

    QTemporaryDir scratch;
    QString path = parser.value(dbOption);
    // --generate with --db naming a file not there yet generates into that file and keeps it for the next run.
    if (path.isEmpty() || (parser.isSet(generateOption) && !QFileInfo::exists(path))) {
        if (path.isEmpty())
            path = QDir(scratch.path()).filePath(QStringLiteral("bench-startup.sqlite"));
        Core::Database generated(QStringLiteral("bench-startup-generate"));
        if (const Core::StorageError error = generated.open(path)) {
            say(QStringLiteral("ERROR: ") + error.fullText());
            return 1;
        }
        const GenerationResult result =
            generateDeals(generated, parser.value(generateOption).toLongLong(), 20000, [](qint64) {});
        if (!result.error.isEmpty()) {
            say(QStringLiteral("ERROR: ") + result.error);
            return 1;
        }
        say(QStringLiteral("Generated %1 ended deals in %2 s").arg(result.deals).arg(result.totalNanoseconds / 1e9));
    }
    const auto start = [&](const QString &kind) -> double {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--child"), kind, QStringLiteral("--db"), path});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return -1;
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const qsizetype at = out.indexOf(QStringLiteral("first-paint-ms "));
        return at < 0 ? -1 : out.mid(at + 15).trimmed().toDouble();
    };
    start(QStringLiteral("bare")); // warms the disk cache for all (fonts, plugins, the database file)
    start(QStringLiteral("app"));
    start(QStringLiteral("reopen"));
    QList<double> bare;
    QList<double> ours;
    QList<double> reopening;
    const int runs = std::max(1, parser.value(runsOption).toInt());
    for (int run = 0; run < runs; ++run) {
        bare << start(QStringLiteral("bare"));
        ours << start(QStringLiteral("app"));
        reopening << start(QStringLiteral("reopen"));
    }
    if (bare.contains(-1) || ours.contains(-1) || reopening.contains(-1)) {
        say(QStringLiteral("ERROR: a start failed"));
        return 1;
    }
    const double floor = std::max(0.001, median(bare));
    const double ratio = median(ours) / floor;
    say(QStringLiteral("Start-up to first paint, median of %1 starts each:").arg(runs));
    say(QStringLiteral("  bare Widgets + Charts window            %1 ms").arg(median(bare), 8, 'f', 1));
    say(QStringLiteral("  Triplewin, first start (empty state)    %1 ms  ratio %2 (target: within 1.5)%3")
            .arg(median(ours), 8, 'f', 1)
            .arg(ratio, 0, 'f', 2)
            .arg(ratio <= 1.5 ? QString() : QStringLiteral(": MISSED")));
    say(QStringLiteral("  Triplewin, reopening the last deal      %1 ms  ratio %2")
            .arg(median(reopening), 8, 'f', 1)
            .arg(median(reopening) / floor, 0, 'f', 2));
    return 0;
}
