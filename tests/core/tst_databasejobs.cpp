// Long database work on a worker: its own connection, progress, cancel = rollback, one job at a time, and the GUI
// thread's connection never inside the job's transaction. On a SQLite file, and again on the team server
// (tst_databasejobs_on_postgres, testbackend.h), where the worker logs in as the same login.

#include "storage/backgroundreads.h"
#include "storage/database.h"
#include "storage/databasejobs.h"
#include "storage/dealrepository.h"
#include "testbackend.h"
#include "testdeals.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

class TestDatabaseJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jobRunsOnItsOwnConnectionAndThread();
    void uncommittedWorkIsInvisibleAndCancelRollsBack();
    void secondStartWhileRunningIsRefused();
    void cancelInterruptsALongStatement();
    void inMemoryRunsOnTheCallingThread();
    void destroyingCancelsAndWaits();
    void backgroundReadRunsOnAWorkerAndSeesCommits();
    void backgroundReadsNewestWins();
    void backgroundReadSaysWhenTheDatabaseCannotBeOpened();
    void backgroundReadsInMemoryRunHereDeliveredLater();
    void backgroundReadsGoWithTheirOwner();
    void backgroundReadsOpenAgainWhenTheServerDropsThem();

private:
    /// A job inserting @p count deals one pull at a time, waiting on @p gate (when given) after the first.
    static DatabaseJobs::Work inserter(int count, QSemaphore *gate, QSemaphore *reached, StorageError *result);
    qint64 count() { return DealRepository(*m_database).count().value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestDatabaseJobs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString missing = TestBackend::missing(); !missing.isEmpty())
        QSKIP(qPrintable(missing));
}

void TestDatabaseJobs::init()
{
    m_database.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_database = std::make_unique<Database>();
    const StorageError opened = TestBackend::openFresh(*m_database, m_dir->filePath(QStringLiteral("jobs.sqlite")));
    QVERIFY2(!opened, qPrintable(opened.fullText()));
    QVERIFY(DealRepository(*m_database).save(sampleDeal()).ok());
}

DatabaseJobs::Work TestDatabaseJobs::inserter(int count, QSemaphore *gate, QSemaphore *reached, StorageError *result)
{
    return [=](Database &database, JobControl &control) {
        DealRepository repository(database);
        int made = 0;
        const Expected<QList<qint64>> ids = repository.insertPulled([&](Deal *deal) {
            if (made == 1 && reached)
                reached->release();
            if (made == 1 && gate)
                gate->acquire();
            if (!control.progress(made, count))
                return DealRepository::Pull::Abort;
            if (made == count)
                return DealRepository::Pull::End;
            *deal = sampleDeal(QStringLiteral("Job deal %1").arg(++made));
            return DealRepository::Pull::Deal;
        });
        *result = ids.ok() ? StorageError{} : ids.error();
    };
}

