-- Migration 0015: a callback kept for the officer who arranged it (issue 13). Run by the database owner, after 0014.
--
-- An officer who arranges a callback with the person chooses "me" (the default) or "anyone", as VICIdial's
-- USERONLY and ANYONE callbacks do. A "me" callback's outcome carries result.reserved_until (its time plus the
-- desk's grace, decided when it is recorded); the projection keeps the lead for the officer who recorded it
-- (leads.reserved_for, never anyone else: a desk cannot keep a lead for another officer) until then, at most a
-- day past the callback's time. Before that nobody else can claim it: ws_claim_next passes over it, ws_claim
-- refuses with WS409. After it, or after the officer claimed it, it is anyone's again. A team lead's reassign
-- (ws_reassign) still moves it: the reassignment is a claim, and a claim clears the reservation.
--
-- The same rules in Python: workstation.domain.events._reservation and services.leads.claimable_clause; the
-- shape rules below are workstation.domain.event_shapes.RULES (a test compares them).

-- --- the projection -----------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION ws_centre.reproject(p_ids text[]) RETURNS integer LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    l record;
    ev record;
    p jsonb;
    n integer := 0;
    received boolean;
    st text; own text; tok text; last_tok text; cl_at timestamptz; lease timestamptz; att integer; due timestamptz;
    rnk timestamptz; last_out text; last_at timestamptz; prot numeric; lost numeric;
    nst text; ndue timestamptz;
    res_for text; res_until timestamptz;  -- a callback kept for its officer (0015)
BEGIN
    FOR l IN SELECT id, level, amount_at_risk, claim_token, lease_expires_at FROM leads
             WHERE id = ANY(p_ids) ORDER BY id FOR UPDATE LOOP
        received := false;
        FOR ev IN SELECT e.id, e.kind, e.officer, e.occurred_at, e.payload, e.claim_token FROM events e
                  WHERE e.lead_id = l.id ORDER BY (e.kind <> 'lead_received'), e.occurred_at, e.id LOOP
            p := ev.payload::jsonb;
            IF ev.kind = 'lead_received' THEN
                st := 'new'; own := NULL; tok := NULL; last_tok := NULL; cl_at := NULL; lease := NULL; att := 0; due := NULL;
                rnk := ws_centre.rank_at((p ->> 'deadline_at')::timestamptz, l.level, l.amount_at_risk);
                last_out := NULL; last_at := ev.occurred_at; prot := 0; lost := 0; received := true;
                res_for := NULL; res_until := NULL;
                CONTINUE;
            END IF;
            CONTINUE WHEN NOT received;
            -- Written under a claim older than the latest (held or not): stale, as domain.events.is_stale says.
            IF ev.kind IN ('outcome_recorded', 'lead_released', 'lease_expired') AND ev.claim_token IS NOT NULL
                    AND coalesce(tok, last_tok) IS NOT NULL AND ev.claim_token <> coalesce(tok, last_tok) THEN
                last_at := greatest(last_at, ev.occurred_at);
                IF ev.kind = 'outcome_recorded' THEN
                    prot := prot + coalesce((p ->> 'amount_protected')::numeric, 0);
                    lost := lost + coalesce((p ->> 'amount_lost')::numeric, 0);
                END IF;
                CONTINUE;
            END IF;
            CASE ev.kind
            WHEN 'lead_claimed' THEN
                st := 'claimed'; own := ev.officer; tok := p ->> 'token'; last_tok := tok; cl_at := ev.occurred_at;
                lease := (p ->> 'lease_expires_at')::timestamptz; last_at := ev.occurred_at;
                res_for := NULL; res_until := NULL;
            WHEN 'lead_reassigned' THEN
                st := 'claimed'; own := p ->> 'to'; tok := p ->> 'token'; last_tok := tok; cl_at := ev.occurred_at;
                lease := (p ->> 'lease_expires_at')::timestamptz; last_at := ev.occurred_at;
                res_for := NULL; res_until := NULL;
            WHEN 'lead_released', 'lease_expired' THEN
                IF st = 'claimed' THEN
                    st := CASE WHEN due IS NOT NULL THEN 'callback' ELSE 'new' END;
                END IF;
                own := NULL; tok := NULL; cl_at := NULL; lease := NULL; last_at := ev.occurred_at;
            WHEN 'trigger_added' THEN
                rnk := least(rnk, ws_centre.rank_at((p ->> 'deadline_at')::timestamptz, l.level, l.amount_at_risk));
                last_at := ev.occurred_at;
            WHEN 'outcome_recorded' THEN
                nst := p -> 'result' ->> 'status';
                ndue := (p -> 'result' ->> 'next_due_at')::timestamptz;
                IF nst = 'stop_payment' THEN
                    rnk := ev.occurred_at - interval '1 day';
                ELSE
                    IF ndue IS NOT NULL THEN
                        rnk := ws_centre.rank_at(ndue, l.level, l.amount_at_risk);
                    END IF;
                    own := NULL; tok := NULL; cl_at := NULL; lease := NULL;
                END IF;
                -- domain.events._reservation: only for the officer who recorded it, a callback with a time, and
                -- at most a day past that time.
                res_until := (p -> 'result' ->> 'reserved_until')::timestamptz;
                IF res_until IS NULL OR nst <> 'callback' OR ndue IS NULL OR coalesce(ev.officer, '') = '' THEN
                    res_for := NULL; res_until := NULL;
                ELSE
                    res_for := ev.officer; res_until := least(res_until, ndue + interval '1 day');
                END IF;
                st := nst; att := coalesce((p -> 'result' ->> 'attempts')::integer, att); due := ndue;
                last_out := p ->> 'code'; last_at := ev.occurred_at;
                prot := prot + coalesce((p ->> 'amount_protected')::numeric, 0);
                lost := lost + coalesce((p ->> 'amount_lost')::numeric, 0);
            ELSE
                last_at := greatest(last_at, ev.occurred_at);
            END CASE;
        END LOOP;
        CONTINUE WHEN NOT received;
        IF l.lease_expires_at IS NOT NULL AND tok IS NOT DISTINCT FROM l.claim_token THEN
            lease := l.lease_expires_at;
        END IF;
        UPDATE leads SET status = st, owner = own, claim_token = tok, last_claim_token = last_tok, claimed_at = cl_at,
                         lease_expires_at = lease,
                         attempts = att, next_due_at = due, rank_at = rnk, last_outcome = last_out,
                         last_event_at = last_at, amount_protected = prot, amount_lost = lost,
                         reserved_for = res_for, reserved_until = res_until
            WHERE id = l.id;
        DELETE FROM calls WHERE lead_id = l.id;
        INSERT INTO calls (event_id, lead_id, officer, started_at, ended_at, outcome, contacted_party, relation,
                           amount_protected, amount_lost, script_id, script_version, checkpoints, notes)
            SELECT e.id, e.lead_id, e.officer, (q ->> 'started_at')::timestamptz, (q ->> 'ended_at')::timestamptz,
                   q ->> 'code', coalesce(q ->> 'contacted_party', 'self'), coalesce(q ->> 'relation', ''),
                   coalesce((q ->> 'amount_protected')::numeric, 0), coalesce((q ->> 'amount_lost')::numeric, 0),
                   q ->> 'script_id', (q ->> 'script_version')::integer,
                   coalesce(q -> 'checkpoints', '[]'::jsonb)::text, coalesce(q ->> 'notes', '')
            FROM events e CROSS JOIN LATERAL (SELECT e.payload::jsonb AS q) AS x
            WHERE e.lead_id = l.id AND e.kind = 'outcome_recorded';
        n := n + 1;
    END LOOP;
    RETURN n;
