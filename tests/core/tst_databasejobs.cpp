// Long database work on a worker: its own connection, progress, cancel = rollback, one job at a time, and the GUI
// thread's connection never inside the job's transaction. On a SQLite file, and again on the team server
// (tst_databasejobs_on_postgres, testbackend.h), where the worker logs in as the same login.

#include "storage/database.h"
#include "storage/databasejobs.h"
#include "storage/dealrepository.h"
#include "testbackend.h"
#include "testdeals.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
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

QTEST_GUILESS_MAIN(TestDatabaseJobs)
#include "tst_databasejobs.moc"
