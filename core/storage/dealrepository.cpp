#include "dealrepository.h"

#include "database.h"
#include "schema.h"

#include <cstdlib>
#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Triplewin::Core {

namespace {

// Timestamps are stored as ISO 8601 UTC text with milliseconds ("2026-11-26T23:06:23.123Z"): readable,
// portable and ordered correctly as text.
QString toStored(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromStored(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant toStored(const std::optional<Money> &amount)
{
    return amount ? QVariant::fromValue<qlonglong>(*amount) : QVariant();
}

/// Text for a NOT NULL column. Qt SQL binds a null QString (the default of every QString member) as NULL.
QString toStored(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant toStored(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

/// Escapes LIKE's wildcards so user text is matched literally (with ESCAPE '\').
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

StorageError failed(const QString &action, const QSqlQuery &query)
{
    return Database::sqlError(action, query.lastError().text());
}

StorageError corrupt(const QString &what)
{
    return StorageError{StorageError::Kind::Corrupt,
                        QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                    "The database holds a value Triplewin cannot read: %1.")
                            .arg(what),
                        {}};
}

bool inRange(Money amount)
{
    return amount >= -MaxAmount && amount <= MaxAmount;
}

QString loadAction()
{
    return QCoreApplication::translate("Triplewin::Core::DealRepository", "Loading the deal failed");
}

QString saveAction()
{
    return QCoreApplication::translate("Triplewin::Core::DealRepository", "Saving the deal failed");
}

} // namespace

DealRepository::DealRepository(Database &database)
    : m_database(database)
{}

Expected<Deal> DealRepository::save(const Deal &input)
{
    if (const QString why = validationError(input); !why.isEmpty())
        return StorageError{StorageError::Kind::Invalid, why, {}};
    for (const DealOption &option : input.options) {
        for (const Assessment &assessment : option.assessments) {
            if ((assessment.value && !inRange(*assessment.value)) || !inRange(assessment.referencePoint))
                return StorageError{StorageError::Kind::Invalid,
                                    QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                "An amount in option “%1” is too large.")
                                        .arg(option.name),
                                    {}};
        }
    }

    Deal deal = input;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StorageError failure = m_database.write([&]() -> StorageError {
        QSqlQuery query(m_database.connection());
        if (deal.id == 0) {
            if (deal.uuid.isEmpty())
                deal.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            query.prepare(
                QStringLiteral("INSERT INTO %1 (uuid, revision, title, customer, customers_customer, "
                               "salesperson, currency, expected_close, status, notes, created_at, updated_at) "
                               "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .arg(Schema::Deals));
            query.addBindValue(deal.uuid);
        } else {
            query.prepare(QStringLiteral("UPDATE %1 SET revision = revision + 1, title = ?, customer = ?, "
                                         "customers_customer = ?, salesperson = ?, currency = ?, expected_close = ?, "
                                         "status = ?, notes = ?, updated_at = ? "
                                         "WHERE id = ? AND revision = ? AND deleted_at IS NULL")
                              .arg(Schema::Deals));
        }
        query.addBindValue(deal.title);
        query.addBindValue(toStored(deal.customer));
        query.addBindValue(toStored(deal.customersCustomer));
        query.addBindValue(toStored(deal.salesperson));
        query.addBindValue(deal.currency);
        query.addBindValue(toStored(deal.expectedClose));
        query.addBindValue(statusKey(deal.status));
        query.addBindValue(toStored(deal.notes));
        if (deal.id == 0) {
            query.addBindValue(toStored(now));
            query.addBindValue(toStored(now));
        } else {
            query.addBindValue(toStored(now));
            query.addBindValue(deal.id);
            query.addBindValue(deal.revision);
        }
        if (!query.exec())
            return failed(saveAction(), query);

        if (deal.id == 0) {
            deal.id = query.lastInsertId().toLongLong();
            deal.revision = 1;
            deal.createdAt = now;
        } else if (query.numRowsAffected() == 0) {
            QSqlQuery current(m_database.connection());
            current.prepare(
                QStringLiteral("SELECT revision FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(Schema::Deals));
            current.addBindValue(deal.id);
            if (!current.exec())
                return failed(saveAction(), current);
            if (!current.next())
                return StorageError{
                    StorageError::Kind::NotFound,
                    QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                "“%1” is no longer in the database (it was deleted "
                                                "or moved to the trash). Save it as a new deal instead.")
                        .arg(deal.title),
                    {}};
            return StorageError{StorageError::Kind::Conflict,
                                QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                            "“%1” was changed elsewhere after you opened it. Reload "
                                                            "it to see those changes, or save yours as a copy.")
                                    .arg(deal.title),
                                {}};
        } else {
            ++deal.revision;
        }
        deal.updatedAt = now;
        return saveOptions(deal.id, &deal.options);
    });
    if (failure)
        return failure;
    return deal;
}

StorageError DealRepository::saveOptions(qint64 dealId, QList<DealOption> *options)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id FROM %1 WHERE deal_id = ?").arg(Schema::Options));
    existing.addBindValue(dealId);
    if (!existing.exec())
        return failed(saveAction(), existing);
    QSet<qint64> stale;
    while (existing.next())
        stale.insert(existing.value(0).toLongLong());

    QSqlQuery insertOption(db);
    insertOption.prepare(
        QStringLiteral("INSERT INTO %1 (deal_id, position, name) VALUES (?, ?, ?)").arg(Schema::Options));
    QSqlQuery updateOption(db);
    updateOption.prepare(QStringLiteral("UPDATE %1 SET position = ?, name = ? WHERE id = ?").arg(Schema::Options));
    QSqlQuery upsertAssessment(db);
    upsertAssessment.prepare(QStringLiteral("INSERT INTO %1 (option_id, party, value, reference_point, reason) "
                                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (option_id, party) DO UPDATE SET "
                                            "value = excluded.value, reference_point = excluded.reference_point, "
                                            "reason = excluded.reason")
                                 .arg(Schema::Assessments));

    for (qsizetype position = 0; position < options->size(); ++position) {
        DealOption &option = (*options)[position];
        if (option.id != 0 && stale.remove(option.id)) {
            updateOption.addBindValue(position);
            updateOption.addBindValue(option.name);
            updateOption.addBindValue(option.id);
            if (!updateOption.exec())
                return failed(saveAction(), updateOption);
        } else {
            insertOption.addBindValue(dealId);
            insertOption.addBindValue(position);
            insertOption.addBindValue(option.name);
            if (!insertOption.exec())
                return failed(saveAction(), insertOption);
            option.id = insertOption.lastInsertId().toLongLong();
        }
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            upsertAssessment.addBindValue(option.id);
            upsertAssessment.addBindValue(Schema::PartyKeys[partyIndex(party)]);
            upsertAssessment.addBindValue(toStored(assessment.value));
            upsertAssessment.addBindValue(assessment.referencePoint);
            upsertAssessment.addBindValue(toStored(assessment.reason));
            if (!upsertAssessment.exec())
                return failed(saveAction(), upsertAssessment);
        }
    }

    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Schema::Options));
    for (qint64 id : std::as_const(stale)) {
        remove.addBindValue(id);
        if (!remove.exec())
            return failed(saveAction(), remove);
    }
    return {};
}

