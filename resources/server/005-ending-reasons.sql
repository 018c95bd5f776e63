-- Triplewin team server, schema 2: why a deal ended as it did (a standard reason key such as 'price', or a user's
-- own reason, and their words), set and cleared with the rest of the ending's columns, as in the app's SQLite files
-- (schema 12). Idempotent: `triplewin-cli server init` upgrades a schema-1 server in place.

ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS ending_reason text COLLATE "C";
ALTER TABLE triplewin.deals ADD COLUMN IF NOT EXISTS ending_note text COLLATE "C";

INSERT INTO triplewin.schema_version (version) VALUES (2) ON CONFLICT (version) DO NOTHING;
