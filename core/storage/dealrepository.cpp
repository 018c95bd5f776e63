#include "dealrepository.h"

#include "../domain/optionanalysis.h"
#include "database.h"
#include "dealsync.h"
#include "dealwriter.h"
#include "schema.h"
#include "sqldialect.h"
#include "sqltext.h"

#include <cstdlib>
#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Triplewin::Core {

namespace {

/// Endings and reopenings are signed: nothing is recorded with an empty name.
StorageError unsignedEnding(const QString &by)
{
    if (!by.trimmed().isEmpty())
        return {};
    return StorageError{StorageError::Kind::Invalid,
                        QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                    "Your name is not set, so this cannot be recorded. Enter it under "
                                                    "Settings ▸ Your Name."),
                        {}};
}

QString toStored(const QDateTime &time)
{
    return SqlText::storedTime(time);
}

QDateTime fromStored(const QVariant &value)
{
    if (value.isNull())
        return {};
    return SqlText::timeFromStored(value.toString());
}

/// Text for a NOT NULL column. Qt SQL binds a null QString (the default of every QString member) as NULL.
/// NULL for an empty key (a value not said), else the key.
QVariant nullIfEmpty(const QString &key)
{
    return key.isEmpty() ? QVariant() : QVariant(key);
}

QString toStored(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

StorageError failed(const QString &action, const QSqlQuery &query)
{
    return Database::sqlError(action, query);
}

QString toStoredDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
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

/// @p error, naming the line of the file the deal came from (when it came from one).
StorageError atLine(StorageError error, qint64 line)
{
    if (line > 0)
        error.message =
            QCoreApplication::translate("Triplewin::Core::DealRepository", "Line %1: %2").arg(line).arg(error.message);
    return error;
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

StorageError DealRepository::checkSavable(const Deal &deal)
{
    if (const QString why = validationError(deal); !why.isEmpty())
        return StorageError{StorageError::Kind::Invalid, why, {}};
    for (const DealOption &option : deal.options) {
        for (const Assessment &assessment : option.assessments) {
            if ((assessment.value && !inRange(*assessment.value)) ||
                (assessment.referencePoint && !inRange(*assessment.referencePoint)))
                return StorageError{StorageError::Kind::Invalid,
                                    QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                "An amount in option “%1” is too large.")
                                        .arg(option.name),
                                    {}};
        }
    }
    return {};
}

namespace {

/// A history step from the row @p query is on, its kind, time, actor and detail from column @p first on.
DealEvent eventFromRow(const QSqlQuery &query, int first)
{
    DealEvent event;
    event.kind = dealEventKindFromKey(query.value(first).toString());
    event.at = fromStored(query.value(first + 1));
    event.by = query.value(first + 2).toString();
    event.detail = query.value(first + 3).toString();
    return event;
}

/// The key stored for how a deal ended, for habits and RQ: an outcome key, or "walked_away" (endingFromKey()).
QString endingKeyOf(const DealEnding &ending)
{
    return ending.walkedAway ? QStringLiteral("walked_away") : outcomeKey(ending.outcome);
}

/// The value-left columns of an ending on @p options (DealWriter::YouLeft ...): what each party would have gained more
/// with the best option for all, frozen at the closing for the dashboard's sums; NULL for a walk-away or when it
/// cannot be said (no best option for all, values not assessed, the agreed option not found).
QVariantList valueLeftColumns(const QList<DealOption> &options, const DealEnding &ending)
{
    QVariantList columns(PartyCount);
    if (const std::optional<ValueLeftOnTable> left = valueLeftOnTable(options, ending)) {
        for (Party party : AllParties)
            columns[partyIndex(party)] = qint64(left->of(party));
    }
    return columns;
}

QString endingDetail(const DealEnding &ending)
{
    QString detail = ending.walkedAway
                         ? QCoreApplication::translate("Triplewin::Core::DealRepository", "walked away transparently")
                         : QCoreApplication::translate("Triplewin::Core::DealRepository", "agreed “%1”: %2")
                               .arg(ending.optionName, outcomeName(ending.outcome));
    if (!ending.reason.isEmpty())
        detail = QCoreApplication::translate("Triplewin::Core::DealRepository", "%1; reason: %2")
                     .arg(detail, endingReasonName(ending.reason));
    if (!ending.reasonNote.isEmpty())
        detail =
            QCoreApplication::translate("Triplewin::Core::DealRepository", "%1 (%2)").arg(detail, ending.reasonNote);
    return detail;
}

} // namespace

/// The secondary indexes of the tables an import writes, dropped inside the import's transaction and built again
/// before it commits. Building an index sorts its keys once; keeping it up to date through a big import puts every
/// key at a random place in 11 B-trees, which took about 5 times as long (triplewin-bench --import).
class DeferredIndexes
{
public:
    explicit DeferredIndexes(const Database &database)
        : m_db(database.connection())
        , m_dialect(database.dialect())
    {}

    /// Whether to drop the indexes now that @p added deals went in: once an import has added half as many deals
    /// as the table held, rebuilding the whole table's indexes is cheaper than going on inserting into them.
    bool worthDropping(qint64 added, qint64 existing) const
    {
        return m_dialect.dropsIndexesForBulkWrites() && m_definitions.isEmpty() &&
               added >= std::max(DealRepository::BulkMinimumDeals, existing / 2);
    }
    bool dropped() const { return !m_definitions.isEmpty(); }

    StorageError drop()
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(m_dialect.secondaryIndexesQuery(3));
        query.addBindValue(Schema::Deals);
        query.addBindValue(Schema::Options);
        query.addBindValue(Schema::Events);
        if (!query.exec())
            return failed(saveAction(), query);
        QStringList names;
        while (query.next()) {
            names << query.value(0).toString();
            m_definitions << query.value(1).toString();
        }
        if (query.lastError().isValid())
            return failed(saveAction(), query);
        for (const QString &name : std::as_const(names)) {
            if (!query.exec(m_dialect.dropIndex(name)))
                return failed(saveAction(), query);
        }
        return {};
    }

    StorageError rebuild()
    {
        QSqlQuery query(m_db);
        for (const QString &definition : std::as_const(m_definitions)) {
            if (!query.exec(definition))
                return failed(saveAction(), query);
        }
        m_definitions.clear();
        return {};
    }

private:
    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    QStringList m_definitions;
};

