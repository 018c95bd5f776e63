#pragma once

#include "storageerror.h"

#include <atomic>
#include <functional>
#include <mutex>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Triplewin::Core {

class Database;

/// What a running job sees: where to report progress, and whether the user cancelled it.
///
/// Threading: progress() and isCancelled() are called by the job on the worker thread; everything else belongs to
/// DatabaseJobs.
class JobControl final
{
public:
    /// Reports that @p done of @p total steps are done (total 0: unknown). Cheap enough to call for every row: the
    /// owner hears of it at most once per event loop turn. Returns false once the job was cancelled: stop and roll
    /// back.
    bool progress(qint64 done, qint64 total);
    bool isCancelled() const { return m_cancelled.load(); }

private:
    friend class DatabaseJobs;
    std::atomic<bool> m_cancelled{false};
    std::atomic<qint64> m_done{0};
    std::atomic<qint64> m_total{0};
    std::atomic<bool> m_reportPending{false};
    std::function<void()> m_report; ///< asks the owner's thread to read the counts
};

/// Runs long database work (import, merge, export, restore) on a worker thread with a connection of its own to
/// the open database file, so the window stays responsive and the GUI thread's connection is never inside the
/// job's transaction: what the job has not committed is invisible to it, and a rollback leaves nothing behind.
///
/// One job at a time: start() refuses a second one while one runs (a double-click starts one import). While a job
/// runs, other writers in the app should wait for finished() (runningChanged() tells them); a write on another
/// connection meanwhile would wait for the job's lock and fail after the busy timeout.
///
/// Cancel = the job's progress() returns false, and SQLite is interrupted mid-statement (an index build); the job
/// rolls back and the database is as it was.
///
/// An in-memory database has no file for a second connection: there the job runs at once, on the calling thread,
/// on that database (sandboxes and tests hold a few deals).
///
/// Threading: create and use it on the thread that opened @p database; signals are delivered there.
class DatabaseJobs final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseJobs)

public:
    explicit DatabaseJobs(Database &database, QObject *parent = nullptr);
    /// Cancels a running job and waits for its rollback.
    ~DatabaseJobs() override;

    /// The work: runs on the worker with its own Database, opened on the same file (an upgrade cannot be due: the
    /// owner's database is open at the current schema). Whatever it produces it keeps in its own captures; they
    /// may be read after finished().
    using Work = std::function<void(Database &database, JobControl &control)>;

    /// Starts @p work. False (and nothing started) while another job runs or when no database is open.
    bool start(const QString &title, Work work);
    bool isRunning() const { return m_running; }
    /// What the running job does, as given to start() (for a status line).
    QString title() const { return m_title; }
    /// Asks the running job to stop; finished() follows once it has rolled back.
    void cancel();
    /// Blocks until the running job has finished (quitting, tests); finished() is still delivered later.
    void wait();

Q_SIGNALS:
    void runningChanged(bool running);
    void progressed(qint64 done, qint64 total);
    /// The job is over (its work returned) and its connection closed. @p openError: the worker could not open the
    /// database, and the work did not run. @p cancelled: cancel() was asked for.
    void finished(const Triplewin::Core::StorageError &openError, bool cancelled);

private:
    void reportProgress();
    void finish(const StorageError &openError);

    Database &m_database;
    QThread *m_thread = nullptr;
    std::unique_ptr<JobControl> m_control;
    bool m_running = false;
    QString m_title;
    StorageError m_openError;
    std::mutex m_handleMutex; ///< guards m_worker against the worker's Database going away during an interrupt
    Database *m_worker = nullptr;
    int m_serial = 0;
};

} // namespace Triplewin::Core
