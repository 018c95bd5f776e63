#include "dailybackup.h"

#include <core/storage/backups.h>
#include <memory>
#include <QDateTime>
#include <QThread>

namespace Triplewin::Ui {

DailyBackup::DailyBackup(QObject *parent)
    : QObject(parent)
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{}

DailyBackup::~DailyBackup()
{
    // Quitting never waits for a big copy: the backup stops (its partial file goes) within a batch of pages.
    m_stop->store(true);
    wait();
    delete m_thread;
}

void DailyBackup::start(const QString &databasePath)
{
    if (databasePath.isEmpty() || databasePath == QLatin1String(":memory:") || m_thread)
        return;
    auto result = std::make_shared<Core::Expected<QString>>(QString());
    m_thread = QThread::create([databasePath, result, stop = m_stop] {
        *result = Core::Backups::makeDailyIfDue(databasePath, QDateTime::currentDateTimeUtc(), stop.get());
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!result->ok())
            Q_EMIT finished(tr("Today's backup was not made: %1").arg(result->error().fullText()), true);
        else
            Q_EMIT finished(result->value().isEmpty() ? QString() : tr("Made today's backup."), false);
    });
    m_thread->start(QThread::LowPriority);
}

void DailyBackup::stop()
{
    if (!m_thread)
        return;
    m_stop->store(true);
    wait();
    m_stop = std::make_shared<std::atomic<bool>>(false); // for the next start
}

void DailyBackup::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace Triplewin::Ui