void TestDatabaseJobs::jobRunsOnItsOwnConnectionAndThread()
{
    DatabaseJobs jobs(*m_database);
    QSignalSpy finished(&jobs, &DatabaseJobs::finished);
    QSignalSpy progressed(&jobs, &DatabaseJobs::progressed);
    QThread *worker = nullptr;
    QString connection;
    StorageError result;
    QVERIFY(jobs.start(QStringLiteral("Importing"), [&](Database &database, JobControl &control) {
        worker = QThread::currentThread();
        connection = database.connectionName();
        inserter(50, nullptr, nullptr, &result)(database, control);
    }));
    QVERIFY(jobs.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY2(result.ok(), qPrintable(result.fullText()));
    QVERIFY(worker && worker != QThread::currentThread());
    QVERIFY(connection != m_database->connectionName());
    QVERIFY(!jobs.isRunning());
    QCOMPARE(finished.first().at(1).toBool(), false);
    QVERIFY(!progressed.isEmpty() || QTest::qWaitFor([&] { return !progressed.isEmpty(); }, 1000));
    QCOMPARE(count(), 51); // committed, and seen by the GUI thread's connection
}

void TestDatabaseJobs::uncommittedWorkIsInvisibleAndCancelRollsBack()
{
    DatabaseJobs jobs(*m_database);
    QSignalSpy finished(&jobs, &DatabaseJobs::finished);
    QSemaphore gate;
    QSemaphore reached;
    StorageError result;
    QVERIFY(jobs.start(QStringLiteral("Importing"), inserter(1000, &gate, &reached, &result)));
    QVERIFY(reached.tryAcquire(1, 10000)); // one deal inserted, transaction open
    // The deal list reloads meanwhile (a search): it shows what is committed, never the job's deals.
    DealQuery query;
    query.search = QStringLiteral("Job deal");
    QCOMPARE(DealRepository(*m_database).list(query).value().size(), 0);
    QCOMPARE(count(), 1);
    jobs.cancel();
    gate.release();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(result.kind, StorageError::Kind::Invalid); // aborted by the pull
    QCOMPARE(count(), 1);
    QCOMPARE(DealRepository(*m_database).list(query).value().size(), 0);
    // The GUI thread's connection can write again at once.
    QVERIFY(DealRepository(*m_database).save(sampleDeal(QStringLiteral("After"))).ok());
}

void TestDatabaseJobs::secondStartWhileRunningIsRefused()
{
    DatabaseJobs jobs(*m_database);
    QSignalSpy finished(&jobs, &DatabaseJobs::finished);
    QSemaphore gate;
    QSemaphore reached;
    StorageError first;
    StorageError second;
    QVERIFY(jobs.start(QStringLiteral("Importing"), inserter(10, &gate, &reached, &first)));
    QVERIFY(reached.tryAcquire(1, 10000));
    bool secondRan = false;
    QVERIFY(!jobs.start(QStringLiteral("Importing"), [&](Database &, JobControl &) { secondRan = true; }));
    gate.release();
    QVERIFY(finished.wait(10000));
    QVERIFY2(first.ok(), qPrintable(first.fullText()));
    QVERIFY(!secondRan);
    QCOMPARE(count(), 11);
    // Once over, the next job starts.
    QVERIFY(jobs.start(QStringLiteral("Importing"), inserter(2, nullptr, nullptr, &second)));
    QVERIFY(finished.wait(10000));
    QCOMPARE(count(), 13);
}

void TestDatabaseJobs::cancelInterruptsALongStatement()
{
    if (!m_database->isServer() && !m_database->handle())
        QSKIP("interrupting needs the sqlite3 handle (the accelerator is off)");
    DatabaseJobs jobs(*m_database);
    QSignalSpy finished(&jobs, &DatabaseJobs::finished);
    QSemaphore started;
    StorageError result;
    QVERIFY(jobs.start(QStringLiteral("Counting"), [&](Database &database, JobControl &) {
        result = database.write([&]() -> StorageError {
            started.release();
            // A statement that would run for long without an interrupt (on the server: libpq's cancel request; 30 s,
            // so that a cancel that does not arrive fails the wait below rather than the test's time limit).
            QSqlQuery query(database.connection());
            if (!query.exec(database.isServer() ? QStringLiteral("SELECT pg_sleep(30)")
                                                : QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT "
                                                                 "i + 1 FROM n) SELECT count(*) FROM n")))
                return Database::sqlError(QStringLiteral("Counting"), query);
            return {};
        });
    }));
    QVERIFY(started.tryAcquire(1, 10000));
    QTest::qWait(50);
    jobs.cancel();
    QElapsedTimer stopping;
    stopping.start();
    QVERIFY(finished.wait(10000));
    QVERIFY2(result.kind == StorageError::Kind::Cancelled, qPrintable(result.fullText()));
    QVERIFY(stopping.elapsed() < 5000); // stopped mid-statement, not after it
    QCOMPARE(count(), 1);
}

