-- The centre trusts no desk (issue 12): PostgreSQL itself decides who may write what.
--
-- Every officer is a LOGIN role named ws_role_prefix() || username, member of a group role that matches the
-- officer's role in the app (ws_officer, ws_team_lead, ws_admin). Desks have no INSERT/UPDATE/DELETE on any
-- table: they call the SECURITY DEFINER functions below, which check who is calling (session_user), the event
-- kind against the caller's role, the payload's shape and size, the claim token of guarded events, and take
-- the desk name from the session (application_name). The server keeps its own projection (leads, calls) from
-- the events it accepted (ws_reproject). A superuser is trusted and may act for a named officer (p_officer);
-- for anyone else p_officer must be NULL or the caller.
-- Run by the database owner (a superuser, or a role with CREATEROLE that owns the tables).

-- Roles and their memberships are cluster-wide: another database on the same server migrating at this moment
-- (a training copy next to the live centre; the tests, in parallel) may be creating the same ones. Its rows
-- are not visible yet, so our CREATE ROLE or GRANT waits on the catalog's unique index until it commits, then
-- fails with unique_violation: the role or membership exists, which is all this wanted.
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_officer') THEN
        BEGIN CREATE ROLE ws_officer NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_team_lead') THEN
        BEGIN CREATE ROLE ws_team_lead NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_admin') THEN
        BEGIN CREATE ROLE ws_admin NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_desk') THEN
        BEGIN CREATE ROLE ws_desk NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    END IF;
    -- Already a member: a NOTICE, no error (as the plain GRANT always was).
    BEGIN GRANT ws_officer TO ws_team_lead;
    EXCEPTION WHEN unique_violation THEN NULL; END;
    BEGIN GRANT ws_team_lead TO ws_admin;
    EXCEPTION WHEN unique_violation THEN NULL; END;
END $$;

