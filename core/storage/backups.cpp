#include "backups.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <sqlite3.h>

namespace Triplewin::Core {

namespace {

/// The file's translation context, the same for lupdate as for the app: a file-local BackupsText::tr() function would
/// be filed by lupdate under its namespace or class, and never found at run time.
struct BackupsText
{
    Q_DECLARE_TR_FUNCTIONS(Triplewin::Core::Backups)
};

QString reasonKey(BackupFile::Reason reason)
{
    switch (reason) {
    case BackupFile::Reason::Daily:
        return QStringLiteral("daily");
    case BackupFile::Reason::BeforeMigration:
        return QStringLiteral("before-upgrade");
    case BackupFile::Reason::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

constexpr char TimestampFormat[] = "yyyyMMdd'T'HHmmsszzz'Z'";

StorageError backupError(const QString &message, const QString &detail = {})
{
    return StorageError{StorageError::Kind::CannotOpen, message, detail};
}

/// Copies @p source into the empty file @p target with VACUUM INTO on a Qt SQL connection of its own. Returns the
/// error, empty on success.
QString copyThroughQt(const QString &source, const QString &target, const std::atomic<bool> *stop)
{
    if (stop && stop->load())
        return BackupsText::tr("The backup was stopped.");
    const QString name = QStringLiteral("triplewin-backup-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
    QString detail;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        Database::setReadOnly(db, source, 5000);
        if (!db.open()) {
            detail = db.lastError().text();
        } else {
            QSqlQuery vacuum(db);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(target);
            if (!vacuum.exec())
                detail = vacuum.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return detail;
}

} // namespace

QString backupReasonName(BackupFile::Reason reason)
{
    switch (reason) {
    case BackupFile::Reason::Daily:
        return BackupsText::tr("daily backup");
    case BackupFile::Reason::BeforeMigration:
        return BackupsText::tr("before an upgrade");
    case BackupFile::Reason::BeforeRestore:
        return BackupsText::tr("before a restore");
    }
    return {};
}

QString Backups::folderFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-backups");
}

StorageError Backups::copy(const QString &source, const QString &target, const std::atomic<bool> *stop,
                           int lockedDeadlineMs)
{
    if (QFileInfo::exists(target))
        return backupError(
            BackupsText::tr("Cannot create the backup “%1”: it exists already.").arg(QDir::toNativeSeparators(target)));
    // Written under a name no list shows, created here owner-only before SQLite opens it (SQLite keeps the
    // permissions of an existing file), and renamed once complete.
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // one left by a copy that was killed
    QFile file(partial);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return backupError(BackupsText::tr("Cannot create the backup “%1”: %2.")
                               .arg(QDir::toNativeSeparators(target), file.errorString()));
    file.close();

    QString detail;
    if (Database::driverHasOwnSqlite()) {
        // Qt's driver carries its own SQLite: the file is copied through it (VACUUM INTO the empty owner-only file),
        // never opened by this library's sqlite3 beside Qt's connections.
        detail = copyThroughQt(source, partial, stop);
    } else {
        sqlite3 *from = nullptr;
        sqlite3 *to = nullptr;
        const QByteArray sourceName = QFile::encodeName(source);
        const QByteArray targetName = QFile::encodeName(partial);
        if (sqlite3_open_v2(sourceName.constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
            sqlite3_open_v2(targetName.constData(), &to, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            detail = QString::fromUtf8(sqlite3_errmsg(to ? to : from));
        else
            detail = copyPages(from, to, stop, lockedDeadlineMs);
        sqlite3_close(from);
        sqlite3_close(to); // the copy is in rollback-journal mode: nothing beside it after the close
    }
    if (detail.isEmpty() && !QFile::rename(partial, target))
        detail = BackupsText::tr("The finished copy could not be renamed.");
    if (!detail.isEmpty()) {
        QFile::remove(partial);
        return backupError(BackupsText::tr("Backing up “%1” failed.").arg(QDir::toNativeSeparators(source)), detail);
    }
    return {};
}

QString Backups::copyPages(sqlite3 *from, sqlite3 *to, const std::atomic<bool> *stop, int lockedDeadlineMs)
{
    sqlite3_busy_timeout(from, 1000);
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    int step = SQLITE_OK;
    qint64 waitedMs = 0;
    // Pages in batches, so a writer elsewhere gets the lock between them; a busy source is retried, for a while.
    for (;;) {
        if (stop && stop->load()) {
            sqlite3_backup_finish(backup);
            return BackupsText::tr("The backup was stopped.");
        }
        step = sqlite3_backup_step(backup, 1024);
        if (step != SQLITE_OK && step != SQLITE_BUSY && step != SQLITE_LOCKED)
            break;
        if (step == SQLITE_OK)
            continue;
        if (waitedMs >= lockedDeadlineMs) {
            sqlite3_backup_finish(backup);
            return BackupsText::tr(
                "The database stayed locked by another program for %n second(s); try again when it is closed.", nullptr,
                int(lockedDeadlineMs / 1000));
        }
        QThread::msleep(20);
        waitedMs += 20;
    }
    sqlite3_backup_finish(backup);
    return step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(to));
}

Expected<QString> Backups::create(const QString &databasePath, BackupFile::Reason reason, const QDateTime &now,
                                  const std::atomic<bool> *stop, const QString &keep)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return backupError(
            BackupsText::tr("Cannot create the backup folder “%1”.").arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Copies cut short by a kill: older than an hour, so never one another process is writing right now.
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &partial : QDir(folder).entryInfoList({QStringLiteral("*.sqlite.partial")}, QDir::Files)) {
        if (partial.lastModified().toUTC() < hourAgo)
            QFile::remove(partial.absoluteFilePath());
    }
    QList<BackupFile> older;
    for (const BackupFile &file : list(databasePath)) {
        if (file.reason == reason)
            older.append(file);
    }
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(reasonKey(reason), now.toUTC().toString(QLatin1String(TimestampFormat))));
    if (StorageError error = copy(databasePath, target, stop))
        return error;
    // The new one is the newest; keep DailyKept (or OthersKept) in all.
    const qsizetype kept = reason == BackupFile::Reason::Daily ? DailyKept : OthersKept;
    const QString keptPath = keep.isEmpty() ? QString() : QFileInfo(keep).absoluteFilePath();
    for (qsizetype i = kept - 1; i < older.size(); ++i) {
        if (older.at(i).path != keptPath)
            QFile::remove(older.at(i).path);
    }
    return target;
}

QList<BackupFile> Backups::list(const QString &databasePath)
{
    static const QRegularExpression name(QStringLiteral("^(daily|before-upgrade|before-restore)-(\\d{8}T\\d{9}Z)"
                                                        "\\.sqlite$"));
    QList<BackupFile> files;
    const QDir folder(folderFor(databasePath));
    for (const QFileInfo &info : folder.entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const QRegularExpressionMatch match = name.match(info.fileName());
        if (!match.hasMatch())
            continue;
        BackupFile file;
        file.path = info.absoluteFilePath();
        const QString reason = match.captured(1);
        file.reason = reason == QLatin1String("daily")            ? BackupFile::Reason::Daily
                      : reason == QLatin1String("before-upgrade") ? BackupFile::Reason::BeforeMigration
                                                                  : BackupFile::Reason::BeforeRestore;
        file.created = QDateTime::fromString(match.captured(2), QLatin1String(TimestampFormat));
        file.created.setTimeSpec(Qt::UTC);
        file.bytes = info.size();
        files.append(file);
    }
    std::sort(files.begin(), files.end(),
              [](const BackupFile &a, const BackupFile &b) { return a.created > b.created; });
    return files;
}

Expected<QString> Backups::makeDailyIfDue(const QString &databasePath, const QDateTime &now,
                                          const std::atomic<bool> *stop)
{
    QList<BackupFile> daily;
    for (const BackupFile &file : list(databasePath)) {
        if (file.reason == BackupFile::Reason::Daily)
            daily.append(file);
    }
    if (!daily.isEmpty() && daily.constFirst().created.toLocalTime().date() == now.toLocalTime().date())
        return QString();
    return create(databasePath, BackupFile::Reason::Daily, now, stop);
}

} // namespace Triplewin::Core