void TestDatabaseJobs::inMemoryRunsOnTheCallingThread()
{
    if (TestBackend::onServer())
        QSKIP("an in-memory database is SQLite's");
    Database memory(QStringLiteral("tst_jobs_memory"));
    QVERIFY(memory.openInMemory().ok());
    DatabaseJobs jobs(memory);
    QSignalSpy finished(&jobs, &DatabaseJobs::finished);
    QThread *worker = nullptr;
    QVERIFY(jobs.start(QStringLiteral("Importing"), [&](Database &database, JobControl &) {
        worker = QThread::currentThread();
        QVERIFY(DealRepository(database).save(sampleDeal()).ok());
    }));
    QCOMPARE(worker, QThread::currentThread());
    QVERIFY(finished.wait(1000));
    QCOMPARE(DealRepository(memory).count().value(), 1);
}

void TestDatabaseJobs::destroyingCancelsAndWaits()
{
    QSemaphore reached;
    StorageError result;
    {
        DatabaseJobs jobs(*m_database);
        QVERIFY(jobs.start(QStringLiteral("Importing"), inserter(1000000, nullptr, &reached, &result)));
        QVERIFY(reached.tryAcquire(1, 10000));
    } // quitting mid-import: cancelled, rolled back, and the thread is gone
    // Stopped by its own pull (Invalid), or by the interrupt in the middle of a statement (Cancelled).
    QVERIFY2(result.kind == StorageError::Kind::Invalid || result.kind == StorageError::Kind::Cancelled,
             qPrintable(result.fullText()));
    QCOMPARE(count(), 1);
}

void TestDatabaseJobs::backgroundReadRunsOnAWorkerAndSeesCommits()
{
    // The team dashboard's reads: on a thread of their own, with a connection of their own (kept from one read to
    // the next), seeing what the owner's connection committed; delivered from the event loop, never within read().
    struct Seen
    {
        QThread *thread = nullptr;
        QString connection;
        qint64 deals = 0;
    };
    QList<Seen> delivered;
    BackgroundReads reads(*m_database);
    QSignalSpy busy(&reads, &BackgroundReads::busyChanged);
    const auto readOnce = [&] {
        reads.read<Seen>(
            [](Database &database, const BackgroundReads::Wanted &) -> Expected<Seen> {
                const Expected<qint64> deals = DealRepository(database).count();
                if (!deals.ok())
                    return deals.error();
                return Seen{QThread::currentThread(), database.connection().connectionName(), deals.value()};
            },
            [&delivered](const Expected<Seen> &seen) {
                QVERIFY2(seen.ok(), qPrintable(seen.error().fullText()));
                delivered << seen.value();
            });
    };
    readOnce();
    QVERIFY(reads.isBusy());
    QVERIFY(delivered.isEmpty()); // not within read()
    QTRY_COMPARE(delivered.size(), 1);
    QVERIFY(!reads.isBusy());
    QCOMPARE(busy.size(), 2); // busy, then idle
    QVERIFY(delivered.at(0).thread != QThread::currentThread());
    QVERIFY(delivered.at(0).connection != m_database->connection().connectionName());
    QCOMPARE(delivered.at(0).deals, 1);

    QVERIFY(DealRepository(*m_database).save(sampleDeal()).ok());
    readOnce();
    QTRY_COMPARE(delivered.size(), 2);
    QCOMPARE(delivered.at(1).deals, 2);
    QCOMPARE(delivered.at(1).thread, delivered.at(0).thread);
    QCOMPARE(delivered.at(1).connection, delivered.at(0).connection);
}

