-- Migration 0017: holes a third attack with one officer's own login found in what 0015 and 0016 left as it was
-- (tests/sync/test_centre_attacks_3.py). Run by the database owner, after 0016.
--
-- A repeat warning (trigger_added) was checked for its two times only, and any officer may add one to any open
-- lead (it needs no claim). Its trigger_kind and trigger_detail (0016 widened the receipt's kinds and left these
-- unchecked) went to every desk as they came: a JSON list as the kind was stored by every desk and made every
-- later import of a row with that person's phone raise (intake_dedup keeps (time, kind, detail) in a set), and a
-- kind outside TriggerKind or a 100 kB detail went onto every desk's lead page. Now the centre takes a repeat
-- warning's kind only from the trigger kinds (or none) and its detail only as a text of at most 256 characters
-- (or none), as a receipt's; and the desks' shape rules (workstation.domain.event_shapes) say both are texts, so
-- a desk sets such an event aside.

-- --- the shapes desks and centre check: 0015's, with trigger_added's trigger_kind and trigger_detail -----------

CREATE OR REPLACE FUNCTION ws_centre.shape_rules() RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT '{
      "lead_received": [["deadline_at", "time", "required"], ["triggered_at", "time", "optional"]],
      "trigger_added": [["deadline_at", "time", "required"], ["triggered_at", "time", "required"],
                        ["trigger_kind", "text", "optional"], ["trigger_detail", "text", "optional"]],
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

-- --- the centre's own bounds: 0016's shape_problem, with trigger_added's kind and detail ------------------------

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
                                                       'fraud_account', 'unknown') THEN
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
        -- 0017: a repeat warning's kind and detail, as a receipt's (intake_dedup keeps them in a set, the lead's
        -- page shows them): one of the trigger kinds or none, a text of at most 256 characters or none.
        IF p -> 'trigger_kind' IS NOT NULL AND jsonb_typeof(p -> 'trigger_kind') <> 'null'
                AND (jsonb_typeof(p -> 'trigger_kind') <> 'string' OR p ->> 'trigger_kind' NOT IN
                     ('fraud_call', 'fraud_sms', 'fraud_url', 'fraud_app', 'fraud_account', 'unknown')) THEN
            RETURN 'trigger_added: unknown trigger_kind';
        END IF;
        IF NOT ws_centre.text_ok(p, 'trigger_detail', 256, false) THEN
            RETURN 'trigger_added: trigger_detail must be a text of at most 256 characters';
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
