-- Holes a second attack with one officer's (and a team lead's) own login found in 0010/0012, closed
-- (tests/sync/test_centre_attacks_2.py). Run by the database owner, after 0010 and 0012.
--
-- 1. ws_push stored rows by id: an event refused by every check was stored when a later entry of the same batch
--    with the same id was accepted (an outcome in another officer's name, without a claim, closed their lead),
--    and a lead row was built from a refused receipt of the same lead (a year-1 deadline in it broke every
--    desk's pull). Now the accepted entries are kept by their position, and a repeated id is refused.
-- 2. Payload shapes the centre accepted but every desk sets aside (or a desk's forms, reports and views raise
--    on): the rules of workstation/domain/event_shapes.py are now data here too (ws_centre.shape_rules, which
--    a test compares with the Python), and times are read as the desks read them.
-- 3. Locks: a caller's open transaction (or a statement that goes on after one of our functions) kept lead rows
--    locked for as long as it liked: any officer could freeze any lead with one trigger_added. Sessions of
--    officers that have held lead rows locked for longer than `lock_hog_seconds` are ended by the next call
--    of ours, and our functions wait for a lock at most 10 s.
-- 4. One officer could hold every lead of the queue (claim, heartbeat, repeat): at most `held_leads` at once.
-- 5. The audit copy: a chain was named by application_name alone, which any caller sets, so one officer could
--    append to another desk's chain (its next push then refused for good, entries forged in its name) and
--    hold its advisory lock so the desk's whole sync cycle stalled; and every officer could read every
--    desk's audit entries. Now a chain is named by the desk and a secret key only that desk holds (sent on
--    every append, kept here as its SHA-256), desks read their own chain through ws_audit_chain, and only
--    team leads read the copy.
-- 6. Connections: one officer's login could take all of max_connections; each officer role now has a limit.

-- --- limits the centre's installer may change (UPDATE ws_centre.limits SET value = … WHERE name = …) ----------

CREATE TABLE ws_centre.limits (
    name text PRIMARY KEY,
    value integer NOT NULL CHECK (value >= 0),
    note text NOT NULL
);
INSERT INTO ws_centre.limits (name, value, note) VALUES
    ('held_leads', 30, 'leads one officer may hold under a live lease at once (ws_claim, ws_claim_next)'),
    ('lock_hog_seconds', 20, 'an officer session holding lead rows locked in a transaction older than this is ended'),
    ('officer_connections', 20, 'CONNECTION LIMIT of each officer''s login role (ws_add_officer)');

CREATE FUNCTION ws_centre.limit_of(p_name text) RETURNS integer LANGUAGE sql STABLE AS $$
    SELECT value FROM ws_centre.limits WHERE name = p_name $$;

-- --- 3. sessions that keep other officers' leads locked ----------------------------------------------------

-- Officers' sessions (this database, not the caller's) whose transaction has held lead rows locked (a row lock
-- taken through one of our functions shows as RowShareLock/RowExclusiveLock on `leads`) for longer than
-- lock_hog_seconds: ended. Desks keep their centre transactions to milliseconds; a hog is someone holding a
-- transaction open on purpose. Needs the privileges of pg_read_all_stats and pg_signal_backend (a superuser
-- owner has them); without them it ends nobody.
CREATE FUNCTION ws_centre.end_lock_hogs() RETURNS integer LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    since timestamptz := statement_timestamp() - make_interval(secs => ws_centre.limit_of('lock_hog_seconds'));
    hog record;
    n integer := 0;
BEGIN
    IF NOT EXISTS (SELECT FROM pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
                     AND a.xact_start < since AND starts_with(a.usename::text, ws_role_prefix())) THEN
        RETURN 0;  -- the usual case: one cheap look
    END IF;
    FOR hog IN SELECT DISTINCT a.pid, a.usename::text AS who FROM pg_stat_activity a
               JOIN pg_locks k ON k.pid = a.pid
               WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.xact_start < since
                 AND starts_with(a.usename::text, ws_role_prefix())
                 AND k.locktype = 'relation' AND k.relation = 'public.leads'::regclass AND k.granted
                 AND k.mode IN ('RowShareLock', 'RowExclusiveLock') LOOP
        BEGIN
            IF pg_terminate_backend(hog.pid) THEN
                n := n + 1;
                RAISE LOG 'ws_centre: ended session % of % (held lead rows locked for more than % s)',
                    hog.pid, hog.who, ws_centre.limit_of('lock_hog_seconds');
            END IF;
        EXCEPTION WHEN insufficient_privilege THEN
            NULL;
        END;
    END LOOP;
    RETURN n;
END $$;

-- --- 2. shapes: the desks' rules, as data ------------------------------------------------------------------

-- Times as a desk reads them (workstation.domain.event_shapes.TIME_RE, then datetime.fromisoformat): 'T', hours
-- 00-23, minutes and seconds 00-59, a numeric offset PostgreSQL can hold; within 2000-2100.
CREATE OR REPLACE FUNCTION ws_centre.is_time(v text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF v !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\.[0-9]{1,6})?)?(Z|[+-](0[0-9]|1[0-5]):[0-5][0-9])$' THEN
        RETURN false;
    END IF;
    RETURN v::timestamptz BETWEEN '2000-01-01 00:00+00' AND '2100-01-01 00:00+00';
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

