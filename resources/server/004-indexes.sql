-- Triplewin team server: the indexes behind the app's deal list, team history and coach, the same as in its SQLite
-- files (core/storage/database.cpp; those of options, events and notes are in 001-schema.sql), so that each screen
-- reads a few index pages instead of every deal. Expressions are written as the app's statements write them on this
-- server (COALESCE where SQLite says IFNULL), or the planner cannot use them. Idempotent.

-- The deal list: newest change first.
CREATE INDEX IF NOT EXISTS deals_recent ON triplewin.deals (updated_at DESC, id DESC) WHERE deleted_at IS NULL;

-- The coach: habit windows, the relational quotient per month, the customer's last experience, deals to assess.
CREATE INDEX IF NOT EXISTS deals_ended_by_customer ON triplewin.deals (customer_key, ended_at DESC)
    WHERE ended_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_ended_by_month ON triplewin.deals
    (salesperson_key, substr(ended_at, 1, 7), ending, ended_at, deleted_at)
    WHERE ended_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_ended_by_salesperson ON triplewin.deals
    (salesperson_key, ended_at DESC, id DESC, ending, customers_customer_result)
    WHERE ended_at IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_to_assess ON triplewin.deals (salesperson_key, ended_at DESC, id DESC)
    WHERE ended_at IS NOT NULL AND deleted_at IS NULL AND ending = 'unknown';

-- The team history: one index per sort column, (key, id) for keyset paging.
CREATE INDEX IF NOT EXISTS deals_history_created ON triplewin.deals (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_closed ON triplewin.deals (COALESCE(ended_at, ''), id)
    WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_customer ON triplewin.deals (customer, id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_salesperson ON triplewin.deals (salesperson_key, id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_status ON triplewin.deals (status, id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_title ON triplewin.deals (title, id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_you_value ON triplewin.deals
    (COALESCE(you_value, -9223372036854775807), id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_customer_value ON triplewin.deals
    (COALESCE(customer_value, -9223372036854775807), id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_customers_customer_value ON triplewin.deals
    (COALESCE(customers_customer_value, -9223372036854775807), id) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS deals_history_outcome_rank ON triplewin.deals
    ((CASE ending WHEN 'unknown' THEN 1 WHEN 'lose_lose' THEN 2 WHEN 'lose_win' THEN 3 WHEN 'win_lose' THEN 4
                  WHEN 'walked_away' THEN 5 WHEN 'win_win' THEN 6 WHEN 'win_win_win' THEN 7 ELSE 0 END), id)
    WHERE deleted_at IS NULL;
