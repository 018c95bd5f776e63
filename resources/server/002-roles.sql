-- Triplewin team server: the group roles a login is given (`triplewin-cli server add-user NAME --role ROLE`, or
-- `GRANT triplewin_salesperson TO some_login;` by a DBA). Idempotent.
--   triplewin_salesperson  sees and edits only the deals it owns (and reads the managers' notes on them)
--   triplewin_manager      reads every deal of the team and writes coaching notes; edits no salesperson's deal
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'triplewin_salesperson') THEN
        CREATE ROLE triplewin_salesperson NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'triplewin_manager') THEN
        CREATE ROLE triplewin_manager NOLOGIN;
    END IF;
END
$$;

GRANT USAGE ON SCHEMA triplewin TO triplewin_salesperson, triplewin_manager;
GRANT SELECT ON triplewin.schema_version TO triplewin_salesperson, triplewin_manager;

GRANT SELECT, INSERT, UPDATE, DELETE ON triplewin.deals, triplewin.deal_options, triplewin.assessments,
    triplewin.deal_events, triplewin.walk_away_scripts, triplewin.drafts, triplewin.deal_origins
    TO triplewin_salesperson;
GRANT SELECT ON triplewin.coaching_notes TO triplewin_salesperson;

GRANT SELECT ON triplewin.deals, triplewin.deal_options, triplewin.assessments, triplewin.deal_events,
    triplewin.walk_away_scripts, triplewin.deal_origins TO triplewin_manager;
GRANT SELECT, INSERT, UPDATE, DELETE ON triplewin.coaching_notes, triplewin.drafts TO triplewin_manager;

GRANT USAGE ON ALL SEQUENCES IN SCHEMA triplewin TO triplewin_salesperson, triplewin_manager;