Expected<Deal> DealRepository::load(qint64 id)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uuid, revision, title, customer, customers_customer, salesperson, currency, "
                                 "expected_close, status, notes, created_at, updated_at FROM %1 WHERE id = ?")
                      .arg(Schema::Deals));
    query.addBindValue(id);
    if (!query.exec())
        return failed(loadAction(), query);
    if (!query.next())
        return StorageError{
            StorageError::Kind::NotFound,
            QCoreApplication::translate("Triplewin::Core::DealRepository", "That deal is no longer in the database."),
            {}};
    Deal deal;
    deal.id = id;
    deal.uuid = query.value(0).toString();
    deal.revision = query.value(1).toLongLong();
    deal.title = query.value(2).toString();
    deal.customer = query.value(3).toString();
    deal.customersCustomer = query.value(4).toString();
    deal.salesperson = query.value(5).toString();
    deal.currency = query.value(6).toString();
    deal.expectedClose = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    const std::optional<DealStatus> status = statusFromKey(query.value(8).toString());
    if (!status)
        return corrupt(QCoreApplication::translate("Triplewin::Core::DealRepository", "status “%1” of deal “%2”")
                           .arg(query.value(8).toString(), deal.title));
    deal.status = *status;
    deal.notes = query.value(9).toString();
    deal.createdAt = fromStored(query.value(10));
    deal.updatedAt = fromStored(query.value(11));

    QSqlQuery options(db);
    options.setForwardOnly(true);
    options.prepare(
        QStringLiteral("SELECT id, name FROM %1 WHERE deal_id = ? ORDER BY position, id").arg(Schema::Options));
    options.addBindValue(id);
    if (!options.exec())
        return failed(loadAction(), options);
    QHash<qint64, qsizetype> indexOf;
    while (options.next()) {
        DealOption option;
        option.id = options.value(0).toLongLong();
        option.name = options.value(1).toString();
        indexOf.insert(option.id, deal.options.size());
        deal.options.append(option);
    }

    QSqlQuery assessments(db);
    assessments.setForwardOnly(true);
    assessments.prepare(QStringLiteral("SELECT a.option_id, a.party, a.value, a.reference_point, a.reason "
                                       "FROM %1 a JOIN %2 o ON o.id = a.option_id WHERE o.deal_id = ?")
                            .arg(Schema::Assessments, Schema::Options));
    assessments.addBindValue(id);
    if (!assessments.exec())
        return failed(loadAction(), assessments);
    while (assessments.next()) {
        const auto optionIndex = indexOf.constFind(assessments.value(0).toLongLong());
        if (optionIndex == indexOf.constEnd())
            continue;
        DealOption &option = deal.options[*optionIndex];
        const QString partyKey = assessments.value(1).toString();
        const auto *key = std::find(std::begin(Schema::PartyKeys), std::end(Schema::PartyKeys), partyKey);
        if (key == std::end(Schema::PartyKeys))
            return corrupt(QCoreApplication::translate("Triplewin::Core::DealRepository", "party “%1” in option “%2”")
                               .arg(partyKey, option.name));
        Assessment &assessment = option.assessments[std::size_t(key - std::begin(Schema::PartyKeys))];
        if (!assessments.value(2).isNull())
            assessment.value = assessments.value(2).toLongLong();
        assessment.referencePoint = assessments.value(3).toLongLong();
        assessment.reason = assessments.value(4).toString();
        if ((assessment.value && !inRange(*assessment.value)) || !inRange(assessment.referencePoint))
            return corrupt(
                QCoreApplication::translate("Triplewin::Core::DealRepository", "an amount out of range in option “%1”")
                    .arg(option.name));
    }
    return deal;
}