Expected<Deal> DealRepository::save(const Deal &input)
{
    if (StorageError invalid = checkSavable(input))
        return invalid;
    Deal deal = input;
    const StorageError failure = m_database.write([&]() -> StorageError {
        DealWriter writer(m_database, saveAction());
        return writeDeal(writer, &deal, QDateTime::currentDateTimeUtc());
    });
    if (failure)
        return failure;
    return deal;
}

Expected<Deal> DealRepository::saveOverwriting(const Deal &input)
{
    if (input.id == 0)
        return save(input);
    if (StorageError invalid = checkSavable(input))
        return invalid;
    Deal deal = input;
    const StorageError failure = m_database.write([&]() -> StorageError {
        // Take the stored revision inside the same transaction, so nothing can slip in between.
        QSqlQuery current(m_database.connection());
        current.prepare(
            QStringLiteral("SELECT revision FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(Schema::Deals));
        current.addBindValue(deal.id);
        if (!current.exec())
            return failed(saveAction(), current);
        if (!current.next())
            return current.lastError().isValid() ? failed(saveAction(), current) : staleSaveError(deal);
        deal.revision = current.value(0).toLongLong();
        current.finish();
        DealWriter writer(m_database, saveAction());
        return writeDeal(writer, &deal, QDateTime::currentDateTimeUtc());
    });
    if (failure)
        return failure;
    return deal;
}

Expected<QList<qint64>> DealRepository::insertMany(const QList<Deal> &deals)
{
    qsizetype next = 0;
    return insertPulled([&deals, &next](Deal *deal) {
        if (next == deals.size())
            return Pull::End;
        *deal = deals.at(next++);
        return Pull::Deal;
    });
}

Expected<QList<qint64>> DealRepository::insertPulled(const std::function<Pull(Deal *deal)> &next)
{
    Expected<SyncReport> report =
        pullDeals([&next](IncomingDeal *incoming) { return next(&incoming->deal); }, PullMode::InsertOnly);
    if (!report.ok())
        return report.error();
    return report.value().addedIds;
}

Expected<SyncReport> DealRepository::syncPulled(const std::function<Pull(IncomingDeal *incoming)> &next, bool dryRun)
{
    return pullDeals(next, dryRun ? PullMode::DryRun : PullMode::Sync);
}

Expected<SyncReport> DealRepository::syncMany(QList<IncomingDeal> deals)
{
    SyncReport report;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const StorageError failure = m_database.write([&]() -> StorageError {
        QVariantList uuids;
        for (const IncomingDeal &incoming : std::as_const(deals)) {
            if (incoming.deal.id != 0)
                return StorageError{StorageError::Kind::Invalid,
                                    QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                "“%1” is already saved; only new deals can be added.")
                                        .arg(incoming.deal.title),
                                    {}};
            if (StorageError invalid = checkSavable(incoming.deal))
                return atLine(invalid, incoming.line);
            if (!incoming.deal.uuid.isEmpty())
                uuids << incoming.deal.uuid;
        }
        // Which of them are here already: one statement.
        QSet<QString> here;
        if (!uuids.isEmpty()) {
            QSqlQuery query(m_database.connection());
            query.prepare(QStringLiteral("SELECT uuid FROM %1 WHERE %2")
                              .arg(Schema::Deals,
                                   m_database.dialect().inList(QStringLiteral("uuid"), SqlDialect::ListType::Text)));
            query.addBindValue(m_database.dialect().listValue(uuids));
            if (!query.exec())
                return failed(saveAction(), query);
            while (query.next())
                here.insert(query.value(0).toString());
            if (query.lastError().isValid())
                return failed(saveAction(), query);
        }
        // New ones together; a deal here, from a CRM (matched by its origin) or a second one with the same uuid,
        // after them by syncPulled()'s rules.
        QList<Deal *> fresh;
        QList<IncomingDeal *> others;
        QSet<QString> taken;
        for (IncomingDeal &incoming : deals) {
            const QString &uuid = incoming.deal.uuid;
            if (!incoming.origin && !uuid.isEmpty() && !here.contains(uuid) && !taken.contains(uuid)) {
                taken.insert(uuid);
                fresh << &incoming.deal;
            } else {
                others << &incoming;
            }
        }
        DealWriter writer(m_database, saveAction());
        if (StorageError error = insertNewDeals(writer, fresh, now)) {
            if (error.kind == StorageError::Kind::Duplicate && error.detail.contains(QStringLiteral("uuid")))
                error.message = QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                            "A deal of the file is already in this database, where "
                                                            "you cannot see it (another login's deal with the same "
                                                            "deal id).");
            return error;
        }
        for (const Deal *deal : std::as_const(fresh))
            report.addedIds << deal->id;
        Sync sync(*this);
        for (IncomingDeal *incoming : std::as_const(others)) {
            bool matched = false;
            if (StorageError error = sync.match(writer, *incoming, now, &report, &matched))
                return atLine(error, incoming->line);
            if (matched)
                continue;
            if (StorageError error = writeDeal(writer, &incoming->deal, now))
                return atLine(error, incoming->line);
            if (incoming->origin) {
                if (StorageError error = sync.recordOrigin(incoming->deal.id, *incoming->origin, now))
                    return error;
            }
            report.addedIds << incoming->deal.id;
        }
        return {};
    });
    if (failure)
        return failure;
    return report;
}

