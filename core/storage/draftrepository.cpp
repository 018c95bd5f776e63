#include "draftrepository.h"

#include "database.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Triplewin::Core {

namespace {

const QString EditingSlot = QStringLiteral("editing");

QJsonValue moneyJson(const std::optional<Money> &money)
{
    // Whole cents: exact in a JSON number up to 2^53, far above MaxAmount.
    return money ? QJsonValue(double(*money)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Deal &deal)
{
    QJsonArray options;
    for (const DealOption &option : deal.options) {
        QJsonArray assessments;
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            assessments.append(QJsonObject{{QStringLiteral("value"), moneyJson(assessment.value)},
                                           {QStringLiteral("reference"), moneyJson(assessment.referencePoint)},
                                           {QStringLiteral("reason"), assessment.reason}});
        }
        options.append(QJsonObject{{QStringLiteral("id"), double(option.id)},
                                   {QStringLiteral("name"), option.name},
                                   {QStringLiteral("assessments"), assessments}});
    }
    return QJsonObject{
        {QStringLiteral("id"), double(deal.id)},
        {QStringLiteral("uuid"), deal.uuid},
        {QStringLiteral("revision"), double(deal.revision)},
        {QStringLiteral("title"), deal.title},
        {QStringLiteral("customer"), deal.customer},
        {QStringLiteral("customersCustomer"), deal.customersCustomer},
        {QStringLiteral("salesperson"), deal.salesperson},
        {QStringLiteral("currency"), deal.currency},
        {QStringLiteral("expectedClose"), deal.expectedClose.isValid()
                                              ? QJsonValue(deal.expectedClose.toString(Qt::ISODate))
                                              : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("status"), statusKey(deal.status)},
        {QStringLiteral("notes"), deal.notes},
        {QStringLiteral("preparation"), preparationJson(deal.preparation)},
        {QStringLiteral("concessions"), concessionsJson(deal.concessions)},
        {QStringLiteral("options"), options},
    };
}

std::optional<Deal> fromJson(const QJsonObject &json)
{
    Deal deal;
    deal.id = qint64(json.value(QStringLiteral("id")).toDouble());
    deal.uuid = json.value(QStringLiteral("uuid")).toString();
    deal.revision = qint64(json.value(QStringLiteral("revision")).toDouble());
    deal.title = json.value(QStringLiteral("title")).toString();
    deal.customer = json.value(QStringLiteral("customer")).toString();
    deal.customersCustomer = json.value(QStringLiteral("customersCustomer")).toString();
    deal.salesperson = json.value(QStringLiteral("salesperson")).toString();
    deal.currency = json.value(QStringLiteral("currency")).toString();
    deal.expectedClose = QDate::fromString(json.value(QStringLiteral("expectedClose")).toString(), Qt::ISODate);
    const std::optional<DealStatus> status = statusFromKey(json.value(QStringLiteral("status")).toString());
    if (!status)
        return std::nullopt;
    deal.status = *status;
    deal.notes = json.value(QStringLiteral("notes")).toString();
    if (!readPreparationJson(json.value(QStringLiteral("preparation")).toObject(), &deal.preparation))
        return std::nullopt;
    QString concessionsError;
    if (!readConcessionsJson(json.value(QStringLiteral("concessions")).toArray(), &deal.concessions, &concessionsError))
        return std::nullopt;
    for (const QJsonValue &optionValue : json.value(QStringLiteral("options")).toArray()) {
        const QJsonObject optionJson = optionValue.toObject();
        DealOption option;
        option.id = qint64(optionJson.value(QStringLiteral("id")).toDouble());
        option.name = optionJson.value(QStringLiteral("name")).toString();
        const QJsonArray assessments = optionJson.value(QStringLiteral("assessments")).toArray();
        if (assessments.size() != PartyCount)
            return std::nullopt;
        for (Party party : AllParties) {
            const QJsonObject a = assessments.at(partyIndex(party)).toObject();
            Assessment &assessment = option.assessment(party);
            const QJsonValue value = a.value(QStringLiteral("value"));
            if (!value.isNull())
                assessment.value = Money(value.toDouble());
            const QJsonValue reference = a.value(QStringLiteral("reference"));
            if (reference.isDouble())
                assessment.referencePoint = Money(reference.toDouble());
            assessment.reason = a.value(QStringLiteral("reason")).toString();
        }
        deal.options.append(option);
    }
    return deal;
}

QString draftAction()
{
    return QCoreApplication::translate("Triplewin::Core::DraftRepository", "Keeping a copy of your unsaved changes");
}

} // namespace

DraftRepository::DraftRepository(Database &database)
    : m_database(database)
{}

StorageError DraftRepository::save(const Deal &deal, const QDateTime &at)
{
    return m_database.write([&]() -> StorageError {
        QSqlQuery query(m_database.connection());
        query.prepare(m_database.dialect().upsert(
            Schema::Drafts, {QStringLiteral("slot"), QStringLiteral("content"), QStringLiteral("saved_at")},
            m_database.dialect().perLoginKey({QStringLiteral("slot")}),
            {QStringLiteral("content"), QStringLiteral("saved_at")}));
        query.addBindValue(EditingSlot);
        query.addBindValue(QString::fromUtf8(QJsonDocument(toJson(deal)).toJson(QJsonDocument::Compact)));
        query.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
        if (!query.exec())
            return Database::sqlError(draftAction(), query);
        return {};
    });
}

Expected<std::optional<Draft>> DraftRepository::load()
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT content, saved_at FROM %1 WHERE slot = ?").arg(Schema::Drafts));
    query.addBindValue(EditingSlot);
    if (!query.exec())
        return Database::sqlError(draftAction(), query);
    if (!query.next()) {
        if (query.lastError().isValid())
            return Database::sqlError(draftAction(), query);
        return std::optional<Draft>();
    }
    const QJsonDocument document = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    const std::optional<Deal> deal = document.isObject() ? fromJson(document.object()) : std::nullopt;
    if (!deal)
        return StorageError{StorageError::Kind::Corrupt,
                            QCoreApplication::translate("Triplewin::Core::DraftRepository",
                                                        "The autosaved copy of your unsaved changes cannot be read."),
                            {}};
    return std::optional<Draft>(Draft{*deal, SqlText::timeFromStored(query.value(1).toString())});
}

StorageError DraftRepository::discard()
{
    return m_database.write([&]() -> StorageError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE slot = ?").arg(Schema::Drafts));
        query.addBindValue(EditingSlot);
        if (!query.exec())
            return Database::sqlError(draftAction(), query);
        return {};
    });
}

} // namespace Triplewin::Core
