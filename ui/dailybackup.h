#pragma once

#include <atomic>
#include <memory>
#include <QObject>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace Triplewin::Ui {

/// Today's backup of the database (Backups::makeDailyIfDue), made on a worker thread with connections of its own:
/// a big database takes seconds to copy, and the window stays usable meanwhile.
class DailyBackup final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyBackup)

public:
    explicit DailyBackup(QObject *parent = nullptr);
    /// Stops a backup still running (it keeps nothing) and waits for that.
    ~DailyBackup() override;

    /// Starts the backup of @p databasePath if one is due today (nothing for an in-memory database).
    void start(const QString &databasePath);
    /// Waits until a running backup is done.
    void wait();
    /// Stops a running backup (it keeps nothing) and waits for that: before the file is replaced, say. A backup not
    /// started yet still starts later.
    void stop();

Q_SIGNALS:
    /// The backup finished: @p message says whether it was made or failed (empty when none was due).
    void finished(const QString &message, bool failed);

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stop;
};

} // namespace Triplewin::Ui