Expected<SyncReport> DealRepository::pullDeals(const std::function<Pull(IncomingDeal *incoming)> &next, PullMode mode)
{
    SyncReport report;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A bigger page cache while the import runs (32 MiB, back to SQLite's default after): the pages of a big
    // transaction that do not fit are spilled to the WAL and read back.
    QSqlQuery pragma(m_database.connection());
    const QString cacheSizeQuery = m_database.dialect().cacheSizeQuery();
    const QString cacheSize = !cacheSizeQuery.isEmpty() && pragma.exec(cacheSizeQuery) && pragma.next()
                                  ? pragma.value(0).toString()
                                  : QString();
    pragma.finish();
    if (!cacheSize.isEmpty())
        pragma.exec(m_database.dialect().setCacheSize(-32768));
    DeferredIndexes indexes(m_database);
    // Matching a deal already here reads it through the indexes: once one is found, they stay.
    bool mayDropIndexes = true;
    bool dryRunDone = false;
    const StorageError failure = m_database.write([&]() -> StorageError {
        qint64 existing = 0;
        QSqlQuery count(m_database.connection());
        if (!count.exec(
                QStringLiteral("SELECT %1 FROM %2")
                    .arg(m_database.dialect().ifNull(QStringLiteral("max(id)"), QStringLiteral("0")), Schema::Deals)) ||
            !count.next())
            return failed(saveAction(), count);
        existing = count.value(0).toLongLong(); // deals ever added: a cheap upper bound of the table's size
        count.finish();
        DealWriter writer(m_database, saveAction());
        std::optional<Sync> sync;
        if (mode != PullMode::InsertOnly)
            sync.emplace(*this);
        for (;;) {
            if (mayDropIndexes && indexes.worthDropping(report.addedIds.size(), existing)) {
                if (StorageError error = indexes.drop())
                    return error;
            }
            IncomingDeal incoming;
            switch (next(&incoming)) {
            case Pull::End:
                if (mode == PullMode::DryRun) {
                    dryRunDone = true;
                    return StorageError{StorageError::Kind::Invalid, QStringLiteral("dry run"), {}}; // rolls back
                }
                return indexes.dropped() ? indexes.rebuild() : StorageError{};
            case Pull::Abort:
                return StorageError{StorageError::Kind::Invalid,
                                    QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                "Adding the deals was stopped; nothing was saved."),
                                    {}};
            case Pull::Deal:
                break;
            }
            Deal &deal = incoming.deal;
            if (deal.id != 0)
                return StorageError{StorageError::Kind::Invalid,
                                    QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                "“%1” is already saved; only new deals can be added.")
                                        .arg(deal.title),
                                    {}};
            if (StorageError invalid = checkSavable(deal))
                return atLine(invalid, incoming.line);
            if (sync) {
                bool matched = false;
                const qsizetype updatedBefore = report.updatedIds.size();
                const qsizetype conflictsBefore = report.conflicts.size();
                if (StorageError error = sync->match(writer, incoming, now, &report, &matched))
                    return atLine(error, incoming.line);
                if (matched && mode == PullMode::DryRun)
                    report.actions.append({incoming.line, report.updatedIds.size() > updatedBefore ? SyncAction::Updated
                                                          : report.conflicts.size() > conflictsBefore
                                                              ? SyncAction::Conflicting
                                                              : SyncAction::Unchanged});
                if (matched) {
                    if (indexes.dropped()) {
                        if (StorageError error = indexes.rebuild())
                            return error;
                    }
                    mayDropIndexes = false;
                    continue;
                }
            }
            const QString uuid = deal.uuid;
            if (StorageError error = writeDeal(writer, &deal, now)) {
                if (!uuid.isEmpty() && error.kind == StorageError::Kind::Duplicate &&
                    error.detail.contains(QStringLiteral("uuid")))
                    error.message = QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                                "“%1” is already in this database (same deal id %2): "
                                                                "the file was imported before. To bring a colleague's "
                                                                "deals together, merge their database instead.")
                                        .arg(deal.title, uuid);
                return atLine(error, incoming.line);
            }
            if (sync && incoming.origin) {
                if (StorageError error = sync->recordOrigin(deal.id, *incoming.origin, now))
                    return error;
            }
            report.addedIds.append(deal.id);
            if (mode == PullMode::DryRun)
                report.actions.append({incoming.line, SyncAction::Added});
        }
    });
    if (!cacheSize.isEmpty())
        pragma.exec(m_database.dialect().setCacheSize(cacheSize.toLongLong()));
    if (failure && !dryRunDone)
        return failure;
    return report;
}

DealRow DealRepository::contentRow(Deal *deal, bool inserting)
{
    // A deal is closed or walked away only with its closing record (closeDeal(), walkAway(), or an imported
    // closed deal); a bare status is read as still negotiating.
    if (inserting && deal->ending)
        deal->status = deal->ending->walkedAway ? DealStatus::WalkedAway : DealStatus::Closed;
    else if (!deal->ending && (deal->status == DealStatus::Closed || deal->status == DealStatus::WalkedAway))
        deal->status = DealStatus::Negotiating;

    DealRow row;
    row.content.reserve(DealWriter::ColumnCount);
    row.content << toStored(deal->title) << toStored(deal->customer) << toStored(deal->customersCustomer)
                << toStored(deal->salesperson) << toStored(deal->currency)
                << (deal->expectedClose.isValid() ? QVariant(toStoredDate(deal->expectedClose)) : QVariant())
                << statusKey(deal->status) << toStored(deal->notes);
    for (const PartyPreparation &party : deal->preparation)
        row.content << toStored(party.interests) << toStored(party.relationship) << toStored(party.referenceSource)
                    << nullIfEmpty(confidenceKey(party.confidence)); // not said: NULL
    row.content << nullIfEmpty(concessionsText(deal->concessions));
    return row;
}

DealRow DealRepository::newDealRow(Deal *deal, const QDateTime &now)
{
    DealRow row = contentRow(deal, true);
    if (deal->uuid.isEmpty())
        deal->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.uuid = deal->uuid;
    // An imported deal keeps when it was created and last changed (a Triplewin file says so), so that a re-import
    // can tell whether it changed here since.
    deal->createdAt = deal->createdAt.isValid() ? deal->createdAt : now;
    deal->updatedAt = deal->updatedAt.isValid() ? deal->updatedAt : now;
    row.createdAt = toStored(deal->createdAt);
    row.updatedAt = toStored(deal->updatedAt);
    if (const DealEnding *ending = deal->ending ? &*deal->ending : nullptr) {
        row.content << toStored(ending->at) << toStored(ending->by) << toStored(ending->optionName);
        for (Party party : AllParties)
            row.content << (ending->walkedAway ? QVariant() : QVariant(resultKey(ending->result(party))));
        row.content << endingKeyOf(*ending) << toStored(ending->reason) << toStored(ending->reasonNote)
                    << valueLeftColumns(deal->options, *ending);
    } else {
        for (int column = DealWriter::EndedAt; column < DealWriter::ColumnCount; ++column)
            row.content << QVariant();
    }
    return row;
}

