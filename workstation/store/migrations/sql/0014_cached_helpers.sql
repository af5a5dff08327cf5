-- Migration 0014: the centre's helpers that PL/pgSQL calls on every claim and push, kept as plans.
--
-- A LANGUAGE sql function that the planner cannot inline (its body reads a table, or has a subquery) is parsed
-- and planned again on every call from PL/pgSQL in a new transaction; a PL/pgSQL function keeps its plans for
-- the session. These three were about a quarter of ws_claim_next's time (pg_stat_user_functions, one desk):
-- is_superuser (called twice per claim), uuid7 (every event the centre records) and limit_of. Same results,
-- same names, same volatility; the helpers that the planner does inline (session_officer, desk_name, iso,
-- lease, rank_at) stay SQL.

CREATE OR REPLACE FUNCTION ws_centre.is_superuser() RETURNS boolean LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce((SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = session_user), false);
END $$;

CREATE OR REPLACE FUNCTION ws_centre.uuid7() RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    h text := pg_catalog.lpad(pg_catalog.to_hex((extract(epoch FROM pg_catalog.clock_timestamp()) * 1000)::bigint),
                              12, '0') || pg_catalog.replace(pg_catalog.gen_random_uuid()::text, '-', '');
BEGIN
    RETURN pg_catalog.substr(h, 1, 8) || '-' || pg_catalog.substr(h, 9, 4) || '-7' || pg_catalog.substr(h, 14, 3)
           || '-' || pg_catalog.substr('89ab', 1 + (('x' || pg_catalog.substr(h, 17, 1))::bit(4)::integer % 4), 1)
           || pg_catalog.substr(h, 18, 3) || '-' || pg_catalog.substr(h, 21, 12);
END $$;

CREATE OR REPLACE FUNCTION ws_centre.limit_of(p_name text) RETURNS integer LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT value FROM ws_centre.limits WHERE name = p_name);
END $$;

-- --- claims are announced after they commit ----------------------------------------------------------------
--
-- A transaction that NOTIFYs takes one lock for the whole database from its commit until the commit is on disk,
-- so every claim that notified waited for every other desk's claim to be flushed first: at 16 desks that was
-- most of ws_claim_next's time (p50 14 ms against 5 ms without the NOTIFY, bench/bench_claims.py). Claims still
-- wake every desk at once, but the claiming desk sends the wake-up itself right after its claim committed
-- (ws_announce, off the officer's wait). NOTIFY was never durable and carries only a hint (desks pull on any
-- wake-up and poll regardless), so a desk that never announces only makes the others learn of its claim at
-- their next poll; the claim itself is decided here either way.

CREATE OR REPLACE FUNCTION ws_events_notify() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    top bigint;
BEGIN
    SELECT max(server_seq) INTO top FROM new_rows
        WHERE kind IN ('lead_received', 'lead_released', 'lease_expired', 'lead_reassigned', 'outcome_recorded');
    IF top IS NOT NULL THEN
        PERFORM pg_notify('ws_events', top::text);
    END IF;
    RETURN NULL;
END $$;

-- The wake-up for a claim the caller made: the newest server sequence number, on the desks' channel.
CREATE FUNCTION ws_announce() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public, pg_temp AS $$
DECLARE
    top bigint := (SELECT max(server_seq) FROM events);
BEGIN
    PERFORM pg_notify('ws_events', coalesce(top, 0)::text);
    RETURN top;
END $$;

REVOKE ALL ON FUNCTION ws_announce() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION ws_announce() TO ws_officer;
