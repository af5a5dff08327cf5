"""Credentials for the centre: the keyring by default, libpq's own ways in as well (.pgpass, PGPASSWORD, a
service file, a client certificate), and no password ever in a file we write or on stdout/stderr."""

from __future__ import annotations

import dataclasses
import io
import secrets
import stat
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import keyring
import keyring.backends.fail
import pytest
from psycopg import sql
from sqlalchemy.engine import make_url

from tests.support import pg
from tests.support.certs import TestCA
from tests.support.keyring_memory import MemoryKeyring
from workstation.bootstrap import open_centre
from workstation.cli.main import main
from workstation.store.db import make_engine
from workstation.sync import credentials
from workstation.sync.connect import connect
from workstation.sync.errors import CentreUnavailable
from workstation.sync.options import SyncOptions, engine_url, keyring_username, save_url

PASSWORD = "Pw-" + secrets.token_hex(8) + "@:/%?#'\""  # characters a URL must escape
PG_ENV = ("PGPASSWORD", "PGPASSFILE", "PGSERVICE", "PGSERVICEFILE", "PGSYSCONFDIR", "PGUSER", "PGHOST", "PGPORT",
          "PGDATABASE", "PGSSLMODE", "PGSSLCERT", "PGSSLKEY", "PGSSLROOTCERT")


@pytest.fixture(autouse=True)
def _libpq_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No PG* variable of the machine leaks in; .pgpass and service files point at nothing unless a test says."""
    for name in PG_ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    monkeypatch.setenv("PGSERVICEFILE", str(tmp_path / "no-service-file"))
    monkeypatch.setenv("PGSYSCONFDIR", str(tmp_path))


@pytest.fixture
def no_keyring(_keyring_backend: MemoryKeyring) -> Iterator[None]:
    """keyring's own "no backend" (every call raises NoKeyringError), as on a desk without Secret Service."""
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(_keyring_backend)


@dataclass(frozen=True)
class Role:
    """A LOGIN role with a password on the password-checking cluster, and its own database."""

    name: str
    password: str
    host: str
    port: int
    db: str

    def url(self, password: str | None = None, query: str = "") -> str:
        auth = self.name + (f":{quote(password, safe='')}" if password else "")
        return f"postgresql://{auth}@{self.host}:{self.port}/{self.db}{query}"


@pytest.fixture
def role(pw_admin: pg.PgServer) -> Iterator[Role]:
    # A superuser, so connect can migrate and sync acts for everyone; the server still checks its password
    # (only `postgres` is trusted by the cluster's pg_hba.conf).
    db = pw_admin.create_database()
    name = "desk_" + secrets.token_hex(4)
    with pw_admin.connect(db) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN SUPERUSER PASSWORD {}").format(
            sql.Identifier(name), sql.Literal(PASSWORD)))
    try:
        yield Role(name, PASSWORD, pw_admin.host, pw_admin.port, db)
    finally:
        pw_admin.drop_database(db)
        with pw_admin.connect() as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def assert_no_secret(data_dir: Path, captured: pytest.CaptureFixture[str], secret: str = PASSWORD) -> None:
    out = captured.readouterr()
    for form in (secret, quote(secret, safe="")):
        assert form not in out.out and form not in out.err
        for path in data_dir.rglob("*"):
            if path.is_file():
                assert form.encode() not in path.read_bytes(), path
    settings = data_dir / "settings.toml"
    assert stat.S_IMODE(settings.stat().st_mode) == 0o600


def settings_text(data_dir: Path) -> str:
    return (data_dir / "settings.toml").read_text(encoding="utf-8")


def expected_prefix(role: Role) -> str:
    engine = make_engine(engine_url(role.url(), None, role.password))
    try:
        from workstation.sync.connect import role_prefix

        return role_prefix(engine)
    finally:
        engine.dispose()


# --- URLs and settings.toml (no server) -------------------------------------------------------------------


