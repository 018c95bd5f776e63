#include "storage/backups.h"
#include "storage/database.h"
#include "storage/dealrepository.h"
#include "storage/preparedstatement.h"
#include "storage/sqltext.h"
#include "testdeals.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Triplewin::Core;
using namespace Triplewin::Core::Test;

namespace {

/// The kinds of file a user may point Triplewin at by mistake, or that a crash, a copy or a newer version left.
enum class BadFile
{
    TextFile,
    BinaryFile,
    MagicOnly,
    TruncatedTo50Bytes,
    TruncatedToHeader,
    TruncatedToHalf,
    TruncatedToFirstPage,
    DamagedSchemaPage,
    ReadOnly,
    NewerSchema,
    OtherProgram,            ///< an SQLite file with tables of its own and user_version 1, as if it were ours
    OtherProgramNoTables,    ///< no tables yet, but another program's application_id
    OtherProgramVersionOnly, ///< no tables yet, but a user_version another program set
    EmptyBesideWal,          ///< zero bytes, with a WAL full of another database's pages beside it
};

QString describe(const StorageError &error)
{
    return QStringLiteral("kind %1: %2").arg(int(error.kind)).arg(error.fullText());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Runs one statement on a connection of our own (not Database's) and returns the first column of the first row.
QVariant rawScalar(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("tst_database_raw");
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement) && query.next())
                result = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QVariant scalar(const Database &database, const QString &statement)
{
    QSqlQuery query(database.connection());
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

/// A real Triplewin database with enough deals to span many pages, closed again.
bool makeDatabaseWithDeals(const QString &path, int deals)
{
    Database database(QStringLiteral("tst_database_maker"));
    if (!database.open(path).ok())
        return false;
    DealRepository repository(database);
    for (int i = 0; i < deals; ++i) {
        Deal deal = sampleDeal(QStringLiteral("Deal %1").arg(i));
        deal.notes = QString(200, u'n');
        if (!repository.save(deal).ok())
            return false;
    }
    return true;
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(path + suffix))
            found << suffix;
    }
    return found;
}

} // namespace

Q_DECLARE_METATYPE(BadFile)
Q_DECLARE_METATYPE(Triplewin::Core::StorageError::Kind)

/// Opening, creating and migrating database files, and refusing the ones Triplewin must not touch.
class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void storedTimeIsQtsIsoText();
    void storedTimeReadsAsQtReadsIt();
    void createsNewFile_data();
    void createsNewFile();
    void zeroByteFileBecomesDatabase();
    void reopenKeepsSchemaAndData();
    void badFileRefused_data();
    void badFileRefused();
    void directoryRefused();
    void folderCannotBeCreated();
    void openInMemory();
    void writeCommitsOrRollsBack();
    void openingAnotherFileClosesTheFirst();
    void lockedByAnotherProcessIsBusy();
    void fullDiskKeepsWhatWasSaved();
    void migrationIsBackedUpFirst();
    void upgradeKeepsReferencePointsAndAllowsNotAssessed();
    void migrationRefusedWithoutBackup();
    void dailyBackupsRollAndRestoreGivesBackDeals();
    void restoreRefusesWhatIsNotABackup();
    void cutShortBackupNeverLooksLikeOne();
    void backupThroughQtWhenTheDriverHasItsOwnSqlite();
    void lockedDatabaseBackupGivesUp();
    void upgradeAndRestoreBackupsArePruned();
    void readingLeavesNoSideFiles();
    void sideFilesAreTheOwners();
    void upgradeReportsItsSteps();
    void twoOpeningAnOlderFileAtOnce();
    void writePathFollowsTheLibrary();
    void unboundParameterFailsLoudly();
    void failedCommitEndsTheTransaction();
    void errorsClassifiedByResultCode();
    void readFailingPartWayFailsTheLoad();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::cleanup()
{
    // A read-only test file must not keep QTemporaryDir from cleaning up.
    const QFileInfoList files = QDir(m_dir->path()).entryInfoList(QDir::Files);
    for (const QFileInfo &info : files)
        QFile::setPermissions(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner);
    m_dir.reset();
}

void TestDatabase::createsNewFile_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::newRow("file in an existing folder") << QStringLiteral("triplewin.sqlite");
    QTest::newRow("folders that do not exist yet") << QStringLiteral("a/b/c/triplewin.sqlite");
    QTest::newRow("non-ASCII name") << QStringLiteral("Verträge 🤝/صفقة.sqlite");
}

void TestDatabase::createsNewFile()
{
    QFETCH(QString, relativePath);
    const QString path = m_dir->filePath(relativePath);
    QVERIFY(!QFileInfo::exists(path));

    Database database(QStringLiteral("tst_database"));
    QVERIFY(!database.isOpen());
    const StorageError opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    QVERIFY(database.isOpen());
    QCOMPARE(database.path(), path);
    QVERIFY(QFileInfo(path).isFile());

    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                             "('deals', 'deal_options', 'assessments')"))
                 .toInt(),
             3);

    // Deals are private: only the owner may read or write the file.
    const QFile::Permissions permissions = QFileInfo(path).permissions();
    QVERIFY(permissions & QFile::ReadOwner);
    QVERIFY(permissions & QFile::WriteOwner);
    const QFile::Permissions others =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY2(!(permissions & others), qPrintable(QString::number(int(permissions), 16)));

    // The schema works.
    DealRepository repository(database);
    const Expected<Deal> saved = repository.save(sampleDeal());
    QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));

    database.close();
    QVERIFY(!database.isOpen());
    QVERIFY(database.path().isEmpty());
}

void TestDatabase::zeroByteFileBecomesDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(path, {}));
    QCOMPARE(QFileInfo(path).size(), 0);

    Database database(QStringLiteral("tst_database"));
    const StorageError opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    QVERIFY(database.isOpen());
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    DealRepository repository(database);
    QCOMPARE(repository.count().value(), 0);
    QVERIFY(repository.save(sampleDeal()).ok());
    QCOMPARE(repository.count().value(), 1);
}

void TestDatabase::reopenKeepsSchemaAndData()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 3));
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);

    Database database(QStringLiteral("tst_database"));
    const StorageError opened = database.open(path);
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    DealRepository repository(database);
    QCOMPARE(repository.count().value(), 3);
}