const DealOption *DealRepository::agreedOption(const Deal &deal)
{
    // An imported closed deal names its agreed option by name: an option id from the database it came from means
    // nothing here, since its options were just inserted with new ids.
    if (!deal.ending || deal.ending->walkedAway)
        return nullptr;
    for (const DealOption &option : deal.options) {
        if (option.name == deal.ending->optionName)
            return &option;
    }
    return nullptr;
}

StorageError DealRepository::writeDeal(DealWriter &writer, Deal *deal, const QDateTime &now)
{
    if (deal->id != 0) {
        const DealRow row = contentRow(deal, false);
        bool written = false;
        if (StorageError failure = writer.updateEdits(deal->id, deal->revision, row.content, toStored(now), &written))
            return failure;
        if (!written)
            return staleSaveError(*deal);
        deal->updatedAt = now;
        ++deal->revision;
        return writeOptions(writer, deal->id, &deal->options, false);
    }

    const DealRow row = newDealRow(deal, now);
    if (StorageError failure = writer.insertDeal(row, &deal->id))
        return failure;
    deal->revision = 1;
    if (StorageError error = writeOptions(writer, deal->id, &deal->options, true))
        return error;
    if (!deal->ending)
        return {};
    const DealOption *agreed = agreedOption(*deal);
    deal->ending->optionId = agreed ? agreed->id : 0;
    if (deal->ending->optionId != 0) {
        if (StorageError failure = writer.setClosedOption(deal->id, deal->ending->optionId))
            return failure;
    }
    const DealEvent::Kind kind = deal->ending->walkedAway ? DealEvent::Kind::WalkedAway : DealEvent::Kind::Closed;
    return writer.insertEvent(deal->id, dealEventKey(kind), toStored(deal->ending->at), toStored(deal->ending->by),
                              endingDetail(*deal->ending));
}

StorageError DealRepository::insertNewDeals(DealWriter &writer, const QList<Deal *> &deals, const QDateTime &now)
{
    if (!writer.insertsManyRows()) {
        for (Deal *deal : deals) {
            if (StorageError failure = writeDeal(writer, deal, now))
                return failure;
        }
        return {};
    }
    // The rows writeDeal() writes, a table at a time: deals with their agreed option and its frozen values (the
    // option's id is taken before the options are inserted), options, assessments, ending events.
    qsizetype optionCount = 0;
    for (const Deal *deal : deals)
        optionCount += deal->options.size();
    QList<qint64> dealIds;
    QList<qint64> optionIds;
    if (StorageError failure = writer.reserveIds(Schema::Deals, deals.size(), &dealIds))
        return failure;
    if (StorageError failure = writer.reserveIds(Schema::Options, optionCount, &optionIds))
        return failure;

    using ListType = SqlDialect::ListType;
    const QStringList &content = DealWriter::contentColumns();
    const QStringList dealColumns = QStringList{QStringLiteral("id"),
                                                QStringLiteral("uuid"),
                                                QStringLiteral("created_at"),
                                                QStringLiteral("updated_at"),
                                                QStringLiteral("salesperson_key"),
                                                QStringLiteral("customer_key"),
                                                QStringLiteral("agreed_option_id"),
                                                QStringLiteral("you_value"),
                                                QStringLiteral("customer_value"),
                                                QStringLiteral("customers_customer_value")} +
                                    content;
    QList<ListType> dealTypes{ListType::Integer, ListType::Text,   ListType::Text,    ListType::Text,
                              ListType::Text,    ListType::Text,   ListType::Integer, ListType::Integer,
                              ListType::Integer, ListType::Integer};
    dealTypes.resize(dealColumns.size(), ListType::Text);
    for (int party = 0; party < PartyCount; ++party) // the content's amounts: the value left on the table
        dealTypes[dealColumns.size() - content.size() + DealWriter::YouLeft + party] = ListType::Integer;
    QList<QVariantList> dealLists(dealColumns.size());
    QList<QVariantList> optionLists(4);
    QList<QVariantList> assessmentLists(5);
    QList<QVariantList> eventLists(5);
    const auto amount = [](const std::optional<Money> &value) { return value ? QVariant(qint64(*value)) : QVariant(); };
    qsizetype nextOption = 0;
    for (qsizetype d = 0; d < deals.size(); ++d) {
        Deal *deal = deals.at(d);
        const DealRow row = newDealRow(deal, now);
        deal->id = dealIds.at(d);
        deal->revision = 1;
        for (qsizetype position = 0; position < deal->options.size(); ++position) {
            DealOption &option = deal->options[position];
            option.id = optionIds.at(nextOption++);
            optionLists[0] << option.id;
            optionLists[1] << deal->id;
            optionLists[2] << qint64(position);
            optionLists[3] << toStored(option.name);
            for (Party party : AllParties) {
                const Assessment &assessment = option.assessment(party);
                assessmentLists[0] << option.id;
                assessmentLists[1] << Schema::PartyKeys[partyIndex(party)];
                assessmentLists[2] << amount(assessment.value);
                assessmentLists[3] << amount(assessment.referencePoint);
                assessmentLists[4] << toStored(assessment.reason);
            }
        }
        const DealOption *agreed = agreedOption(*deal);
        if (deal->ending)
            deal->ending->optionId = agreed ? agreed->id : 0;
        const std::array<QString, 2> keys = DealWriter::nameKeys(row.content);
        QVariantList values{deal->id,
                            row.uuid,
                            row.createdAt,
                            row.updatedAt,
                            keys[0],
                            keys[1],
                            agreed ? QVariant(agreed->id) : QVariant()};
        for (Party party : AllParties)
            values << (agreed ? amount(agreed->assessment(party).value) : QVariant());
        values << row.content;
        for (qsizetype column = 0; column < values.size(); ++column)
            dealLists[column] << values.at(column);
        if (deal->ending) {
            const DealEvent::Kind kind =
                deal->ending->walkedAway ? DealEvent::Kind::WalkedAway : DealEvent::Kind::Closed;
            eventLists[0] << deal->id;
            eventLists[1] << dealEventKey(kind);
            eventLists[2] << toStored(deal->ending->at);
            eventLists[3] << toStored(deal->ending->by);
            eventLists[4] << endingDetail(*deal->ending);
        }
    }
    if (StorageError failure = writer.insertRows(Schema::Deals, dealColumns, dealTypes, dealLists))
        return failure;
    if (StorageError failure = writer.insertRows(
            Schema::Options,
            {QStringLiteral("id"), QStringLiteral("deal_id"), QStringLiteral("position"), QStringLiteral("name")},
            {ListType::Integer, ListType::Integer, ListType::Integer, ListType::Text}, optionLists))
        return failure;
    if (StorageError failure = writer.insertRows(
            Schema::Assessments,
            {QStringLiteral("option_id"), QStringLiteral("party"), QStringLiteral("value"),
             QStringLiteral("reference_point"), QStringLiteral("reason")},
            {ListType::Integer, ListType::Text, ListType::Integer, ListType::Integer, ListType::Text}, assessmentLists))
        return failure;
    return writer.insertRows(Schema::Events,
                             {QStringLiteral("deal_id"), QStringLiteral("kind"), QStringLiteral("at"),
                              QStringLiteral("actor"), QStringLiteral("detail")},
                             {ListType::Integer, ListType::Text, ListType::Text, ListType::Text, ListType::Text},
                             eventLists);
}