void TestDatabaseJobs::backgroundReadsNewestWins()
{
    // A refresh asked for while an older one runs replaces any waiting one: the window shows the newest only, and a
    // replaced read does not run at all; the running one is told it is no longer wanted.
    QSemaphore started;
    QSemaphore release;
    QList<int> ran;
    QStringList connections;
    std::atomic<bool> firstStillWanted{true};
    QList<int> delivered;
    std::mutex ranMutex;
    BackgroundReads reads(*m_database); // after what its reads use, so that it goes first
    const auto readNumber = [&](int number, bool block) {
        reads.read<int>(
            [&, number, block](Database &database, const BackgroundReads::Wanted &wanted) -> Expected<int> {
                {
                    const std::lock_guard<std::mutex> lock(ranMutex);
                    ran << number;
                    // The session: on a server its backend's process id (a new connection gets a new one).
                    QSqlQuery session(database.connection());
                    if (TestBackend::onServer() && session.exec(QStringLiteral("SELECT pg_backend_pid()")) &&
                        session.next())
                        connections << session.value(0).toString();
                }
                if (block) {
                    started.release();
                    release.tryAcquire(1, 10000);
                    firstStillWanted = wanted();
                    if (!firstStillWanted) // stops, as the dashboard does between its statements
                        return StorageError{StorageError::Kind::Cancelled, {}, {}};
                }
                const Expected<qint64> deals = DealRepository(database).count();
                return deals.ok() ? Expected<int>(number) : Expected<int>(deals.error());
            },
            [&delivered](const Expected<int> &result) { delivered << (result.ok() ? result.value() : -1); });
    };
    readNumber(1, true);
    QVERIFY(started.tryAcquire(1, 10000)); // the first runs
    readNumber(2, false);
    readNumber(3, false);
    release.release();
    QTRY_VERIFY(!reads.isBusy());
    QCOMPARE(delivered, QList<int>{3});
    QVERIFY(!firstStillWanted);
    const std::lock_guard<std::mutex> lock(ranMutex);
    QCOMPARE(ran, (QList<int>{1, 3}));
    // A read stopped because it was replaced is no failed connection: the next read runs on the same one (seen on a
    // server, where a session has a process of its own).
    if (TestBackend::onServer()) {
        QCOMPARE(connections.size(), 2);
        QCOMPARE(connections.at(1), connections.at(0));
    }
}

void TestDatabaseJobs::backgroundReadSaysWhenTheDatabaseCannotBeOpened()
{
    if (TestBackend::onServer())
        QSKIP("a file replaced under the app is SQLite's; a server that does not answer is tst_teamserverui's");
    // The file moved away after the window opened it: the worker's read-only connection refuses the path (it never
    // makes a new, empty database there, which would read as "no deals"); then replaced by something that is not a
    // Triplewin database: refused too. The owner's connection keeps the file it had.
    const QString path = m_database->path();
    const QString moved = path + QStringLiteral(".moved");
    QVERIFY(QFile::rename(path, moved));
    const auto readError = [this]() -> std::optional<StorageError> {
        std::optional<StorageError> error;
        bool ran = false;
        {
            BackgroundReads reads(*m_database);
            reads.read<int>(
                [&ran](Database &, const BackgroundReads::Wanted &) -> Expected<int> {
                    ran = true;
                    return 0;
                },
                [&error](const Expected<int> &result) { error = result.error(); });
            if (!QTest::qWaitFor([&error] { return error.has_value(); }, 10000) || ran)
                return std::nullopt;
        }
        return error;
    };
    std::optional<StorageError> error = readError();
    QVERIFY(error.has_value());
    QVERIFY2(!error->ok() && error->fullText().contains(QStringLiteral("jobs.sqlite")), qPrintable(error->fullText()));
    QVERIFY(!QFileInfo::exists(path));

    {
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
    }
    error = readError();
    QVERIFY(error.has_value());
    QVERIFY2(!error->ok() && error->fullText().contains(QStringLiteral("jobs.sqlite")), qPrintable(error->fullText()));
    QCOMPARE(QFileInfo(path).size(), 8192); // not written
    QCOMPARE(count(), 1);                   // the owner's connection reads its file as before
}