void TestDatabase::badFileRefused_data()
{
    QTest::addColumn<BadFile>("badFile");
    QTest::addColumn<StorageError::Kind>("kind");

    using K = StorageError::Kind;
    QTest::newRow("text file") << BadFile::TextFile << K::NotADatabase;
    QTest::newRow("binary file of another format") << BadFile::BinaryFile << K::NotADatabase;
    QTest::newRow("only the SQLite magic") << BadFile::MagicOnly << K::Truncated;
    QTest::newRow("SQLite file cut to 50 bytes") << BadFile::TruncatedTo50Bytes << K::Truncated;
    QTest::newRow("SQLite file cut to its 100-byte header") << BadFile::TruncatedToHeader << K::Truncated;
    QTest::newRow("SQLite file cut to half") << BadFile::TruncatedToHalf << K::Truncated;
    QTest::newRow("SQLite file cut to its first page") << BadFile::TruncatedToFirstPage << K::Truncated;
    QTest::newRow("SQLite file with a damaged schema page") << BadFile::DamagedSchemaPage << K::Corrupt;
    QTest::newRow("read-only file (0444)") << BadFile::ReadOnly << K::ReadOnly;
    QTest::newRow("newer schema") << BadFile::NewerSchema << K::NewerSchema;
    QTest::newRow("SQLite database of another program") << BadFile::OtherProgram << K::NotADatabase;
    QTest::newRow("another program's file without tables, with its id")
        << BadFile::OtherProgramNoTables << K::NotADatabase;
    QTest::newRow("another program's file without tables, with its version")
        << BadFile::OtherProgramVersionOnly << K::NotADatabase;
    QTest::newRow("empty file beside a WAL with content") << BadFile::EmptyBesideWal << K::Corrupt;
}

void TestDatabase::badFileRefused()
{
    QFETCH(BadFile, badFile);
    QFETCH(StorageError::Kind, kind);

    const QString path = m_dir->filePath(QStringLiteral("suspicious-file.sqlite"));
    const auto truncateTo = [&path](qint64 size) {
        QVERIFY(makeDatabaseWithDeals(path, 60));
        QVERIFY2(QFileInfo(path).size() > 8 * 4096, "the database should span many pages");
        QVERIFY(sideFiles(path).isEmpty());
        QFile file(path);
        QVERIFY(file.resize(size < 0 ? file.size() / 2 : size));
    };

    switch (badFile) {
    case BadFile::TextFile:
        QVERIFY(writeFile(path, "Customer,Value\nAcme,1200\nThis is a CSV export, not a database.\n"));
        break;
    case BadFile::BinaryFile:
        QVERIFY(writeFile(path, QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(4000, '\x01')));
        break;
    case BadFile::MagicOnly:
        QVERIFY(writeFile(path, QByteArray("SQLite format 3\0", 16)));
        break;
    case BadFile::TruncatedTo50Bytes:
        truncateTo(50);
        break;
    case BadFile::TruncatedToHeader:
        truncateTo(100);
        break;
    case BadFile::TruncatedToHalf:
        truncateTo(-1);
        break;
    case BadFile::TruncatedToFirstPage:
        truncateTo(4096);
        break;
    case BadFile::DamagedSchemaPage: {
        QVERIFY(makeDatabaseWithDeals(path, 5));
        QByteArray bytes = readFile(path);
        QVERIFY(bytes.size() > 4096);
        // Keep the 100-byte file header, overwrite the b-tree page of sqlite_schema that follows it.
        for (int i = 100; i < 4096; ++i)
            bytes[i] = '\xff';
        QVERIFY(writeFile(path, bytes));
        break;
    }
    case BadFile::ReadOnly:
        QVERIFY(makeDatabaseWithDeals(path, 3));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser | QFile::ReadGroup | QFile::ReadOther));
        break;
    case BadFile::OtherProgram:
    case BadFile::NewerSchema: {
        const QString maker = QStringLiteral("tst_database_newer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), maker);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE deals_v2 (id INTEGER PRIMARY KEY, title TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO deals_v2 (title) VALUES ('from the future')")));
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1")
                                   .arg(badFile == BadFile::NewerSchema ? Database::SchemaVersion + 1 : 1)));
            if (badFile == BadFile::NewerSchema)
                QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(maker);
        break;
    }
    case BadFile::OtherProgramNoTables:
    case BadFile::OtherProgramVersionOnly: {
        const QString maker = QStringLiteral("tst_database_other");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), maker);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(badFile == BadFile::OtherProgramNoTables ? QStringLiteral("PRAGMA application_id = 4660")
                                                                        : QStringLiteral("PRAGMA user_version = 3")));
            db.close();
        }
        QSqlDatabase::removeDatabase(maker);
        break;
    }
    case BadFile::EmptyBesideWal:
        QVERIFY(writeFile(path, QByteArray()));
        QVERIFY(writeFile(path + QStringLiteral("-wal"), QByteArray("\x37\x7f\x06\x82", 4) + QByteArray(4096, 'w')));
        break;
    }
    if (QTest::currentTestFailed())
        return;
    const QByteArray walBefore = readFile(path + QStringLiteral("-wal"));
    QVERIFY(QFileInfo(path).isFile());
    const QByteArray hashBefore = fileHash(path);
    const qint64 sizeBefore = QFileInfo(path).size();
    const QFile::Permissions permissionsBefore = QFileInfo(path).permissions();
    const QStringList sideFilesBefore = sideFiles(path);

    // Start from an open database: a failed open must not leave the old one (or half of the new one) open.
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("good.sqlite"))).ok());
    QVERIFY(database.isOpen());

    const StorageError error = database.open(path);
    QVERIFY2(!error.ok(), "a bad file was opened");
    QVERIFY2(error.kind == kind, qPrintable(describe(error)));
    QVERIFY2(error.message.contains(QFileInfo(path).fileName()), qPrintable(error.message));
    QVERIFY(!database.isOpen());
    QVERIFY(database.path().isEmpty());

    // The file is exactly as it was, and SQLite left nothing beside it.
    QCOMPARE(QFileInfo(path).size(), sizeBefore);
    QCOMPARE(fileHash(path), hashBefore);
    QCOMPARE(QFileInfo(path).permissions(), permissionsBefore);
    QCOMPARE(sideFiles(path), sideFilesBefore);
    QCOMPARE(readFile(path + QStringLiteral("-wal")), walBefore);

    if (badFile == BadFile::NewerSchema) {
        QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion + 1);
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT title FROM deals_v2")).toString(),
                 QStringLiteral("from the future"));
        QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'deals'")).toInt(), 0);
    }

    // Trying again gives the same answer (nothing was half-done the first time), and the Database is usable.
    QCOMPARE(database.open(path).kind, kind);
    QCOMPARE(fileHash(path), hashBefore);
    QVERIFY(database.openInMemory().ok());
    QVERIFY(database.isOpen());
}