StorageError DealRepository::staleSaveError(const Deal &deal)
{
    QSqlQuery current(m_database.connection());
    current.prepare(QStringLiteral("SELECT revision FROM %1 WHERE id = ? AND deleted_at IS NULL").arg(Schema::Deals));
    current.addBindValue(deal.id);
    if (!current.exec())
        return failed(saveAction(), current);
    if (!current.next() && current.lastError().isValid())
        return failed(saveAction(), current);
    if (!current.isValid())
        return StorageError{StorageError::Kind::NotFound,
                            QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                        "“%1” is no longer in the database: it was deleted "
                                                        "or moved to the trash elsewhere. Your edits were not "
                                                        "saved.")
                                .arg(deal.title),
                            {}};
    return StorageError{StorageError::Kind::Conflict,
                        QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                    "“%1” was changed elsewhere after you opened it (in another "
                                                    "window or program), so saving would overwrite those changes. "
                                                    "Your edits were not saved.")
                            .arg(deal.title),
                        {}};
}

StorageError DealRepository::writeOptions(DealWriter &writer, qint64 dealId, QList<DealOption> *options, bool newDeal)
{
    QSet<qint64> stale;
    if (!newDeal) {
        if (StorageError failure = writer.optionIds(dealId, &stale))
            return failure;
    }
    for (qsizetype position = 0; position < options->size(); ++position) {
        DealOption &option = (*options)[position];
        if (option.id != 0 && stale.remove(option.id)) {
            if (StorageError failure = writer.updateOption(option.id, position, toStored(option.name)))
                return failure;
        } else if (StorageError failure = writer.insertOption(dealId, position, toStored(option.name), &option.id)) {
            return failure;
        }
        for (Party party : AllParties) {
            const Assessment &assessment = option.assessment(party);
            const auto amount = [](const std::optional<Money> &value) {
                return value ? QVariant(qint64(*value)) : QVariant();
            };
            if (StorageError failure =
                    writer.writeAssessment(option.id, Schema::PartyKeys[partyIndex(party)], amount(assessment.value),
                                           amount(assessment.referencePoint), toStored(assessment.reason)))
                return failure;
        }
    }
    for (qint64 id : std::as_const(stale)) {
        if (StorageError failure = writer.removeOption(id))
            return failure;
    }
    return {};
}

Expected<Deal> DealRepository::closeDeal(qint64 dealId, qint64 optionId, const QString &by, const QDateTime &at,
                                         const QString &gateReason, const ReasonForEnding &why)
{
    if (const StorageError missingName = unsignedEnding(by))
        return missingName;
    const StorageError failure = m_database.write([&]() -> StorageError {
        const Expected<Deal> current = load(dealId);
        if (!current.ok())
            return current.error();
        const Deal &deal = current.value();
        if (deal.ending)
            return StorageError{StorageError::Kind::Invalid,
                                QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                            "“%1” is already closed. Reopen it first.")
                                    .arg(deal.title),
                                {}};
        const auto option = std::find_if(deal.options.cbegin(), deal.options.cend(),
                                         [optionId](const DealOption &o) { return o.id == optionId; });
        if (option == deal.options.cend())
            return StorageError{StorageError::Kind::NotFound,
                                QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                            "The agreed option is not part of “%1” (save the deal "
                                                            "first).")
                                    .arg(deal.title),
                                {}};
        DealEnding ending;
        ending.at = at;
        ending.by = by;
        ending.optionId = option->id;
        ending.optionName = option->name;
        for (Party party : AllParties)
            ending.results[std::size_t(partyIndex(party))] = classify(option->assessment(party));
        ending.outcome = outcomeOf(*option);
        ending.reason = why.reason.trimmed();
        ending.reasonNote = why.note.trimmed();
        return writeEnding(deal, ending, gateReason);
    });
    if (failure)
        return failure;
    return load(dealId);
}

Expected<Deal> DealRepository::walkAway(qint64 dealId, const QString &by, const QDateTime &at,
                                        const ReasonForEnding &why)
{
    if (const StorageError missingName = unsignedEnding(by))
        return missingName;
    const StorageError failure = m_database.write([&]() -> StorageError {
        const Expected<Deal> current = load(dealId);
        if (!current.ok())
            return current.error();
        if (current.value().ending)
            return StorageError{StorageError::Kind::Invalid,
                                QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                            "“%1” has already ended. Reopen it first.")
                                    .arg(current.value().title),
                                {}};
        DealEnding ending;
        ending.at = at;
        ending.by = by;
        ending.walkedAway = true;
        ending.reason = why.reason.trimmed();
        ending.reasonNote = why.note.trimmed();
        return writeEnding(current.value(), ending);
    });
    if (failure)
        return failure;
    return load(dealId);
}

