-- Triplewin team server, schema 3: what was prepared about each party of a deal (the seven elements of preparation):
-- their interests (what they need and why, one per line), the relationship (history, trust, what is at stake next
-- time), what their reference point is based on, and how sure the salesperson is of it (low, medium, high; NULL
-- when not said). Edited with the deal, as in the app's SQLite files (schema 13).
-- Idempotent: `triplewin-cli server init` upgrades a schema-1 or schema-2 server in place.

ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS you_interests text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS you_relationship text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS you_reference_source text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS you_confidence text COLLATE "C"
    CHECK (you_confidence IN ('low', 'medium', 'high'));
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customer_interests text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customer_relationship text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customer_reference_source text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customer_confidence text COLLATE "C"
    CHECK (customer_confidence IN ('low', 'medium', 'high'));
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customers_customer_interests text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customers_customer_relationship text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customers_customer_reference_source text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS customers_customer_confidence text COLLATE "C"
    CHECK (customers_customer_confidence IN ('low', 'medium', 'high'));

INSERT INTO triplewin.schema_version (version) VALUES (3) ON CONFLICT (version) DO NOTHING;
