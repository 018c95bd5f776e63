// Crash safety: a writer saving deals through the project's storage code is killed with SIGKILL at random
// moments, again and again, on the same file. After each kill the database opens, says "ok" to
// PRAGMA integrity_check, and holds every save the writer reported as done, intact.
//
// TRIPLEWIN_CRASH_CYCLES sets the number of kills (default 25, for CI; the full run uses 200), and
// TRIPLEWIN_CRASH_SEED the random seed (printed, so a failure can be replayed).
#include "crashcommon.h"
#include "storage/database.h"
#include "storage/dealrepository.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Triplewin::Core;

class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesSurviveSigkill();
};

namespace {

struct Reported
{
    qint64 revision = 0;
    QString fingerprint;
    qint64 attemptedRevision = 0; ///< a save started after the last reported one (it may have committed)
    QString attemptedFingerprint;
};

bool checkReported(Database &database, const QList<qint64> &ids, QHash<qint64, Reported> *reported, int cycle)
{
    DealRepository repository(database);
    for (qint64 id : ids) {
        const Expected<Deal> stored = repository.load(id);
        if (!stored.ok()) {
            QTest::qFail(qPrintable(QStringLiteral("cycle %1: reported deal %2 is missing: %3")
                                        .arg(cycle)
                                        .arg(id)
                                        .arg(stored.error().fullText())),
                         __FILE__, __LINE__);
            return false;
        }
        const QString fingerprint = CrashTest::fingerprint(stored.value());
        const qint64 revision = stored.value().revision;
        Reported &expected = (*reported)[id];
        // Either the reported save (maybe closed afterwards, which keeps the content), or a later save that
        // committed just before the kill, with exactly the content it was given.
        const bool asReported = fingerprint == expected.fingerprint && revision >= expected.revision;
        const bool laterSave = expected.attemptedRevision != 0 && revision == expected.attemptedRevision &&
                               fingerprint == expected.attemptedFingerprint;
        if (!asReported && !laterSave) {
            QTest::qFail(qPrintable(QStringLiteral("cycle %1: deal %2 is at revision %3 with other content; "
                                                   "reported revision %4")
                                        .arg(cycle)
                                        .arg(id)
                                        .arg(revision)
                                        .arg(expected.revision)),
                         __FILE__, __LINE__);
            return false;
        }
        if (laterSave)
            expected = Reported{revision, fingerprint, 0, {}};
    }
    return true;
}

} // namespace

void TestCrashSafety::savesSurviveSigkill()
{
    const int cycles = qEnvironmentVariableIsSet("TRIPLEWIN_CRASH_CYCLES")
                           ? qEnvironmentVariableIntValue("TRIPLEWIN_CRASH_CYCLES")
                           : 25;
    const quint32 seed = qEnvironmentVariableIsSet("TRIPLEWIN_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("TRIPLEWIN_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("%d kill cycles, seed %u (TRIPLEWIN_CRASH_SEED replays it)", cycles, seed);
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));

    QHash<qint64, Reported> reported;
    int reportedSaves = 0;
    int killedMidSave = 0;
    for (int cycle = 0; cycle < cycles; ++cycle) {
        QProcess writer;
        writer.setProgram(QStringLiteral(TRIPLEWIN_CRASH_WRITER));
        writer.setArguments({path, QString::number(cycle)});
        writer.start();
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        // One cycle in five is killed at a random moment of its start-up (opening, maybe creating the file). The
        // others are killed a random moment after a random number of reported saves: counted in saves, not in
        // milliseconds, so a slow build (the sanitizers') or a busy machine still gets past the start-up.
        QByteArray output;
        if (random.bounded(5) == 0) {
            QThread::msleep(random.bounded(5, 250));
        } else {
            const int savesBeforeKill = random.bounded(1, 8);
            while (output.count("saved ") < savesBeforeKill) {
                QVERIFY2(writer.waitForReadyRead(60000),
                         qPrintable(QStringLiteral("cycle %1: the writer reported %2 saves, then nothing: %3")
                                        .arg(cycle)
                                        .arg(output.count("saved "))
                                        .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
                output += writer.readAllStandardOutput();
            }
            QThread::usleep(random.bounded(0, 20000)); // anywhere in the next save or two
        }
        writer.kill(); // SIGKILL
        QVERIFY(writer.waitForFinished());
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit || writer.exitCode() == 0,
                 qPrintable(QString::fromLocal8Bit(writer.readAllStandardError())));

        output += writer.readAllStandardOutput();
        const QList<QByteArray> lines = output.split('\n');
        qint64 pendingId = -1;
        QList<qint64> touched;
        for (const QByteArray &line : lines) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 4)
                continue; // the last line may be cut short by the kill
            const qint64 id = parts.at(1).toLongLong();
            const qint64 revision = parts.at(2).toLongLong();
            const QString fingerprint = QString::fromLatin1(parts.at(3));
            if (parts.at(0) == "attempt") {
                pendingId = id;
                if (id != 0) {
                    touched.append(id);
                    reported[id].attemptedRevision = revision;
                    reported[id].attemptedFingerprint = fingerprint;
                }
            } else if (parts.at(0) == "saved") {
                Reported &entry = reported[id];
                entry = Reported{revision, fingerprint, 0, {}};
                pendingId = -1;
                touched.append(id);
                ++reportedSaves;
            }
        }
        if (pendingId >= 0)
            ++killedMidSave;

        // Reopen as the app would: the file must open and pass integrity_check.
        Database database(QStringLiteral("crash-check"));
        const StorageError opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(QStringLiteral("cycle %1: %2").arg(cycle).arg(opened.fullText())));
        {
            QSqlQuery check(database.connection());
            QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        }
        // The deals this cycle touched; every deal again after the last cycle (checking all of them after every
        // kill would grow quadratically, and integrity_check already covers the whole file each time).
        const bool last = cycle + 1 == cycles;
        if (!checkReported(database, last ? reported.keys() : touched, &reported, cycle))
            return;
    }
    qInfo("%d kill cycles, %d saves reported and found intact, %d kills during a save, %lld deals", cycles,
          reportedSaves, killedMidSave, qlonglong(reported.size()));
    QVERIFY(reportedSaves >= cycles * 3 / 5); // most cycles did get past the start-up and save
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