StorageError DealRepository::writeEnding(const Deal &deal, const DealEnding &ending, const QString &reason)
{
    DealWriter writer(m_database, saveAction());
    QVariantList content(DealWriter::ColumnCount);
    content[DealWriter::Status] = statusKey(ending.walkedAway ? DealStatus::WalkedAway : DealStatus::Closed);
    content[DealWriter::EndedAt] = toStored(ending.at);
    content[DealWriter::EndedBy] = toStored(ending.by);
    content[DealWriter::AgreedOptionName] = toStored(ending.optionName);
    for (Party party : AllParties) {
        if (!ending.walkedAway)
            content[DealWriter::YouResult + partyIndex(party)] = resultKey(ending.result(party));
    }
    content[DealWriter::EndingKey] = endingKeyOf(ending);
    content[DealWriter::EndingReason] = toStored(ending.reason);
    content[DealWriter::EndingNote] = toStored(ending.reasonNote);
    const QVariantList left = valueLeftColumns(deal.options, ending);
    for (int party = 0; party < PartyCount; ++party)
        content[DealWriter::YouLeft + party] = left.at(party);
    bool written = false;
    if (StorageError failure =
            writer.writeEnding(deal.id, content, ending.walkedAway ? QVariant() : QVariant(ending.optionId),
                               toStored(QDateTime::currentDateTimeUtc()), &written))
        return failure;
    if (!written)
        return staleSaveError(deal);
    const DealEvent::Kind kind = ending.walkedAway ? DealEvent::Kind::WalkedAway : DealEvent::Kind::Closed;
    QString detail = endingDetail(ending);
    if (!reason.trimmed().isEmpty())
        detail = QCoreApplication::translate("Triplewin::Core::DealRepository", "%1; closed anyway because: %2")
                     .arg(detail, reason.trimmed());
    return writer.insertEvent(deal.id, dealEventKey(kind), toStored(ending.at), toStored(ending.by), detail);
}

Expected<Deal> DealRepository::reopen(qint64 dealId, const QString &by, const QDateTime &at)
{
    if (const StorageError missingName = unsignedEnding(by))
        return missingName;
    const StorageError failure = m_database.write([&]() -> StorageError {
        DealWriter writer(m_database, saveAction());
        bool written = false;
        if (StorageError cleared = writer.clearEnding(dealId, toStored(QDateTime::currentDateTimeUtc()), &written))
            return cleared;
        if (!written)
            return StorageError{StorageError::Kind::Invalid,
                                QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                            "That deal has not ended, so it cannot be reopened."),
                                {}};
        return writer.insertEvent(dealId, dealEventKey(DealEvent::Kind::Reopened), toStored(at), toStored(by), {});
    });
    if (failure)
        return failure;
    return load(dealId);
}

Expected<QList<DealEvent>> DealRepository::history(qint64 dealId)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    query.prepare(
        QStringLiteral("SELECT kind, at, actor, detail FROM %1 WHERE deal_id = ? ORDER BY id").arg(Schema::Events));
    query.addBindValue(dealId);
    if (!query.exec())
        return failed(loadAction(), query);
    QList<DealEvent> events;
    while (query.next())
        events.append(eventFromRow(query, 0));
    if (query.lastError().isValid())
        return failed(loadAction(), query);
    return events;
}

