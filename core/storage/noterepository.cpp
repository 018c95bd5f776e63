#include "noterepository.h"

#include "database.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Triplewin::Core {

NoteRepository::NoteRepository(Database &database)
    : m_database(database)
{}

Expected<CoachingNote> NoteRepository::add(qint64 dealId, const QString &author, const QString &text)
{
    if (text.trimmed().isEmpty())
        return StorageError{StorageError::Kind::Invalid,
                            QCoreApplication::translate("Triplewin::Core::NoteRepository", "Write the note first."),
                            {}};
    if (author.trimmed().isEmpty())
        return StorageError{StorageError::Kind::Invalid,
                            QCoreApplication::translate("Triplewin::Core::NoteRepository",
                                                        "Your name is not set, so the note cannot be signed. Enter "
                                                        "it under Settings ▸ Your Name."),
                            {}};
    CoachingNote note;
    note.author = author;
    note.createdAt = QDateTime::currentDateTimeUtc();
    note.text = text.trimmed();
    const StorageError failure = m_database.write([&]() -> StorageError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("INSERT INTO %1 (deal_id, author, created_at, text) VALUES (?, ?, ?, ?)%2")
                          .arg(Schema::Notes, m_database.dialect().returningId()));
        query.addBindValue(dealId);
        query.addBindValue(author.isNull() ? QStringLiteral("") : author);
        query.addBindValue(note.createdAt.toString(Qt::ISODateWithMs));
        query.addBindValue(note.text);
        if (!query.exec())
            return Database::sqlError(
                QCoreApplication::translate("Triplewin::Core::NoteRepository", "Saving the note failed"), query);
        note.id = m_database.dialect().insertedId(query);
        return {};
    });
    if (failure)
        return failure;
    return note;
}

Expected<QList<CoachingNote>> NoteRepository::notes(qint64 dealId)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    query.prepare(
        QStringLiteral("SELECT id, author, created_at, text FROM %1 WHERE deal_id = ? ORDER BY created_at, id")
            .arg(Schema::Notes));
    query.addBindValue(dealId);
    if (!query.exec())
        return Database::sqlError(
            QCoreApplication::translate("Triplewin::Core::NoteRepository", "Reading the notes failed"), query);
    QList<CoachingNote> notes;
    while (query.next())
        notes << CoachingNote{query.value(0).toLongLong(), query.value(1).toString(),
                              SqlText::timeFromStored(query.value(2).toString()), query.value(3).toString()};
    if (query.lastError().isValid()) // a read that failed part-way must not look like fewer notes
        return Database::sqlError(
            QCoreApplication::translate("Triplewin::Core::NoteRepository", "Reading the notes failed"), query);
    return notes;
}

} // namespace Triplewin::Core