void TestDatabase::directoryRefused()
{
    const QString path = m_dir->filePath(QStringLiteral("looks-like-a-file.sqlite"));
    QVERIFY(QDir().mkpath(path));

    Database database(QStringLiteral("tst_database"));
    const StorageError error = database.open(path);
    QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
    QVERIFY2(error.message.contains(QStringLiteral("looks-like-a-file.sqlite")), qPrintable(error.message));
    QVERIFY(!database.isOpen());
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty());
}

void TestDatabase::folderCannotBeCreated()
{
    // The "folder" is a regular file, so no folder can be created under it.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QVERIFY(writeFile(blocker, "not a folder"));
    const QString path = blocker + QStringLiteral("/sub/deals.sqlite");

    Database database(QStringLiteral("tst_database"));
    const StorageError error = database.open(path);
    QCOMPARE(error.kind, StorageError::Kind::CannotOpen);
    QVERIFY2(error.message.contains(QStringLiteral("blocker")), qPrintable(error.message));
    QVERIFY(!database.isOpen());
    QCOMPARE(readFile(blocker), QByteArray("not a folder"));
}

void TestDatabase::openInMemory()
{
    Database database(QStringLiteral("tst_database"));
    const StorageError opened = database.openInMemory();
    QVERIFY2(opened.ok(), qPrintable(describe(opened)));
    QVERIFY(database.isOpen());
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(QDir(m_dir->path()).isEmpty());

    // Two in-memory databases are private to their connection.
    Database other(QStringLiteral("tst_database_other"));
    QVERIFY(other.openInMemory().ok());
    DealRepository first(database);
    DealRepository second(other);
    QVERIFY(first.save(sampleDeal()).ok());
    QCOMPARE(first.count().value(), 1);
    QCOMPARE(second.count().value(), 0);
}

void TestDatabase::writeCommitsOrRollsBack()
{
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("deals.sqlite"))).ok());
    DealRepository repository(database);
    const Expected<Deal> stored = repository.save(sampleDeal());
    QVERIFY2(stored.ok(), qPrintable(describe(stored.error())));
    const Deal deal = stored.value();

    const auto setTitle = [&database, &deal](const QString &title) {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("UPDATE deals SET title = ? WHERE id = ?"));
        query.addBindValue(title);
        query.addBindValue(deal.id);
        return query.exec();
    };

    const StorageError failed = database.write([&]() -> StorageError {
        if (!setTitle(QStringLiteral("half-done")))
            return StorageError{StorageError::Kind::Sql, QStringLiteral("update failed"), {}};
        return StorageError{StorageError::Kind::Invalid, QStringLiteral("refused after the first statement"), {}};
    });
    QCOMPARE(failed.kind, StorageError::Kind::Invalid);
    QCOMPARE(failed.message, QStringLiteral("refused after the first statement"));
    QCOMPARE(repository.load(deal.id).value().title, deal.title);

    const StorageError committed = database.write([&]() -> StorageError {
        if (!setTitle(QStringLiteral("done")))
            return StorageError{StorageError::Kind::Sql, QStringLiteral("update failed"), {}};
        return {};
    });
    QVERIFY2(committed.ok(), qPrintable(describe(committed)));
    QCOMPARE(repository.load(deal.id).value().title, QStringLiteral("done"));

    // A later write works: the failed one did not leave a transaction open.
    QVERIFY(repository.save(sampleDeal(QStringLiteral("Another"))).ok());
    QCOMPARE(repository.count().value(), 2);
}

void TestDatabase::openingAnotherFileClosesTheFirst()
{
    const QString first = m_dir->filePath(QStringLiteral("first.sqlite"));
    const QString second = m_dir->filePath(QStringLiteral("second.sqlite"));
    QVERIFY(makeDatabaseWithDeals(first, 2));

    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(first).ok());
    QCOMPARE(DealRepository(database).count().value(), 2);
    QVERIFY(database.open(second).ok());
    QCOMPARE(database.path(), second);
    QCOMPARE(DealRepository(database).count().value(), 0);
}

