// Not part of the build: scripts/make-schema-fixtures.sh compiles this against the core library of the commit that
// introduced each schema version, so the file it makes has that version's real schema, created by that version's
// own code. The deals are then written by SQL in the shape that version's tables take (the API that wrote them
// changed more often than the tables). Usage: makefixture FILE
#include "storage/database.h"

#include <cstdio>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: makefixture FILE\n", stderr);
        return 2;
    }
    Triplewin::Core::Database database(QStringLiteral("fixture"));
    if (!database.open(QString::fromLocal8Bit(argv[1])).ok()) {
        std::fputs("cannot create the database\n", stderr);
        return 1;
    }
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return 1;
    const int v = query.value(0).toInt();
    query.finish();

    // Schema 11 renamed the ending's columns; this file is compiled against older code too, so it names them itself.
    const auto column = [v](const char *before, const char *after) {
        return QString::fromLatin1(v >= 11 ? after : before);
    };
    QStringList sql;
    // Three deals: one being prepared (two options, one value unknown), one closed on its second option with a
    // win/win, one walked away from (from v2, when endings were recorded); one deal in the trash.
    sql << QStringLiteral(
               "INSERT INTO deals (id, uuid, revision, title, customer, customers_customer, salesperson, currency, "
               "expected_close, status, notes, created_at, updated_at, deleted_at) VALUES "
               "(1, '11111111-1111-4111-8111-111111111111', 3, 'Fleet renewal', 'Acme Logistics', 'Acme''s shippers', "
               "'Dana Scott', 'EUR', '2026-03-31', 'negotiating', 'Two options on the table', "
               "'2026-01-05T09:00:00.000Z', '2026-01-20T16:30:00.000Z', NULL),"
               "(2, '22222222-2222-4222-8222-222222222222', 4, 'Scanner rollout', 'Müller GmbH', '', 'dana scott', "
               "'EUR', "
               "'2026-02-28', '%1', '', '2026-01-10T08:00:00.000Z', '2026-02-01T11:00:00.000Z', NULL),"
               "(3, '33333333-3333-4333-8333-333333333333', 2, 'Tablets', 'Kappa', '', 'Eve', 'USD', NULL, '%2', "
               "'Price war', '2026-01-12T08:00:00.000Z', '2026-02-03T10:00:00.000Z', NULL),"
               "(4, '44444444-4444-4444-8444-444444444444', 1, 'Old idea', 'Zeta', '', 'Eve', 'EUR', NULL, "
               "'preparing', "
               "'', '2025-12-01T08:00:00.000Z', '2025-12-02T08:00:00.000Z', '2026-01-02T08:00:00.000Z')")
               .arg(v >= 2 ? QStringLiteral("closed") : QStringLiteral("negotiating"),
                    v >= 2 ? QStringLiteral("walked_away") : QStringLiteral("preparing"));
    sql << QStringLiteral("INSERT INTO deal_options (id, deal_id, position, name) VALUES "
                          "(11, 1, 0, 'Lease'), (12, 1, 1, 'Buy'), (21, 2, 0, 'Full price'), (22, 2, 1, 'Pilot'), "
                          "(31, 3, 0, 'Discount'), (41, 4, 0, 'Maybe')");
    sql << QStringLiteral(
        "INSERT INTO assessments (option_id, party, value, reference_point, reason) VALUES "
        "(11, 'you', 12000, 8000, 'margin'), (11, 'customer', 5000, 2000, 'cash flow'), "
        "(11, 'customers_customer', NULL, 0, ''), "
        "(12, 'you', 15000, 8000, ''), (12, 'customer', 1000, 2000, 'capital tied up'), "
        "(12, 'customers_customer', 300, 0, 'faster delivery'), "
        "(21, 'you', 20000, 10000, ''), (21, 'customer', -500, 0, 'too dear'), (21, 'customers_customer', 0, 0, ''), "
        "(22, 'you', 14000, 10000, 'pilot margin'), (22, 'customer', 3000, 0, 'tries first'), "
        "(22, 'customers_customer', 200, 0, 'shorter queues'), "
        "(31, 'you', -2000, 0, 'below cost'), (31, 'customer', 4000, 1000, ''), (31, 'customers_customer', 0, 0, ''), "
        "(41, 'you', NULL, 0, ''), (41, 'customer', NULL, 0, ''), (41, 'customers_customer', NULL, 0, '')");
    if (v >= 2) {
        const QString endedAt = column("closed_at", "ended_at");
        const QString endedBy = column("closed_by", "ended_by");
        const QString ending = column("final_outcome", "ending");
        sql << QStringLiteral("UPDATE deals SET %1 = '2026-02-01T10:00:00.000Z', %2 = 'Dana Scott', "
                              "%3 = 22, %4 = 'Pilot', you_result = 'win', "
                              "customer_result = 'win', %5 = 'win', %6 = 'win_win_win' "
                              "WHERE id = 2")
                   .arg(endedAt, endedBy, column("closed_option_id", "agreed_option_id"),
                        column("closed_option_name", "agreed_option_name"),
                        column("chain_result", "customers_customer_result"), ending)
            << QStringLiteral("UPDATE deals SET %1 = '2026-02-03T09:00:00.000Z', %2 = 'Eve', "
                              "%3 = 'walked_away' WHERE id = 3")
                   .arg(endedAt, endedBy, ending)
            << QStringLiteral("INSERT INTO deal_events (deal_id, kind, at, actor, detail) VALUES "
                              "(2, 'closed', '2026-02-01T10:00:00.000Z', 'Dana Scott', 'Pilot: win-win-win'), "
                              "(3, 'walked_away', '2026-02-03T09:00:00.000Z', 'Eve', 'walked away transparently')");
    }
    if (v >= 3)
        sql << QStringLiteral(
            "INSERT INTO walk_away_scripts (deal_id, text, what_would_change, revisit_on, updated_at) "
            "VALUES (3, 'We looked at the discount.', 'a volume order', '2026-06-01', "
            "'2026-02-03T09:05:00.000Z')");
    if (v >= 4)
        sql << QStringLiteral("INSERT INTO coaching_notes (deal_id, author, created_at, text) VALUES "
                              "(3, 'Maria', '2026-02-04T08:00:00.000Z', 'Good call to walk away')");
    if (v >= 8)
        sql << QStringLiteral("UPDATE deals SET you_value = 14000, customer_value = 3000, %1 = 200 "
                              "WHERE id = 2")
                   .arg(column("chain_value", "customers_customer_value"));
    if (v >= 10) {
        // Names as people mean them: for these names (one space each, the ü lower-case already) SQLite's
        // lower() gives exactly what nameKey() does. Deal 1 came from a CRM.
        sql << QStringLiteral("UPDATE deals SET salesperson_key = lower(salesperson), customer_key = lower(customer)")
            << QStringLiteral("INSERT INTO deal_origins (deal_id, source, record_key, crm_state, crm_notes, "
                              "content_hash, synced_at) VALUES (1, 'hubspot', 'id:901', 'open', '', 'c0ffee', "
                              "'2026-01-05T09:00:00.000Z')");
    }
    for (const QString &statement : std::as_const(sql)) {
        if (!query.exec(statement)) {
            std::fprintf(stderr, "v%d: %s\n  %s\n", v, qPrintable(query.lastError().text()), qPrintable(statement));
            return 1;
        }
    }
    query.finish();
    database.close();
    std::printf("v%d: %s\n", v, argv[1]);
    return 0;
}
