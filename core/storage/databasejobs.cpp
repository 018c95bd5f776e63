#include "databasejobs.h"

#include "database.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Triplewin::Core {

bool JobControl::progress(qint64 done, qint64 total)
{
    m_done.store(done);
    m_total.store(total);
    if (m_report && !m_reportPending.exchange(true))
        m_report();
    return !m_cancelled.load();
}

DatabaseJobs::DatabaseJobs(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{}

DatabaseJobs::~DatabaseJobs()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool DatabaseJobs::start(const QString &title, Work work)
{
    if (m_running || !m_database.isOpen())
        return false;
    m_running = true;
    m_title = title;
    m_openError = {};
    m_control = std::make_unique<JobControl>();
    JobControl *control = m_control.get();
    const int serial = ++m_serial;
    control->m_report = [this, control] {
        QMetaObject::invokeMethod(
            this,
            [this, control] {
                if (control != m_control.get())
                    return; // a report of a job that is over
                control->m_reportPending.store(false);
                Q_EMIT progressed(control->m_done.load(), control->m_total.load());
            },
            Qt::QueuedConnection);
    };
    Q_EMIT runningChanged(true);

    if (!m_database.canOpenAgain()) {
        // No file for a second connection: the work runs here, on the owner's database. finished() still comes
        // from the event loop, as it does after a worker.
        control->m_report = nullptr;
        work(m_database, *control);
        QMetaObject::invokeMethod(
            this,
            [this, serial] {
                if (serial == m_serial)
                    finish({});
            },
            Qt::QueuedConnection);
        return true;
    }

    const QString connection = QStringLiteral("triplewin-job-%1-%2").arg(quintptr(this), 0, 16).arg(serial);
    m_thread = QThread::create([this, control, connection, open = m_database.opener(), work = std::move(work)] {
        Database database(connection);
        if (StorageError failure = open(database)) {
            m_openError = failure;
            return;
        }
        {
            const std::lock_guard<std::mutex> lock(m_handleMutex);
            m_worker = &database;
        }
        if (!control->isCancelled())
            work(database, *control);
        {
            const std::lock_guard<std::mutex> lock(m_handleMutex);
            m_worker = nullptr;
        }
        // An interrupt that came after the work's last statement must not hit the next one (the close).
        database.close();
    });
    m_thread->setObjectName(QStringLiteral("Triplewin database job"));
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finish(m_openError);
    });
    m_thread->start();
    return true;
}

void DatabaseJobs::cancel()
{
    if (!m_running || !m_control)
        return;
    m_control->m_cancelled.store(true);
    const std::lock_guard<std::mutex> lock(m_handleMutex);
    if (m_worker)
        m_worker->interrupt(); // a long statement (an index build) stops too
}

void DatabaseJobs::wait()
{
    if (m_thread)
        m_thread->wait();
}

void DatabaseJobs::finish(const StorageError &openError)
{
    const bool cancelled = m_control && m_control->isCancelled();
    m_control.reset();
    m_running = false;
    qCDebug(lcStorage) << "job finished:" << m_title << (cancelled ? "cancelled" : "");
    Q_EMIT runningChanged(false);
    Q_EMIT finished(openError, cancelled);
}

} // namespace Triplewin::Core