void TestDatabase::lockedByAnotherProcessIsBusy()
{
    const QString path = m_dir->filePath(QStringLiteral("locked.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 2));
    const QByteArray before = fileHash(path);
    // Another process (the sqlite3 shell) takes the database's exclusive lock and keeps it for a while.
    QProcess holder;
    holder.start(QStringLiteral("sqlite3"), {path});
    if (!holder.waitForStarted())
        QSKIP("the sqlite3 shell (Debian package sqlite3) is not installed");
    holder.write("PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT 'locked';\n");
    QByteArray output;
    while (!output.contains("locked") && holder.waitForReadyRead(5000))
        output += holder.readAllStandardOutput();
    QVERIFY2(output.contains("locked"), output.constData());

    Database database;
    database.setBusyTimeout(300);
    const StorageError error = database.open(path);
    QCOMPARE(error.kind, StorageError::Kind::Busy);
    QVERIFY2(error.message.contains(QStringLiteral("locked.sqlite")) &&
                 error.message.contains(QStringLiteral("kept it locked")),
             qPrintable(error.fullText()));
    QVERIFY(!database.isOpen());
    // Reading waits for the lock as long as writing does (the busy timeout), then says the same.
    QElapsedTimer waited;
    waited.start();
    QCOMPARE(database.openForReading(path).kind, StorageError::Kind::Busy);
    QVERIFY2(waited.elapsed() >= 250, qPrintable(QString::number(waited.elapsed())));

    holder.write("COMMIT;\n.quit\n");
    QVERIFY(holder.waitForFinished(5000));
    QCOMPARE(fileHash(path), before);
    // Once the other program lets go, the same file opens with its deals.
    QVERIFY(database.open(path).ok());
    QCOMPARE(DealRepository(database).count().value(), 2);
}

void TestDatabase::fullDiskKeepsWhatWasSaved()
{
    const QString path = m_dir->filePath(QStringLiteral("full.sqlite"));
    Database database;
    QVERIFY(database.open(path).ok());
    DealRepository repository(database);
    const Deal kept = repository.save(sampleDeal(QStringLiteral("Saved before the disk filled up"))).value();
    // A full disk, simulated: the file may not grow by more than a few pages.
    const qint64 pages = scalar(database, QStringLiteral("PRAGMA page_count")).toLongLong();
    scalar(database, QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2));

    Deal big = sampleDeal(QStringLiteral("Too big to fit"));
    big.notes = QString(200000, u'x');
    const Expected<Deal> refused = repository.save(big);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("disk is full")), qPrintable(refused.error().fullText()));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Free some space")),
             qPrintable(refused.error().fullText()));
    // Nothing already saved was touched, and the database is still usable.
    QCOMPARE(repository.count().value(), 1);
    QVERIFY(repository.load(kept.id).value().sameContentAs(kept));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    Deal small = kept;
    small.notes = QStringLiteral("still saves small edits");
    QVERIFY(repository.save(small).ok());
}

void TestDatabase::migrationIsBackedUpFirst()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 3));
    // An older schema: version 5 lacked the history indexes (CREATE INDEX IF NOT EXISTS in step 6), the drafts
    // table and the frozen values.
    for (const QString &statement : statementsBackToSchema(5))
        rawScalar(path, statement);
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 5);

    Database database;
    QVERIFY(database.open(path).ok());
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    const QList<BackupFile> backups = Backups::list(path);
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.constFirst().reason, BackupFile::Reason::BeforeMigration);
    // The backup is the database as it was before the upgrade, readable by its owner only.
    QCOMPARE(rawScalar(backups.constFirst().path, QStringLiteral("PRAGMA user_version")).toInt(), 5);
    QCOMPARE(rawScalar(backups.constFirst().path, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 3);
    QCOMPARE(QFileInfo(backups.constFirst().path).permissions() &
                 ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
             QFile::Permissions());
    QCOMPARE(QFileInfo(Backups::folderFor(path)).permissions() &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
             QFile::Permissions());
    // Opening it again (no upgrade due) makes no further backup.
    database.close();
    QVERIFY(database.open(path).ok());
    QCOMPARE(Backups::list(path).size(), 1);

    // Restoring that pre-upgrade backup brings its deals back on the current schema.
    DealRepository repository(database);
    QVERIFY(repository.save(sampleDeal(QStringLiteral("After the upgrade"))).ok());
    QVERIFY(database.restoreFrom(backups.constFirst().path).ok());
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(repository.count().value(), 3);
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM drafts")).toInt(), 0); // v7 table is there
}

void TestDatabase::upgradeKeepsReferencePointsAndAllowsNotAssessed()
{
    const QString path = m_dir->filePath(QStringLiteral("v8.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 2));
    for (const QString &statement : statementsBackToSchema(8))
        rawScalar(path, statement);
    const QString sql = QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'assessments'");
    QVERIFY(rawScalar(path, sql).toString().contains(QStringLiteral("reference_point INTEGER NOT NULL")));
    // v8 stored an untouched reference point as 0, and never cited a 0 without a value; a row of an option that is
    // gone (the file once edited with foreign keys off, the sqlite3 shell's default) must not stop the upgrade.
    const qint64 untouched = rawScalar(path, QStringLiteral("SELECT min(option_id) FROM assessments")).toLongLong();
    rawScalar(path, QStringLiteral("UPDATE assessments SET value = NULL, reference_point = 0 WHERE option_id = %1 "
                                   "AND party = 'customers_customer'")
                        .arg(untouched));
    rawScalar(path, QStringLiteral("INSERT INTO assessments (option_id, party, value, reference_point) "
                                   "VALUES (987654, 'you', 1, 2)"));
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM assessments WHERE option_id = 987654")).toInt(), 1);
    const QString figures = QStringLiteral("SELECT group_concat(option_id || party || IFNULL(value, '-') || ':' || "
                                           "IFNULL(reference_point, '-') || reason, '|') FROM (SELECT * FROM "
                                           "assessments WHERE value IS NOT NULL AND option_id IN (SELECT id FROM "
                                           "deal_options) ORDER BY option_id, party)");
    const QString before = rawScalar(path, figures).toString();
    QVERIFY(before.contains(QStringLiteral(":0"))); // a 0 stored by v8 with a value stays a 0

    Database database;
    QVERIFY(database.open(path).ok());
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(scalar(database, figures).toString(), before);
    QVERIFY(scalar(database, QStringLiteral("SELECT reference_point FROM assessments WHERE option_id = %1 AND party = "
                                            "'customers_customer'")
                                 .arg(untouched))
                .isNull());
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM assessments WHERE option_id = 987654")).toInt(), 0);
    QVERIFY(!scalar(database, sql).toString().contains(QStringLiteral("NOT NULL DEFAULT 0")));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(database, QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());

    // Options and their assessments still go together, and a reference point can now be not assessed.
    DealRepository repository(database);
    Deal deal = repository.load(scalar(database, QStringLiteral("SELECT min(id) FROM deals")).toLongLong()).value();
    deal.options[0].assessment(Party::You).referencePoint.reset();
    const Expected<Deal> saved = repository.save(deal);
    QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
    QVERIFY(!repository.load(deal.id).value().options.at(0).assessment(Party::You).referencePoint);
    QVERIFY(repository.moveToTrash(deal.id).ok());
    QVERIFY(repository.emptyTrash().ok());
    QCOMPARE(scalar(database, QStringLiteral("SELECT count(*) FROM assessments WHERE option_id NOT IN "
                                             "(SELECT id FROM deal_options)"))
                 .toInt(),
             0);
}

void TestDatabase::migrationRefusedWithoutBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 1));
    for (const QString &statement : statementsBackToSchema(5))
        rawScalar(path, statement);
    const QByteArray before = fileHash(path);
    // The backup folder cannot be made (a file is in its place).
    QFile blocker(Backups::folderFor(path));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();

    Database database;
    const StorageError error = database.open(path);
    QVERIFY(!error.ok());
    QVERIFY2(error.message.contains(QStringLiteral("not upgraded and is unchanged")), qPrintable(error.fullText()));
    QVERIFY(!database.isOpen());
    QCOMPARE(fileHash(path), before);
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), 5);
}