CREATE SCHEMA IF NOT EXISTS ws_centre;
REVOKE ALL ON SCHEMA ws_centre FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- Who sent each accepted event, as the server saw it (the desk's own columns are what the desk wrote).
CREATE TABLE ws_centre.event_origin (
    event_id varchar(36) PRIMARY KEY,
    pushed_by text NOT NULL,
    desk text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);
-- Officer changes (added, role, active), insert-only.
CREATE TABLE ws_centre.officer_changes (
    seq bigserial PRIMARY KEY,
    username varchar(32) NOT NULL,
    change text NOT NULL,
    detail jsonb NOT NULL,
    by_role text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION ws_centre.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '只能追加 (% is insert-only)', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER officer_changes_insert_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ws_centre.officer_changes
    FOR EACH STATEMENT EXECUTE FUNCTION ws_centre.refuse_change();
CREATE TRIGGER event_origin_insert_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ws_centre.event_origin
    FOR EACH STATEMENT EXECUTE FUNCTION ws_centre.refuse_change();

-- Officers' role and active changes are versioned so they reach every desk.
CREATE SEQUENCE IF NOT EXISTS officers_version_seq AS bigint;
CREATE FUNCTION ws_centre.officer_version() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.version := nextval('public.officers_version_seq');
    RETURN NEW;
END $$;
CREATE TRIGGER officers_version BEFORE INSERT OR UPDATE ON officers
    FOR EACH ROW EXECUTE FUNCTION ws_centre.officer_version();

-- Claims and reassignments are checked by the functions below now (0004's trigger checked current_user).
-- Schema-qualified with a fixed search_path: pg_temp is searched first for relations otherwise, and a caller's
-- TEMP SEQUENCE events_server_seq would choose the numbers.
CREATE OR REPLACE FUNCTION ws_events_accept() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
BEGIN
    NEW.server_seq := nextval('public.events_server_seq');
    RETURN NEW;
END $$;

CREATE VIEW officer_directory AS
    SELECT username, display_name, role, badge_no, active, created_at, version FROM officers;

-- --- identity ---------------------------------------------------------------------------------------------

-- No SET search_path on these small SQL helpers, so the planner inlines them (names are schema-qualified).
CREATE FUNCTION ws_role_prefix() RETURNS text LANGUAGE sql STABLE
    AS $$ SELECT 'ws_' || pg_catalog.substr(pg_catalog.md5(pg_catalog.current_database()), 1, 8) || '_' $$;

CREATE FUNCTION ws_centre.group_of(p_role text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_role WHEN 'officer' THEN 'ws_officer' WHEN 'lead' THEN 'ws_team_lead'
                       WHEN 'admin' THEN 'ws_admin' END $$;

CREATE FUNCTION ws_centre.is_superuser() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false) $$;

-- The officer whose own login role this session is (NULL for anyone else): a primary-key look-up.
CREATE FUNCTION ws_centre.session_officer() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN pg_catalog.starts_with(session_user::text, public.ws_role_prefix())
                THEN pg_catalog.substr(session_user::text, pg_catalog.length(public.ws_role_prefix()) + 1) END $$;

-- The officer calling (an active officer's own login role), or the one a superuser acts for.
CREATE FUNCTION ws_centre.actor(p_officer text) RETURNS officers LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers;
BEGIN
    IF ws_centre.is_superuser() THEN
        IF p_officer IS NULL THEN
            RAISE EXCEPTION '超级用户须指明代表的民警 (a superuser must name the officer it acts for)'
                USING ERRCODE = 'WS403';
        END IF;
        SELECT * INTO me FROM officers WHERE username = p_officer;
    ELSE
        SELECT * INTO me FROM officers WHERE username = ws_centre.session_officer();
        IF FOUND AND p_officer IS NOT NULL AND p_officer <> me.username THEN
            RAISE EXCEPTION '登录身份为 %，不能代表 % (signed in as %, cannot act as %)',
                me.username, p_officer, me.username, p_officer USING ERRCODE = 'WS403';
        END IF;
    END IF;
    IF me.username IS NULL OR NOT me.active THEN
        RAISE EXCEPTION '未知或已停用的民警 (unknown or disabled officer: %)', session_user USING ERRCODE = 'WS403';
    END IF;
    RETURN me;
END $$;

CREATE FUNCTION ws_whoami(p_officer text DEFAULT NULL)
    RETURNS TABLE (username text, display_name text, role text, badge_no text, active boolean, version bigint)
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
BEGIN
    RETURN QUERY SELECT me.username::text, me.display_name::text, me.role::text, me.badge_no::text, me.active,
                        me.version;
END $$;

CREATE FUNCTION ws_centre.require_admin() RETURNS text LANGUAGE plpgsql STABLE
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers;
    owner_role text;
BEGIN
    IF ws_centre.is_superuser() THEN
        RETURN session_user;
    END IF;
    SELECT pg_get_userbyid(datdba) INTO owner_role FROM pg_database WHERE datname = current_database();
    IF session_user = owner_role THEN  -- the centre's installer sets up the first admin
        RETURN session_user;
    END IF;
    SELECT * INTO me FROM officers WHERE username = ws_centre.session_officer() AND active;
    IF me.username IS NULL OR me.role <> 'admin' THEN
        RAISE EXCEPTION '只有管理员可以管理民警账户 (only an admin may manage officers)' USING ERRCODE = 'WS403';
    END IF;
    RETURN me.username;
END $$;

CREATE FUNCTION ws_add_officer(p_username text, p_display_name text, p_role text, p_verifier text,
                               p_badge_no text DEFAULT '') RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    by_name text := ws_centre.require_admin();
    role_name text := ws_role_prefix() || p_username;
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
        EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', role_name, p_verifier);
    ELSE
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', role_name, p_verifier);
    END IF;
    EXECUTE format('GRANT %I TO %I', ws_centre.group_of(p_role), role_name);
    INSERT INTO ws_centre.officer_changes (username, change, detail)
        VALUES (p_username, 'added', jsonb_build_object('role', p_role, 'by', by_name));
END $$;

CREATE FUNCTION ws_set_officer_role(p_username text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    by_name text := ws_centre.require_admin();
    before text;
    role_name text := ws_role_prefix() || p_username;
BEGIN
    IF ws_centre.group_of(p_role) IS NULL THEN
        RAISE EXCEPTION '未知角色 % (unknown role)', p_role USING ERRCODE = 'WS400';
    END IF;
    SELECT role INTO before FROM officers WHERE username = p_username FOR UPDATE;
    IF before IS NULL THEN
        RAISE EXCEPTION '找不到民警 % (no such officer)', p_username USING ERRCODE = 'WS404';
    END IF;
    IF before = p_role THEN
        RETURN;
    END IF;
    IF before = 'admin' AND (SELECT count(*) FROM officers WHERE role = 'admin' AND active) <= 1 THEN
        RAISE EXCEPTION '不能撤销最后一名管理员的角色 (cannot remove the last admin)' USING ERRCODE = 'WS403';
    END IF;
    UPDATE officers SET role = p_role WHERE username = p_username;
    EXECUTE format('REVOKE %I FROM %I', ws_centre.group_of(before), role_name);
    EXECUTE format('GRANT %I TO %I', ws_centre.group_of(p_role), role_name);
    INSERT INTO ws_centre.officer_changes (username, change, detail)
        VALUES (p_username, 'role', jsonb_build_object('from', before, 'to', p_role, 'by', by_name));
END $$;

CREATE FUNCTION ws_set_officer_active(p_username text, p_active boolean) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    by_name text := ws_centre.require_admin();
    o officers;
    role_name text := ws_role_prefix() || p_username;
BEGIN
    SELECT * INTO o FROM officers WHERE username = p_username FOR UPDATE;
    IF o.username IS NULL THEN
        RAISE EXCEPTION '找不到民警 % (no such officer)', p_username USING ERRCODE = 'WS404';
    END IF;
    IF o.active = p_active THEN
        RETURN;
    END IF;
    IF NOT p_active AND o.role = 'admin' AND (SELECT count(*) FROM officers WHERE role = 'admin' AND active) <= 1 THEN
        RAISE EXCEPTION '不能停用最后一名管理员 (cannot disable the last admin)' USING ERRCODE = 'WS403';
    END IF;
    UPDATE officers SET active = p_active WHERE username = p_username;
    EXECUTE format('ALTER ROLE %I %s', role_name, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    IF NOT p_active THEN  -- a disabled officer's open sessions end now
        PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = role_name;
    END IF;
    INSERT INTO ws_centre.officer_changes (username, change, detail)
        VALUES (p_username, 'active', jsonb_build_object('active', p_active, 'by', by_name));
END $$;

-- --- helpers ----------------------------------------------------------------------------------------------

CREATE FUNCTION ws_centre.desk_name() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT left(coalesce(nullif(btrim(current_setting('application_name', true)), ''), 'unknown'), 64) $$;

-- A UUIDv7 (time-ordered, like the desks' ids) for the events the centre itself records.
CREATE FUNCTION ws_centre.uuid7() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-7' || substr(h, 14, 3) || '-'
           || substr('89ab', 1 + (('x' || substr(h, 17, 1))::bit(4)::integer % 4), 1) || substr(h, 18, 3) || '-'
           || substr(h, 21, 12)
    FROM (SELECT lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')
                 || replace(gen_random_uuid()::text, '-', '') AS h) AS t $$;

CREATE FUNCTION ws_centre.iso(t timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '+00:00' $$;

-- workstation.domain.priority.rank_at: the deadline pulled forward by the level and the amount at risk.
CREATE FUNCTION ws_centre.rank_at(due timestamptz, level text, amount numeric) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE AS $$
    SELECT due - CASE level WHEN 'red' THEN interval '30 minutes' WHEN 'orange' THEN interval '10 minutes'
                            ELSE interval '0' END
               - CASE WHEN amount <= 0 THEN interval '0'
                      ELSE make_interval(secs => 60 * round(least(60.0, 12.0 * log(1.0 + amount::float8 / 1000.0))::numeric, 3))
                 END $$;

-- ISO 8601 with a numeric offset only: such a text means the same instant whatever the session's TimeZone,
-- DateStyle or timezone_abbreviations (a caller can change those; the projection re-reads the text later).
CREATE FUNCTION ws_centre.is_time(v text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF v !~ '^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)$' THEN
        RETURN false;
    END IF;
    -- Within what a lead's clock can mean: a year-1 deadline once put a lead before every other and broke the
    -- desks' projection ("timestamp too small").
    RETURN v::timestamptz BETWEEN '2000-01-01 00:00+00' AND '2100-01-01 00:00+00';
EXCEPTION WHEN others THEN
    RETURN false;
END $$;

CREATE FUNCTION ws_centre.is_money(v text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT v ~ '^\d{1,12}(\.\d{1,2})?$' $$;

CREATE FUNCTION ws_centre.text_ok(p jsonb, key text, max_len integer, required boolean) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p -> key IS NULL OR jsonb_typeof(p -> key) = 'null' THEN NOT required
                WHEN jsonb_typeof(p -> key) <> 'string' THEN false
                ELSE length(p ->> key) <= max_len AND (NOT required OR length(p ->> key) > 0) END $$;

-- The shape each kind needs (workstation/domain/event_shapes.py says the same on the desk). NULL when fine.
CREATE FUNCTION ws_centre.shape_problem(kind text, p jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
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
                OR (r ->> 'attempts') !~ '^\d{1,4}$') THEN
            RETURN 'outcome_recorded: result.attempts must be a small whole number';
        END IF;
        IF coalesce(p ->> 'code', '') NOT IN ('persuaded', 'no_answer', 'busy', 'refused', 'wrong_number',
                'not_deceived', 'transferred', 'callback_requested', 'station_visit') THEN
            RETURN 'outcome_recorded: unknown code';
        END IF;
        IF NOT (ws_centre.is_time(p ->> 'started_at') AND ws_centre.is_time(p ->> 'ended_at')) THEN
            RETURN 'outcome_recorded: started_at and ended_at must be times';
        END IF;
        IF NOT (coalesce(p ->> 'amount_protected', '0') ~ '^\d{1,12}(\.\d{1,2})?$'
                AND coalesce(p ->> 'amount_lost', '0') ~ '^\d{1,12}(\.\d{1,2})?$') THEN
            RETURN 'outcome_recorded: amounts must be amounts below 10^12';
        END IF;
        IF p -> 'script_version' IS NOT NULL AND jsonb_typeof(p -> 'script_version') <> 'null'
                AND (jsonb_typeof(p -> 'script_version') <> 'number' OR (p ->> 'script_version') !~ '^\d{1,10}$'
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
    RETURN NULL;
END $$;

-- --- the server's projection ------------------------------------------------------------------------------

-- workstation.domain.events.project, for these leads: replays their events in (receipt first, time, id) order
-- and rewrites the projection columns and their calls. A heartbeat moves lease_expires_at without an event:
-- it is kept while the claim is unchanged.
CREATE FUNCTION ws_centre.reproject(p_ids text[]) RETURNS integer LANGUAGE plpgsql
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
            WHEN 'lead_reassigned' THEN
                st := 'claimed'; own := p ->> 'to'; tok := p ->> 'token'; last_tok := tok; cl_at := ev.occurred_at;
                lease := (p ->> 'lease_expires_at')::timestamptz; last_at := ev.occurred_at;
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
                         last_event_at = last_at, amount_protected = prot, amount_lost = lost
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

CREATE FUNCTION ws_centre.server_event(p_lead text, p_kind text, p_officer text, p_payload jsonb, p_token text,
                                       p_at timestamptz) RETURNS text LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    new_id text := ws_centre.uuid7();
BEGIN
    INSERT INTO events (id, lead_id, kind, officer, desk, occurred_at, payload, amends, claim_token)
        VALUES (new_id, p_lead, p_kind, p_officer, ws_centre.desk_name(), p_at, p_payload::text, NULL, p_token);
    INSERT INTO ws_centre.event_origin (event_id, pushed_by, desk) VALUES (new_id, session_user, ws_centre.desk_name());
    RETURN new_id;
END $$;

-- --- claims -----------------------------------------------------------------------------------------------

CREATE FUNCTION ws_centre.lease(p_seconds integer) RETURNS interval LANGUAGE sql IMMUTABLE AS $$
    SELECT make_interval(secs => greatest(1, least(coalesce(p_seconds, 60), 600))) $$;

-- The most urgent lead nobody holds, in one statement (SKIP LOCKED), with its lead_claimed event.
CREATE FUNCTION ws_claim_next(p_lease_seconds integer, p_officer text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    t timestamptz := now();
    until_at timestamptz := now() + ws_centre.lease(p_lease_seconds);
    tok text := gen_random_uuid()::text;
    taken text;
BEGIN
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

CREATE FUNCTION ws_claim(p_lead text, p_lease_seconds integer, p_officer text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    t timestamptz := now();
    until_at timestamptz := now() + ws_centre.lease(p_lease_seconds);
    tok text := gen_random_uuid()::text;
    l leads;
BEGIN
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

-- Give a held lead back; false (nothing written) when the claim was superseded meanwhile.
CREATE FUNCTION ws_release(p_lead text, p_token text, p_officer text DEFAULT NULL) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    l leads;
BEGIN
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

-- Renew the leases the caller still holds under these tokens (a superseded token renews nothing).
CREATE FUNCTION ws_heartbeat(p_tokens text[], p_lease_seconds integer, p_officer text DEFAULT NULL) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    n integer;
BEGIN
    UPDATE leads SET lease_expires_at = now() + ws_centre.lease(p_lease_seconds)
        WHERE claim_token = ANY(p_tokens) AND owner = me.username AND lease_expires_at IS NOT NULL;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;

-- Expired leases become lease_expired events (the lead returns to the queue). Any officer's desk sweeps.
CREATE FUNCTION ws_sweep(p_officer text DEFAULT NULL) RETURNS SETOF text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers := ws_centre.actor(p_officer);
    l record;
    ids text[] := '{}';
BEGIN
    FOR l IN SELECT id, owner, claim_token FROM leads WHERE owner IS NOT NULL AND lease_expires_at < now()
             ORDER BY lease_expires_at LIMIT 200 FOR UPDATE SKIP LOCKED LOOP
        PERFORM ws_centre.server_event(l.id, 'lease_expired', NULL,
                                       jsonb_build_object('owner', l.owner, 'token', l.claim_token), l.claim_token, now());
        ids := ids || l.id::text;
    END LOOP;
    PERFORM ws_centre.reproject(ids);
    RETURN QUERY SELECT unnest(ids);
END $$;

-- A team lead gives a lead to another officer (改派), whoever held it.
CREATE FUNCTION ws_reassign(p_lead text, p_to text, p_officer text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
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

-- --- push -------------------------------------------------------------------------------------------------

-- Why this event may not be stored (NULL: it may). `receipts` are the leads received earlier in this batch.
CREATE FUNCTION ws_centre.refusal(e record, me officers, receipts text[]) RETURNS text LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    problem text;
    at timestamptz;
    guarded constant text[] := ARRAY['lead_released', 'call_started', 'outcome_recorded', 'stop_payment_requested',
                                     'script_switched'];
BEGIN
    IF e.id IS NULL OR e.id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        RETURN 'the event id is not a UUID';
    END IF;
    IF e.kind IN ('lead_claimed', 'lease_expired', 'lead_reassigned') THEN
        RETURN format('%s is recorded only by the centre (claims go through ws_claim/ws_reassign)', e.kind);
    END IF;
    IF e.kind IS NULL OR e.kind NOT IN ('lead_received', 'trigger_added', 'lead_released', 'call_started',
            'outcome_recorded', 'stop_payment_requested', 'script_switched', 'reviewed', 'document_printed',
            'amended', 'thanks_recipient_added', 'thanks_received', 'case_details_recorded', 'visit_recorded') THEN
        RETURN format('unknown event kind %s', coalesce(e.kind, 'NULL'));
    END IF;
    IF e.kind IN ('lead_received', 'trigger_added') THEN
        IF e.officer IS NOT NULL AND e.officer <> me.username THEN
            RETURN format('officer %s is not the caller (%s)', e.officer, me.username);
        END IF;
    ELSIF e.officer IS DISTINCT FROM me.username THEN
        RETURN format('officer %s is not the caller (%s)', coalesce(e.officer, 'NULL'), me.username);
    END IF;
    IF e.kind = 'reviewed' AND me.role NOT IN ('lead', 'admin') THEN
        RETURN 'only a team lead may record a review';
    END IF;
    IF e.occurred_at IS NULL OR NOT ws_centre.is_time(e.occurred_at) THEN
        RETURN 'occurred_at is not a time';
    END IF;
    at := e.occurred_at::timestamptz;
    IF at < now() - interval '30 days' OR at > now() + interval '10 minutes' THEN
        RETURN format('occurred_at %s is outside the accepted window (30 days back, 10 minutes ahead)', e.occurred_at);
    END IF;
    IF e.payload IS NULL THEN
        RETURN 'payload is missing';
    END IF;
    problem := ws_centre.shape_problem(e.kind, e.payload);
    IF problem IS NOT NULL THEN
        RETURN problem;
    END IF;
    IF e.amends IS NOT NULL AND NOT EXISTS (SELECT FROM events WHERE id = e.amends AND officer = me.username)
            AND me.role NOT IN ('lead', 'admin') THEN
        RETURN 'an amendment must point at one of the caller''s own events';
    END IF;
    IF e.lead_id IS NULL THEN
        IF e.kind <> 'document_printed' THEN
            RETURN 'lead_id is missing';
        END IF;
        RETURN NULL;
    END IF;
    IF e.kind = 'lead_received' THEN
        IF EXISTS (SELECT FROM leads WHERE id = e.lead_id) OR e.lead_id = ANY(receipts) THEN
            RETURN 'this lead was received already';
        END IF;
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT FROM leads WHERE id = e.lead_id) AND NOT e.lead_id = ANY(receipts) THEN
        RETURN 'unknown lead';
    END IF;
    IF e.kind = ANY(guarded) THEN
        IF e.claim_token IS NULL THEN
            RETURN format('%s needs the claim token of the caller''s claim on the lead', e.kind);
        END IF;
        -- The caller's current claim, or one of its earlier claims on this lead (a write made offline after
        -- the lease ran out stays on record; the projection fences it).
        IF NOT EXISTS (SELECT FROM events c WHERE c.lead_id = e.lead_id AND c.claim_token = e.claim_token
                         AND ((c.kind = 'lead_claimed' AND c.officer = me.username)
                              OR (c.kind = 'lead_reassigned' AND c.payload::jsonb ->> 'to' = me.username))) THEN
            RETURN format('claim token %s is not a claim of %s on this lead', e.claim_token, me.username);
        END IF;
    END IF;
    RETURN NULL;
END $$;

-- Push a batch of the caller's events. Returns one row per event: its server number when stored (now or
-- before: a resend is harmless), or why it was refused (a dead letter for that desk; the rest go on).
-- p_refs: {lead id: reference} for the batch's receipts; every other lead column comes from the receipt.
CREATE FUNCTION ws_push(p_events jsonb, p_refs jsonb DEFAULT '{}'::jsonb, p_officer text DEFAULT NULL)
    RETURNS TABLE (event_id text, server_seq bigint, refused text, fresh boolean)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    me officers;
    e record;
    why text;
    accepted text[] := '{}';
    receipts text[] := '{}';
    touched text[] := '{}';
    refusals jsonb := '{}'::jsonb;
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
    FOR e IN SELECT x.id, x.lead_id, x.kind, x.officer, x.occurred_at, x.payload, x.amends, x.claim_token,
                    (old.id IS NOT NULL) AS known
             FROM jsonb_to_recordset(p_events) AS x(id text, lead_id text, kind text, officer text, occurred_at text,
                                                     payload jsonb, amends text, claim_token text)
             LEFT JOIN events old ON old.id = x.id LOOP
        CONTINUE WHEN e.known;
        BEGIN
            why := ws_centre.refusal(e, me, receipts);
            IF why IS NULL AND e.kind = 'lead_received'
                    AND coalesce(p_refs ->> e.lead_id, '') !~ '^YJ\d{6}-[0-9A-Z]{8}$' THEN
                why := 'the receipt''s lead reference is missing or malformed';
            ELSIF why IS NULL AND e.kind = 'lead_received'
                    AND EXISTS (SELECT FROM leads WHERE ref = p_refs ->> e.lead_id) THEN
                why := 'the receipt''s lead reference is taken by another lead';
            END IF;
        EXCEPTION WHEN others THEN
            why := 'malformed event: ' || SQLERRM;
        END;
        IF why IS NULL THEN
            accepted := accepted || e.id;
            IF e.kind = 'lead_received' THEN
                receipts := receipts || e.lead_id;
            ELSIF e.lead_id IS NOT NULL THEN
                touched := touched || e.lead_id;
            END IF;
        ELSE
            refusals := refusals || jsonb_build_object(e.id, left(why, 500));
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
    FROM jsonb_to_recordset(p_events) AS x(id text, lead_id text, kind text, occurred_at text, payload jsonb)
    JOIN unnest(receipts) AS r(lead_id) USING (lead_id)
    WHERE x.kind = 'lead_received'
    ON CONFLICT DO NOTHING;  -- two receipts of one batch with one reference: the second lead waits unprojected

    WITH rows AS (
        SELECT x.* FROM jsonb_to_recordset(p_events) AS x(id text, lead_id text, kind text, officer text,
                                                            occurred_at text, payload jsonb, amends text,
                                                            claim_token text)
        JOIN unnest(accepted) AS a(id) USING (id)
    ), stored AS (
        INSERT INTO events (id, lead_id, kind, officer, desk, occurred_at, payload, amends, claim_token)
        SELECT r.id, r.lead_id, r.kind, r.officer, desk, r.occurred_at::timestamptz, r.payload::text, r.amends,
               r.claim_token FROM rows r
        ON CONFLICT (id) DO NOTHING
        RETURNING events.id
    )
    INSERT INTO ws_centre.event_origin (event_id, pushed_by, desk) SELECT id, session_user, desk FROM stored;

    PERFORM ws_centre.reproject(ARRAY(SELECT DISTINCT unnest(touched)));

    RETURN QUERY
        SELECT x.id, ev.server_seq, refusals ->> x.id, a.id IS NOT NULL
        FROM jsonb_to_recordset(p_events) AS x(id text) LEFT JOIN events ev ON ev.id = x.id
        LEFT JOIN unnest(accepted) AS a(id) ON a.id = x.id;
END $$;

-- --- privileges -------------------------------------------------------------------------------------------

-- No temporary objects for callers: nothing of theirs can stand in for ours, whatever a function's path says.
DO $$ BEGIN
    EXECUTE format('REVOKE TEMPORARY ON DATABASE %I FROM PUBLIC', current_database());
END $$;
ALTER FUNCTION ws_events_notify() SET search_path = pg_catalog, public, pg_temp;
-- Large objects live outside every table and every check: callers make none.
REVOKE EXECUTE ON FUNCTION lo_create(oid), lo_creat(integer), lo_from_bytea(oid, bytea), lo_import(text),
    lo_import(text, oid) FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ws_desk, ws_officer, ws_team_lead, ws_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ws_desk, ws_officer, ws_team_lead, ws_admin;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA ws_centre FROM PUBLIC;
GRANT SELECT ON events, leads, calls, officer_directory, alembic_version TO ws_officer;

REVOKE ALL ON FUNCTION ws_whoami(text), ws_add_officer(text, text, text, text, text),
    ws_set_officer_role(text, text), ws_set_officer_active(text, boolean), ws_claim_next(integer, text),
    ws_claim(text, integer, text), ws_release(text, text, text), ws_heartbeat(text[], integer, text),
    ws_sweep(text), ws_reassign(text, text, text), ws_push(jsonb, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ws_whoami(text), ws_claim_next(integer, text), ws_claim(text, integer, text),
    ws_release(text, text, text), ws_heartbeat(text[], integer, text), ws_sweep(text),
    ws_reassign(text, text, text), ws_push(jsonb, jsonb, text) TO ws_officer;
GRANT EXECUTE ON FUNCTION ws_add_officer(text, text, text, text, text), ws_set_officer_role(text, text),
    ws_set_officer_active(text, boolean) TO ws_admin;
