#include "mergeservice.h"

#include "../domain/deal.h"
#include "../domain/party.h"
#include "database.h"
#include "dealwriter.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqltext.h"

#include <optional>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Triplewin::Core {

namespace {

constexpr char Context[] = "Triplewin::Core::MergeService";

QString nowStored()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QString &text)
{
    return SqlText::timeFromStored(text);
}

/// The columns of a deal a user changes, as the one writer of deals names them: agreed_option_id is not among them,
/// since option ids differ between files; it is mapped through the copied options instead.
const QStringList &contentColumns()
{
    return DealWriter::contentColumns();
}

struct OptionRows
{
    qint64 id = 0;
    QVariant position;
    QVariant name;
    QList<QVariantList> assessments; ///< party, value, reference_point, reason; ordered by party
};

/// One deal with everything the merge compares and copies, read from either file.
struct DealRows
{
    qint64 id = 0;
    QString uuid;
    qint64 revision = 0;
    QString createdAt;
    QString updatedAt;
    QVariant deletedAt;
    QVariant closedOptionId;
    QVariantList content; ///< in contentColumns() order
    QList<OptionRows> options;
    QList<QVariantList> events; ///< kind, at, actor, detail; in the order recorded

    bool trashed() const { return !deletedAt.isNull(); }
    QString title() const { return content.value(0).toString(); }

    /// A hash of the content (not of ids, revisions or timestamps set by storage): equal in two files exactly
    /// when the deal reads the same in both.
    QString contentHash() const
    {
        QString text;
        const auto add = [&text](const QVariant &value) {
            text += value.isNull() ? QStringLiteral("\u0001") : value.toString();
            text += QChar(0x1f);
        };
        for (qsizetype column = 0; column < content.size(); ++column) {
            const QVariant &value = content.at(column);
            // A column added since schema 12 (13, 14) counts only when it says something, by its name: a deal hashes as
            // it did before the upgrade, so the hashes in merge logs written then still match (else every deal changed
            // on one side since the last merge would read as changed on both).
            if (const QString &name = contentColumns().at(column); Schema::dealColumnAddedIn12(name) ||
                                                                   Schema::dealColumnAddedIn13(name) ||
                                                                   name == Schema::ConcessionsColumn) {
                if (value.isNull() || value.toString().isEmpty())
                    continue;
                text += name + u'=';
            }
            add(value);
        }
        add(trashed() ? QStringLiteral("trashed") : QStringLiteral("live"));
        for (const OptionRows &option : options) {
            text += QChar(0x1e);
            add(option.position);
            add(option.name);
            for (const QVariantList &assessment : option.assessments) {
                for (const QVariant &value : assessment)
                    add(value);
            }
        }
        for (const QVariantList &event : events) {
            text += QChar(0x1d);
            for (const QVariant &value : event)
                add(value);
        }
        return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    }
};

/// Turns a failed query on either file into an error; @p file names the source in the message.
StorageError queryError(const QSqlQuery &query, const QString &file)
{
    return Database::sqlError(
        QCoreApplication::translate(Context, "Merging “%1” failed, nothing was merged").arg(displayPath(file)),
        query.lastError());
}

/// Reads deals with prepared statements on one connection (the source or the target).
class DealReader
{
public:
    /// @p schemaVersion is the file's: an older one names some columns as it did then (Schema::dealColumnIn()).
    DealReader(const QSqlDatabase &connection, QString file, int schemaVersion = Database::SchemaVersion)
        : m_schemaVersion(schemaVersion)
        , m_byId(connection)
        , m_byUuid(connection)
        , m_options(connection)
        , m_assessments(connection)
        , m_events(connection)
        , m_file(std::move(file))
    {}