CREATE OR REPLACE FUNCTION ws_centre.is_money(v text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT v ~ '^[0-9]{1,12}(\.[0-9]{1,2})?$' $$;

-- workstation.domain.event_shapes.RULES and NESTED: {kind or kind.key: [[key, check, presence], …]}.
-- tests/sync/test_centre_attacks_2.py checks that this is exactly what the Python says.
CREATE FUNCTION ws_centre.shape_rules() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT '{
      "lead_received": [["deadline_at", "time", "required"], ["triggered_at", "time", "optional"]],
      "trigger_added": [["deadline_at", "time", "required"], ["triggered_at", "time", "required"]],
      "lead_claimed": [["token", "id", "required"], ["lease_expires_at", "time", "optional"]],
      "lead_reassigned": [["to", "id", "required"], ["token", "id", "required"], ["from", "id", "optional"],
                          ["from_token", "id", "optional"], ["lease_expires_at", "time", "optional"]],
      "outcome_recorded": [["code", "outcome_code", "required"], ["started_at", "time", "required"],
                           ["ended_at", "time", "required"], ["callback_at", "time", "optional"],
                           ["amount_protected", "amount", "not_null"], ["amount_lost", "amount", "not_null"],
                           ["contacted_party", "text", "not_null"], ["relation", "text", "not_null"],
                           ["notes", "text", "not_null"], ["station", "text", "not_null"],
                           ["channel", "text", "not_null"], ["checkpoints", "texts", "not_null"],
                           ["script_id", "text", "optional"], ["script_version", "count", "optional"]],
      "outcome_recorded.result": [["status", "lead_status", "required"], ["next_due_at", "time", "optional"],
                                  ["attempts", "count", "not_null"]],
      "stop_payment_requested": [["victim_account", "text", "required"], ["victim_bank", "text", "required"],
                                 ["fraud_account", "text", "required"], ["fraud_bank", "text", "required"],
                                 ["amount", "amount", "required"], ["fraud_account_name", "text", "not_null"],
                                 ["transferred_at", "time", "optional"]],
      "reviewed": [["verdict", "verdict", "required"], ["call_event_id", "text", "optional"],
                   ["comment", "text", "optional"], ["call_officer", "text", "optional"]],
      "document_printed": [["document_id", "id", "optional"]],
      "thanks_recipient_added": [["recipient_name", "text", "required"], ["deed", "text", "required"],
                                 ["recipient_org", "text", "not_null"], ["role", "text", "not_null"],
                                 ["occurred_at", "time", "optional"], ["amount_protected", "amount", "optional"]],
      "thanks_received": [["kind", "text", "required"], ["from_name", "text", "required"],
                          ["received_at", "time", "optional"], ["note", "text", "not_null"]],
      "case_details_recorded": [["case_source", "text", "required"], ["reporter_address", "text", "required"],
                                ["brief_facts", "text", "required"], ["decision", "text", "required"],
                                ["received_place", "text", "not_null"], ["reporter_gender", "text", "not_null"],
                                ["reporter_birth_date", "text", "not_null"],
                                ["reporter_workplace", "text", "not_null"], ["decision_note", "text", "not_null"],
                                ["unit_name", "text", "not_null"], ["received_at", "time", "optional"]],
      "visit_recorded": [["address", "text", "required"], ["officer_names", "two_texts", "required"],
                         ["visited_at", "time", "optional"], ["unit_name", "text", "optional"],
                         ["warning_text", "text", "optional"], ["scam_description", "text", "optional"]]
    }'::jsonb $$;

