// triplewin-bench-app: the whole app's peak memory on a big database (issue 5: < 150 MB with 1M deals),
// against a bare Qt window measured in the same run.
//
// It opens the main window (deal list, coach panel with its analysis) on the database, then the team review,
// sorts the history by every column and scrolls through its first pages, and reports the peak resident memory
// (VmHWM) and the time each step took. Run it on a display-less machine with QT_QPA_PLATFORM=offscreen.
#include "generate.h"
#include "models/teamhistorymodel.h"
#include "procstatus.h"
#include "storage/database.h"
#include "ui/mainwindow.h"
#include "ui/teamreviewwindow.h"

#include <cstdio>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QMainWindow>
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

/// Lets the event loop run for @p ms: painting, queued fetches, timers.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("triplewin-bench-app"));
    QStandardPaths::setTestModeEnabled(true); // the main window's settings go to a test location
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Peak memory of the whole Triplewin app on a big deal database, against a bare Qt window."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("An existing Triplewin database to open (for example one kept "
                                                     "by triplewin-bench --keep)."),
                                      QStringLiteral("path"));
    const QCommandLineOption generateOption(QStringLiteral("generate"),
                                            QStringLiteral("Generate N ended deals into a temporary database first."),
                                            QStringLiteral("N"), QStringLiteral("100000"));
    parser.addOptions({dbOption, generateOption});
    parser.process(app);

    const double targetMb = 150.0;
    // Baseline: a bare main window, shown and painted.
    {
        QMainWindow bare;
        bare.resize(1280, 800);
        bare.show();
        settle(300);
    }
    const double baselineMb = procStatusMb("VmHWM");
    say(QStringLiteral("Bare QMainWindow (baseline): peak %1").arg(mb(baselineMb)));

    QTemporaryDir scratch;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        path = QDir(scratch.path()).filePath(QStringLiteral("bench-app.sqlite"));
        const qint64 count = parser.value(generateOption).toLongLong();
        Core::Database generated(QStringLiteral("bench-app-generate"));
        if (const Core::StorageError error = generated.open(path)) {
            say(QStringLiteral("ERROR: ") + error.fullText());
            return 1;
        }
        const GenerationResult result = generateDeals(generated, count, 20000, [](qint64) {});
        if (!result.error.isEmpty()) {
            say(QStringLiteral("ERROR: ") + result.error);
            return 1;
        }
        say(QStringLiteral("Generated %1 ended deals in %2 s").arg(result.deals).arg(result.totalNanoseconds / 1e9));
    }
    if (const QString error = resetPeakMemory(); !error.isEmpty())
        say(QStringLiteral("Note: the peak could not be reset (%1); it includes the generation.").arg(error));

    Core::Database database;
    QElapsedTimer timer;
    timer.start();
    if (const Core::StorageError error = database.open(path)) {
        say(QStringLiteral("ERROR: ") + error.fullText());
        return 1;
    }
    Ui::MainWindow window(database);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    say(QStringLiteral("Main window (deal list, coach panel) shown in %1 ms").arg(elapsedMs(timer), 0, 'f', 1));
    settle(500);
    const double mainMb = procStatusMb("VmHWM");

    timer.restart();
    window.showTeamReview();
    QCoreApplication::processEvents();
    say(QStringLiteral("Team review (history, dashboard) shown in %1 ms").arg(elapsedMs(timer), 0, 'f', 1));
    Core::TeamHistoryModel *model = window.teamReview()->historyModel();
    for (int column = 0; column < model->columnCount(); ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.restart();
            model->sort(column, order);
            // Scroll through the first pages, as a manager paging down would.
            for (int page = 0; page < 10 && model->canFetchMore({}); ++page)
                model->fetchMore({});
            QCoreApplication::processEvents();
            say(QStringLiteral("  sorted by %1 %2 and fetched %3 rows in %4 ms")
                    .arg(model->headerData(column, Qt::Horizontal).toString().simplified(),
                         order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"))
                    .arg(model->rowCount())
                    .arg(elapsedMs(timer), 0, 'f', 1));
        }
    }
    settle(300);
    const double peakMb = procStatusMb("VmHWM");

    say(QString());
    say(QStringLiteral("%1  %2  %3  %4  %5")
            .arg(QStringLiteral("bare window").rightJustified(12), QStringLiteral("main window").rightJustified(12),
                 QStringLiteral("whole app").rightJustified(12), QStringLiteral("target").rightJustified(10),
                 QStringLiteral("verdict")));
    const bool met = peakMb >= 0 && peakMb < targetMb;
    say(QStringLiteral("%1  %2  %3  %4  %5")
            .arg(mb(baselineMb).rightJustified(12), mb(mainMb).rightJustified(12), mb(peakMb).rightJustified(12),
                 QStringLiteral("< %1 MB").arg(targetMb).rightJustified(10),
                 met ? QStringLiteral("ok") : QStringLiteral("MISSED")));
    say(QStringLiteral("Whole app minus bare window: %1").arg(mb(peakMb - baselineMb)));
    return 0;
}