void TestDatabase::dailyBackupsRollAndRestoreGivesBackDeals()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    Database database;
    QVERIFY(database.open(path).ok());
    DealRepository repository(database);
    const Deal first = repository.save(sampleDeal(QStringLiteral("First"))).value();
    const Deal second = repository.save(sampleDeal(QStringLiteral("Second"))).value();

    const QDateTime day = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::LocalTime).toUTC();
    const Expected<QString> daily = Backups::makeDailyIfDue(path, day);
    QVERIFY(daily.ok());
    QVERIFY(!daily.value().isEmpty());
    // One a day: later the same day nothing new is due.
    QCOMPARE(Backups::makeDailyIfDue(path, day.addSecs(3600)).value(), QString());

    // A mistake after the backup: a deal deleted for good, another one added.
    QVERIFY(repository.moveToTrash(second.id).ok());
    QCOMPARE(repository.emptyTrash().value(), 1);
    const Deal third = repository.save(sampleDeal(QStringLiteral("Third"))).value();

    const StorageError restored = database.restoreFrom(daily.value());
    QVERIFY2(restored.ok(), qPrintable(restored.fullText()));
    const auto titles = [&repository] {
        QStringList found;
        for (const DealSummary &deal : repository.list(DealQuery{}).value())
            found << deal.title;
        found.sort();
        return found;
    };
    QCOMPARE(titles(), (QStringList{QStringLiteral("First"), QStringLiteral("Second")}));
    QVERIFY(repository.load(first.id).value().sameContentAs(first));
    QCOMPARE(repository.load(second.id).value().uuid, second.uuid);
    QVERIFY(repository.load(second.id).value().sameContentAs(second));

    // The state the restore replaced was kept: restoring it brings "Third" back.
    const QList<BackupFile> backups = Backups::list(path);
    const auto safety = std::find_if(backups.cbegin(), backups.cend(), [](const BackupFile &file) {
        return file.reason == BackupFile::Reason::BeforeRestore;
    });
    QVERIFY(safety != backups.cend());
    QVERIFY(database.restoreFrom(safety->path).ok());
    QCOMPARE(titles(), (QStringList{QStringLiteral("First"), QStringLiteral("Third")}));
    QCOMPARE(repository.load(third.id).value().uuid, third.uuid);

    // Rolling: one a day for ten days keeps the newest DailyKept.
    for (int i = 1; i <= 10; ++i)
        QVERIFY(!Backups::makeDailyIfDue(path, day.addDays(i)).value().isEmpty());
    QList<BackupFile> dailies;
    for (const BackupFile &file : Backups::list(path)) {
        if (file.reason == BackupFile::Reason::Daily)
            dailies << file;
    }
    QCOMPARE(dailies.size(), Backups::DailyKept);
    QCOMPARE(dailies.constFirst().created.toLocalTime().date(), day.addDays(10).toLocalTime().date());
}

void TestDatabase::restoreRefusesWhatIsNotABackup()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    Database database;
    QVERIFY(database.open(path).ok());
    DealRepository repository(database);
    const Deal kept = repository.save(sampleDeal(QStringLiteral("Kept"))).value();
    const QString text = m_dir->filePath(QStringLiteral("notes.sqlite"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("these are not deals\n");
    file.close();

    const StorageError error = database.restoreFrom(text);
    QCOMPARE(error.kind, StorageError::Kind::NotADatabase);
    QVERIFY(repository.load(kept.id).value().sameContentAs(kept));
    QVERIFY(Backups::list(path).isEmpty()); // refused before anything was done
}

void TestDatabase::cutShortBackupNeverLooksLikeOne()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 3));
    const QDateTime day(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    // A kill during this morning's backup left half a file; it is no backup, and today's is still made.
    QVERIFY(QDir().mkpath(Backups::folderFor(path)));
    const QString killed = Backups::folderFor(path) + QStringLiteral("/daily-20261130T080000000Z.sqlite.partial");
    {
        QFile file(killed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(2000, '\0'));
    }
    QVERIFY(Backups::list(path).isEmpty());
    const Expected<QString> made = Backups::makeDailyIfDue(path, day);
    QVERIFY2(made.ok() && !made.value().isEmpty(), qPrintable(made.error().fullText()));
    QCOMPARE(Backups::list(path).size(), 1);
    QCOMPARE(rawScalar(made.value(), QStringLiteral("SELECT count(*) FROM deals")).toInt(), 3);
    // Stopped half-way (quitting): nothing under a backup's name, no partial file left.
    const std::atomic<bool> stop{true};
    const QString target = m_dir->filePath(QStringLiteral("stopped.sqlite"));
    const StorageError stopped = Backups::copy(path, target, &stop);
    QVERIFY(stopped);
    QVERIFY2(stopped.detail.contains(QStringLiteral("stopped")), qPrintable(stopped.fullText()));
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
}