    StorageError prepare()
    {
        QStringList columns{QStringLiteral("agreed_option_id")};
        columns += contentColumns();
        for (QString &column : columns)
            column = Schema::dealColumnIn(m_schemaVersion, column);
        const QString dealSelect =
            QStringLiteral("SELECT id, uuid, revision, created_at, updated_at, deleted_at, %1 FROM %2 ")
                .arg(columns.join(QStringLiteral(", ")), Schema::Deals);
        if (!m_byId.prepare(dealSelect + QStringLiteral("WHERE id = ?")))
            return queryError(m_byId, m_file);
        if (!m_byUuid.prepare(dealSelect + QStringLiteral("WHERE uuid = ?")))
            return queryError(m_byUuid, m_file);
        if (!m_options.prepare(
                QStringLiteral("SELECT id, position, name FROM %1 WHERE deal_id = ? ORDER BY position, id")
                    .arg(Schema::Options)))
            return queryError(m_options, m_file);
        if (!m_assessments.prepare(
                QStringLiteral(
                    "SELECT party, value, reference_point, reason FROM %1 WHERE option_id = ? ORDER BY party")
                    .arg(Schema::Assessments)))
            return queryError(m_assessments, m_file);
        if (!m_events.prepare(QStringLiteral("SELECT kind, at, actor, detail FROM %1 WHERE deal_id = ? ORDER BY id")
                                  .arg(Schema::Events)))
            return queryError(m_events, m_file);
        return {};
    }

    StorageError readById(qint64 id, std::optional<DealRows> *deal)
    {
        m_byId.addBindValue(id);
        return read(m_byId, deal);
    }

    StorageError readByUuid(const QString &uuid, std::optional<DealRows> *deal)
    {
        m_byUuid.addBindValue(uuid);
        return read(m_byUuid, deal);
    }

private:
    StorageError read(QSqlQuery &query, std::optional<DealRows> *deal)
    {
        deal->reset();
        if (!query.exec())
            return queryError(query, m_file);
        if (!query.next()) {
            if (query.lastError().isValid())
                return queryError(query, m_file);
            query.finish();
            return {};
        }
        DealRows rows;
        rows.id = query.value(0).toLongLong();
        rows.uuid = query.value(1).toString();
        rows.revision = query.value(2).toLongLong();
        rows.createdAt = query.value(3).toString();
        rows.updatedAt = query.value(4).toString();
        rows.deletedAt = query.value(5);
        rows.closedOptionId = query.value(6);
        for (int column = 0; column < contentColumns().size(); ++column)
            rows.content << query.value(7 + column);
        query.finish();
        // A ledger this version cannot read is refused with the deal it belongs to, before anything is merged: copied
        // as it is, it would make every later read of the target (an export, a push) fail on it.
        if (const QString ledger = rows.content.at(DealWriter::Concessions).toString(); !ledger.isEmpty()) {
            QString problem;
            if (!concessionsFromText(ledger, &problem))
                return StorageError{
                    StorageError::Kind::Invalid,
                    QCoreApplication::translate(Context, "“%1”: the concessions of the deal “%2” cannot be "
                                                         "read (%3). Nothing was merged.")
                        .arg(displayPath(m_file), rows.content.at(DealWriter::Title).toString(), problem),
                    {}};
        }

        m_options.addBindValue(rows.id);
        if (!m_options.exec())
            return queryError(m_options, m_file);
        while (m_options.next())
            rows.options << OptionRows{m_options.value(0).toLongLong(), m_options.value(1), m_options.value(2), {}};
        if (m_options.lastError().isValid())
            return queryError(m_options, m_file);
        m_options.finish();
        for (OptionRows &option : rows.options) {
            m_assessments.addBindValue(option.id);
            if (!m_assessments.exec())
                return queryError(m_assessments, m_file);
            while (m_assessments.next())
                option.assessments << QVariantList{m_assessments.value(0), m_assessments.value(1),
                                                   m_assessments.value(2), m_assessments.value(3)};
            if (m_assessments.lastError().isValid())
                return queryError(m_assessments, m_file);
            m_assessments.finish();
        }

        m_events.addBindValue(rows.id);
        if (!m_events.exec())
            return queryError(m_events, m_file);
        while (m_events.next())
            rows.events << QVariantList{m_events.value(0), m_events.value(1), m_events.value(2), m_events.value(3)};
        if (m_events.lastError().isValid())
            return queryError(m_events, m_file);
        m_events.finish();
        *deal = std::move(rows);
        return {};
    }

    int m_schemaVersion;
    QSqlQuery m_byId;
    QSqlQuery m_byUuid;
    QSqlQuery m_options;
    QSqlQuery m_assessments;
    QSqlQuery m_events;
    QString m_file;
};

