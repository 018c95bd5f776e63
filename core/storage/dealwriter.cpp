#include "dealwriter.h"

#include "../domain/deal.h"
#include "database.h"
#include "preparedstatement.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqltext.h"

namespace Triplewin::Core {

const QStringList &DealWriter::contentColumns()
{
    static const QStringList columns = [] {
        QStringList names = {
            QStringLiteral("title"),
            QStringLiteral("customer"),
            QStringLiteral("customers_customer"),
            QStringLiteral("salesperson"),
            QStringLiteral("currency"),
            QStringLiteral("expected_close"),
            QStringLiteral("status"),
            QStringLiteral("notes"),
            QStringLiteral("ended_at"),
            QStringLiteral("ended_by"),
            QStringLiteral("agreed_option_name"),
            QStringLiteral("you_result"),
            QStringLiteral("customer_result"),
            QStringLiteral("customers_customer_result"),
            QStringLiteral("ending"),
            QStringLiteral("ending_reason"),
            QStringLiteral("ending_note"),
            QStringLiteral("you_left"),
            QStringLiteral("customer_left"),
            QStringLiteral("customers_customer_left"),
        };
        // What was prepared about each party and the concessions come after the notes, in the range an edit writes.
        for (int i = 0; i < int(std::size(Schema::PreparationColumns)); ++i)
            names.insert(YouInterests + i, Schema::PreparationColumns[i]);
        names.insert(Concessions, Schema::ConcessionsColumn);
        return names;
    }();
    Q_ASSERT(columns.size() == DealWriter::ColumnCount);
    return columns;
}

DealWriter::DealWriter(const Database &database, QString action)
    : m_database(database)
    , m_action(std::move(action))
{}

DealWriter::~DealWriter() = default;

QString DealWriter::statementText(Statement which) const
{
    const QStringList &content = contentColumns();
    switch (which) {
    case InsertDeal:
        return QStringLiteral("INSERT INTO %1 (uuid, revision, created_at, updated_at, deleted_at, salesperson_key, "
                              "customer_key, %2) VALUES (?, ?, ?, ?, ?, ?, ?, %3)%4")
            .arg(Schema::Deals, content.join(QStringLiteral(", ")), SqlText::placeholders(content.size()),
                 m_database.dialect().returningId());
    case UpdateEdits: { // a closed deal keeps its status, which changes only by closing, walking away, reopening
        QStringList assignments;
        for (int column = Title; column <= LastEdit; ++column)
            assignments << (column == Status
                                ? QStringLiteral("status = CASE WHEN ended_at IS NULL THEN ? ELSE status END")
                                : content.at(column) + QStringLiteral(" = ?"));
        return QStringLiteral("UPDATE %1 SET revision = revision + 1, updated_at = ?, salesperson_key = ?, "
                              "customer_key = ?, %2 WHERE id = ? AND revision = ? AND deleted_at IS NULL")
            .arg(Schema::Deals, assignments.join(QStringLiteral(", ")));
    }
    case ReplaceDeal: {
        QStringList assignments;
        for (const QString &column : content)
            assignments << column + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE %1 SET revision = revision + 1, updated_at = ?, deleted_at = ?, "
                              "salesperson_key = ?, customer_key = ?, %2 WHERE id = ?")
            .arg(Schema::Deals, assignments.join(QStringLiteral(", ")));
    }
    case RemoveOptions: // their assessments go with them (ON DELETE CASCADE)
        return QStringLiteral("DELETE FROM %1 WHERE deal_id = ?").arg(Schema::Options);
    case RemoveEvents:
        return QStringLiteral("DELETE FROM %1 WHERE deal_id = ?").arg(Schema::Events);
    case OptionIds:
        return QStringLiteral("SELECT id FROM %1 WHERE deal_id = ?").arg(Schema::Options);
    case InsertOption:
        return QStringLiteral("INSERT INTO %1 (deal_id, position, name) VALUES (?, ?, ?)%2")
            .arg(Schema::Options, m_database.dialect().returningId());
    case UpdateOption:
        return QStringLiteral("UPDATE %1 SET position = ?, name = ? WHERE id = ?").arg(Schema::Options);
    case RemoveOption:
        return QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(Schema::Options);
    case WriteAssessment: {
        const QStringList values = {QStringLiteral("value"), QStringLiteral("reference_point"),
                                    QStringLiteral("reason")};
        return m_database.dialect().upsert(Schema::Assessments,
                                           QStringList{QStringLiteral("option_id"), QStringLiteral("party")} + values,
                                           {QStringLiteral("option_id"), QStringLiteral("party")}, values);
    }
    case InsertEvent:
        return QStringLiteral("INSERT INTO %1 (deal_id, kind, at, actor, detail) VALUES (?, ?, ?, ?, ?)")
            .arg(Schema::Events);
    case SetClosedOption:
        return QStringLiteral("UPDATE %1 SET agreed_option_id = ?, %2 WHERE id = ?")
            .arg(Schema::Deals, Schema::frozenValueAssignments());
    case UpdateCrmFields:
        return QStringLiteral("UPDATE %1 SET revision = revision + 1, updated_at = ?, salesperson_key = ?, "
                              "customer_key = ?, title = ?, customer = ?, salesperson = ?, currency = ?, "
                              "expected_close = ?, notes = ? WHERE id = ?")
            .arg(Schema::Deals);
    case WriteEnding: {
        QStringList assignments{QStringLiteral("status = ?")};
        for (int column = EndedAt; column < ColumnCount; ++column)
            assignments << content.at(column) + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE %1 SET revision = revision + 1, updated_at = ?, %2, agreed_option_id = ?, %3 "
                              "WHERE id = ? AND ended_at IS NULL AND deleted_at IS NULL")
            .arg(Schema::Deals, assignments.join(QStringLiteral(", ")), Schema::frozenValueAssignments());
    }
    case ClearEnding: {
        QStringList assignments{QStringLiteral("status = 'negotiating'"), QStringLiteral("agreed_option_id = NULL"),
                                QStringLiteral("you_value = NULL"), QStringLiteral("customer_value = NULL"),
                                QStringLiteral("customers_customer_value = NULL")};
        for (int column = EndedAt; column < ColumnCount; ++column)
            assignments << content.at(column) + QStringLiteral(" = NULL");
        return QStringLiteral("UPDATE %1 SET revision = revision + 1, updated_at = ?, %2 "
                              "WHERE id = ? AND ended_at IS NOT NULL AND deleted_at IS NULL")
            .arg(Schema::Deals, assignments.join(QStringLiteral(", ")));
    }
    case MoveToTrash:
        return QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL").arg(Schema::Deals);
    case RestoreFromTrash:
        return QStringLiteral("UPDATE %1 SET deleted_at = ? WHERE id = ? AND deleted_at IS NOT NULL")
            .arg(Schema::Deals);
    case RemoveTrashed: // options, assessments, events, scripts and notes go with them (ON DELETE CASCADE)
        return QStringLiteral("DELETE FROM %1 WHERE deleted_at IS NOT NULL").arg(Schema::Deals);
    case StatementCount:
        break;
    }
    return {};
}