Expected<QList<DealSummary>> DealRepository::list(const DealQuery &request)
{
    QStringList where{request.trash ? QStringLiteral("deleted_at IS NOT NULL") : QStringLiteral("deleted_at IS NULL")};
    QVariantList values;
    if (request.status) {
        where << QStringLiteral("status = ?");
        values << statusKey(*request.status);
    }
    if (!request.search.trimmed().isEmpty()) {
        where << QStringLiteral("(title LIKE ? ESCAPE '\\' OR customer LIKE ? ESCAPE '\\')");
        const QString pattern = likePattern(request.search.trimmed());
        values << pattern << pattern;
    }
    if (request.after) {
        where << QStringLiteral("(updated_at < ? OR (updated_at = ? AND id < ?))");
        const QString updated = toStored(request.after->updatedAt);
        values << updated << updated << request.after->id;
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, title, customer, salesperson, status, expected_close, updated_at, "
                                 "deleted_at FROM %1 WHERE %2 ORDER BY updated_at DESC, id DESC LIMIT ?")
                      .arg(Schema::Deals, where.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(request.limit);
    if (!query.exec())
        return failed(QCoreApplication::translate("Triplewin::Core::DealRepository", "Listing the deals failed"),
                      query);
    QList<DealSummary> rows;
    while (query.next()) {
        DealSummary row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.customer = query.value(2).toString();
        row.salesperson = query.value(3).toString();
        row.status = statusFromKey(query.value(4).toString()).value_or(DealStatus::Preparing);
        row.expectedClose = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        row.updatedAt = fromStored(query.value(6));
        row.deletedAt = fromStored(query.value(7));
        rows.append(row);
    }
    return rows;
}

Expected<qint64> DealRepository::count()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(Schema::Deals)) ||
        !query.next())
        return failed(QCoreApplication::translate("Triplewin::Core::DealRepository", "Counting the deals failed"),
                      query);
    return query.value(0).toLongLong();
}

StorageError DealRepository::setDeletedAt(qint64 id, const QString &deletedAt, bool inTrash)
{
    return m_database.write([&]() -> StorageError {
        QSqlQuery query(m_database.connection());
        query.prepare(QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS %2")
                          .arg(Schema::Deals, inTrash ? QStringLiteral("NOT NULL") : QStringLiteral("NULL")));
        query.addBindValue(deletedAt.isEmpty() ? QVariant() : QVariant(deletedAt));
        query.addBindValue(id);
        if (!query.exec())
            return failed(QCoreApplication::translate("Triplewin::Core::DealRepository", "Moving the deal failed"),
                          query);
        if (query.numRowsAffected() == 0)
            return StorageError{StorageError::Kind::NotFound,
                                inTrash ? QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                      "That deal is not in the trash.")
                                        : QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                      "That deal is no longer in the list."),
                                {}};
        return {};
    });
}

StorageError DealRepository::moveToTrash(qint64 id)
{
    return setDeletedAt(id, toStored(QDateTime::currentDateTimeUtc()), false);
}

StorageError DealRepository::restoreFromTrash(qint64 id)
{
    return setDeletedAt(id, QString(), true);
}

Expected<int> DealRepository::emptyTrash()
{
    int removed = 0;
    const StorageError failure = m_database.write([&]() -> StorageError {
        QSqlQuery query(m_database.connection());
        if (!query.exec(QStringLiteral("DELETE FROM %1 WHERE deleted_at IS NOT NULL").arg(Schema::Deals)))
            return failed(QCoreApplication::translate("Triplewin::Core::DealRepository", "Emptying the trash failed"),
                          query);
        removed = query.numRowsAffected();
        return {};
    });
    if (failure)
        return failure;
    return removed;
}

} // namespace Triplewin::Core