def test_strip_password_takes_every_password_out_and_keeps_the_query() -> None:
    from workstation.sync.options import strip_password

    clean, pw = strip_password("postgresql://bob:s%40cret@h:5433/db?sslmode=verify-full&sslcert=/k/c.crt")
    assert pw == "s@cret" and "cret" not in clean
    assert make_url(clean).query == {"sslmode": "verify-full", "sslcert": "/k/c.crt"}
    assert clean.startswith("postgresql://bob@h:5433/db?")
    clean, pw = strip_password("postgresql://bob@h/db?password=qpw&sslpassword=kpw&application_name=x")
    assert pw == "qpw" and "qpw" not in clean and "kpw" not in clean and "application_name=x" in clean
    assert strip_password("postgresql:///?service=centre") == ("postgresql:///?service=centre", None)


def test_engine_url_sets_the_user_and_password_and_keeps_libpq_parameters() -> None:
    from sqlalchemy.dialects.postgresql.psycopg import dialect

    base = "postgresql://base:old@h:5433/db?sslmode=verify-full&sslcert=/c.crt&sslkey=/c.key&sslrootcert=/ca.crt"
    url = engine_url(base, "ws_1234abcd_alice", "p@ss:w/rd")
    engine = make_engine(url)
    try:
        _, kwargs = dialect().create_connect_args(engine.url)
    finally:
        engine.dispose()
    assert kwargs == {"host": "h", "port": 5433, "dbname": "db", "user": "ws_1234abcd_alice",
                      "password": "p@ss:w/rd", "sslmode": "verify-full", "sslcert": "/c.crt", "sslkey": "/c.key",
                      "sslrootcert": "/ca.crt"}
    assert "old" not in engine_url(base, "other", None)  # the base password never goes to another role
    _, kwargs = dialect().create_connect_args(make_engine(engine_url("postgresql:///?service=centre")).url)
    assert kwargs == {"service": "centre"}