void TestDatabase::backupThroughQtWhenTheDriverHasItsOwnSqlite()
{
    // On a Qt whose driver carries its own SQLite, this library's sqlite3 must not open a file Qt has open: the
    // backup goes through Qt SQL (VACUUM INTO), and a restore, which needs the backup API on Qt's handle, is refused
    // with what to do instead.
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 3));
    Database::setDriverHasOwnSqliteForTests(true);
    const auto reset = qScopeGuard([] { Database::setDriverHasOwnSqliteForTests(false); });
    Database owner(QStringLiteral("tst_database"));
    QVERIFY(owner.open(path).ok());
    const Expected<QString> made = Backups::makeDailyIfDue(path, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    QVERIFY2(made.ok() && !made.value().isEmpty(), qPrintable(made.error().fullText()));
    QCOMPARE(rawScalar(made.value(), QStringLiteral("SELECT count(*) FROM deals")).toInt(), 3);
    QCOMPARE(rawScalar(made.value(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(QFileInfo(made.value()).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(!QFileInfo::exists(made.value() + QStringLiteral(".partial")));
    const StorageError refused = owner.restoreFrom(made.value());
    QCOMPARE(refused.kind, StorageError::Kind::Invalid);
    QVERIFY2(refused.message.contains(QStringLiteral("cannot restore")), qPrintable(refused.message));
    QCOMPARE(DealRepository(owner).count().value(), 3);
}

void TestDatabase::lockedDatabaseBackupGivesUp()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 2));
    // Another program keeps the file locked: exclusive locking mode holds the lock after its write.
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(path);
    QVERIFY(holder.open());
    {
        QSqlQuery query(holder);
        QVERIFY(query.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")));
        QVERIFY(query.exec(QStringLiteral("UPDATE deals SET notes = 'locked' WHERE id = 1")));
    }
    const QString target = m_dir->filePath(QStringLiteral("copy.sqlite"));
    QElapsedTimer timer;
    timer.start();
    const StorageError failed = Backups::copy(path, target, nullptr, 500);
    QVERIFY(failed);
    QVERIFY2(failed.detail.contains(QStringLiteral("stayed locked")) ||
                 failed.detail.contains(QStringLiteral("locked")),
             qPrintable(failed.fullText()));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed()))); // gave up, did not hang
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    QVERIFY(Backups::copy(path, target).ok());
}

void TestDatabase::upgradeAndRestoreBackupsArePruned()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 1));
    const QDateTime first(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(Backups::create(path, BackupFile::Reason::BeforeMigration, first.addDays(i)).ok());
        QVERIFY(Backups::create(path, BackupFile::Reason::BeforeRestore, first.addDays(i).addSecs(60)).ok());
    }
    QVERIFY(Backups::makeDailyIfDue(path, first.addDays(10)).ok());
    QList<BackupFile> upgrades;
    QList<BackupFile> restores;
    for (const BackupFile &file : Backups::list(path)) {
        if (file.reason == BackupFile::Reason::BeforeMigration)
            upgrades << file;
        else if (file.reason == BackupFile::Reason::BeforeRestore)
            restores << file;
    }
    QCOMPARE(upgrades.size(), Backups::OthersKept);
    QCOMPARE(restores.size(), Backups::OthersKept);
    QCOMPARE(upgrades.constFirst().created, first.addDays(4)); // the newest stay
    QCOMPARE(Backups::list(path).size(), 2 * Backups::OthersKept + 1);
    // Restoring the oldest "before a restore" copy makes a new one; pruning must not take the one being restored.
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(path).ok());
    const QString oldest = restores.constLast().path;
    const StorageError restored = database.restoreFrom(oldest);
    QVERIFY2(restored.ok(), qPrintable(restored.fullText()));
    QVERIFY(QFileInfo::exists(oldest));
}

void TestDatabase::readingLeavesNoSideFiles()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 3));
    QVERIFY(sideFiles(path).isEmpty());
    {
        Database reader(QStringLiteral("reader"));
        QVERIFY(reader.openForReading(path).ok());
        QCOMPARE(DealRepository(reader).count().value(), 3);
    }
    QCOMPARE(sideFiles(path), QStringList());
    // A file refused after SQLite opened it (a newer Triplewin's) keeps nothing beside it either.
    rawScalar(path, QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1));
    QVERIFY(sideFiles(path).isEmpty());
    {
        Database reader(QStringLiteral("reader"));
        QCOMPARE(reader.openForReading(path).kind, StorageError::Kind::NewerSchema);
    }
    QCOMPARE(sideFiles(path), QStringList());
    // While its owner has it open, a reader leaves the owner's files alone.
    rawScalar(path, QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion));
    Database owner(QStringLiteral("owner"));
    QVERIFY(owner.open(path).ok());
    QVERIFY(!sideFiles(path).isEmpty());
    {
        Database reader(QStringLiteral("reader"));
        QVERIFY(reader.openForReading(path).ok());
    }
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(DealRepository(owner).save(sampleDeal()).ok());
}

void TestDatabase::sideFilesAreTheOwners()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 1));
    const QFile::Permissions shared =
        QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther; // 0644
    QVERIFY(QFile::setPermissions(path, shared));
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(path).ok());
    QVERIFY(DealRepository(database).save(sampleDeal()).ok());
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(path + suffix), qPrintable(suffix));
        QCOMPARE(QFileInfo(path + suffix).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
    QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser), shared); // left as it was
}

void TestDatabase::upgradeReportsItsSteps()
{
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 3));
    for (const QString &statement : statementsBackToSchema(6))
        rawScalar(path, statement);
    QCOMPARE(Database::peekSchemaVersion(path), 6);
    QList<std::pair<int, int>> steps;
    Database database;
    database.setUpgradeProgress([&steps](int done, int total) { steps.append({done, total}); });
    QVERIFY(database.open(path).ok());
    const int total = Database::SchemaVersion - 6;
    QCOMPARE(steps.size(), total + 1);
    for (int i = 0; i <= total; ++i)
        QCOMPARE(steps.at(i), std::make_pair(i, total));
    // A current file, or a new one, reports nothing.
    steps.clear();
    database.close();
    QVERIFY(database.open(path).ok());
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("new.sqlite"))).ok());
    QVERIFY(steps.isEmpty());
    QCOMPARE(Database::peekSchemaVersion(m_dir->filePath(QStringLiteral("none.sqlite"))), 0);
}