namespace {

/// The columns dealFromRow() reads, in order.
const QString &dealColumns()
{
    static const QString columns =
        QStringLiteral("uuid, revision, title, customer, customers_customer, salesperson, currency, "
                       "expected_close, status, notes, created_at, updated_at, ended_at, ended_by, "
                       "agreed_option_id, agreed_option_name, you_result, customer_result, customers_customer_result, "
                       "ending, ending_reason, ending_note, ") +
        QStringList(std::begin(Schema::PreparationColumns), std::end(Schema::PreparationColumns))
            .join(QStringLiteral(", ")) +
        QStringLiteral(", ") + Schema::ConcessionsColumn;
    return columns;
}
/// The first of the preparation's columns in dealColumns(), four per party.
constexpr int PreparationColumn = 22;
/// The concession ledger's column in dealColumns().
constexpr int ConcessionsIndex = PreparationColumn + 4 * PartyCount;
/// How many columns dealColumns() names: a query that selects more after them reads those from here on.
constexpr int DealColumnCount = ConcessionsIndex + 1;

/// Fills @p deal (all but its id and options) from the dealColumns() of the current row of @p query.
StorageError dealFromRow(const QSqlQuery &query, Deal *deal)
{
    deal->uuid = query.value(0).toString();
    deal->revision = query.value(1).toLongLong();
    deal->title = query.value(2).toString();
    deal->customer = query.value(3).toString();
    deal->customersCustomer = query.value(4).toString();
    deal->salesperson = query.value(5).toString();
    deal->currency = query.value(6).toString();
    deal->expectedClose = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    const std::optional<DealStatus> status = statusFromKey(query.value(8).toString());
    if (!status)
        return corrupt(QCoreApplication::translate("Triplewin::Core::DealRepository", "status “%1” of deal “%2”")
                           .arg(query.value(8).toString(), deal->title));
    deal->status = *status;
    deal->notes = query.value(9).toString();
    for (int party = 0; party < PartyCount; ++party) {
        const int first = PreparationColumn + 4 * party;
        PartyPreparation &prepared = deal->preparation[std::size_t(party)];
        prepared.interests = query.value(first).toString();
        prepared.relationship = query.value(first + 1).toString();
        prepared.referenceSource = query.value(first + 2).toString();
        const std::optional<Confidence> confidence = confidenceFromKey(query.value(first + 3).toString());
        if (!confidence)
            return corrupt(
                QCoreApplication::translate("Triplewin::Core::DealRepository", "confidence “%1” of deal “%2”")
                    .arg(query.value(first + 3).toString(), deal->title));
        prepared.confidence = *confidence;
    }
    QString concessionsError;
    const std::optional<ConcessionLedger> concessions =
        concessionsFromText(query.value(ConcessionsIndex).toString(), &concessionsError);
    if (!concessions)
        return corrupt(QCoreApplication::translate("Triplewin::Core::DealRepository", "%1 of deal “%2”")
                           .arg(concessionsError, deal->title));
    deal->concessions = *concessions;
    deal->createdAt = fromStored(query.value(10));
    deal->updatedAt = fromStored(query.value(11));
    if (!query.value(12).isNull()) {
        DealEnding ending;
        ending.at = fromStored(query.value(12));
        ending.by = query.value(13).toString();
        ending.optionId = query.value(14).toLongLong();
        ending.optionName = query.value(15).toString();
        ending.reason = query.value(20).toString();
        ending.reasonNote = query.value(21).toString();
        const QString finalOutcome = query.value(19).toString();
        ending.walkedAway = finalOutcome == QStringLiteral("walked_away");
        if (!ending.walkedAway) {
            const std::optional<Outcome> outcome = outcomeFromKey(finalOutcome);
            if (!outcome)
                return corrupt(
                    QCoreApplication::translate("Triplewin::Core::DealRepository", "outcome “%1” of deal “%2”")
                        .arg(finalOutcome, deal->title));
            ending.outcome = *outcome;
            for (Party party : AllParties)
                ending.results[std::size_t(partyIndex(party))] =
                    resultFromKey(query.value(16 + partyIndex(party)).toString()).value_or(Result::Unknown);
        }
        deal->ending = ending;
    }
    return {};
}

/// Fills one assessment of @p option from party, value, reference_point and reason, starting at column @p first.
StorageError assessmentFromRow(const QSqlQuery &query, int first, DealOption *option)
{
    const QString partyKey = query.value(first).toString();
    const auto *key = std::find(std::begin(Schema::PartyKeys), std::end(Schema::PartyKeys), partyKey);
    if (key == std::end(Schema::PartyKeys))
        return corrupt(QCoreApplication::translate("Triplewin::Core::DealRepository", "party “%1” in option “%2”")
                           .arg(partyKey, option->name));
    Assessment &assessment = option->assessments[std::size_t(key - std::begin(Schema::PartyKeys))];
    if (!query.value(first + 1).isNull())
        assessment.value = query.value(first + 1).toLongLong();
    if (!query.value(first + 2).isNull())
        assessment.referencePoint = query.value(first + 2).toLongLong();
    assessment.reason = query.value(first + 3).toString();
    if ((assessment.value && !inRange(*assessment.value)) ||
        (assessment.referencePoint && !inRange(*assessment.referencePoint)))
        return corrupt(
            QCoreApplication::translate("Triplewin::Core::DealRepository", "an amount out of range in option “%1”")
                .arg(option->name));
    return {};
}

} // namespace

Expected<Deal> DealRepository::load(qint64 id, Trashed trashed)
{
    const QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    m_database.dialect().setUpRead(query);
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?%3")
                      .arg(dealColumns(), Schema::Deals,
                           trashed == Trashed::Refuse ? QStringLiteral(" AND deleted_at IS NULL") : QString()));
    query.addBindValue(id);
    if (!query.exec())
        return failed(loadAction(), query);
    if (!query.next() && query.lastError().isValid())
        return failed(loadAction(), query); // a failed read is not "deleted"
    if (!query.isValid())
        return StorageError{StorageError::Kind::NotFound,
                            trashed == Trashed::Refuse
                                ? QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                              "That deal is in the trash or no longer in the database.")
                                : QCoreApplication::translate("Triplewin::Core::DealRepository",
                                                              "That deal is no longer in the database."),
                            {}};
    Deal deal;
    deal.id = id;
    if (StorageError error = dealFromRow(query, &deal))
        return error;

    QSqlQuery options(db);
    m_database.dialect().setUpRead(options);
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
    // A read that fails part-way must fail the load: a deal with options missing, saved again, would lose them.
    if (options.lastError().isValid())
        return failed(loadAction(), options);

    QSqlQuery assessments(db);
    m_database.dialect().setUpRead(assessments);
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
        if (StorageError error = assessmentFromRow(assessments, 1, &deal.options[*optionIndex]))
            return error;
    }
    if (assessments.lastError().isValid())
        return failed(loadAction(), assessments);
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
        // The customer also as people mean it: "müller" finds "MÜLLER GMBH" (LIKE folds ASCII letters only).
        where << QStringLiteral("(title %1 ? ESCAPE '\\' OR customer %1 ? ESCAPE '\\' OR customer_key %1 ? "
                                "ESCAPE '\\')")
                     .arg(m_database.dialect().likeIgnoringCase());
        const QString pattern = SqlText::containsPattern(request.search.trimmed());
        values << pattern << pattern << SqlText::containsPattern(nameKey(request.search));
    }
    if (request.after) {
        where << QStringLiteral("(updated_at < ? OR (updated_at = ? AND id < ?))");
        const QString updated = toStored(request.after->updatedAt);
        values << updated << updated << request.after->id;
    }
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
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
    if (query.lastError().isValid())
        return failed(QCoreApplication::translate("Triplewin::Core::DealRepository", "Reading the deals failed"),
                      query);
    return rows;
}

Expected<bool> DealRepository::hasDeals()
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE deleted_at IS NULL)").arg(Schema::Deals)) ||
        !query.next())
        return failed(QCoreApplication::translate("Triplewin::Core::DealRepository", "Counting the deals failed"),
                      query);
    return query.value(0).toBool();
}

Expected<std::optional<qint64>> DealRepository::idOfUuid(const QString &uuid)
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE uuid = ? AND deleted_at IS NULL").arg(Schema::Deals));
    query.addBindValue(uuid.trimmed());
    if (!query.exec())
        return failed(loadAction(), query);
    if (!query.next())
        return query.lastError().isValid() ? Expected<std::optional<qint64>>(failed(loadAction(), query))
                                           : std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Expected<qint64> DealRepository::count()
{
    QSqlQuery query(m_database.connection());
    m_database.dialect().setUpRead(query);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE deleted_at IS NULL").arg(Schema::Deals)) ||
        !query.next())
        return failed(QCoreApplication::translate("Triplewin::Core::DealRepository", "Counting the deals failed"),
                      query);
    return query.value(0).toLongLong();
}