END $$;

-- --- claims ---------------------------------------------------------------------------------------------------

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
                     lease_expires_at = until_at, last_event_at = t, reserved_for = NULL, reserved_until = NULL
        WHERE id = (SELECT id FROM leads
                    WHERE owner IS NULL AND status IN ('new', 'callback', 'stop_payment')
                      AND (next_due_at IS NULL OR next_due_at <= t)
                      AND (reserved_for IS NULL OR reserved_for = me.username OR reserved_until <= t)
                    ORDER BY rank_at, id LIMIT 1 FOR UPDATE SKIP LOCKED)
          AND owner IS NULL AND status IN ('new', 'callback', 'stop_payment')
          AND (reserved_for IS NULL OR reserved_for = me.username OR reserved_until <= t)
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
                     lease_expires_at = until_at, last_event_at = t, reserved_for = NULL, reserved_until = NULL
        WHERE id = p_lead AND owner IS NULL AND status IN ('new', 'callback', 'stop_payment')
          AND (reserved_for IS NULL OR reserved_for = me.username OR reserved_until <= t)
        RETURNING * INTO l;
    IF l.id IS NULL THEN
        SELECT * INTO l FROM leads WHERE id = p_lead;
        IF l.id IS NULL THEN
            RAISE EXCEPTION '中心没有线索 % (no such lead on the centre)', p_lead USING ERRCODE = 'WS404';
        ELSIF l.owner IS NOT NULL THEN
            RAISE EXCEPTION '线索 % 正由 % 处置 (another officer holds this lead)', l.ref, l.owner USING ERRCODE = 'WS409';
        ELSIF l.reserved_for IS NOT NULL AND l.reserved_for <> me.username AND l.reserved_until > t THEN
            RAISE EXCEPTION '线索 % 为 % 的约定回拨，% 前只有该民警可以领取 (lead % is kept for the callback of % until %)',
                l.ref, l.reserved_for, ws_centre.iso(l.reserved_until), l.ref, l.reserved_for,
                ws_centre.iso(l.reserved_until) USING ERRCODE = 'WS409',
                DETAIL = 'reserved_for=' || l.reserved_for || ' reserved_until=' || ws_centre.iso(l.reserved_until);
        END IF;
        RAISE EXCEPTION '线索 % 不在队列中 (lead is not in the queue)', l.ref USING ERRCODE = 'WS409';
    END IF;
    PERFORM ws_centre.server_event(l.id, 'lead_claimed', me.username,
                                   jsonb_build_object('token', tok, 'lease_expires_at', ws_centre.iso(until_at)), tok, t);
    RETURN tok;
END $$;

-- --- the shapes desks and centre check (0013's, with callback_for and result.reserved_until) -------------------

CREATE OR REPLACE FUNCTION ws_centre.shape_rules() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
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
                           ["script_id", "text", "optional"], ["script_version", "count", "optional"],
                           ["callback_for", "text", "optional"]],
      "outcome_recorded.result": [["status", "lead_status", "required"], ["next_due_at", "time", "optional"],
                                  ["attempts", "count", "not_null"], ["reserved_until", "time", "optional"]],
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
