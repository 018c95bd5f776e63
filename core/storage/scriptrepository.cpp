#include "scriptrepository.h"

#include "database.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Triplewin::Core {

ScriptRepository::ScriptRepository(Database &database)
    : m_database(database)
{}

Expected<std::optional<SavedScript>> ScriptRepository::load(qint64 dealId)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    query.prepare(QStringLiteral("SELECT text, what_would_change, revisit_on, updated_at FROM %1 WHERE deal_id = ?")
                      .arg(Schema::Scripts));
    query.addBindValue(dealId);
    if (!query.exec())
        return Database::sqlError(
            QCoreApplication::translate("Triplewin::Core::ScriptRepository", "Loading the walk-away script failed"),
            query);
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::sqlError(
                QCoreApplication::translate("Triplewin::Core::ScriptRepository", "Loading the walk-away script failed"),
                query);
        return std::optional<SavedScript>();
    }
    SavedScript script;
    script.text = query.value(0).toString();
    script.followUp.whatWouldChange = query.value(1).toString();
    script.followUp.revisitOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    script.updatedAt = SqlText::timeFromStored(query.value(3).toString());
    return std::optional<SavedScript>(script);
}

StorageError ScriptRepository::save(qint64 dealId, const SavedScript &script)
{
    return m_database.write([&]() -> StorageError {
        QSqlQuery query(m_database.connection());
        const QStringList values = {QStringLiteral("text"), QStringLiteral("what_would_change"),
                                    QStringLiteral("revisit_on"), QStringLiteral("updated_at")};
        query.prepare(m_database.dialect().upsert(Schema::Scripts, QStringList{QStringLiteral("deal_id")} + values,
                                                  {QStringLiteral("deal_id")}, values));
        query.addBindValue(dealId);
        query.addBindValue(script.text.isNull() ? QStringLiteral("") : script.text);
        query.addBindValue(script.followUp.whatWouldChange.isNull() ? QStringLiteral("")
                                                                    : script.followUp.whatWouldChange);
        query.addBindValue(script.followUp.revisitOn.isValid()
                               ? QVariant(script.followUp.revisitOn.toString(Qt::ISODate))
                               : QVariant());
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return Database::sqlError(
                QCoreApplication::translate("Triplewin::Core::ScriptRepository", "Keeping the walk-away script failed"),
                query);
        return {};
    });
}

} // namespace Triplewin::Core