/// The source's own connection, opened read-only and removed again whatever happens.
class SourceConnection
{
public:
    SourceConnection()
        : m_name(QStringLiteral("triplewin-merge-source-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {}
    ~SourceConnection()
    {
        if (!QSqlDatabase::contains(m_name))
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.rollback(); // ends the read snapshot; nothing was written
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
        Database::tidyAfterReading(m_path, m_sideFilesBefore);
    }
    Q_DISABLE_COPY_MOVE(SourceConnection)

    StorageError open(const QString &path)
    {
        m_path = path;
        m_sideFilesBefore = Database::hasSideFiles(path);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        Database::setReadOnly(db, path, 5000);
        if (!db.open())
            return StorageError{
                StorageError::Kind::CannotOpen,
                QCoreApplication::translate(Context, "Cannot open “%1” to merge it.").arg(displayPath(path)),
                db.lastError().text()};
        return {};
    }

    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    QString m_path;
    bool m_sideFilesBefore = true;
};

/// Runs a one-value statement on @p connection.
StorageError scalar(const QSqlDatabase &connection, const QString &statement, const QString &file, QVariant *value)
{
    QSqlQuery query(connection);
    if (!query.exec(statement) || !query.next())
        return queryError(query, file);
    *value = query.value(0);
    return {};
}

/// Checks that the source is a Triplewin database this version can read; sets its identity.
StorageError checkSource(const QSqlDatabase &source, const QString &path, QString *sourceId, int *schemaVersion)
{
    QVariant applicationId;
    if (StorageError failure = scalar(source, SqlDialect::sqlite().applicationIdQuery(), path, &applicationId)) {
        if (failure.kind == StorageError::Kind::NotADatabase)
            failure.message =
                QCoreApplication::translate(Context, "“%1” is not a Triplewin database (it is not an SQLite "
                                                     "file). Nothing was merged.")
                    .arg(displayPath(path));
        return failure;
    }
    if (applicationId.toLongLong() != Database::ApplicationId)
        return StorageError{
            StorageError::Kind::NotADatabase,
            QCoreApplication::translate(Context, "“%1” is not a Triplewin database. Nothing was merged.")
                .arg(displayPath(path)),
            {}};
    QVariant version;
    if (StorageError failure = scalar(source, SqlDialect::sqlite().schemaVersionQuery(), path, &version))
        return failure;
    const int sourceVersion = version.toInt();
    *schemaVersion = sourceVersion;
    if (sourceVersion > Database::SchemaVersion)
        return StorageError{StorageError::Kind::NewerSchema,
                            QCoreApplication::translate(Context,
                                                        "“%1” was written by a newer version of Triplewin (schema "
                                                        "%2; this version knows up to %3). Nothing was merged: "
                                                        "update Triplewin to merge it.")
                                .arg(displayPath(path))
                                .arg(sourceVersion)
                                .arg(Database::SchemaVersion),
                            {}};
    // Schema 4 has every table and column a merge reads; older files lack some. The source is never migrated
    // here: its owner opens it once with this version, which updates it.
    if (sourceVersion < 4)
        return StorageError{StorageError::Kind::Invalid,
                            QCoreApplication::translate(Context,
                                                        "“%1” was written by an older version of Triplewin (schema "
                                                        "%2). Nothing was merged: open it once with this version "
                                                        "of Triplewin, which updates it, then merge it.")
                                .arg(displayPath(path))
                                .arg(sourceVersion),
                            {}};
    if (sourceVersion >= 5) {
        QVariant id;
        if (StorageError failure = scalar(
                source, QStringLiteral("SELECT value FROM %1 WHERE key = 'database_id'").arg(Schema::DatabaseInfo),
                path, &id))
            return failure;
        QVariant file;
        if (StorageError failure = scalar(
                source,
                QStringLiteral("SELECT (SELECT value FROM %1 WHERE key = 'database_file')").arg(Schema::DatabaseInfo),
                path, &file))
            return failure;
        // A copy not opened since it was made still carries the original's id: known by the one it will get.
        *sourceId = Database::identityOf(path, id.toString(), file.toString());
    }
    return {};
}

/// Writes into the target: the deal's own rows through DealWriter (the writer DealRepository saves with), its
/// script, notes and the merge log with statements prepared once per merge.
class TargetWriter
{
public:
    TargetWriter(const Database &target, QString file)
        : m_deals(
              target,
              QCoreApplication::translate(Context, "Merging “%1” failed, nothing was merged").arg(displayPath(file)))
        , m_dialect(target.dialect())
        , m_insertScript(target.connection())
        , m_insertNote(target.connection())
        , m_findLog(target.connection())
        , m_writeLog(target.connection())
        , m_file(std::move(file))
    {}

    StorageError prepare()
    {
        const std::pair<QSqlQuery *, QString> statements[] = {
            // A script kept here is never replaced: scripts are personal and not compared.
            {&m_insertScript,
             m_dialect.upsert(Schema::Scripts,
                              {QStringLiteral("deal_id"), QStringLiteral("text"), QStringLiteral("what_would_change"),
                               QStringLiteral("revisit_on"), QStringLiteral("updated_at")},
                              {QStringLiteral("deal_id")}, {})},
            {&m_insertNote, QStringLiteral("INSERT INTO %1 (deal_id, author, created_at, text) SELECT ?, ?, ?, ? "
                                           "WHERE NOT EXISTS (SELECT 1 FROM %1 WHERE deal_id = ? AND author = ? AND "
                                           "created_at = ? AND text = ?)")
                                .arg(Schema::Notes)},
            {&m_findLog,
             QStringLiteral("SELECT content_hash FROM %1 WHERE source_id = ? AND deal_uuid = ?").arg(Schema::MergeLog)},
            {&m_writeLog,
             m_dialect.upsert(
                 Schema::MergeLog,
                 {QStringLiteral("source_id"), QStringLiteral("deal_uuid"), QStringLiteral("source_revision"),
                  QStringLiteral("source_updated_at"), QStringLiteral("local_revision"), QStringLiteral("content_hash"),
                  QStringLiteral("merged_at")},
                 {QStringLiteral("source_id"), QStringLiteral("deal_uuid")},
                 {QStringLiteral("source_revision"), QStringLiteral("source_updated_at"),
                  QStringLiteral("local_revision"), QStringLiteral("content_hash"), QStringLiteral("merged_at")})},
        };
        for (const auto &[query, text] : statements) {
            if (!query->prepare(text))
                return queryError(*query, m_file);
        }
        return {};
    }

    /// The content hash last merged for @p uuid from any of @p sourceIds (first found), or an empty string.
    StorageError findLog(const QStringList &sourceIds, const QString &uuid, QString *hash)
    {
        hash->clear();
        for (const QString &sourceId : sourceIds) {
            m_findLog.addBindValue(sourceId);
            m_findLog.addBindValue(uuid);
            if (!m_findLog.exec())
                return queryError(m_findLog, m_file);
            if (m_findLog.next())
                *hash = m_findLog.value(0).toString();
            else if (m_findLog.lastError().isValid())
                return queryError(m_findLog, m_file);
            m_findLog.finish();
            if (!hash->isEmpty())
                return {};
        }
        return {};
    }

    StorageError writeLog(const QString &sourceId, const DealRows &source, qint64 localRevision, const QString &hash)
    {
        for (const QVariant &value :
             {QVariant(sourceId), QVariant(source.uuid), QVariant(source.revision), QVariant(source.updatedAt),
              QVariant(localRevision), QVariant(hash), QVariant(nowStored())})
            m_writeLog.addBindValue(value);
        return run(m_writeLog);
    }

    /// Copies a deal new here, with its uuid, revision and timestamps.
    StorageError insertDeal(const DealRows &source, qint64 *localId)
    {
        if (StorageError failure = m_deals.insertDeal(row(source), localId))
            return failure;
        return copyChildren(source, *localId);
    }

    /// Makes the local deal @p localId read as @p source; its revision goes up by one.
    StorageError updateDeal(const DealRows &source, qint64 localId)
    {
        if (StorageError failure = m_deals.replaceDeal(localId, row(source), nowStored()))
            return failure;
        return copyChildren(source, localId);
    }

    StorageError insertScript(qint64 localId, const QVariantList &script)
    {
        m_insertScript.addBindValue(localId);
        for (const QVariant &value : script)
            m_insertScript.addBindValue(value);
        return run(m_insertScript);
    }

    StorageError insertNote(qint64 localId, const QVariantList &note)
    {
        for (int i = 0; i < 2; ++i) {
            m_insertNote.addBindValue(localId);
            for (const QVariant &value : note)
                m_insertNote.addBindValue(value);
        }
        return run(m_insertNote);
    }

private:
    static DealRow row(const DealRows &source)
    {
        return DealRow{source.uuid,      source.revision,  source.createdAt,
                       source.updatedAt, source.deletedAt, source.content};
    }

    StorageError run(QSqlQuery &query)
    {
        if (!query.exec())
            return queryError(query, m_file);
        query.finish();
        return {};
    }

    StorageError copyChildren(const DealRows &source, qint64 localId)
    {
        QHash<qint64, qint64> optionIds;
        for (const OptionRows &option : source.options) {
            qint64 optionId = 0;
            if (StorageError failure =
                    m_deals.insertOption(localId, option.position.toLongLong(), option.name.toString(), &optionId))
                return failure;
            optionIds.insert(option.id, optionId);
            for (const QVariantList &assessment : option.assessments) {
                if (StorageError failure =
                        m_deals.writeAssessment(optionId, assessment.value(0).toString(), assessment.value(1),
                                                assessment.value(2), assessment.value(3)))
                    return failure;
            }
        }
        for (const QVariantList &event : source.events) {
            if (StorageError failure =
                    m_deals.insertEvent(localId, event.value(0).toString(), event.value(1).toString(),
                                        event.value(2).toString(), event.value(3).toString()))
                return failure;
        }
        const auto closed = optionIds.constFind(source.closedOptionId.toLongLong());
        // The values are frozen from the copied options: the source's may be an older file without them.
        const QVariant agreed =
            source.closedOptionId.isNull() || closed == optionIds.constEnd() ? QVariant() : QVariant(closed.value());
        return m_deals.setClosedOption(localId, agreed);
    }

    DealWriter m_deals;
    const SqlDialect &m_dialect;
    QSqlQuery m_insertScript;
    QSqlQuery m_insertNote;
    QSqlQuery m_findLog;
    QSqlQuery m_writeLog;
    QString m_file;
};

/// Reads a source deal's walk-away script and coaching notes.
class ExtrasReader
{
public:
    ExtrasReader(const QSqlDatabase &source, QString file)
        : m_script(source)
        , m_notes(source)
        , m_file(std::move(file))
    {}

    StorageError prepare()
    {
        if (!m_script.prepare(
                QStringLiteral("SELECT text, what_would_change, revisit_on, updated_at FROM %1 WHERE deal_id = ?")
                    .arg(Schema::Scripts)))
            return queryError(m_script, m_file);
        if (!m_notes.prepare(QStringLiteral("SELECT author, created_at, text FROM %1 WHERE deal_id = ? ORDER BY id")
                                 .arg(Schema::Notes)))
            return queryError(m_notes, m_file);
        return {};
    }

    StorageError read(qint64 sourceId, std::optional<QVariantList> *script, QList<QVariantList> *notes)
    {
        script->reset();
        notes->clear();
        m_script.addBindValue(sourceId);
        if (!m_script.exec())
            return queryError(m_script, m_file);
        if (m_script.next())
            *script = QVariantList{m_script.value(0), m_script.value(1), m_script.value(2), m_script.value(3)};
        else if (m_script.lastError().isValid())
            return queryError(m_script, m_file);
        m_script.finish();
        m_notes.addBindValue(sourceId);
        if (!m_notes.exec())
            return queryError(m_notes, m_file);
        while (m_notes.next())
            *notes << QVariantList{m_notes.value(0), m_notes.value(1), m_notes.value(2)};
        if (m_notes.lastError().isValid())
            return queryError(m_notes, m_file);
        m_notes.finish();
        return {};
    }

private:
    QSqlQuery m_script;
    QSqlQuery m_notes;
    QString m_file;
};

MergeConflict conflict(const DealRows &local, const DealRows &source, const QString &reason)
{
    return MergeConflict{local.uuid,      local.title(),
                         local.revision,  fromStored(local.updatedAt),
                         source.revision, fromStored(source.updatedAt),
                         reason};
}

} // namespace

MergeService::MergeService(Database &target)
    : m_target(target)
{}

StorageError MergeService::rememberOriginal(Database &copy, const QString &originalId)
{
    // Called inside the copy's write transaction, the moment it becomes a database of its own.
    const QSqlDatabase db = copy.connection();
    DealReader reader(db, copy.path());
    TargetWriter writer(copy, copy.path());
    if (StorageError failure = reader.prepare())
        return failure;
    if (StorageError failure = writer.prepare())
        return failure;
    QSqlQuery ids(db);
    ids.setForwardOnly(true);
    if (!ids.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(Schema::Deals)))
        return queryError(ids, copy.path());
    QList<qint64> all;
    while (ids.next())
        all << ids.value(0).toLongLong();
    if (ids.lastError().isValid())
        return queryError(ids, copy.path());
    ids.finish();
    for (const qint64 id : std::as_const(all)) {
        std::optional<DealRows> deal;
        if (StorageError failure = reader.readById(id, &deal))
            return failure;
        if (!deal)
            continue;
        if (StorageError failure = writer.writeLog(originalId, *deal, deal->revision, deal->contentHash()))
            return failure;
    }
    return {};
}

