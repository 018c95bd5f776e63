-- Triplewin team server: who sees and changes which rows, decided by PostgreSQL's row-level security. ENABLE and
-- FORCE on every table (FORCE: even the tables' owner is bound); every write policy has WITH CHECK, so a row can
-- be neither written nor moved to another login. The app's own filters are only for speed. Idempotent: each policy
-- is dropped and created again.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['deals', 'deal_options', 'assessments', 'deal_events', 'walk_away_scripts',
                             'coaching_notes', 'drafts', 'deal_origins'] LOOP
        EXECUTE format('ALTER TABLE triplewin.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE triplewin.%I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END
$$;

-- A salesperson: their own deals, and everything hanging off them. A child row's policy asks for its deal (or
-- option) through a subquery, which the policies of deals (or deal_options) filter in turn: a deal that is not
-- yours is not found, so neither are its options, assessments, events, scripts or origin.
DROP POLICY IF EXISTS salesperson_own ON triplewin.deals;
CREATE POLICY salesperson_own ON triplewin.deals FOR ALL TO triplewin_salesperson
    USING (owner_login = current_user) WITH CHECK (owner_login = current_user);
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['deal_options', 'deal_events', 'walk_away_scripts', 'deal_origins'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS salesperson_own ON triplewin.%I', t);
        EXECUTE format('CREATE POLICY salesperson_own ON triplewin.%I FOR ALL TO triplewin_salesperson '
                       'USING (EXISTS (SELECT 1 FROM triplewin.deals d WHERE d.id = deal_id)) '
                       'WITH CHECK (EXISTS (SELECT 1 FROM triplewin.deals d WHERE d.id = deal_id))', t);
    END LOOP;
END
$$;
DROP POLICY IF EXISTS salesperson_own ON triplewin.assessments;
CREATE POLICY salesperson_own ON triplewin.assessments FOR ALL TO triplewin_salesperson
    USING (EXISTS (SELECT 1 FROM triplewin.deal_options o WHERE o.id = option_id))
    WITH CHECK (EXISTS (SELECT 1 FROM triplewin.deal_options o WHERE o.id = option_id));
DROP POLICY IF EXISTS salesperson_reads_notes ON triplewin.coaching_notes;
CREATE POLICY salesperson_reads_notes ON triplewin.coaching_notes FOR SELECT TO triplewin_salesperson
    USING (EXISTS (SELECT 1 FROM triplewin.deals d WHERE d.id = deal_id));

-- A manager: reads the whole team (the grants give no write on deals), writes notes signed with their own login.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['deals', 'deal_options', 'assessments', 'deal_events', 'walk_away_scripts',
                             'deal_origins'] LOOP
        EXECUTE format('DROP POLICY IF EXISTS manager_reads ON triplewin.%I', t);
        EXECUTE format('CREATE POLICY manager_reads ON triplewin.%I FOR SELECT TO triplewin_manager USING (true)', t);
    END LOOP;
END
$$;
DROP POLICY IF EXISTS manager_reads ON triplewin.coaching_notes;
CREATE POLICY manager_reads ON triplewin.coaching_notes FOR SELECT TO triplewin_manager USING (true);
DROP POLICY IF EXISTS manager_writes_own ON triplewin.coaching_notes;
CREATE POLICY manager_writes_own ON triplewin.coaching_notes FOR INSERT TO triplewin_manager
    WITH CHECK (author_login = current_user);
DROP POLICY IF EXISTS manager_edits_own ON triplewin.coaching_notes;
CREATE POLICY manager_edits_own ON triplewin.coaching_notes FOR UPDATE TO triplewin_manager
    USING (author_login = current_user) WITH CHECK (author_login = current_user);
DROP POLICY IF EXISTS manager_deletes_own ON triplewin.coaching_notes;
CREATE POLICY manager_deletes_own ON triplewin.coaching_notes FOR DELETE TO triplewin_manager
    USING (author_login = current_user);

-- Drafts: each login its own.
DROP POLICY IF EXISTS own_drafts ON triplewin.drafts;
CREATE POLICY own_drafts ON triplewin.drafts FOR ALL TO triplewin_salesperson, triplewin_manager
    USING (owner_login = current_user) WITH CHECK (owner_login = current_user);