-- One value against one rule (event_shapes._check): v is NULL when the key is missing.
CREATE FUNCTION ws_centre.value_ok(v jsonb, kind text, presence text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN v IS NULL THEN presence <> 'required'
        WHEN jsonb_typeof(v) = 'null' THEN presence = 'optional'
        ELSE CASE kind
            WHEN 'text' THEN jsonb_typeof(v) = 'string'
            WHEN 'id' THEN jsonb_typeof(v) = 'string' AND length(v #>> '{}') BETWEEN 1 AND 64
            WHEN 'time' THEN jsonb_typeof(v) = 'string' AND ws_centre.is_time(v #>> '{}')
            WHEN 'amount' THEN jsonb_typeof(v) = 'string' AND ws_centre.is_money(v #>> '{}')
            WHEN 'count' THEN jsonb_typeof(v) = 'number' AND (v #>> '{}') ~ '^[0-9]{1,18}$'
            WHEN 'texts' THEN jsonb_typeof(v) = 'array' AND NOT jsonb_path_exists(v, '$[*] ? (@.type() != "string")')
            WHEN 'two_texts' THEN jsonb_typeof(v) = 'array' AND jsonb_array_length(v) = 2
                                  AND NOT jsonb_path_exists(v, '$[*] ? (@.type() != "string")')
            WHEN 'lead_status' THEN v #>> '{}' IN ('new', 'claimed', 'callback', 'stop_payment', 'escalated', 'closed')
                                    AND jsonb_typeof(v) = 'string'
            WHEN 'outcome_code' THEN v #>> '{}' IN ('persuaded', 'no_answer', 'busy', 'refused', 'wrong_number',
                                                    'not_deceived', 'transferred', 'callback_requested',
                                                    'station_visit') AND jsonb_typeof(v) = 'string'
            WHEN 'verdict' THEN v #>> '{}' IN ('reviewed', 'follow_up', 'commended') AND jsonb_typeof(v) = 'string'
            ELSE false
        END
    END $$;

-- The first rule of shape_rules() this payload breaks, or NULL.
CREATE FUNCTION ws_centre.rule_problem(p_kind text, p jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    part record;
    r jsonb;
    obj jsonb;
    inner_key text;
BEGIN
    FOR part IN SELECT key, value FROM jsonb_each(ws_centre.shape_rules())
                WHERE key = p_kind OR split_part(key, '.', 1) = p_kind ORDER BY key LOOP
        inner_key := nullif(split_part(part.key, '.', 2), '');
        obj := CASE WHEN inner_key IS NULL THEN p ELSE p -> inner_key END;
        IF obj IS NULL OR jsonb_typeof(obj) <> 'object' THEN
            RETURN format('%s: %s is missing or not an object', p_kind, inner_key);
        END IF;
        FOR r IN SELECT value FROM jsonb_array_elements(part.value) LOOP
            IF NOT ws_centre.value_ok(obj -> (r ->> 0), r ->> 1, r ->> 2) THEN
                RETURN format('%s: %s%s must be %s (%s)', p_kind, coalesce(inner_key || '.', ''), r ->> 0, r ->> 1,
                              r ->> 2);
            END IF;
        END LOOP;
    END LOOP;
    RETURN NULL;
END $$;

-- 0010's checks, then the desks' rules (a payload the desks would set aside is refused here).
CREATE OR REPLACE FUNCTION ws_centre.shape_problem(kind text, p jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    r jsonb;
BEGIN
    IF jsonb_typeof(p) <> 'object' THEN
        RETURN 'payload is not an object';
    END IF;
    IF octet_length(p::text) > 131072 THEN
        RETURN 'payload larger than 128 KiB';
    END IF;
    IF jsonb_path_exists(p, 'strict $.**{12}') THEN  -- a desk's JSON parser must not recurse without end
        RETURN 'payload nested too deep';
    END IF;
    IF kind = 'lead_received' THEN
        IF NOT (ws_centre.text_ok(p, 'person_name', 64, true) AND ws_centre.text_ok(p, 'phone', 20, true)
                AND ws_centre.text_ok(p, 'id_number', 18, false) AND ws_centre.text_ok(p, 'city', 32, false)
                AND ws_centre.text_ok(p, 'district', 32, false) AND ws_centre.text_ok(p, 'trigger_detail', 256, false)
                AND ws_centre.text_ok(p, 'source', 64, false) AND ws_centre.text_ok(p, 'external_id', 64, false)) THEN
            RETURN 'lead_received: a text field is missing or too long';
        END IF;
        IF coalesce(p ->> 'scam_type', '') NOT IN ('police_impersonation', 'click_farming', 'fake_loan',
                'military_impersonation', 'boss_impersonation', 'fake_investment', 'fake_customer_service',
                'fake_credit_repair', 'romance', 'game_trading', 'fake_shopping') THEN
            RETURN 'lead_received: unknown scam_type';
        END IF;
        IF coalesce(p ->> 'level', '') NOT IN ('red', 'orange', 'yellow') THEN
            RETURN 'lead_received: unknown level';
        END IF;
        IF coalesce(p ->> 'trigger_kind', '') NOT IN ('fraud_call', 'fraud_sms', 'fraud_url', 'fraud_app',
                                                       'fraud_account') THEN
            RETURN 'lead_received: unknown trigger_kind';
        END IF;
        IF NOT (ws_centre.is_time(p ->> 'triggered_at') AND ws_centre.is_time(p ->> 'deadline_at')) THEN
            RETURN 'lead_received: triggered_at and deadline_at must be times';
        END IF;
        IF NOT ws_centre.is_money(p ->> 'amount_at_risk') THEN
            RETURN 'lead_received: amount_at_risk must be an amount';
        END IF;
    ELSIF kind = 'trigger_added' THEN
        IF NOT ws_centre.is_time(p ->> 'deadline_at') THEN
            RETURN 'trigger_added: deadline_at must be a time';
        END IF;
    ELSIF kind = 'outcome_recorded' THEN
        r := p -> 'result';
        IF r IS NULL OR jsonb_typeof(r) <> 'object' THEN
            RETURN 'outcome_recorded: result is missing';
        END IF;
        -- Not 'claimed': an outcome cannot leave a lead held by nobody (out of every queue and every sweep).
        IF coalesce(r ->> 'status', '') NOT IN ('new', 'callback', 'stop_payment', 'escalated', 'closed') THEN
            RETURN 'outcome_recorded: unknown result.status';
        END IF;
        IF r -> 'next_due_at' IS NOT NULL AND jsonb_typeof(r -> 'next_due_at') <> 'null'
                AND NOT ws_centre.is_time(r ->> 'next_due_at') THEN
            RETURN 'outcome_recorded: result.next_due_at must be a time';
        END IF;
        IF (r ->> 'next_due_at')::timestamptz > now() + interval '90 days' THEN  -- hidden from the queue for good
            RETURN 'outcome_recorded: result.next_due_at more than 90 days ahead';
        END IF;
        IF r -> 'attempts' IS NOT NULL AND (jsonb_typeof(r -> 'attempts') <> 'number'
                OR (r ->> 'attempts') !~ '^[0-9]{1,4}$') THEN
            RETURN 'outcome_recorded: result.attempts must be a small whole number';
        END IF;
        IF coalesce(p ->> 'code', '') NOT IN ('persuaded', 'no_answer', 'busy', 'refused', 'wrong_number',
                'not_deceived', 'transferred', 'callback_requested', 'station_visit') THEN
            RETURN 'outcome_recorded: unknown code';
        END IF;
        IF NOT (ws_centre.is_time(p ->> 'started_at') AND ws_centre.is_time(p ->> 'ended_at')) THEN
            RETURN 'outcome_recorded: started_at and ended_at must be times';
        END IF;
        IF NOT (coalesce(p ->> 'amount_protected', '0') ~ '^[0-9]{1,12}(\.[0-9]{1,2})?$'
                AND coalesce(p ->> 'amount_lost', '0') ~ '^[0-9]{1,12}(\.[0-9]{1,2})?$') THEN
            RETURN 'outcome_recorded: amounts must be amounts below 10^12';
        END IF;
        IF p -> 'script_version' IS NOT NULL AND jsonb_typeof(p -> 'script_version') <> 'null'
                AND (jsonb_typeof(p -> 'script_version') <> 'number' OR (p ->> 'script_version') !~ '^[0-9]{1,10}$'
                     OR (p ->> 'script_version')::bigint NOT BETWEEN 1 AND 2147483647) THEN
            RETURN 'outcome_recorded: script_version out of range';
        END IF;
        IF NOT (ws_centre.text_ok(p, 'notes', 20000, false) AND ws_centre.text_ok(p, 'relation', 32, false)
                AND ws_centre.text_ok(p, 'contacted_party', 16, false) AND ws_centre.text_ok(p, 'script_id', 32, false)) THEN
            RETURN 'outcome_recorded: a text field is too long';
        END IF;
        IF p -> 'checkpoints' IS NOT NULL AND (jsonb_typeof(p -> 'checkpoints') <> 'array'
                OR jsonb_array_length(p -> 'checkpoints') > 200) THEN
            RETURN 'outcome_recorded: checkpoints must be a list';
        END IF;
    ELSIF kind = 'stop_payment_requested' THEN
        IF NOT ws_centre.is_money(p ->> 'amount') THEN
            RETURN 'stop_payment_requested: amount must be an amount';
        END IF;
    END IF;
    RETURN ws_centre.rule_problem(kind, p);
END $$;

-- --- 1. push: accepted entries by their position in the batch ----------------------------------------------

CREATE OR REPLACE FUNCTION ws_push(p_events jsonb, p_refs jsonb DEFAULT '{}'::jsonb, p_officer text DEFAULT NULL)
    RETURNS TABLE (event_id text, server_seq bigint, refused text, fresh boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    me officers;
    e record;
    why text;
    accepted bigint[] := '{}';  -- positions in p_events: what is stored is exactly what was checked
    receipts text[] := '{}';
    touched text[] := '{}';
    refusals jsonb := '{}'::jsonb;  -- position → reason
    desk text := ws_centre.desk_name();
BEGIN
    IF p_officer IS NULL AND ws_centre.is_superuser() THEN
        me.role := 'admin';  -- a trusted relay sending receipts written by no officer
    ELSE
        me := ws_centre.actor(p_officer);
    END IF;
    IF jsonb_typeof(p_events) <> 'array' OR jsonb_array_length(p_events) > 5000 THEN
        RAISE EXCEPTION '一批最多 5000 个事件 (a batch is an array of at most 5000 events)' USING ERRCODE = 'WS400';
    END IF;
    PERFORM ws_centre.end_lock_hogs();
    FOR e IN SELECT x.id, x.lead_id, x.kind, x.officer, x.occurred_at, x.payload, x.amends, x.claim_token, a.ord,
                    (old.id IS NOT NULL) AS known,
                    row_number() OVER (PARTITION BY x.id ORDER BY a.ord) AS nth
             FROM jsonb_array_elements(p_events) WITH ORDINALITY AS a(value, ord)
             CROSS JOIN LATERAL jsonb_to_record(a.value) AS x(id text, lead_id text, kind text, officer text,
                                                               occurred_at text, payload jsonb, amends text,
                                                               claim_token text)
             LEFT JOIN events old ON old.id = x.id
             ORDER BY a.ord LOOP
        IF e.nth > 1 THEN  -- one id, two contents: neither may borrow the other's checks
            refusals := refusals || jsonb_build_object(e.ord::text, 'this event id comes more than once in the batch');
            CONTINUE;
        END IF;
        CONTINUE WHEN e.known;
        BEGIN
            why := ws_centre.refusal(e, me, receipts);
            IF why IS NULL AND e.kind = 'lead_received'
                    AND coalesce(p_refs ->> e.lead_id, '') !~ '^YJ[0-9]{6}-[0-9A-Z]{8}$' THEN
                why := 'the receipt''s lead reference is missing or malformed';
            ELSIF why IS NULL AND e.kind = 'lead_received'
                    AND EXISTS (SELECT FROM leads WHERE ref = p_refs ->> e.lead_id) THEN
                why := 'the receipt''s lead reference is taken by another lead';
            END IF;
        EXCEPTION WHEN others THEN
            why := 'malformed event: ' || SQLERRM;
        END;
        IF why IS NULL THEN
            accepted := accepted || e.ord;
            IF e.kind = 'lead_received' THEN
                receipts := receipts || e.lead_id;
            ELSIF e.lead_id IS NOT NULL THEN
                touched := touched || e.lead_id;
            END IF;
        ELSE
            refusals := refusals || jsonb_build_object(e.ord::text, left(why, 500));
        END IF;
    END LOOP;

    INSERT INTO leads (id, ref, person_name, phone, phone_rev, id_number, city, district, scam_type, level,
                       trigger_kind, trigger_detail, triggered_at, deadline_at, amount_at_risk, source, external_id,
                       received_at, status, owner, claim_token, claimed_at, lease_expires_at, attempts, next_due_at,
                       rank_at, last_outcome, last_event_at, amount_protected, amount_lost)
    SELECT x.lead_id, p_refs ->> x.lead_id, x.payload ->> 'person_name', x.payload ->> 'phone',
           reverse(x.payload ->> 'phone'), x.payload ->> 'id_number', coalesce(x.payload ->> 'city', ''),
           coalesce(x.payload ->> 'district', ''), x.payload ->> 'scam_type', x.payload ->> 'level',
           x.payload ->> 'trigger_kind', coalesce(x.payload ->> 'trigger_detail', ''),
           (x.payload ->> 'triggered_at')::timestamptz, (x.payload ->> 'deadline_at')::timestamptz,
           (x.payload ->> 'amount_at_risk')::numeric, coalesce(x.payload ->> 'source', 'platform'),
           x.payload ->> 'external_id', x.occurred_at::timestamptz, 'new', NULL, NULL, NULL, NULL, 0, NULL,
           ws_centre.rank_at((x.payload ->> 'deadline_at')::timestamptz, x.payload ->> 'level',
                             (x.payload ->> 'amount_at_risk')::numeric),
           NULL, x.occurred_at::timestamptz, 0, 0
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS a(value, ord)
    JOIN unnest(accepted) AS ok(ord) ON ok.ord = a.ord
    CROSS JOIN LATERAL jsonb_to_record(a.value) AS x(id text, lead_id text, kind text, occurred_at text, payload jsonb)
    WHERE x.kind = 'lead_received'
    ORDER BY a.ord
    ON CONFLICT DO NOTHING;  -- two receipts of one batch with one reference: the second lead waits unprojected

    WITH stored AS (
        INSERT INTO events (id, lead_id, kind, officer, desk, occurred_at, payload, amends, claim_token)
        SELECT x.id, x.lead_id, x.kind, x.officer, desk, x.occurred_at::timestamptz, x.payload::text, x.amends,
               x.claim_token
        FROM jsonb_array_elements(p_events) WITH ORDINALITY AS a(value, ord)
        JOIN unnest(accepted) AS ok(ord) ON ok.ord = a.ord
        CROSS JOIN LATERAL jsonb_to_record(a.value) AS x(id text, lead_id text, kind text, officer text,
                                                          occurred_at text, payload jsonb, amends text,
                                                          claim_token text)
        ORDER BY a.ord
        ON CONFLICT (id) DO NOTHING
        RETURNING events.id
    )
    INSERT INTO ws_centre.event_origin (event_id, pushed_by, desk) SELECT id, session_user, desk FROM stored;

    PERFORM ws_centre.reproject(ARRAY(SELECT DISTINCT unnest(touched)));

    RETURN QUERY
        SELECT x.id, ev.server_seq, refusals ->> a.ord::text, ok.ord IS NOT NULL
        FROM jsonb_array_elements(p_events) WITH ORDINALITY AS a(value, ord)
        CROSS JOIN LATERAL jsonb_to_record(a.value) AS x(id text)
        LEFT JOIN events ev ON ev.id = x.id
        LEFT JOIN unnest(accepted) AS ok(ord) ON ok.ord = a.ord
        ORDER BY a.ord;
END $$;

-- --- 3 and 4. claims: no hoarding, no waiting on a hog -------------------------------------------------------

-- The caller may take one more lead (a superuser acting for an officer is trusted).
CREATE FUNCTION ws_centre.may_hold_more(me officers) RETURNS void LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    held integer;
    most integer := ws_centre.limit_of('held_leads');
BEGIN
    IF ws_centre.is_superuser() THEN
        RETURN;
    END IF;
    SELECT count(*) INTO held FROM (SELECT FROM leads WHERE owner = me.username AND lease_expires_at > now()
                                    LIMIT most) AS mine;  -- bounded work, however many are held
    IF held >= most THEN
        RAISE EXCEPTION '您已持有 % 条线索，请先处置或退回 (you hold % leads already, the most one officer may hold: '
            'record or release some first)', held, held USING ERRCODE = 'WS403';
    END IF;
END $$;

-- No lock_timeout either: SKIP LOCKED waits for no row.
CREATE OR REPLACE FUNCTION ws_claim_next(p_lease_seconds integer, p_officer text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    t timestamptz := now();
    until_at timestamptz := now() + ws_centre.lease(p_lease_seconds);
    tok text := gen_random_uuid()::text;
    taken text;
BEGIN
    PERFORM ws_centre.may_hold_more(me);
    -- No end_lock_hogs here: SKIP LOCKED never waits, and the hog that hides a lead is ended by the next
    -- heartbeat, sweep or push of any desk (every sync cycle), so the claim F5 waits for stays one statement.
    UPDATE leads SET owner = me.username, claim_token = tok, last_claim_token = tok, status = 'claimed', claimed_at = t,
                     lease_expires_at = until_at, last_event_at = t
        WHERE id = (SELECT id FROM leads
                    WHERE owner IS NULL AND status IN ('new', 'callback', 'stop_payment')
                      AND (next_due_at IS NULL OR next_due_at <= t)
                    ORDER BY rank_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
          AND owner IS NULL AND status IN ('new', 'callback', 'stop_payment')
        RETURNING id INTO taken;
    IF taken IS NOT NULL THEN
        PERFORM ws_centre.server_event(taken, 'lead_claimed', me.username,
                                       jsonb_build_object('token', tok, 'lease_expires_at', ws_centre.iso(until_at)),
                                       tok, t);
    END IF;
    RETURN taken;
END $$;

CREATE OR REPLACE FUNCTION ws_claim(p_lead text, p_lease_seconds integer, p_officer text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    t timestamptz := now();
    until_at timestamptz := now() + ws_centre.lease(p_lease_seconds);
    tok text := gen_random_uuid()::text;
    l leads;
BEGIN
    PERFORM ws_centre.may_hold_more(me);
    PERFORM ws_centre.end_lock_hogs();
    UPDATE leads SET owner = me.username, claim_token = tok, last_claim_token = tok, status = 'claimed', claimed_at = t,
                     lease_expires_at = until_at, last_event_at = t
        WHERE id = p_lead AND owner IS NULL AND status IN ('new', 'callback', 'stop_payment')
        RETURNING * INTO l;
    IF l.id IS NULL THEN
        SELECT * INTO l FROM leads WHERE id = p_lead;
        IF l.id IS NULL THEN
            RAISE EXCEPTION '中心没有线索 % (no such lead on the centre)', p_lead USING ERRCODE = 'WS404';
        ELSIF l.owner IS NOT NULL THEN
            RAISE EXCEPTION '线索 % 正由 % 处置 (another officer holds this lead)', l.ref, l.owner USING ERRCODE = 'WS409';
        END IF;
        RAISE EXCEPTION '线索 % 不在队列中 (lead is not in the queue)', l.ref USING ERRCODE = 'WS409';
    END IF;
    PERFORM ws_centre.server_event(l.id, 'lead_claimed', me.username,
                                   jsonb_build_object('token', tok, 'lease_expires_at', ws_centre.iso(until_at)), tok, t);
    RETURN tok;
END $$;

CREATE OR REPLACE FUNCTION ws_release(p_lead text, p_token text, p_officer text DEFAULT NULL) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    l leads;
BEGIN
    PERFORM ws_centre.end_lock_hogs();
    -- Lock the row only when it is the caller's under this token: nobody can hold another officer's lead.
    SELECT * INTO l FROM leads WHERE id = p_lead AND owner = me.username AND claim_token = p_token FOR UPDATE;
    IF l.id IS NULL THEN
        IF NOT EXISTS (SELECT FROM leads WHERE id = p_lead) THEN
            RAISE EXCEPTION '中心没有线索 % (no such lead on the centre)', p_lead USING ERRCODE = 'WS404';
        END IF;
        RETURN false;
    END IF;
    PERFORM ws_centre.server_event(l.id, 'lead_released', me.username, '{}'::jsonb, p_token, now());
    PERFORM ws_centre.reproject(ARRAY[l.id]);
    RETURN true;
END $$;

CREATE OR REPLACE FUNCTION ws_heartbeat(p_tokens text[], p_lease_seconds integer, p_officer text DEFAULT NULL)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    n integer;
BEGIN
    IF coalesce(cardinality(p_tokens), 0) > 1000 THEN
        RAISE EXCEPTION '一次最多续期 1000 个领取 (at most 1000 tokens per heartbeat)' USING ERRCODE = 'WS400';
    END IF;
    PERFORM ws_centre.end_lock_hogs();
    UPDATE leads SET lease_expires_at = now() + ws_centre.lease(p_lease_seconds)
        WHERE claim_token = ANY(p_tokens) AND owner = me.username AND lease_expires_at IS NOT NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

CREATE OR REPLACE FUNCTION ws_sweep(p_officer text DEFAULT NULL) RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    l record;
    ids text[] := '{}';
BEGIN
    PERFORM ws_centre.end_lock_hogs();
    FOR l IN SELECT id, owner, claim_token FROM leads WHERE owner IS NOT NULL AND lease_expires_at < now()
             ORDER BY lease_expires_at LIMIT 200 FOR UPDATE SKIP LOCKED LOOP
        PERFORM ws_centre.server_event(l.id, 'lease_expired', NULL,
                                       jsonb_build_object('owner', l.owner, 'token', l.claim_token), l.claim_token, now());
        ids := ids || l.id::text;
    END LOOP;
    PERFORM ws_centre.reproject(ids);
    RETURN QUERY SELECT unnest(ids);
END $$;

CREATE OR REPLACE FUNCTION ws_reassign(p_lead text, p_to text, p_officer text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    l leads;
    tok text := gen_random_uuid()::text;
BEGIN
    IF me.role NOT IN ('lead', 'admin') THEN
        RAISE EXCEPTION '只有组长可以改派线索 (only a team lead may reassign a lead)' USING ERRCODE = 'WS403';
    END IF;
    IF NOT EXISTS (SELECT FROM officers WHERE username = p_to AND active) THEN
        RAISE EXCEPTION '找不到民警 % (no such officer)', p_to USING ERRCODE = 'WS404';
    END IF;
    PERFORM ws_centre.end_lock_hogs();
    SELECT * INTO l FROM leads WHERE id = p_lead FOR UPDATE;
    IF l.id IS NULL THEN
        RAISE EXCEPTION '中心没有线索 % (no such lead on the centre)', p_lead USING ERRCODE = 'WS404';
    END IF;
    IF l.status IN ('closed', 'escalated') THEN
        RAISE EXCEPTION '线索 % 状态为 %，不能改派 (lead cannot be reassigned now)', l.ref, l.status USING ERRCODE = 'WS403';
    END IF;
    PERFORM ws_centre.server_event(l.id, 'lead_reassigned', me.username,
                                   jsonb_build_object('from', l.owner, 'from_token', l.claim_token, 'to', p_to,
                                                      'token', tok), tok, now());
    PERFORM ws_centre.reproject(ARRAY[l.id]);
    RETURN tok;
END $$;

-- --- 6. officers' connections ------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION ws_add_officer(p_username text, p_display_name text, p_role text, p_verifier text,
                                          p_badge_no text DEFAULT '') RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    by_name text := ws_centre.require_admin();
    role_name text := ws_role_prefix() || p_username;
    most integer := coalesce(ws_centre.limit_of('officer_connections'), -1);
BEGIN
    IF p_username !~ '^[A-Za-z0-9_.-]{1,32}$' THEN
        RAISE EXCEPTION '用户名只能含字母、数字、_ . -，最多 32 位 (bad user name %)', p_username USING ERRCODE = 'WS400';
    END IF;
    IF ws_centre.group_of(p_role) IS NULL THEN
        RAISE EXCEPTION '未知角色 % (unknown role)', p_role USING ERRCODE = 'WS400';
    END IF;
    IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION '密码须以 SCRAM 校验值传送 (the password must arrive as a SCRAM verifier)' USING ERRCODE = 'WS400';
    END IF;
    IF length(coalesce(p_display_name, '')) NOT BETWEEN 1 AND 64 OR length(coalesce(p_badge_no, '')) > 16 THEN
        RAISE EXCEPTION '姓名 1-64 字，警号最多 16 位 (display name 1-64, badge number up to 16 characters)'
            USING ERRCODE = 'WS400';
    END IF;
    IF EXISTS (SELECT FROM officers WHERE username = p_username) THEN
        RAISE EXCEPTION '民警 % 已存在 (officer exists)', p_username USING ERRCODE = 'WS409';
    END IF;
    INSERT INTO officers (username, display_name, role, password_hash, badge_no, active, failed_logins, created_at)
        VALUES (p_username, p_display_name, p_role, '', coalesce(p_badge_no, ''), true, 0, now());
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = role_name) THEN
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT %s', role_name, p_verifier, most);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L CONNECTION LIMIT %s', role_name, p_verifier, most);
    END IF;
    EXECUTE format('GRANT %I TO %I', ws_centre.group_of(p_role), role_name);
    INSERT INTO ws_centre.officer_changes (username, change, detail)
        VALUES (p_username, 'added', jsonb_build_object('role', p_role, 'by', by_name));
END $$;

DO $$
DECLARE
    o record;
BEGIN
    FOR o IN SELECT r.rolname FROM officers f JOIN pg_roles r ON r.rolname = ws_role_prefix() || f.username LOOP
        EXECUTE format('ALTER ROLE %I CONNECTION LIMIT %s', o.rolname, ws_centre.limit_of('officer_connections'));
    END LOOP;
END $$;

-- --- 5. the audit copy: chains named by desk and key ---------------------------------------------------------

-- Entries pushed before this revision keep chain '' (a desk sends its whole chain again under its key).
ALTER TABLE ws_audit.centre_audit ADD COLUMN IF NOT EXISTS chain varchar(64) NOT NULL DEFAULT '';  -- kept by a downgrade
COMMENT ON COLUMN ws_audit.centre_audit.chain IS 'SHA-256 (hex) of the pushing desk''s secret audit key';
ALTER TABLE ws_audit.centre_audit DROP CONSTRAINT pk_centre_audit,
    ADD CONSTRAINT pk_centre_audit PRIMARY KEY (desk, chain, seq);

CREATE FUNCTION ws_audit.chain_of(p_desk_key text) RETURNS text LANGUAGE plpgsql IMMUTABLE
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_desk_key IS NULL OR p_desk_key !~ '^[A-Za-z0-9_-]{32,128}$' THEN
        RAISE EXCEPTION '缺少工位审计密钥 (the desk''s audit key is missing or malformed: 32-128 of A-Z a-z 0-9 _ -)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN encode(sha256(convert_to(p_desk_key, 'UTF8')), 'hex');
END $$;

-- This desk's chain on the centre (the session's application_name and the desk's key): (seq, hash), oldest first.
CREATE FUNCTION ws_audit_chain(p_desk_key text) RETURNS TABLE (seq bigint, hash text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT c.seq, c.hash::text FROM ws_audit.centre_audit c
    WHERE c.desk = left(coalesce(current_setting('application_name', true), ''), 64)
      AND c.chain = ws_audit.chain_of(p_desk_key)
    ORDER BY c.seq $$;

-- How many keyed chains and entries the centre holds under this session's desk name (no contents): a desk that
-- lost its key, or whose log and key were both removed, still learns that the centre has entries for it.
CREATE FUNCTION ws_audit_desk_chains() RETURNS TABLE (chains bigint, entries bigint)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
    SELECT count(DISTINCT c.chain), count(*) FROM ws_audit.centre_audit c
    WHERE c.desk = left(coalesce(current_setting('application_name', true), ''), 64) AND c.chain <> '' $$;

DROP FUNCTION ws_append_audit(jsonb);
CREATE FUNCTION ws_append_audit(entries jsonb, p_desk_key text) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp SET lock_timeout = '10s' AS $$
DECLARE
    d text := left(coalesce(current_setting('application_name', true), ''), 64);
    ch text := ws_audit.chain_of(p_desk_key);
    e jsonb;
    s bigint;
    last_seq bigint;
    last_hash text;
    stored text;
    v_hash text;
    v_prev text;
    v_at_text text;
    v_at timestamptz;
    v_details text;
    canon text;
    doc text;
    added integer := 0;
BEGIN
    IF btrim(d) = '' THEN
        RAISE EXCEPTION '会话没有工位名 (no desk name: set application_name to the desk id)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF entries IS NULL OR jsonb_typeof(entries) <> 'array' THEN
        RAISE EXCEPTION '审计条目须为数组 (entries must be a JSON array)' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_array_length(entries) > 1000 THEN
        RAISE EXCEPTION '一次最多 1000 条 (at most 1000 audit entries per call, got %)',
            jsonb_array_length(entries) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Keyed by the chain too: nobody without the desk's key can learn the lock's key, let alone hold it.
    PERFORM pg_advisory_xact_lock(hashtextextended('ws_append_audit:' || d || ':' || ch, 0));
    SELECT c.seq, c.hash INTO last_seq, last_hash FROM ws_audit.centre_audit c
     WHERE c.desk = d AND c.chain = ch ORDER BY c.seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, repeat('0', 64));

    FOR e IN SELECT a.value FROM jsonb_array_elements(entries) WITH ORDINALITY AS a(value, ord) ORDER BY a.ord
    LOOP
        IF jsonb_typeof(e) IS DISTINCT FROM 'object' OR jsonb_typeof(e -> 'seq') IS DISTINCT FROM 'number'
           OR (e ->> 'seq') !~ '^[1-9][0-9]{0,17}$' THEN
            RAISE EXCEPTION '审计条目无序号 (an audit entry has no valid seq)' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        s := (e ->> 'seq')::bigint;
        IF EXISTS (SELECT FROM jsonb_object_keys(e) AS k(key) WHERE k.key NOT IN
                   ('seq', 'id', 'at', 'actor', 'desk', 'action', 'target', 'details', 'prev_hash', 'hash')) THEN
            RAISE EXCEPTION '审计第 % 条有多余字段 (audit entry % has unknown fields)', s, s
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        v_hash := ws_audit.field(e, 'hash', 64, s);
        IF s <= last_seq THEN  -- already here: a resend must be the very same entry
            SELECT c.hash INTO stored FROM ws_audit.centre_audit c WHERE c.desk = d AND c.chain = ch AND c.seq = s;
            IF stored IS DISTINCT FROM v_hash THEN
                RAISE EXCEPTION '审计第 % 条与中心副本不符 (audit entry % differs from the copy the centre holds '
                    'for desk %)', s, s, d USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            CONTINUE;
        END IF;
        IF s <> last_seq + 1 THEN
            RAISE EXCEPTION '审计第 % 条不接续第 % 条 (audit entry % does not follow entry %: entries are missing)',
                s, last_seq, s, last_seq USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        v_prev := ws_audit.field(e, 'prev_hash', 64, s);
        IF v_prev <> last_hash THEN
            RAISE EXCEPTION '审计第 % 条的前一哈希不符 (audit entry %: prev_hash is not the hash of entry %)',
                s, s, last_seq USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF v_hash !~ '^[0-9a-f]{64}$' THEN
            RAISE EXCEPTION '审计第 % 条的哈希格式不对 (audit entry %: hash is not 64 hex digits)', s, s
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        v_at_text := ws_audit.field(e, 'at', 32, s);
        IF v_at_text !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}\+00:00$' THEN
            RAISE EXCEPTION '审计第 % 条的时间格式不对 (audit entry %: "at" must be UTC, '
                'YYYY-MM-DDTHH:MM:SS.ffffff+00:00)', s, s USING ERRCODE = 'invalid_parameter_value';
        END IF;
        BEGIN
            v_at := v_at_text::timestamptz;
        EXCEPTION WHEN others THEN
            v_at := NULL;
        END;
        IF v_at IS NULL OR to_char(v_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' <> v_at_text THEN
            RAISE EXCEPTION '审计第 % 条的时间无效 (audit entry %: "at" is not a valid time)', s, s
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        v_details := ws_audit.field(e, 'details', 16384, s);
        IF octet_length(v_details) > 16384 THEN
            RAISE EXCEPTION '审计第 % 条的详情超过 16 KiB (audit entry %: details exceed 16384 bytes)', s, s
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        BEGIN
            canon := ws_audit.canonical(v_details::json);
        EXCEPTION WHEN others THEN
            canon := NULL;
        END;
        IF canon IS NULL OR canon <> v_details OR left(v_details, 1) <> '{' THEN
            RAISE EXCEPTION '审计第 % 条的详情不是规范 JSON 对象 (audit entry %: details are not a JSON object in '
                'canonical form)', s, s USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- audit.canonical(doc): the keys of the entry in sorted order, details spliced in as its canonical text.
        doc := '{"action":' || to_json(ws_audit.field(e, 'action', 32, s))::text
            || ',"actor":' || to_json(ws_audit.field(e, 'actor', 64, s))::text
            || ',"at":' || to_json(v_at_text)::text
            || ',"desk":' || to_json(ws_audit.field(e, 'desk', 64, s))::text
            || ',"details":' || v_details
            || ',"id":' || to_json(ws_audit.field(e, 'id', 36, s))::text
            || ',"prev_hash":' || to_json(v_prev)::text
            || ',"seq":' || s::text
            || ',"target":' || to_json(ws_audit.field(e, 'target', 128, s))::text || '}';
        IF encode(sha256(convert_to(doc, 'UTF8')), 'hex') <> v_hash THEN
            RAISE EXCEPTION '审计第 % 条的哈希与内容不符 (audit entry %: its hash does not match its fields)', s, s
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        INSERT INTO ws_audit.centre_audit (desk, chain, seq, id, at, actor, entry_desk, action, target, details,
                                           prev_hash, hash)
        VALUES (d, ch, s, e ->> 'id', v_at, e ->> 'actor', e ->> 'desk', e ->> 'action', e ->> 'target', v_details,
                v_prev, v_hash);
        last_seq := s;
        last_hash := v_hash;
        added := added + 1;
    END LOOP;
    RETURN added;
END $$;

-- --- privileges -----------------------------------------------------------------------------------------------

REVOKE ALL ON ws_centre.limits FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ws_centre FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ws_audit.chain_of(text) FROM PUBLIC;
REVOKE ALL ON FUNCTION ws_append_audit(jsonb, text), ws_audit_chain(text), ws_audit_desk_chains() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ws_append_audit(jsonb, text), ws_audit_chain(text), ws_audit_desk_chains() TO ws_officer;
-- Reading the audit log is a team lead's right (workstation.security.roles): officers see only their desk's
-- chain, through ws_audit_chain.
REVOKE SELECT ON ws_audit.centre_audit FROM ws_officer;
GRANT SELECT ON ws_audit.centre_audit TO ws_team_lead;
