-- Triplewin team server, schema 2: why a deal ended as it did (a standard reason key such as 'price', or a user's
-- own reason, and their words), and the value each party would have gained more with the best option for all, frozen
-- at the closing; set and cleared with the rest of the ending's columns, as in the app's SQLite files (schema 12).
-- Idempotent: `triplewin-cli server init` upgrades a schema-1 server in place.

ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS ending_reason text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS ending_note text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS you_left bigint;
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customer_left bigint;
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customers_customer_left bigint;

-- The dashboard's counts by reason and sums of value left over a period: a range of an index each, as in the app's
-- SQLite files.
CREATE INDEX IF NOT EXISTS deals_ended_reasons ON triplewin.deals
    (ended_at, salesperson_key, ending, ending_reason, salesperson) WHERE ended_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_value_left ON triplewin.deals
    (ended_at, salesperson_key, currency, salesperson, you_left, customer_left, customers_customer_left)
    WHERE you_left IS NOT NULL AND deleted_at IS NULL;

INSERT INTO triplewin.schema_version (version) VALUES (2) ON CONFLICT (version) DO NOTHING;
