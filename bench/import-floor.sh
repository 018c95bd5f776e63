#!/bin/sh
# The physical floor of a CSV import into Triplewin's schema (issue 14): the sqlite3 shell loads a Triplewin CSV
# export into a staging table and moves it into Triplewin's own tables and indexes with set-based
# INSERT … SELECT, in one transaction, with the pragmas the app uses (WAL, synchronous=FULL, foreign keys, a 32 MiB
# page cache), ids assigned up front and the secondary indexes built once at the end from full tables, as the
# app's bulk path does. No parsing in C++, no statement per row: what SQLite itself needs to store these rows.
#
# Usage: bench/import-floor.sh CSV DATABASE
#   CSV       a file written by DealExporter (Triplewin CSV, one row per option, BOM and header first)
#   DATABASE  an empty Triplewin database (made by Database::open), filled by this script
#
# triplewin-bench --import runs it beside DealImporter on the same file and checks that both databases hold the
# same deals, options, assessments and events (ids and the file's own times aside). It covers what the
# benchmark's generated deals contain: plain text cells (no formula-quoted cells), ASCII names (SQLite's lower()
# then equals the app's nameKey()), English event texts.
set -eu
[ $# -eq 2 ] || { echo "usage: $0 CSV DATABASE" >&2; exit 2; }
csv=$1
db=$2
[ -f "$csv" ] || { echo "$0: no file $csv" >&2; exit 1; }
[ -f "$db" ] || { echo "$0: no database $db" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

cat >"$work/floor.sql" <<EOF
.bail on
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -32768;
PRAGMA temp_store = MEMORY;
-- The header is skipped (it starts with a BOM); the columns are named as DealExporter writes them (the option
-- matrix's marks and the value left at the end are read, then not used: an import works them out again).
CREATE TEMP TABLE staging (uuid, title, customer, customers_customer, salesperson, currency, expected_close, status,
    notes, created_at, updated_at, ended_at, ended_by, agreed_option, ending, you_result, customer_result,
    customers_customer_result, ending_reason, ending_note, you_interests, you_relationship, you_reference_source,
    you_confidence, customer_interests, customer_relationship, customer_reference_source, customer_confidence,
    customers_customer_interests, customers_customer_relationship, customers_customer_reference_source,
    customers_customer_confidence, concessions, option, you_value, you_reference, you_reason, customer_value,
    customer_reference, customer_reason, customers_customer_value, customers_customer_reference,
    customers_customer_reason, dominated_by, below_walk_away_for, you_value_left, customer_value_left,
    customers_customer_value_left);
.import --csv --skip 1 --schema temp '$csv' staging
BEGIN IMMEDIATE;
-- Ids up front: a deal's is its rank among the deals in file order, an option's its rank among the options.
CREATE TEMP TABLE deal_ids AS
    SELECT uuid, min(rowid) AS first_row, row_number() OVER (ORDER BY min(rowid)) AS id FROM temp.staging
    GROUP BY uuid;
CREATE UNIQUE INDEX temp.deal_ids_by_uuid ON deal_ids (uuid);
CREATE TEMP TABLE option_ids AS
    SELECT s.rowid AS row, d.id AS deal_id, s.option AS name,
           row_number() OVER (ORDER BY s.rowid) AS id,
           row_number() OVER (PARTITION BY d.id ORDER BY s.rowid) - 1 AS position
    FROM temp.staging s JOIN temp.deal_ids d USING (uuid) WHERE s.option <> '';
CREATE INDEX temp.option_ids_by_name ON option_ids (deal_id, name, position);
CREATE UNIQUE INDEX temp.option_ids_by_id ON option_ids (id);
-- The agreed option: the first of the deal's options with the agreed name.
CREATE TEMP TABLE agreed AS
    SELECT d.id AS deal_id,
           (SELECT o.id FROM temp.option_ids o WHERE o.deal_id = d.id AND o.name = s.agreed_option
            ORDER BY o.position LIMIT 1) AS option_id
    FROM temp.deal_ids d JOIN temp.staging s ON s.rowid = d.first_row
    WHERE s.ended_at <> '' AND s.ending <> 'walked_away';
CREATE INDEX temp.agreed_by_deal ON agreed (deal_id);
-- Secondary indexes out, to be built once from the full tables.
CREATE TEMP TABLE deferred AS SELECT name, sql FROM sqlite_schema
    WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('deals', 'deal_options', 'assessments', 'deal_events');
.output $work/drop.sql
SELECT 'DROP INDEX "' || replace(name, '"', '""') || '";' FROM temp.deferred;
.output $work/create.sql
SELECT sql || ';' FROM temp.deferred;
.output stdout
.read $work/drop.sql
INSERT INTO deals (id, uuid, revision, title, customer, customers_customer, salesperson, currency, expected_close,
                   status, notes, created_at, updated_at, deleted_at, ended_at, ended_by, agreed_option_id,
                   agreed_option_name, you_result, customer_result, customers_customer_result, ending, ending_reason,
                   ending_note, you_value, customer_value, customers_customer_value, salesperson_key, customer_key,
                   you_interests, you_relationship, you_reference_source, you_confidence, customer_interests,
                   customer_relationship, customer_reference_source, customer_confidence,
                   customers_customer_interests, customers_customer_relationship,
                   customers_customer_reference_source, customers_customer_confidence, concessions)
SELECT d.id, s.uuid, 1, s.title, s.customer, s.customers_customer, s.salesperson, s.currency,
       NULLIF(s.expected_close, ''), s.status, s.notes, s.created_at, s.updated_at, NULL, NULLIF(s.ended_at, ''),
       CASE WHEN s.ended_at <> '' THEN s.ended_by END, a.option_id,
       CASE WHEN s.ended_at = '' THEN NULL WHEN s.ending = 'walked_away' THEN '' ELSE s.agreed_option END,
       NULLIF(s.you_result, ''), NULLIF(s.customer_result, ''), NULLIF(s.customers_customer_result, ''),
       NULLIF(s.ending, ''), CASE WHEN s.ended_at <> '' THEN s.ending_reason END,
       CASE WHEN s.ended_at <> '' THEN s.ending_note END,
       (SELECT CAST(round(v.you_value * 100) AS INTEGER) FROM temp.staging v JOIN temp.option_ids o ON o.row = v.rowid
        WHERE o.id = a.option_id AND v.you_value <> ''),
       (SELECT CAST(round(v.customer_value * 100) AS INTEGER) FROM temp.staging v JOIN temp.option_ids o
        ON o.row = v.rowid WHERE o.id = a.option_id AND v.customer_value <> ''),
       (SELECT CAST(round(v.customers_customer_value * 100) AS INTEGER) FROM temp.staging v JOIN temp.option_ids o
        ON o.row = v.rowid WHERE o.id = a.option_id AND v.customers_customer_value <> ''),
       lower(s.salesperson), lower(s.customer),
       NULLIF(s.you_interests, ''), NULLIF(s.you_relationship, ''), NULLIF(s.you_reference_source, ''),
       NULLIF(s.you_confidence, ''), NULLIF(s.customer_interests, ''), NULLIF(s.customer_relationship, ''),
       NULLIF(s.customer_reference_source, ''), NULLIF(s.customer_confidence, ''),
       NULLIF(s.customers_customer_interests, ''), NULLIF(s.customers_customer_relationship, ''),
       NULLIF(s.customers_customer_reference_source, ''), NULLIF(s.customers_customer_confidence, ''),
       NULLIF(s.concessions, '')
FROM temp.deal_ids d JOIN temp.staging s ON s.rowid = d.first_row LEFT JOIN temp.agreed a ON a.deal_id = d.id
ORDER BY d.id;
INSERT INTO deal_options (id, deal_id, position, name)
SELECT id, deal_id, position, name FROM temp.option_ids ORDER BY id;
INSERT INTO assessments (option_id, party, value, reference_point, reason)
SELECT o.id, p.party,
       CAST(round(NULLIF(CASE p.party WHEN 'you' THEN s.you_value WHEN 'customer' THEN s.customer_value
                         ELSE s.customers_customer_value END, '') * 100) AS INTEGER),
       CAST(round(NULLIF(CASE p.party WHEN 'you' THEN s.you_reference WHEN 'customer' THEN s.customer_reference
                         ELSE s.customers_customer_reference END, '') * 100) AS INTEGER),
       CASE p.party WHEN 'you' THEN s.you_reason WHEN 'customer' THEN s.customer_reason
                    ELSE s.customers_customer_reason END
FROM temp.option_ids o JOIN temp.staging s ON s.rowid = o.row
CROSS JOIN (SELECT 1 AS n, 'you' AS party UNION ALL SELECT 2, 'customer' UNION ALL SELECT 3, 'customers_customer') p
ORDER BY o.id, p.n;
INSERT INTO deal_events (deal_id, kind, at, actor, detail)
SELECT d.id, CASE s.ending WHEN 'walked_away' THEN 'walked_away' ELSE 'closed' END, s.ended_at, s.ended_by,
       CASE s.ending WHEN 'walked_away' THEN 'walked away transparently'
            ELSE 'agreed “' || s.agreed_option || '”: ' ||
                 CASE s.ending WHEN 'win_win_win' THEN 'win-win-win' WHEN 'win_win' THEN 'win/win'
                      WHEN 'win_lose' THEN 'win/lose' WHEN 'lose_win' THEN 'lose/win' WHEN 'lose_lose' THEN 'lose/lose'
                      ELSE 'not assessed' END END
FROM temp.deal_ids d JOIN temp.staging s ON s.rowid = d.first_row WHERE s.ended_at <> '' ORDER BY d.id;
.read $work/create.sql
COMMIT;
EOF
sqlite3 "$db" <"$work/floor.sql" >/dev/null
