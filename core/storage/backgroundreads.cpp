#include "backgroundreads.h"

#include "database.h"

#include <limits>
#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Triplewin::Core {

BackgroundReads::BackgroundReads(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

BackgroundReads::~BackgroundReads()
{
    m_latest.store(std::numeric_limits<quint64>::max()); // every read still waiting is dropped, a running one unwanted
    if (!m_thread)
        return;
    {
        const std::lock_guard<std::mutex> lock(m_workerMutex);
        if (m_worker)
            m_worker->interrupt(); // a running statement stops
    }
    // After the reads queued before it: the connection is closed on the thread it belongs to.
    QMetaObject::invokeMethod(
        m_workerContext,
        [this] {
            std::unique_ptr<Database> closing;
            {
                const std::lock_guard<std::mutex> lock(m_workerMutex);
                closing = std::move(m_worker);
            }
            closing.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_workerContext;
}

void BackgroundReads::post(Work work, std::function<void()> deliver)
{
    const quint64 serial = ++m_latest;
    if (++m_pending == 1)
        Q_EMIT busyChanged(true);
    const Wanted wanted = [this, serial] { return m_latest.load() == serial; };
    if (!m_database.canOpenAgain()) {
        // No file for a second connection: the read runs here, on the owner's database, and is delivered from the
        // event loop as a worker's would be.
        work(&m_database, {}, wanted);
        QMetaObject::invokeMethod(
            this, [this, serial, deliver = std::move(deliver)] { delivered(serial, deliver); }, Qt::QueuedConnection);
        return;
    }
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("Triplewin background reads"));
        m_workerContext = new QObject;
        m_workerContext->moveToThread(m_thread);
        m_thread->start();
    }
    QMetaObject::invokeMethod(
        m_workerContext,
        [this, serial, wanted, open = m_database.readingOpener(), name = m_database.displayName(),
         work = std::move(work), deliver = std::move(deliver)] { run(serial, wanted, name, open, work, deliver); },
        Qt::QueuedConnection);
}

bool BackgroundReads::openWorker(const QString &databaseName, const std::function<StorageError(Database &)> &open,
                                 StorageError *openError)
{
    auto database = std::make_unique<Database>(QStringLiteral("triplewin-reads-%1").arg(quintptr(this), 0, 16));
    *openError = open(*database);
    if (*openError)
        return false;
    const std::lock_guard<std::mutex> lock(m_workerMutex);
    m_worker = std::move(database);
    m_workerName = databaseName;
    return true;
}

void BackgroundReads::closeWorker()
{
    const std::lock_guard<std::mutex> lock(m_workerMutex);
    m_worker.reset();
}

void BackgroundReads::run(quint64 serial, const Wanted &wanted, const QString &databaseName,
                          const std::function<StorageError(Database &)> &open, const Work &work,
                          const std::function<void()> &deliver)
{
    if (m_worker && m_workerName != databaseName)
        closeWorker(); // the owner opened another database since: this connection is to the one before
    // A kept connection may have been ended by the server since the last read, and then fails every statement: a read
    // that fails on it runs once more on a new one. A read that fails on a new one leaves it closed for the next.
    const int attempts = m_worker ? 2 : 1;
    for (int attempt = 0; attempt < attempts && wanted(); ++attempt) {
        StorageError openError;
        if (!m_worker && !openWorker(databaseName, open, &openError)) {
            work(nullptr, openError, wanted);
            break;
        }
        if (work(m_worker.get(), {}, wanted) || !wanted())
            break; // read, or stopped because a newer read replaced it: the connection is fine either way
        qCDebug(lcStorage) << "a background read failed; its connection is closed";
        closeWorker();
    }
    QMetaObject::invokeMethod(
        this, [this, serial, deliver] { delivered(serial, deliver); }, Qt::QueuedConnection);
}

void BackgroundReads::delivered(quint64 serial, const std::function<void()> &deliver)
{
    --m_pending;
    if (serial == m_latest.load())
        deliver();
    if (m_pending == 0)
        Q_EMIT busyChanged(false);
}

} // namespace Triplewin::Core
