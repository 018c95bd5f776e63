#include "backups.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <sqlite3.h>

namespace Triplewin::Core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Triplewin::Core::Backups", text);
}

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

} // namespace

QString backupReasonName(BackupFile::Reason reason)
{
    switch (reason) {
    case BackupFile::Reason::Daily:
        return tr("daily backup");
    case BackupFile::Reason::BeforeMigration:
        return tr("before an upgrade");
    case BackupFile::Reason::BeforeRestore:
        return tr("before a restore");
    }
    return {};
}

QString Backups::folderFor(const QString &databasePath)
{
    return databasePath + QStringLiteral("-backups");
}

StorageError Backups::copy(const QString &source, const QString &target)
{
    // Created here, owner-only, before SQLite opens it: SQLite keeps the permissions of an existing file.
    QFile file(target);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return backupError(
            tr("Cannot create the backup “%1”: %2.").arg(QDir::toNativeSeparators(target), file.errorString()));
    file.close();

    sqlite3 *from = nullptr;
    sqlite3 *to = nullptr;
    const QByteArray sourceName = QFile::encodeName(source);
    const QByteArray targetName = QFile::encodeName(target);
    QString detail;
    if (sqlite3_open_v2(sourceName.constData(), &from, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK ||
        sqlite3_open_v2(targetName.constData(), &to, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        detail = QString::fromUtf8(sqlite3_errmsg(to ? to : from));
    else
        detail = copyPages(from, to);
    const bool ok = detail.isEmpty();
    sqlite3_close(from);
    sqlite3_close(to);
    if (!ok) {
        QFile::remove(target);
        return backupError(tr("Backing up “%1” failed.").arg(QDir::toNativeSeparators(source)), detail);
    }
    return {};
}

QString Backups::copyPages(sqlite3 *from, sqlite3 *to)
{
    sqlite3_busy_timeout(from, 5000);
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return QString::fromUtf8(sqlite3_errmsg(to));
    int step = SQLITE_OK;
    // Pages in batches, so a writer elsewhere gets the lock between them; a busy source is retried.
    while ((step = sqlite3_backup_step(backup, 1024)) == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED) {
        if (step != SQLITE_OK)
            QThread::msleep(20);
    }
    sqlite3_backup_finish(backup);
    return step == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(to));
}

Expected<QString> Backups::create(const QString &databasePath, BackupFile::Reason reason, const QDateTime &now)
{
    const QString folder = folderFor(databasePath);
    if (!QDir().mkpath(folder))
        return backupError(tr("Cannot create the backup folder “%1”.").arg(QDir::toNativeSeparators(folder)));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite").arg(reasonKey(reason), now.toUTC().toString(QLatin1String(TimestampFormat))));
    if (StorageError error = copy(databasePath, target))
        return error;
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

Expected<QString> Backups::makeDailyIfDue(const QString &databasePath, const QDateTime &now)
{
    QList<BackupFile> daily;
    for (const BackupFile &file : list(databasePath)) {
        if (file.reason == BackupFile::Reason::Daily)
            daily.append(file);
    }
    if (!daily.isEmpty() && daily.constFirst().created.toLocalTime().date() == now.toLocalTime().date())
        return QString();
    const Expected<QString> made = create(databasePath, BackupFile::Reason::Daily, now);
    if (!made.ok())
        return made;
    // The new one is the newest; keep DailyKept in all.
    for (qsizetype i = DailyKept - 1; i < daily.size(); ++i)
        QFile::remove(daily.at(i).path);
    return made;
}

} // namespace Triplewin::Core
