#pragma once

// Small builders shared by the core test suites. Header-only so each suite stays one executable.

#include "domain/deal.h"
#include "storage/schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace Triplewin::Core::Test {

inline Assessment assessment(std::optional<Money> value, std::optional<Money> reference, const QString &reason = {})
{
    Assessment result;
    result.value = value;
    result.referencePoint = reference;
    result.reason = reason;
    return result;
}

/// An option with an assessment for each party (you, your customer, their customer).
inline DealOption option(const QString &name, const Assessment &you, const Assessment &customer,
                         const Assessment &theirs)
{
    DealOption result;
    result.name = name;
    result.assessment(Party::You) = you;
    result.assessment(Party::Customer) = customer;
    result.assessment(Party::CustomersCustomer) = theirs;
    return result;
}

/// A typical deal with two options, ready to save.
inline Deal sampleDeal(const QString &title = QStringLiteral("Fleet renewal"))
{
    Deal deal;
    deal.title = title;
    deal.customer = QStringLiteral("Acme Logistics");
    deal.customersCustomer = QStringLiteral("Acme's shippers");
    deal.salesperson = QStringLiteral("Dana");
    deal.currency = QStringLiteral("EUR");
    deal.expectedClose = QDate(2027, 3, 31);
    deal.status = DealStatus::Negotiating;
    deal.notes = QStringLiteral("Renewal of 40 vans.");
    deal.options = {
        option(QStringLiteral("List price"), assessment(1'200'000, 1'000'000, QStringLiteral("margin 20%")),
               assessment(400'000, 450'000, QStringLiteral("competitor is cheaper")),
               assessment(0, 0, QStringLiteral("no change"))),
        option(QStringLiteral("Two-year term"), assessment(1'100'000, 1'000'000),
               assessment(500'000, 450'000, QStringLiteral("price lock")),
               assessment(20'000, 0, QStringLiteral("faster deliveries"))),
    };
    return deal;
}

/// SQL that takes a current database back to an older schema @p version (4 or later): every object of the newer
/// versions undone, user_version set, so the upgrade runs on exactly that schema (the migrations have no IF NOT
/// EXISTS to hide a difference). Real files of every older version are in golden/schemas (tst_schemaupgrade).
inline QStringList statementsBackToSchema(int version)
{
    QStringList statements;
    if (version < 14) // v13 and earlier: no concession ledger
        statements << QStringLiteral("ALTER TABLE deals DROP COLUMN %1").arg(Schema::ConcessionsColumn);
    if (version < 13) {
        // v12 and earlier: nothing prepared about the parties.
        for (const QString &column : Schema::PreparationColumns)
            statements << QStringLiteral("ALTER TABLE deals DROP COLUMN %1").arg(column);
    }
    if (version < 12) {
        // v11 and earlier: no reason with an ending.
        statements << QStringLiteral("DROP INDEX deals_ended_reasons") << QStringLiteral("DROP INDEX deals_value_left");
        for (const char *column :
             {"ending_reason", "ending_note", "you_left", "customer_left", "customers_customer_left"})
            statements << QStringLiteral("ALTER TABLE deals DROP COLUMN %1").arg(QLatin1String(column));
    }
    if (version < 11) {
        // v10 and earlier: the ending's columns by their old names.
        statements << QStringLiteral("DROP INDEX deals_history_customers_customer_value");
        for (const auto &[name, before] : Schema::DealColumnsRenamedIn11)
            statements << QStringLiteral("ALTER TABLE deals RENAME COLUMN %1 TO %2").arg(name, before);
        statements << QStringLiteral("CREATE INDEX deals_history_chain_value ON deals "
                                     "(IFNULL(chain_value, -9223372036854775807), id) WHERE deleted_at IS NULL");
    }
    if (version < 10) {
        // v9 and earlier: no origins, no name keys; the coach's indexes on the names themselves.
        const QString ended = QStringLiteral("WHERE closed_at IS NOT NULL AND deleted_at IS NULL");
        statements << QStringLiteral("DROP TABLE deal_origins") << QStringLiteral("DROP INDEX deals_to_assess")
                   << QStringLiteral("DROP INDEX deals_ended_by_salesperson")
                   << QStringLiteral("CREATE INDEX deals_ended_by_salesperson ON deals "
                                     "(salesperson, closed_at DESC, id DESC, final_outcome, chain_result) ") +
                          ended
                   << QStringLiteral("DROP INDEX deals_ended_by_month")
                   << QStringLiteral("CREATE INDEX deals_ended_by_month ON deals (salesperson, "
                                     "substr(closed_at, 1, 7), final_outcome, closed_at, deleted_at) ") +
                          ended
                   << QStringLiteral("DROP INDEX deals_ended_by_customer")
                   << QStringLiteral("CREATE INDEX deals_ended_by_customer ON deals (customer COLLATE NOCASE, "
                                     "closed_at DESC) ") +
                          ended
                   << QStringLiteral("DROP INDEX deals_history_salesperson")
                   << QStringLiteral("CREATE INDEX deals_history_salesperson ON deals (salesperson, id) "
                                     "WHERE deleted_at IS NULL")
                   << QStringLiteral("ALTER TABLE deals DROP COLUMN salesperson_key")
                   << QStringLiteral("ALTER TABLE deals DROP COLUMN customer_key");
    }
    if (version < 9) {
        // v8 and earlier: a reference point was NOT NULL DEFAULT 0.
        statements << QStringLiteral("CREATE TABLE assessments_v8 ("
                                     " option_id INTEGER NOT NULL REFERENCES deal_options (id) ON DELETE CASCADE,"
                                     " party TEXT NOT NULL CHECK (party IN ('you', 'customer', 'customers_customer')),"
                                     " value INTEGER,"
                                     " reference_point INTEGER NOT NULL DEFAULT 0,"
                                     " reason TEXT NOT NULL DEFAULT '',"
                                     " PRIMARY KEY (option_id, party))")
                   << QStringLiteral("INSERT INTO assessments_v8 SELECT option_id, party, value, "
                                     "IFNULL(reference_point, 0), reason FROM assessments")
                   << QStringLiteral("DROP TABLE assessments")
                   << QStringLiteral("ALTER TABLE assessments_v8 RENAME TO assessments")
                   << QStringLiteral("DROP INDEX deals_history_outcome_rank")
                   << QStringLiteral("CREATE INDEX deals_history_outcome ON deals (IFNULL(final_outcome, ''), id) "
                                     "WHERE deleted_at IS NULL");
    }
    if (version < 8) {
        for (const char *column : {"you_value", "customer_value", "chain_value"}) {
            statements << QStringLiteral("DROP INDEX deals_history_%1").arg(QLatin1String(column))
                       << QStringLiteral("ALTER TABLE deals DROP COLUMN %1").arg(QLatin1String(column));
        }
    }
    if (version < 7)
        statements << QStringLiteral("DROP TABLE drafts");
    if (version < 6) {
        for (const char *column : {"created", "salesperson", "customer", "title", "status", "outcome", "closed"})
            statements << QStringLiteral("DROP INDEX IF EXISTS deals_history_%1").arg(QLatin1String(column));
    }
    if (version < 5)
        statements << QStringLiteral("DROP TABLE IF EXISTS database_info")
                   << QStringLiteral("DROP TABLE IF EXISTS merge_log");
    statements << QStringLiteral("PRAGMA user_version = %1").arg(version);
    return statements;
}

/// Every row of @p tables, as text: equal before and after means nothing in them changed.
inline QString dumpTables(const QSqlDatabase &db, const QStringList &tables)
{
    QString text;
    for (const QString &table : tables) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
            return QStringLiteral("error");
        text += table + u'\n';
        while (query.next()) {
            for (int column = 0; column < query.record().count(); ++column)
                text += query.value(column).toString() + u'|';
            text += u'\n';
        }
    }
    return text;
}

/// SHA-256 of a file's bytes, to prove that a refused file was left exactly as it was.
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace Triplewin::Core::Test