void TestDatabase::twoOpeningAnOlderFileAtOnce()
{
    // Two Triplewin processes (here: two connections on two threads) open the same older file at once. The second
    // read the version before the first upgraded it, then waits for its lock; it must not upgrade again ("duplicate
    // column name") but find the file upgraded.
    const QString path = m_dir->filePath(QStringLiteral("old.sqlite"));
    QVERIFY(makeDatabaseWithDeals(path, 3));
    for (const QString &statement : statementsBackToSchema(7))
        rawScalar(path, statement);
    QSemaphore firstInside;
    QSemaphore gate;
    StorageError first;
    QThread *firstThread = QThread::create([&] {
        Database database(QStringLiteral("first"));
        database.setUpgradeProgress([&](int done, int) {
            if (done == 0) { // holding the write lock, not committed yet
                firstInside.release();
                gate.acquire();
            }
        });
        first = database.open(path);
    });
    firstThread->start();
    QVERIFY(firstInside.tryAcquire(1, 10000));
    StorageError second;
    QThread *secondThread = QThread::create([&] {
        Database database(QStringLiteral("second"));
        second = database.open(path);
    });
    secondThread->start();
    QTest::qWait(300); // the second has read version 8 and waits for the lock
    gate.release();
    QVERIFY(firstThread->wait(20000));
    QVERIFY(secondThread->wait(20000));
    delete firstThread;
    delete secondThread;
    QVERIFY2(first.ok(), qPrintable(first.fullText()));
    QVERIFY2(second.ok(), qPrintable(second.fullText()));
    QCOMPARE(rawScalar(path, QStringLiteral("PRAGMA user_version")).toInt(), Database::SchemaVersion);
    QCOMPARE(rawScalar(path, QStringLiteral("SELECT count(*) FROM deals")).toInt(), 3);
}

void TestDatabase::writePathFollowsTheLibrary()
{
    // The sqlite3 accelerator is used only when Qt's driver runs the SQLite Triplewin links; the other path runs the
    // same suites with TRIPLEWIN_SQLITE_ACCELERATOR=off (see tests/core/CMakeLists.txt).
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("deals.sqlite"))).ok());
    const bool off = qEnvironmentVariable("TRIPLEWIN_SQLITE_ACCELERATOR") == u"off";
    QCOMPARE(database.handle() == nullptr, off);
    const PreparedStatement statement(database, QStringLiteral("SELECT 1"));
    QCOMPARE(statement.accelerated(), !off);
}

void TestDatabase::unboundParameterFailsLoudly()
{
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("deals.sqlite"))).ok());
    QVERIFY(DealRepository(database).save(sampleDeal()).ok());
    const auto titles = [&database] {
        QSqlQuery query(database.connection());
        QStringList found;
        if (query.exec(QStringLiteral("SELECT title FROM deals ORDER BY id")))
            while (query.next())
                found << query.value(0).toString();
        return found;
    };
    const QStringList before = titles();

    PreparedStatement update(database, QStringLiteral("UPDATE deals SET title = ? WHERE id = ?"));
    QVERIFY2(update.errorText().isEmpty(), qPrintable(update.errorText()));
    update.bind(QStringLiteral("forgot the id"));
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("1 of the statement's 2 parameters")));
    QVERIFY(!update.exec());
    QCOMPARE(update.errorText(), QStringLiteral("1 of the statement's 2 parameters were bound"));
    QCOMPARE(titles(), before);

    PreparedStatement select(database, QStringLiteral("SELECT id FROM deals WHERE title = ? AND id > ?"));
    select.bind(QStringLiteral("a"));
    select.bind(qint64(0));
    select.bind(qint64(1));
    QVERIFY(!select.next());
    QVERIFY(!select.errorText().isEmpty());
}

void TestDatabase::failedCommitEndsTheTransaction()
{
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(m_dir->filePath(QStringLiteral("deals.sqlite"))).ok());
    DealRepository repository(database);
    // A deferred foreign key makes COMMIT itself fail, and SQLite then keeps the transaction open.
    const StorageError failed = database.write([&database]() -> StorageError {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")) ||
            !query.exec(
                QStringLiteral("INSERT INTO deal_options (deal_id, position, name) VALUES (424242, 0, 'orphan')")))
            return StorageError{StorageError::Kind::Sql, query.lastError().text(), {}};
        return {};
    });
    QCOMPARE(failed.kind, StorageError::Kind::Sql);
    QVERIFY2(failed.message.startsWith(QStringLiteral("Saving failed")), qPrintable(failed.fullText()));
    QVERIFY(!database.inTransaction());
    // The next save is not "cannot start a transaction within a transaction", and the orphan is gone.
    const Expected<Deal> saved = repository.save(sampleDeal());
    QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
    QSqlQuery orphans(database.connection());
    QVERIFY(orphans.exec(QStringLiteral("SELECT count(*) FROM deal_options WHERE deal_id = 424242")) && orphans.next());
    QCOMPARE(orphans.value(0).toInt(), 0);
}

void TestDatabase::errorsClassifiedByResultCode()
{
    // By SQLite's result code, whatever the wording (a translated or changed message must not change the kind).
    const auto kindOf = [](int code) {
        return Database::sqlError(QStringLiteral("Saving"), code, QStringLiteral("x")).kind;
    };
    QCOMPARE(kindOf(5), StorageError::Kind::Busy);            // SQLITE_BUSY
    QCOMPARE(kindOf(5 | (2 << 8)), StorageError::Kind::Busy); // SQLITE_BUSY_SNAPSHOT
    QCOMPARE(kindOf(6), StorageError::Kind::Busy);            // SQLITE_LOCKED
    QCOMPARE(kindOf(8), StorageError::Kind::ReadOnly);        // SQLITE_READONLY
    QCOMPARE(kindOf(11), StorageError::Kind::Corrupt);        // SQLITE_CORRUPT
    QCOMPARE(kindOf(26), StorageError::Kind::NotADatabase);   // SQLITE_NOTADB
    QCOMPARE(kindOf(9), StorageError::Kind::Cancelled);       // SQLITE_INTERRUPT
    QCOMPARE(kindOf(1), StorageError::Kind::Sql);
    // A message that merely mentions a lock is not a busy database.
    QCOMPARE(Database::sqlError(QStringLiteral("Saving"), 1, QStringLiteral("no such column: locked")).kind,
             StorageError::Kind::Sql);
    QCOMPARE(Database::sqlError(QStringLiteral("Saving"), QSqlError(QStringLiteral("driver"), QStringLiteral("db"),
                                                                    QSqlError::StatementError, QStringLiteral("13")))
                 .message,
             QStringLiteral("Saving: the disk is full. Free some space, then try again; nothing already saved was "
                            "changed."));
}

