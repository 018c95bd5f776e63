-- Triplewin team server, schema 4: a deal's concession ledger, each concession given or received during the
-- negotiation (what, by whom, when, its value to each party, what it was traded for), as the JSON text the app writes
-- (NULL when there is none). Edited with the deal, as in the app's SQLite files (schema 14); read whole.
-- Idempotent: `triplewin-cli server init` upgrades a schema-1, -2 or -3 server in place.

ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS concessions text COLLATE "C"
    CHECK (concessions IS NULL OR json_typeof(concessions::json) = 'array');

INSERT INTO triplewin.schema_version (version) VALUES (4) ON CONFLICT (version) DO NOTHING;