PreparedStatement &DealWriter::statement(Statement which)
{
    std::unique_ptr<PreparedStatement> &slot = m_statements[std::size_t(which)];
    if (!slot)
        slot = std::make_unique<PreparedStatement>(m_database, statementText(which));
    return *slot;
}

StorageError DealWriter::failed(const PreparedStatement &statement) const
{
    return statement.failure(m_action);
}

StorageError DealWriter::run(PreparedStatement &statement)
{
    if (!statement.exec())
        return failed(statement);
    return {};
}

StorageError DealWriter::runCounting(PreparedStatement &statement, bool *written)
{
    if (!statement.exec())
        return failed(statement);
    *written = statement.changes() > 0;
    return {};
}

void DealWriter::bindContent(PreparedStatement &statement, const QVariantList &content, int first, int count)
{
    for (int column = first; column < first + count; ++column)
        statement.bind(content.value(column));
}

std::array<QString, 2> DealWriter::nameKeys(const QVariantList &content)
{
    return {nameKey(content.value(Salesperson).toString()), nameKey(content.value(Customer).toString())};
}

void DealWriter::bindNameKeys(PreparedStatement &statement, const QVariantList &content)
{
    for (const QString &key : nameKeys(content))
        statement.bind(key);
}

StorageError DealWriter::insertDeal(const DealRow &row, qint64 *id)
{
    PreparedStatement &insert = statement(InsertDeal);
    insert.bind(row.uuid);
    insert.bind(row.revision);
    insert.bind(row.createdAt);
    insert.bind(row.updatedAt);
    insert.bind(row.deletedAt);
    bindNameKeys(insert, row.content);
    bindContent(insert, row.content, 0, ColumnCount);
    if (!insert.exec())
        return failed(insert);
    *id = insert.lastInsertId();
    return {};
}