def test_a_service_is_filed_in_the_keyring_under_what_it_resolves_to(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    services = tmp_path / "services.conf"
    services.write_text("[centre]\nhost=10.1.2.3\nport=5433\ndbname=wc\nuser=desk7\npassword=nope\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert keyring_username("postgresql:///?service=centre") == "desk7@10.1.2.3:5433/wc"
    assert keyring_username("postgresql://other@/?service=centre") == "other@10.1.2.3:5433/wc"
    assert keyring_username("postgresql://u@h:1/d") == "u@h:1/d"


def test_settings_toml_is_private_atomic_and_keeps_the_rest(ws_data_dir: Path) -> None:
    path = ws_data_dir / "settings.toml"
    path.write_text('desk_id = "d1"\n\n[centre]\nurl = "postgresql://u:leak@h/db"\npassword = "leak"\n'
                    "push_batch = 7\n\n[print]\nprinter = \"p\"\n")
    path.chmod(0o644)
    save_url(ws_data_dir, "postgresql://u:leak@h/db?sslmode=require", role_prefix="ws_abc_")
    text = settings_text(ws_data_dir)
    assert "leak" not in text and 'desk_id = "d1"' in text and 'printer = "p"' in text
    options = SyncOptions.load(ws_data_dir)
    assert (options.url, options.role_prefix, options.push_batch) == (
        "postgresql://u@h/db?sslmode=require", "ws_abc_", 7)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in ws_data_dir.iterdir()] == ["settings.toml"]  # no temporary file left behind


def test_scrub_blanks_passwords_in_messages() -> None:
    text = "connect failed: host=h password='a b' user=u; postgresql://u:pw@h/db; secret=Xyz"
    assert credentials.scrub(text, "Xyz") == "connect failed: host=h password=*** user=u; postgresql://u:***@h/db;" \
                                             " secret=***"


# --- against a server that checks passwords ---------------------------------------------------------------


def test_a_password_in_the_url_goes_to_the_keyring_only(
        role: Role, ws_data_dir: Path, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["connect", role.url(PASSWORD), "--migrate"]) == 0
    saved = settings_text(ws_data_dir)
    assert f"postgresql://{role.name}@{role.host}:{role.port}/{role.db}" in saved
    assert f'role_prefix = "{expected_prefix(role)}"' in saved
    assert memory_keyring.get_password("workstation", keyring_username(role.url())) == PASSWORD
    assert_no_secret(ws_data_dir, capsys)
    assert main(["sync", "--once"]) == 0  # the password comes back from the keyring
    assert "Pushed " in capsys.readouterr().out
    assert_no_secret(ws_data_dir, capsys)


def test_pgpass_without_a_keyring(role: Role, ws_data_dir: Path, tmp_path: Path, no_keyring: None,
                                  monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{role.host}:{role.port}:*:{role.name}:{PASSWORD.replace(':', chr(92) + ':')}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert main(["connect", role.url(), "--migrate"]) == 0
    assert main(["sync", "--once"]) == 0
    assert "Pushed " in capsys.readouterr().out
    assert_no_secret(ws_data_dir, capsys)


def test_pgpassword_without_a_keyring(role: Role, ws_data_dir: Path, no_keyring: None,
                                      monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    done = connect(ws_data_dir, role.url(), None, migrate_ok=True)
    assert done.source == "libpq" and done.password_stored
    assert main(["sync", "--once"]) == 0
    assert_no_secret(ws_data_dir, capsys)


def test_a_service_file_without_a_keyring(role: Role, ws_data_dir: Path, tmp_path: Path, no_keyring: None,
                                          monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[centre]\nhost={role.host}\nport={role.port}\ndbname={role.db}\nuser={role.name}\n"
                        f"password={PASSWORD}\n")
    services.chmod(0o600)
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert main(["connect", "postgresql:///?service=centre", "--migrate"]) == 0
    assert 'url = "postgresql:///?service=centre"' in settings_text(ws_data_dir)
    assert main(["sync", "--once"]) == 0
    assert_no_secret(ws_data_dir, capsys)


def test_a_wrong_password_is_a_clear_error_without_the_password(
        role: Role, ws_data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    wrong = "Wrong-" + secrets.token_hex(6)
    assert main(["connect", role.url(wrong), "--migrate"]) == credentials.CredentialsNeeded.exit_code
    err = capsys.readouterr().err
    assert "password authentication failed" in err and "PGPASSWORD" in err and ".pgpass" in err
    assert wrong not in err
    assert not (ws_data_dir / "settings.toml").exists()
    with pytest.raises(credentials.CredentialsNeeded) as caught:
        connect(ws_data_dir, role.url(), wrong, migrate_ok=True)
    whole = "".join(traceback.format_exception(caught.value))
    assert wrong not in whole and wrong not in repr(caught.value)


def test_other_connection_errors_never_carry_the_password(role: Role) -> None:
    closed = pg.free_port()
    cases = [(role.url(PASSWORD, "?sslmode=bogus"), credentials.CredentialsRefused),
             (role.url(PASSWORD, "?no_such_option=1"), credentials.CredentialsRefused),
             (dataclasses.replace(role, name="nobody_" + role.name).url(PASSWORD),
              credentials.CredentialsNeeded),
             (role.url(PASSWORD).replace(f":{role.port}/", f":{closed}/"), CentreUnavailable)]
    for url, kind in cases:
        with pytest.raises(kind) as caught:
            credentials.sign_in(url)
        whole = "".join(traceback.format_exception(caught.value))
        for form in (PASSWORD, quote(PASSWORD, safe="")):
            assert form not in whole and form not in repr(caught.value), url


def test_no_password_anywhere_names_the_options(role: Role, ws_data_dir: Path, no_keyring: None,
                                                monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nobody to ask
    assert main(["connect", role.url(), "--migrate"]) == credentials.CredentialsNeeded.exit_code
    err = capsys.readouterr().err
    assert "no password supplied" in err
    for option in ("keyring", ".pgpass", "PGPASSWORD", "sslcert"):
        assert option in err


def test_the_prompt_is_asked_only_when_the_server_wants_a_password(
        role: Role, ws_data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    from workstation.bootstrap import bootstrap
    from workstation.settings import Settings

    connect(ws_data_dir, role.url(), PASSWORD, migrate_ok=True)
    memory_keyring.clear()
    asked: list[str] = []
    answers = iter(["wrong-one", PASSWORD])

    def prompt(url: str) -> str | None:
        asked.append(url)
        return next(answers)

    ws = bootstrap(Settings.load(ws_data_dir))
    try:
        centre = open_centre(ws, prompt=prompt)
        assert centre.sync_once().pushed == 0
        assert len(asked) == 2 and PASSWORD not in asked[0]
        assert memory_keyring.get_password("workstation", keyring_username(role.url())) == PASSWORD
        asked.clear()
        open_centre(ws, prompt=prompt)  # from the keyring now
        assert asked == []
    finally:
        ws.close()


# --- trust and certificates: no password at all -----------------------------------------------------------


def test_trust_auth_without_a_keyring_connects_and_syncs(
        pg_url: str, ws_data_dir: Path, no_keyring: None, capsys: pytest.CaptureFixture[str]) -> None:
    url = pg.libpq_url(pg_url)
    assert main(["connect", url, "--migrate"]) == 0
    assert main(["sync", "--once"]) == 0  # was exit 11: "no password in the keyring"
    out = capsys.readouterr()
    assert "Pushed " in out.out and "keyring" not in out.err


@pytest.fixture(scope="module")
def cert_centre(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[pg.PgServer, TestCA]]:
    ca = TestCA(tmp_path_factory.mktemp("ca"))
    server_pair = ca.issue("server", "127.0.0.1", server=True)
    try:
        server = pg.start_cert_cluster(server_cert=server_pair.cert, server_key=server_pair.key,
                                       ca_cert=ca.ca_cert)
    except pg.PgUnavailable as e:
        if pg.is_ci():
            pytest.fail(f"certificate cluster unavailable (CI: fail, never skip): {e}", pytrace=False)
        pytest.skip(f"certificate cluster unavailable: {e}")
    try:
        yield server, ca
    finally:
        server.close()


def test_a_client_certificate_alone_gets_in(cert_centre: tuple[pg.PgServer, TestCA], ws_data_dir: Path,
                                            no_keyring: None, capsys: pytest.CaptureFixture[str]) -> None:
    server, ca = cert_centre
    name = "certdesk_" + secrets.token_hex(4)
    db = server.create_database()
    with server.connect(db) as conn:
        conn.execute(sql.SQL("CREATE ROLE {} LOGIN SUPERUSER").format(sql.Identifier(name)))  # no password
    client = ca.issue(name, name)
    base = f"postgresql://{name}@{server.host}:{server.port}/{db}"
    query = (f"?sslmode=verify-full&sslrootcert={ca.ca_cert}&sslcert={client.cert}&sslkey={client.key}")
    try:
        with pytest.raises(credentials.CredentialsRefused, match="certificate"):
            credentials.sign_in(base + "?sslmode=require")  # without the certificate: refused, not "offline"
        assert main(["connect", base + query, "--migrate"]) == 0
        saved = SyncOptions.load(ws_data_dir).url
        assert "sslmode=verify-full" in saved and "sslkey=" in saved and "sslcert=" in saved
        assert main(["sync", "--once"]) == 0
        assert "Pushed " in capsys.readouterr().out
        login = credentials.sign_in(saved)
        assert (login.source, login.password, login.used_password) == ("libpq", None, False)
    finally:
        server.drop_database(db)
        with server.connect() as conn:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))