void TestDatabase::readFailingPartWayFailsTheLoad()
{
    const QString path = m_dir->filePath(QStringLiteral("deals.sqlite"));
    qint64 id = 0;
    qint64 page = 0;
    qint64 pageSize = 0;
    {
        Database database(QStringLiteral("tst_database"));
        QVERIFY(database.open(path).ok());
        Deal deal = sampleDeal();
        deal.options.clear();
        for (int i = 0; i < 300; ++i) // several pages of options
            deal.options << DealOption{0, QStringLiteral("Option %1 ").arg(i) + QString(60, u'x'), {}};
        const Expected<Deal> saved = DealRepository(database).save(deal);
        QVERIFY2(saved.ok(), qPrintable(describe(saved.error())));
        id = saved.value().id;
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        // The last leaf page of the options table: the rows before it are read, then the read fails.
        QVERIFY(query.exec(QStringLiteral("SELECT max(pageno), (SELECT page_size FROM pragma_page_size) FROM dbstat "
                                          "WHERE name = 'deal_options' AND pagetype = 'leaf'")) &&
                query.next());
        page = query.value(0).toLongLong();
        pageSize = query.value(1).toLongLong();
        QVERIFY(page > 2);
    }
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((page - 1) * pageSize));
        file.write(QByteArray(int(pageSize), '\xA5'));
    }
    Database database(QStringLiteral("tst_database"));
    QVERIFY(database.open(path).ok());
    const Expected<Deal> loaded = DealRepository(database).load(id);
    // Not a deal with half its options, which saved again would delete the rest.
    QVERIFY2(!loaded.ok(), loaded.ok() ? qPrintable(QString::number(loaded.value().options.size())) : "");
    QCOMPARE(loaded.error().kind, StorageError::Kind::Corrupt);
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::storedTimeIsQtsIsoText()
{
    // The hand-written formatter must give Qt's own text for every time, in any time spec: the edges of months,
    // leap days and centuries, before the epoch, the ends of the fast range, and a spread of random instants.
    QList<QDateTime> times;
    for (const char *text : {"1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00.001Z",
                             "1900-03-01T00:00:00.000Z", "2100-02-28T23:59:59.999Z", "0001-01-01T00:00:00.000Z",
                             "9999-12-31T23:59:59.999Z", "1600-02-29T06:07:08.009Z", "2026-11-30T19:00:00.000Z"})
        times << QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs);
    times << QDateTime(QDate(2024, 3, 31), QTime(3, 30), QTimeZone(QByteArrayLiteral("Europe/Berlin")))
          << QDateTime(QDate(2024, 7, 1), QTime(23, 59, 59, 999), QTimeZone(-9 * 3600))
          << QDateTime(QDate(2024, 7, 1), QTime(1, 2, 3), Qt::LocalTime)
          << QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC) // beyond the fast range: Qt writes it
          << QDateTime(QDate(-1, 12, 31), QTime(23, 0), Qt::UTC);
    QRandomGenerator random(20261130);
    for (int i = 0; i < 20000; ++i)
        times << QDateTime::fromMSecsSinceEpoch(random.bounded(-62135596800000LL, 253402300799999LL), Qt::UTC);
    for (const QDateTime &time : std::as_const(times)) {
        QVERIFY2(time.isValid(), qPrintable(time.toString()));
        QCOMPARE(SqlText::storedTime(time), time.toUTC().toString(Qt::ISODateWithMs));
    }
    QCOMPARE(SqlText::storedTime(QDateTime()), QString());
}

void TestDatabase::storedTimeReadsAsQtReadsIt()
{
    // The hand-written reader must give what Qt's parser gives for every stored text, and leave any other text to
    // it: the same edges and random instants as above, and texts that are not quite a stored time.
    QRandomGenerator random(20261201);
    QStringList texts;
    for (int i = 0; i < 20000; ++i)
        texts << SqlText::storedTime(
            QDateTime::fromMSecsSinceEpoch(random.bounded(-62135596800000LL, 253402300799999LL), Qt::UTC));
    for (const char *text : {"1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "2000-02-29T12:00:00.001Z",
                             "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "2023-02-29T10:00:00.000Z",
                             "2026-11-30T24:00:00.000Z", "2026-11-30T10:00:60.000Z", "2026-13-01T10:00:00.000Z",
                             "2026-11-30T10:00:00Z", "2026-11-30T10:00:00.000+01:00", "2026-11-30 10:00:00.000Z",
                             "2026-11-30T1a:00:00.000Z", "", "yesterday", "+2026-11-30T10:00:00.00Z"})
        texts << QString::fromLatin1(text);
    // The same length as a stored time, with digits and letters outside ASCII where digits are read (Arabic-Indic
    // and full-width digits, an é taking two bytes in UTF-8): the UTF-8 reader must not take a byte for a character.
    texts << QStringLiteral("٢٠٢٦-11-30T10:00:00.000Z") << QStringLiteral("２０２６-11-30T10:00:00.000Z")
          << QStringLiteral("2026-11-30T10:00:00.00éZ") << QStringLiteral("2026-11-30T10:00:00.000Ž");
    // And 24 bytes in UTF-8 (23 characters): the length a stored time has, so that its bytes are looked at.
    texts << QStringLiteral("2026-11-30T10:00:00.0éZ") << QStringLiteral("٢026-11-30T10:00:00.00Z")
          << QStringLiteral("2026-11-30T10:00:00.00Ž");
    for (const QString &text : std::as_const(texts)) {
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        // From a QString (an SQLite file's driver) and from the UTF-8 bytes a server's driver gives (SqlRowReader).
        for (const QDateTime &fast : {SqlText::timeFromStored(text), SqlText::timeFromStoredUtf8(text.toUtf8())}) {
            QCOMPARE(fast.isValid(), qt.isValid());
            if (qt.isValid()) {
                QCOMPARE(fast.toMSecsSinceEpoch(), qt.toMSecsSinceEpoch());
                QCOMPARE(fast.timeSpec(), qt.timeSpec());
            }
        }
    }
}

#include "tst_database.moc"
