"""centre audit: the centre's insert-only copy of every desk's audit chain, and the function desks append with

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01

PostgreSQL only (a desk's SQLite gets nothing). Schema `ws_audit` (outside `public`, so the models' metadata
never sees it) holds `ws_audit.centre_audit`: one row per audit entry of each desk, keyed (desk, seq), plus who
pushed it and when it arrived. A statement trigger refuses UPDATE, DELETE and TRUNCATE for every role, the
owner included; it is ENABLE ALWAYS, so `session_replication_role = replica` does not switch it off either.

Desks write nothing directly: `ws_append_audit(entries jsonb)` (SECURITY DEFINER) takes the desk name from the
session (application_name), bounds the batch and every field, requires each entry to continue the chain the
centre holds for that desk, and recomputes each entry's hash exactly as workstation/security/audit.py does:
sha256 over the canonical JSON of the entry. The entry's fields are spliced into that JSON by hand (keys in
sorted order, strings escaped by to_json, whose escapes are Python's), and `details` travels as the desk's
canonical text: the centre rebuilds the canonical form of that text (`ws_audit.canonical`, over the `json`
type so number tokens keep their spelling; floats re-spelt as Python's repr by `ws_audit.py_float`) and
refuses it unless it is already canonical. A resend of entries already stored with the same hash changes
nothing (a lost acknowledgement); any other difference refuses the whole batch.
"""

from alembic import op

from workstation.store.migrations.sqltext import run_script

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

MAX_BATCH = 1000
MAX_DETAILS = 16384  # bytes of canonical JSON
# Field lengths: workstation.security.audit._LIMITS (actor, desk, action, target) and the audit_log columns.