StorageError DealRepository::forEachDeal(const std::function<bool(const Deal &)> &visit)
{
    return walkDeals(false, [&visit](const Deal &deal, const QList<DealEvent> &) { return visit(deal); });
}

StorageError
DealRepository::forEachDealWithHistory(const std::function<bool(const Deal &, const QList<DealEvent> &)> &visit)
{
    return walkDeals(true, visit);
}

StorageError DealRepository::walkDeals(bool withHistory,
                                       const std::function<bool(const Deal &, const QList<DealEvent> &)> &visit)
{
    // Page by page in deal id order, one read snapshot for all of them: a page of deals, then their options, then the
    // options' assessments (then, when asked, their history), each statement read to its end before the next runs (a
    // server's driver streams one result at a time per connection). A page of deals in memory, never all of them.
    return m_database.read([&]() -> StorageError {
        const QSqlDatabase db = m_database.connection();
        QSqlQuery deals(db);
        m_database.dialect().setUpRead(deals);
        deals.prepare(QStringLiteral("SELECT %1, id FROM %2 WHERE deleted_at IS NULL AND id > ? ORDER BY id LIMIT ?")
                          .arg(dealColumns(), Schema::Deals));
        QSqlQuery options(db);
        m_database.dialect().setUpRead(options);
        options.prepare(QStringLiteral("SELECT deal_id, id, name FROM %1 WHERE deal_id >= ? AND deal_id <= ? "
                                       "ORDER BY deal_id, position, id")
                            .arg(Schema::Options));
        QSqlQuery assessments(db);
        m_database.dialect().setUpRead(assessments);
        assessments.prepare(QStringLiteral("SELECT o.deal_id, a.option_id, a.party, a.value, a.reference_point, "
                                           "a.reason FROM %1 o JOIN %2 a ON a.option_id = o.id "
                                           "WHERE o.deal_id >= ? AND o.deal_id <= ? ORDER BY o.deal_id, a.option_id")
                                .arg(Schema::Options, Schema::Assessments));
        QSqlQuery events(db);
        m_database.dialect().setUpRead(events);
        events.prepare(QStringLiteral("SELECT deal_id, kind, at, actor, detail FROM %1 WHERE deal_id >= ? AND "
                                      "deal_id <= ? ORDER BY deal_id, id")
                           .arg(Schema::Events));
        constexpr int PageSize = 1000;
        qint64 after = 0;
        for (;;) {
            deals.addBindValue(after);
            deals.addBindValue(PageSize);
            if (!deals.exec())
                return failed(loadAction(), deals);
            QList<Deal> page;
            page.reserve(PageSize);
            QHash<qint64, qsizetype> dealIndex;
            while (deals.next()) {
                Deal deal;
                deal.id = deals.value(DealColumnCount).toLongLong();
                if (StorageError error = dealFromRow(deals, &deal))
                    return error;
                dealIndex.insert(deal.id, page.size());
                page.append(std::move(deal));
            }
            if (deals.lastError().isValid())
                return failed(loadAction(), deals);
            deals.finish();
            if (page.isEmpty())
                return {};
            const qint64 first = page.constFirst().id;
            const qint64 last = page.constLast().id;
            QHash<qint64, std::pair<qsizetype, qsizetype>> optionIndex; // option id: (deal, option) in the page
            options.addBindValue(first);
            options.addBindValue(last);
            if (!options.exec())
                return failed(loadAction(), options);
            while (options.next()) {
                const auto dealAt = dealIndex.constFind(options.value(0).toLongLong());
                if (dealAt == dealIndex.constEnd())
                    continue; // a trashed deal's
                DealOption option;
                option.id = options.value(1).toLongLong();
                option.name = options.value(2).toString();
                Deal &deal = page[*dealAt];
                optionIndex.insert(option.id, {*dealAt, deal.options.size()});
                deal.options.append(option);
            }
            if (options.lastError().isValid())
                return failed(loadAction(), options);
            options.finish();
            assessments.addBindValue(first);
            assessments.addBindValue(last);
            if (!assessments.exec())
                return failed(loadAction(), assessments);
            while (assessments.next()) {
                const auto at = optionIndex.constFind(assessments.value(1).toLongLong());
                if (at == optionIndex.constEnd())
                    continue;
                if (StorageError error = assessmentFromRow(assessments, 2, &page[at->first].options[at->second]))
                    return error;
            }
            if (assessments.lastError().isValid())
                return failed(loadAction(), assessments);
            assessments.finish();
            QHash<qint64, QList<DealEvent>> histories;
            if (withHistory) {
                events.addBindValue(first);
                events.addBindValue(last);
                if (!events.exec())
                    return failed(loadAction(), events);
                while (events.next()) {
                    const qint64 dealId = events.value(0).toLongLong();
                    if (dealIndex.contains(dealId)) // not a trashed deal's
                        histories[dealId].append(eventFromRow(events, 1));
                }
                if (events.lastError().isValid())
                    return failed(loadAction(), events);
                events.finish();
            }
            for (const Deal &deal : std::as_const(page)) {
                if (!visit(deal, histories.value(deal.id))) // no history read: none
                    return {};
            }
            after = last;
        }
    });
}

StorageError DealRepository::setDeletedAt(qint64 id, const QString &deletedAt, bool inTrash)
{
    return m_database.write([&]() -> StorageError {
        DealWriter writer(m_database,
                          QCoreApplication::translate("Triplewin::Core::DealRepository", "Moving the deal failed"));
        bool written = false;
        if (StorageError failure = writer.setDeletedAt(id, inTrash ? QVariant() : QVariant(deletedAt), &written))
            return failure;
        if (!written)
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
        DealWriter writer(m_database,
                          QCoreApplication::translate("Triplewin::Core::DealRepository", "Emptying the trash failed"));
        return writer.removeTrashed(&removed);
    });
    if (failure)
        return failure;
    return removed;
}

} // namespace Triplewin::Core