StorageError DealWriter::updateEdits(qint64 id, qint64 revision, const QVariantList &content, const QString &updatedAt,
                                     bool *written)
{
    PreparedStatement &update = statement(UpdateEdits);
    update.bind(updatedAt);
    bindNameKeys(update, content);
    bindContent(update, content, Title, LastEdit + 1);
    update.bind(id);
    update.bind(revision);
    return runCounting(update, written);
}

StorageError DealWriter::updateCrmFields(qint64 id, const QVariantList &content, const QString &updatedAt)
{
    PreparedStatement &update = statement(UpdateCrmFields);
    update.bind(updatedAt);
    bindNameKeys(update, content);
    for (Column column : {Title, Customer, Salesperson, Currency, ExpectedClose, Notes})
        update.bind(content.value(column));
    update.bind(id);
    return run(update);
}

StorageError DealWriter::writeEnding(qint64 id, const QVariantList &content, const QVariant &optionId,
                                     const QString &updatedAt, bool *written)
{
    PreparedStatement &update = statement(WriteEnding);
    update.bind(updatedAt);
    update.bind(content.value(Status));
    bindContent(update, content, EndedAt, ColumnCount - EndedAt);
    for (int i = 0; i < 1 + PartyCount; ++i) // agreed_option_id, then each frozen value's option
        update.bind(optionId);
    update.bind(id);
    return runCounting(update, written);
}

StorageError DealWriter::clearEnding(qint64 id, const QString &updatedAt, bool *written)
{
    PreparedStatement &update = statement(ClearEnding);
    update.bind(updatedAt);
    update.bind(id);
    return runCounting(update, written);
}

StorageError DealWriter::setDeletedAt(qint64 id, const QVariant &deletedAt, bool *written)
{
    PreparedStatement &update = statement(deletedAt.isNull() ? RestoreFromTrash : MoveToTrash);
    update.bind(deletedAt);
    update.bind(id);
    return runCounting(update, written);
}

StorageError DealWriter::removeTrashed(int *removed)
{
    PreparedStatement &remove = statement(RemoveTrashed);
    if (!remove.exec())
        return failed(remove);
    *removed = remove.changes();
    return {};
}

StorageError DealWriter::replaceDeal(qint64 id, const DealRow &row, const QString &updatedAt)
{
    PreparedStatement &replace = statement(ReplaceDeal);
    replace.bind(updatedAt);
    replace.bind(row.deletedAt);
    bindNameKeys(replace, row.content);
    bindContent(replace, row.content, 0, ColumnCount);
    replace.bind(id);
    if (StorageError failure = run(replace))
        return failure;
    PreparedStatement &options = statement(RemoveOptions);
    options.bind(id);
    if (StorageError failure = run(options))
        return failure;
    PreparedStatement &events = statement(RemoveEvents);
    events.bind(id);
    return run(events);
}