PG_UP = rf"""
-- Cluster-wide, and perhaps being created by another database's migration right now (see 0010's SQL).
DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ws_officer') THEN
        BEGIN CREATE ROLE ws_officer NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END;
    END IF;
END $$;

CREATE SCHEMA ws_audit;
REVOKE ALL ON SCHEMA ws_audit FROM PUBLIC;

CREATE TABLE ws_audit.centre_audit (
    desk varchar(64) NOT NULL,
    seq bigint NOT NULL CHECK (seq > 0),
    id varchar(36) NOT NULL,
    at timestamptz NOT NULL,
    actor varchar(64) NOT NULL,
    entry_desk varchar(64) NOT NULL,
    action varchar(32) NOT NULL,
    target varchar(128) NOT NULL,
    details text NOT NULL CHECK (octet_length(details) <= {MAX_DETAILS}),
    prev_hash varchar(64) NOT NULL,
    hash varchar(64) NOT NULL,
    pushed_by text NOT NULL DEFAULT session_user,
    received_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT pk_centre_audit PRIMARY KEY (desk, seq)
);
COMMENT ON COLUMN ws_audit.centre_audit.desk IS 'the pushing session''s application_name (the desk id)';
COMMENT ON COLUMN ws_audit.centre_audit.entry_desk IS 'the entry''s own desk field, as hashed on the desk';

CREATE FUNCTION ws_audit.refuse_change() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '中心审计副本只能追加 (centre_audit is append-only: % refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER centre_audit_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ws_audit.centre_audit
    FOR EACH STATEMENT EXECUTE FUNCTION ws_audit.refuse_change();
ALTER TABLE ws_audit.centre_audit ENABLE ALWAYS TRIGGER centre_audit_append_only;

-- Does this decimal text read back as exactly x? (False when it is out of float8's range.)
CREATE FUNCTION ws_audit.reads_as(t text, x float8) RETURNS boolean LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RETURN t::float8 = x;
EXCEPTION WHEN numeric_value_out_of_range THEN
    RETURN false;
END $$;

-- Python's repr() of a float (what json.dumps writes): the shortest round-trip digits, which PostgreSQL's
-- float8 output gives too (extra_float_digits >= 1), re-spelt: positional for a decimal exponent -4..15, else
-- d.ddde+XX; always a '.0' or a fraction in positional form.
CREATE FUNCTION ws_audit.py_float(x float8) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp SET extra_float_digits = 1 AS $$
DECLARE
    t text := x::text;
    neg boolean := false;
    e integer := 0;
    d text;
    k integer;
    q integer;
    c text;
    r text;
BEGIN
    IF x IN ('Infinity'::float8, '-Infinity'::float8, 'NaN'::float8) THEN
        RAISE EXCEPTION '不是 JSON 数字 (% is not a JSON number)', t USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF left(t, 1) = '-' THEN
        neg := true;
        t := substr(t, 2);
    END IF;
    IF x = 0 THEN
        RETURN CASE WHEN neg THEN '-0.0' ELSE '0.0' END;
    END IF;
    IF position('e' IN t) > 0 THEN
        e := split_part(t, 'e', 2)::integer;
        t := split_part(t, 'e', 1);
    END IF;
    k := coalesce(nullif(position('.' IN t), 0) - 1, length(t));  -- digits before the point
    d := replace(t, '.', '');
    WHILE left(d, 1) = '0' LOOP  -- value = 0.d * 10^(k + e)
        d := substr(d, 2);
        k := k - 1;
    END LOOP;
    d := rtrim(d, '0');
    k := k + e;
    -- PostgreSQL's shortest form never uses a rounding boundary; Python's may (round-half-even reaches it),
    -- so one digit fewer can still read back as x: keep dropping a digit while that is so.
    WHILE length(d) > 1 LOOP
        q := k - length(d) + 1;  -- the candidates are c * 10^q
        c := left(d, -1);
        IF NOT ws_audit.reads_as(c || 'e' || q, abs(x)) THEN
            c := (c::numeric + 1)::text;
            IF NOT ws_audit.reads_as(c || 'e' || q, abs(x)) THEN
                EXIT;
            END IF;
        END IF;
        k := length(c) + q;
        d := rtrim(c, '0');
    END LOOP;
    IF k > -4 AND k <= 16 THEN
        IF k <= 0 THEN
            r := '0.' || repeat('0', -k) || d;
        ELSIF k >= length(d) THEN
            r := d || repeat('0', k - length(d)) || '.0';
        ELSE
            r := left(d, k) || '.' || substr(d, k + 1);
        END IF;
    ELSE
        r := left(d, 1) || CASE WHEN length(d) > 1 THEN '.' || substr(d, 2) ELSE '' END
             || 'e' || CASE WHEN k - 1 < 0 THEN '-' ELSE '+' END
             || CASE WHEN abs(k - 1) < 10 THEN '0' ELSE '' END || abs(k - 1)::text;  -- lpad would cut e+308
    END IF;
    RETURN CASE WHEN neg THEN '-' ELSE '' END || r;
END $$;

-- workstation.security.audit.canonical() of a JSON value: keys sorted by code point (C collation on UTF-8),
-- no spaces, strings escaped as Python does (to_json: \" \\ \b \f \n \r \t, other controls as \u00xx,
-- everything else as is), integers as written, floats as Python's repr. Over `json`, not `jsonb`, so number
-- tokens keep their spelling and duplicate keys can be seen.
CREATE FUNCTION ws_audit.canonical(v json) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    t text;
    n bigint;
    nd bigint;
    r text;
BEGIN
    CASE json_typeof(v)
    WHEN 'object' THEN
        SELECT count(*), count(DISTINCT key COLLATE "C"),
               string_agg(to_json(key)::text || ':' || ws_audit.canonical(value), ',' ORDER BY key COLLATE "C")
          INTO n, nd, r FROM json_each(v);
        IF n <> nd THEN
            RAISE EXCEPTION '键重复 (a JSON object repeats a key)' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        RETURN '{{' || coalesce(r, '') || '}}';
    WHEN 'array' THEN
        SELECT string_agg(ws_audit.canonical(a.value), ',' ORDER BY a.ord) INTO r
          FROM json_array_elements(v) WITH ORDINALITY AS a(value, ord);
        RETURN '[' || coalesce(r, '') || ']';
    WHEN 'string' THEN
        RETURN to_json(v #>> '{{}}')::text;
    WHEN 'number' THEN
        t := btrim(v::text, E' \t\r\n');
        IF t ~ '^-?(0|[1-9][0-9]*)$' THEN
            RETURN CASE WHEN t = '-0' THEN '0' ELSE t END;
        END IF;
        RETURN ws_audit.py_float(t::float8);
    ELSE
        RETURN btrim(v::text, E' \t\r\n');  -- true, false, null
    END CASE;
END $$;

-- One text field of an entry: present, a JSON string, at most max_len characters.
CREATE FUNCTION ws_audit.field(e jsonb, k text, max_len integer, s bigint) RETURNS text LANGUAGE plpgsql
    IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF jsonb_typeof(e -> k) IS DISTINCT FROM 'string' THEN
        RAISE EXCEPTION '审计第 % 条缺少 % (audit entry %: "%" must be a string)', s, k, s, k
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF char_length(e ->> k) > max_len THEN
        RAISE EXCEPTION '审计第 % 条的 % 过长 (audit entry %: "%" is longer than % characters)', s, k, s, k, max_len
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN e ->> k;
END $$;

CREATE FUNCTION ws_append_audit(entries jsonb) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    d text := left(coalesce(current_setting('application_name', true), ''), 64);
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
    IF jsonb_array_length(entries) > {MAX_BATCH} THEN
        RAISE EXCEPTION '一次最多 {MAX_BATCH} 条 (at most {MAX_BATCH} audit entries per call, got %)',
            jsonb_array_length(entries) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtextextended('ws_append_audit:' || d, 0));
    SELECT c.seq, c.hash INTO last_seq, last_hash FROM ws_audit.centre_audit c
     WHERE c.desk = d ORDER BY c.seq DESC LIMIT 1;
    last_seq := coalesce(last_seq, 0);
    last_hash := coalesce(last_hash, repeat('0', 64));

    FOR e IN SELECT a.value FROM jsonb_array_elements(entries) WITH ORDINALITY AS a(value, ord) ORDER BY a.ord
    LOOP
        IF jsonb_typeof(e) IS DISTINCT FROM 'object' OR jsonb_typeof(e -> 'seq') IS DISTINCT FROM 'number'
           OR (e ->> 'seq') !~ '^[1-9][0-9]{{0,17}}$' THEN
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
            SELECT c.hash INTO stored FROM ws_audit.centre_audit c WHERE c.desk = d AND c.seq = s;
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
        IF v_hash !~ '^[0-9a-f]{{64}}$' THEN
            RAISE EXCEPTION '审计第 % 条的哈希格式不对 (audit entry %: hash is not 64 hex digits)', s, s
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        v_at_text := ws_audit.field(e, 'at', 32, s);
        IF v_at_text !~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}T[0-9]{{2}}:[0-9]{{2}}:[0-9]{{2}}\.[0-9]{{6}}\+00:00$' THEN
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
        v_details := ws_audit.field(e, 'details', {MAX_DETAILS}, s);
        IF octet_length(v_details) > {MAX_DETAILS} THEN
            RAISE EXCEPTION '审计第 % 条的详情超过 16 KiB (audit entry %: details exceed {MAX_DETAILS} bytes)', s, s
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        BEGIN
            canon := ws_audit.canonical(v_details::json);
        EXCEPTION WHEN others THEN
            canon := NULL;
        END;
        IF canon IS NULL OR canon <> v_details OR left(v_details, 1) <> '{{' THEN
            RAISE EXCEPTION '审计第 % 条的详情不是规范 JSON 对象 (audit entry %: details are not a JSON object in '
                'canonical form)', s, s USING ERRCODE = 'invalid_parameter_value';
        END IF;
        -- audit.canonical(doc): the keys of the entry in sorted order, details spliced in as its canonical text.
        doc := '{{"action":' || to_json(ws_audit.field(e, 'action', 32, s))::text
            || ',"actor":' || to_json(ws_audit.field(e, 'actor', 64, s))::text
            || ',"at":' || to_json(v_at_text)::text
            || ',"desk":' || to_json(ws_audit.field(e, 'desk', 64, s))::text
            || ',"details":' || v_details
            || ',"id":' || to_json(ws_audit.field(e, 'id', 36, s))::text
            || ',"prev_hash":' || to_json(v_prev)::text
            || ',"seq":' || s::text
            || ',"target":' || to_json(ws_audit.field(e, 'target', 128, s))::text || '}}';
        IF encode(sha256(convert_to(doc, 'UTF8')), 'hex') <> v_hash THEN
            RAISE EXCEPTION '审计第 % 条的哈希与内容不符 (audit entry %: its hash does not match its fields)', s, s
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        INSERT INTO ws_audit.centre_audit (desk, seq, id, at, actor, entry_desk, action, target, details,
                                           prev_hash, hash)
        VALUES (d, s, e ->> 'id', v_at, e ->> 'actor', e ->> 'desk', e ->> 'action', e ->> 'target', v_details,
                v_prev, v_hash);
        last_seq := s;
        last_hash := v_hash;
        added := added + 1;
    END LOOP;
    RETURN added;
END $$;

REVOKE ALL ON ws_audit.centre_audit FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ws_audit.refuse_change(), ws_audit.reads_as(text, float8), ws_audit.py_float(float8),
    ws_audit.canonical(json),
    ws_audit.field(jsonb, text, integer, bigint) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION ws_append_audit(jsonb) FROM PUBLIC;
GRANT USAGE ON SCHEMA ws_audit TO ws_officer;
GRANT SELECT ON ws_audit.centre_audit TO ws_officer;
GRANT EXECUTE ON FUNCTION ws_append_audit(jsonb) TO ws_officer;
"""

PG_DOWN = """
DROP FUNCTION IF EXISTS ws_append_audit(jsonb);
DROP SCHEMA IF EXISTS ws_audit CASCADE;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(PG_UP)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        run_script(PG_DOWN)