void TestDatabaseJobs::backgroundReadsInMemoryRunHereDeliveredLater()
{
    if (TestBackend::onServer())
        QSKIP("an in-memory database is SQLite's");
    Database memory(QStringLiteral("tst_reads_memory"));
    QVERIFY(memory.openInMemory().ok());
    QVERIFY(DealRepository(memory).save(sampleDeal()).ok());
    QThread *thread = nullptr;
    std::optional<qint64> deals;
    BackgroundReads reads(memory);
    reads.read<qint64>(
        [&thread](Database &database, const BackgroundReads::Wanted &) {
            thread = QThread::currentThread();
            return DealRepository(database).count();
        },
        [&deals](const Expected<qint64> &count) { deals = count.ok() ? count.value() : -1; });
    QCOMPARE(thread, QThread::currentThread());
    QVERIFY(!deals);
    QTRY_COMPARE(deals, std::optional<qint64>(1));
}

void TestDatabaseJobs::backgroundReadsGoWithTheirOwner()
{
    // The window closes while a long read runs (one that reads on for as long as it is wanted): it stops, is never
    // delivered, and the worker and its connection are gone with the window, at once.
    bool delivered = false;
    QSemaphore started;
    std::atomic<int> statements{0};
    QElapsedTimer closing;
    {
        BackgroundReads reads(*m_database);
        reads.read<int>(
            [&](Database &database, const BackgroundReads::Wanted &wanted) -> Expected<int> {
                started.release();
                while (wanted()) {
                    const Expected<qint64> deals = DealRepository(database).count();
                    if (!deals.ok())
                        return deals.error();
                    ++statements;
                }
                return 1;
            },
            [&delivered](const Expected<int> &) { delivered = true; });
        QVERIFY(started.tryAcquire(1, 10000));
        QTRY_VERIFY(statements > 3);
        for (int i = 0; i < 3; ++i) // and some waiting behind it
            reads.read<int>([](Database &, const BackgroundReads::Wanted &) -> Expected<int> { return 2; },
                            [&delivered](const Expected<int> &) { delivered = true; });
        closing.start();
    }
    QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
    const QStringList connections = QSqlDatabase::connectionNames();
    for (const QString &name : connections)
        QVERIFY2(!name.startsWith(QStringLiteral("triplewin-reads-")), qPrintable(name));
    QTest::qWait(100);
    QVERIFY(!delivered);
    QVERIFY(DealRepository(*m_database).save(sampleDeal()).ok()); // the owner's connection as before
}

void TestDatabaseJobs::backgroundReadsOpenAgainWhenTheServerDropsThem()
{
    if (!TestBackend::onServer())
        QSKIP("a server ending a session is the server's");
    // An administrator (or a restart) ends the worker's session between two refreshes: the next read opens a new
    // connection and reads, instead of failing once with the dropped one.
    BackgroundReads reads(*m_database);
    QList<QString> results;
    const auto readOnce = [&] {
        reads.read<qint64>(
            [](Database &database, const BackgroundReads::Wanted &) { return DealRepository(database).count(); },
            [&results](const Expected<qint64> &count) {
                results << (count.ok() ? QString::number(count.value()) : count.error().fullText());
            });
    };
    readOnce();
    QTRY_COMPARE(results.size(), 1);
    QCOMPARE(results.at(0), QStringLiteral("1"));
    QSqlQuery end(m_database->connection());
    QVERIFY2(end.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = "
                                     "current_user AND datname = current_database() AND pid <> pg_backend_pid()")),
             qPrintable(end.lastError().text()));
    QVERIFY(end.next());
    QVERIFY(end.value(0).toBool()); // the worker's session ended
    readOnce();
    QTRY_COMPARE(results.size(), 2);
    QCOMPARE(results.at(1), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(TestDatabaseJobs)
#include "tst_databasejobs.moc"