Expected<MergeReport> MergeService::merge(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    if (!info.exists() || !info.isFile())
        return StorageError{
            StorageError::Kind::CannotOpen,
            info.isDir()
                ? QCoreApplication::translate(Context, "“%1” is a folder, not a database file.")
                      .arg(displayPath(sourcePath))
                : QCoreApplication::translate(Context, "There is no file “%1” to merge.").arg(displayPath(sourcePath)),
            {}};
    if (!m_target.isOpen())
        return StorageError{StorageError::Kind::CannotOpen,
                            QCoreApplication::translate(Context, "No database is open to merge into."),
                            {}};
    MergeReport report;
    report.sourcePath = info.canonicalFilePath();
    if (report.sourcePath == m_target.path())
        return StorageError{StorageError::Kind::Invalid,
                            QCoreApplication::translate(Context,
                                                        "“%1” is the database that is open: a file cannot be merged "
                                                        "into itself.")
                                .arg(displayPath(sourcePath)),
                            {}};

    SourceConnection sourceConnection;
    if (StorageError failure = sourceConnection.open(sourcePath))
        return failure;
    const QSqlDatabase source = sourceConnection.connection();
    // A file without a database id (schema 4) is known by its path.
    const QString pathId = QStringLiteral("path:") + report.sourcePath;
    int sourceVersion = 0;
    if (StorageError failure = checkSource(source, sourcePath, &report.sourceId, &sourceVersion))
        return failure;
    // A schema-5 source keeps its own merge_log: what it last took from this database counts as a common
    // version too, so a deal that went from here to the member and came back changed is an update.
    const bool sourceHasLog = !report.sourceId.isEmpty();
    QStringList logIds{report.sourceId.isEmpty() ? pathId : report.sourceId};
    if (!report.sourceId.isEmpty())
        logIds << pathId; // merged before, when it was still schema 4
    report.sourceId = logIds.constFirst();

    // One snapshot of the source, even if its owner saves meanwhile. BEGIN on a read-only connection only reads.
    {
        QSqlDatabase snapshot = source;
        if (!snapshot.transaction())
            return Database::sqlError(
                QCoreApplication::translate(Context, "Reading “%1” failed").arg(displayPath(sourcePath)),
                snapshot.lastError());
    }

    DealReader sourceReader(source, sourcePath, sourceVersion);
    ExtrasReader extras(source, sourcePath);
    if (StorageError failure = sourceReader.prepare())
        return failure;
    if (StorageError failure = extras.prepare())
        return failure;

    QSqlQuery sourceLog(source);
    if (sourceHasLog &&
        !sourceLog.prepare(
            QStringLiteral("SELECT content_hash FROM %1 WHERE source_id = ? AND deal_uuid = ?").arg(Schema::MergeLog)))
        return queryError(sourceLog, sourcePath);

    qint64 total = 0;
    if (m_progress) {
        QVariant count;
        if (StorageError failure =
                scalar(source, QStringLiteral("SELECT count(*) FROM %1").arg(Schema::Deals), sourcePath, &count))
            return failure;
        total = count.toLongLong();
    }
    QSqlQuery sourceIds(source);
    sourceIds.setForwardOnly(true);
    if (!sourceIds.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(Schema::Deals)))
        return queryError(sourceIds, sourcePath);

    const StorageError failed = m_target.write([&]() -> StorageError {
        DealReader localReader(m_target.connection(), sourcePath);
        TargetWriter writer(m_target, sourcePath);
        if (StorageError failure = localReader.prepare())
            return failure;
        if (StorageError failure = writer.prepare())
            return failure;
        QVariant targetId;
        if (StorageError failure =
                scalar(m_target.connection(),
                       QStringLiteral("SELECT value FROM %1 WHERE key = 'database_id'").arg(Schema::DatabaseInfo),
                       sourcePath, &targetId))
            return failure;

        qint64 done = 0;
        while (sourceIds.next()) {
            if (m_progress && !m_progress(done++, total))
                return StorageError{
                    StorageError::Kind::Cancelled,
                    QCoreApplication::translate(Context, "The merge was cancelled; nothing was merged."),
                    {}};
            std::optional<DealRows> incoming;
            if (StorageError failure = sourceReader.readById(sourceIds.value(0).toLongLong(), &incoming))
                return failure;
            if (!incoming)
                continue;
            std::optional<DealRows> local;
            if (StorageError failure = localReader.readByUuid(incoming->uuid, &local))
                return failure;
            const QString sourceHash = incoming->contentHash();
            qint64 localId = 0;
            qint64 localRevision = 0;
            bool logCurrent = false;
            if (!local) {
                if (incoming->trashed()) {
                    ++report.skippedTrashed;
                    continue;
                }
                if (StorageError failure = writer.insertDeal(*incoming, &localId))
                    return failure;
                localRevision = incoming->revision;
                ++report.added;
            } else {
                localId = local->id;
                localRevision = local->revision;
                const QString localHash = local->contentHash();
                if (localHash == sourceHash) {
                    ++report.unchanged;
                    // Already recorded as merged: a second merge of the same file writes nothing at all.
                    QString mergedHash;
                    if (StorageError failure = writer.findLog({report.sourceId}, incoming->uuid, &mergedHash))
                        return failure;
                    logCurrent = mergedHash == sourceHash;
                } else {
                    // The content both files had when they were last merged, in either direction.
                    QStringList common;
                    QString mergedHash;
                    if (StorageError failure = writer.findLog(logIds, incoming->uuid, &mergedHash))
                        return failure;
                    if (!mergedHash.isEmpty())
                        common << mergedHash;
                    if (sourceHasLog) {
                        sourceLog.addBindValue(targetId);
                        sourceLog.addBindValue(incoming->uuid);
                        if (!sourceLog.exec())
                            return queryError(sourceLog, sourcePath);
                        if (sourceLog.next())
                            common << sourceLog.value(0).toString();
                        else if (sourceLog.lastError().isValid())
                            return queryError(sourceLog, sourcePath);
                        sourceLog.finish();
                    }
                    if (common.isEmpty()) {
                        report.conflicts << conflict(
                            *local, *incoming,
                            QCoreApplication::translate(Context,
                                                        "The deal is in both files with different content and was "
                                                        "never merged from this file before, so Triplewin cannot "
                                                        "tell which is newer. The copy here was left as it is."));
                        continue;
                    }
                    if (common.contains(sourceHash)) {
                        ++report.keptLocal; // changed only here since the last merge
                        continue;
                    }
                    if (!common.contains(localHash)) {
                        report.conflicts << conflict(
                            *local, *incoming,
                            QCoreApplication::translate(Context,
                                                        "The deal was changed in both files since the last merge. "
                                                        "The copy here was left as it is."));
                        continue;
                    }
                    if (StorageError failure = writer.updateDeal(*incoming, localId))
                        return failure;
                    ++localRevision;
                    ++report.updated;
                }
            }

            std::optional<QVariantList> script;
            QList<QVariantList> notes;
            if (StorageError failure = extras.read(incoming->id, &script, &notes))
                return failure;
            if (script) {
                if (StorageError failure = writer.insertScript(localId, *script))
                    return failure;
            }
            for (const QVariantList &note : std::as_const(notes)) {
                if (StorageError failure = writer.insertNote(localId, note))
                    return failure;
            }
            if (!logCurrent) {
                if (StorageError failure = writer.writeLog(report.sourceId, *incoming, localRevision, sourceHash))
                    return failure;
            }
        }
        if (sourceIds.lastError().isValid())
            return queryError(sourceIds, sourcePath);
        return {};
    });
    if (failed)
        return failed;
    return report;
}

} // namespace Triplewin::Core
