#pragma once

#include "storageerror.h"

#include <functional>
#include <memory>
#include <QObject>

QT_BEGIN_NAMESPACE
class QThread;
class QTimer;
QT_END_NAMESPACE

namespace Triplewin::Core {

class Database;

/// Waits for a team server that stopped answering: tries to reach it again now and then every interval(), each
/// time on a thread and connection of its own (a silent host takes its connect_timeout there, never in the window),
/// and says when it answers. The owner then reconnects its own connection (Database::reconnect()), which takes a
/// moment once the server is up, and retries what failed.
///
/// Threading: create and use it on the thread that owns @p database; answered() is delivered there.
class ServerWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerWatch)

public:
    explicit ServerWatch(Database &database, QObject *parent = nullptr);
    /// Waits for a try in progress (at most the server's connect_timeout).
    ~ServerWatch() override;

    /// Starts watching the server @p database had open: a first try at once. Nothing when already watching.
    void start();
    void stop();
    bool isWatching() const { return m_watching; }
    /// Time between tries (default 10 s).
    void setInterval(int milliseconds);

Q_SIGNALS:
    /// The server let the login in again. Watching has stopped.
    void answered();

private:
    void tryNow();

    Database &m_database;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    bool m_watching = false;
    int m_serial = 0;
};

} // namespace Triplewin::Core
