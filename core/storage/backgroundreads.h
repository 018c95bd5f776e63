#pragma once

#include "storageerror.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <QObject>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Triplewin::Core {

class Database;

/// Reads that take long on a big team history run here, on a worker thread with a connection of its own to the open
/// database, so the window stays responsive while they run: the team dashboard (the coach's team report, the value
/// left on the table, why deals ended) takes half a second on a million deals on a team server. The worker's
/// connection is opened at the first read and kept, so a server's login is not paid for every read; read-only on a
/// file (Database::openForReading(): a file moved away meanwhile is reported, never made anew), and opened again
/// once when a kept connection fails (a server that dropped it).
///
/// The newest read wins: a read asked for while an older one waits replaces it, and the result of a read that a
/// newer one replaced is dropped. Results are delivered on the owner's thread from its event loop, never from within
/// read(). Reads only: the worker sees what other connections have committed; writes go through the owner's
/// connection or DatabaseJobs.
///
/// An in-memory database has no file for a second connection: there a read runs at once on the owner's database,
/// and is still delivered from the event loop.
///
/// Threading: create and use it on the thread that opened @p database, which must outlive it.
class BackgroundReads final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundReads)

public:
    explicit BackgroundReads(Database &database, QObject *parent = nullptr);
    /// Drops waiting reads, interrupts a running one (which stops at its next statement if the interrupt comes
    /// between two), and closes the worker's connection. Waits for a connection being opened (a server that does not
    /// answer: up to its connect timeout).
    ~BackgroundReads() override;

    /// Whether the read that asks is still wanted: false once a newer read replaced it or its owner is closing. A read
    /// of several statements asks between them and stops early (its result is dropped anyway).
    using Wanted = std::function<bool()>;

    /// Runs @p work on the worker's database, then gives its result to @p done on this object's thread, unless a
    /// newer read was asked for meanwhile. When the worker cannot open the database, @p done gets that error.
    template<typename T>
    void read(std::function<Expected<T>(Database &, const Wanted &)> work,
              std::function<void(const Expected<T> &)> done)
    {
        auto result = std::make_shared<std::optional<Expected<T>>>();
        post(
            [work = std::move(work), result](Database *database, const StorageError &openError, const Wanted &wanted) {
                result->emplace(database ? work(*database, wanted) : Expected<T>(openError));
                return result->value().ok();
            },
            [done = std::move(done), result] {
                if (*result)
                    done(**result);
            });
    }

    /// Drops the result of every read asked for so far (the owner has read the same itself, newer).
    void dropPending() { ++m_latest; }

    /// Whether a read runs or waits.
    bool isBusy() const { return m_pending > 0; }

Q_SIGNALS:
    void busyChanged(bool busy);

private:
    /// Runs on the worker: @p database is null when it could not be opened, @p openError says why. False when the
    /// read failed.
    using Work = std::function<bool(Database *database, const StorageError &openError, const Wanted &wanted)>;
    void post(Work work, std::function<void()> deliver);
    /// On the worker: runs @p work, read number @p serial, unless a newer one was asked for; then tells the owner.
    void run(quint64 serial, const Wanted &wanted, const QString &databaseName,
             const std::function<StorageError(Database &)> &open, const Work &work,
             const std::function<void()> &deliver);
    /// On the worker: opens m_worker with @p open; false with @p openError set when it cannot.
    bool openWorker(const QString &databaseName, const std::function<StorageError(Database &)> &open,
                    StorageError *openError);
    void closeWorker();
    void delivered(quint64 serial, const std::function<void()> &deliver);

    Database &m_database;
    QThread *m_thread = nullptr;
    QObject *m_workerContext = nullptr; ///< lives on m_thread: what is queued to it runs there, in order
    std::atomic<quint64> m_latest{0};   ///< the newest read's number; older ones are dropped
    int m_pending = 0;                  ///< reads asked for and not yet delivered or dropped (owner's thread)
    std::mutex m_workerMutex;           ///< guards m_worker against an interrupt while it is opened or closed
    std::unique_ptr<Database> m_worker; ///< the worker's connection (used on m_thread only)
    QString m_workerName;               ///< what m_worker is open on (Database::displayName())
};

} // namespace Triplewin::Core
