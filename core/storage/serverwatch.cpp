#include "serverwatch.h"

#include "database.h"

#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

namespace Triplewin::Core {

ServerWatch::ServerWatch(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(10000);
    connect(m_timer, &QTimer::timeout, this, &ServerWatch::tryNow);
}

ServerWatch::~ServerWatch()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ServerWatch::start()
{
    if (m_watching || !m_database.isServer())
        return;
    m_watching = true;
    tryNow();
}

void ServerWatch::stop()
{
    m_watching = false;
    m_timer->stop();
}

void ServerWatch::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void ServerWatch::tryNow()
{
    if (!m_watching || m_thread) // a try in progress reports first
        return;
    const std::function<StorageError(Database &)> open = m_database.opener();
    const QString name = QStringLiteral("triplewin-server-watch-%1").arg(++m_serial);
    auto result = std::make_shared<StorageError>();
    m_thread = QThread::create([open, name, result] {
        Database probe(name);
        *result = open(probe);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!m_watching)
            return;
        // Any answer but silence counts: a server that refuses the login now says so at the reconnect.
        if (!*result || result->kind != StorageError::Kind::Unreachable) {
            m_watching = false;
            Q_EMIT answered();
            return;
        }
        qCDebug(lcStorage) << "the team server still does not answer:" << result->detail;
        m_timer->start();
    });
    m_thread->start();
}

} // namespace Triplewin::Core