StorageError DealWriter::optionIds(qint64 dealId, QSet<qint64> *ids)
{
    PreparedStatement &query = statement(OptionIds);
    query.bind(dealId);
    while (query.next())
        ids->insert(query.int64At(0));
    query.reset();
    if (!query.errorText().isEmpty())
        return failed(query);
    return {};
}

StorageError DealWriter::insertOption(qint64 dealId, qint64 position, const QString &name, qint64 *id)
{
    PreparedStatement &insert = statement(InsertOption);
    insert.bind(dealId);
    insert.bind(position);
    insert.bind(name);
    if (!insert.exec())
        return failed(insert);
    *id = insert.lastInsertId();
    return {};
}

StorageError DealWriter::updateOption(qint64 id, qint64 position, const QString &name)
{
    PreparedStatement &update = statement(UpdateOption);
    update.bind(position);
    update.bind(name);
    update.bind(id);
    return run(update);
}

StorageError DealWriter::removeOption(qint64 id)
{
    PreparedStatement &remove = statement(RemoveOption);
    remove.bind(id);
    return run(remove);
}

StorageError DealWriter::writeAssessment(qint64 optionId, const QString &party, const QVariant &value,
                                         const QVariant &referencePoint, const QVariant &reason)
{
    PreparedStatement &upsert = statement(WriteAssessment);
    upsert.bind(optionId);
    upsert.bind(party);
    upsert.bind(value);
    upsert.bind(referencePoint);
    upsert.bind(reason);
    return run(upsert);
}

StorageError DealWriter::insertEvent(qint64 dealId, const QString &kind, const QString &at, const QString &actor,
                                     const QString &detail)
{
    PreparedStatement &insert = statement(InsertEvent);
    insert.bind(dealId);
    insert.bind(kind);
    insert.bind(at);
    insert.bind(actor);
    insert.bind(detail);
    return run(insert);
}

StorageError DealWriter::setClosedOption(qint64 dealId, const QVariant &optionId)
{
    PreparedStatement &update = statement(SetClosedOption);
    for (int i = 0; i < 1 + PartyCount; ++i) // agreed_option_id, then each frozen value's option
        update.bind(optionId);
    update.bind(dealId);
    return run(update);
}

bool DealWriter::insertsManyRows() const
{
    return !m_database.dialect().reserveIds(Schema::Deals).isEmpty();
}

StorageError DealWriter::insertRows(const QString &table, const QStringList &columns,
                                    const QList<SqlDialect::ListType> &types, const QList<QVariantList> &lists)
{
    Q_ASSERT(columns.size() == types.size() && columns.size() == lists.size());
    if (lists.isEmpty() || lists.constFirst().isEmpty())
        return {};
    // Prepared once per table and transaction, as the row statements are.
    std::unique_ptr<PreparedStatement> &insert = m_rowInserts[table];
    if (!insert)
        insert =
            std::make_unique<PreparedStatement>(m_database, m_database.dialect().insertRows(table, columns, types));
    for (const QVariantList &list : lists)
        insert->bind(m_database.dialect().listValue(list));
    return run(*insert);
}

StorageError DealWriter::reserveIds(const QString &table, qsizetype count, QList<qint64> *ids)
{
    ids->clear();
    if (count == 0)
        return {};
    std::unique_ptr<PreparedStatement> &reserve = m_idReservations[table];
    if (!reserve)
        reserve = std::make_unique<PreparedStatement>(m_database, m_database.dialect().reserveIds(table));
    reserve->bind(qint64(count));
    ids->reserve(count);
    while (reserve->next())
        ids->append(reserve->int64At(0));
    reserve->reset();
    if (!reserve->errorText().isEmpty() || ids->size() != count)
        return failed(*reserve);
    return {};
}

} // namespace Triplewin::Core
