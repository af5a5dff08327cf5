"""A real PostgreSQL server for tests, and a fresh database per test.

Where the server comes from (first that applies):

1. ``WS_TEST_PG=throwaway`` — always start a throwaway cluster (below), whatever else is set.
2. ``WS_TEST_PG_URL`` — that server (``postgresql://user:pw@host:port/admin_db`` or the same with
   ``postgresql+psycopg``); the database in the URL, default ``postgres``, is only used to CREATE/DROP.
3. Something answering on 127.0.0.1:5432 and accepting user ``postgres`` without a password.
4. A throwaway cluster: ``initdb`` into a temporary directory (trust auth), started with ``pg_ctl`` on a free
   port on 127.0.0.1, its unix socket in that directory; stopped and deleted at the end. As root (initdb
   refuses root) the binaries run as the ``postgres`` system user via ``runuser``/``su``.

Nothing here skips or fails tests: that is the conftest's decision. Everything raises PgUnavailable.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import pwd
import re
import secrets
import shlex
import shutil
import socket
import stat
import subprocess
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql
from psycopg.conninfo import make_conninfo
from sqlalchemy.engine import URL, make_url

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 5432
DEFAULT_USER = "postgres"
ADMIN_DB = "postgres"
DB_PREFIX = "ws_test_"


class PgUnavailable(RuntimeError):
    """No PostgreSQL server could be found or started; the message says why and what to do."""


@dataclass
class PgServer:
    """A reachable server where we may CREATE and DROP databases."""

    host: str
    port: int
    user: str = DEFAULT_USER
    password: str | None = None
    admin_db: str = ADMIN_DB
    cluster: ThrowawayCluster | None = field(default=None, repr=False)

    @classmethod
    def from_url(cls, url: str) -> PgServer:
        u = make_url(url)
        if not u.drivername.startswith("postgresql"):
            raise PgUnavailable(f"WS_TEST_PG_URL={url!r}: not a postgresql:// URL")
        return cls(
            host=u.host or DEFAULT_HOST,
            port=u.port or DEFAULT_PORT,
            user=u.username or DEFAULT_USER,
            password=u.password,
            admin_db=u.database or ADMIN_DB,
        )

    @property
    def throwaway(self) -> bool:
        return self.cluster is not None

    def url(self, dbname: str | None = None) -> str:
        """SQLAlchemy URL (psycopg 3 driver); without dbname, the server's base URL ending in '/'."""
        u = URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=dbname,
        )
        s = u.render_as_string(hide_password=False)
        return s if dbname else s + "/"

    @property
    def base_url(self) -> str:
        return self.url()

    def conninfo(self, dbname: str | None = None) -> str:
        """libpq connection string for psycopg.connect()."""
        params: dict[str, str | int | None] = {
            "host": self.host,
            "port": self.port,
            "user": self.user,
            "password": self.password,
            "dbname": dbname or self.admin_db,
            "connect_timeout": 10,
        }
        return make_conninfo("", **{k: v for k, v in params.items() if v is not None})

    def connect(self, dbname: str | None = None, *, autocommit: bool = True) -> psycopg.Connection:
        return psycopg.connect(self.conninfo(dbname), autocommit=autocommit)

    def check(self) -> None:
        try:
            with self.connect() as conn:
                conn.execute("SELECT 1")
        except psycopg.Error as e:
            raise PgUnavailable(
                f"cannot connect to PostgreSQL at {self.host}:{self.port} as {self.user!r}: {e}".strip()
            ) from e

    def create_database(self, template: str = "template0") -> str:
        """A new database, a copy of `template`: by default template0, clean, and nobody is ever connected to it
        (template1 may be busy on a shared server); or a database of ours nobody is connected to either."""
        name = DB_PREFIX + secrets.token_hex(6)
        with self.connect() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                sql.Identifier(name), sql.Identifier(template)))
        return name

    def drop_database(self, name: str) -> None:
        with self.connect() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
            # Officers' login roles are cluster-wide, named with the database's own prefix (ws_role_prefix()).
            prefix = officer_role_prefix(name)
            for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE starts_with(rolname, %s)",
                                        (prefix,)).fetchall():
                conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))

    def terminate_connections(self, dbname: str) -> int:
        """Kill every other session on dbname (a server-side cut, for fault tests). Returns how many."""
        with self.connect() as conn:
            row = conn.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                (dbname,),
            ).fetchone()
        return int(row[0]) if row else 0

    def close(self) -> None:
        if self.cluster is not None:
            self.cluster.stop()


def port_answers(host: str, port: int, timeout: float = 1.0) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def free_port(host: str = DEFAULT_HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _version_key(bindir: Path) -> tuple[int, ...]:
    return tuple(int(x) for x in re.findall(r"\d+", bindir.parent.name)) or (0,)


def find_bindir() -> Path | None:
    """The directory holding initdb and pg_ctl: Debian's highest /usr/lib/postgresql/N/bin, else PATH."""

    def usable(d: Path) -> bool:
        return all(os.access(d / exe, os.X_OK) for exe in ("initdb", "pg_ctl", "postgres"))

    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    for d in debian:
        if usable(d):
            return d
    found = shutil.which("pg_ctl")
    if found:
        d = Path(found).resolve().parent
        if usable(d):
            return d
    return None


def _others_can_enter(path: Path) -> bool:
    return all(os.stat(p).st_mode & stat.S_IXOTH for p in [path, *path.parents])


def officer_role_prefix(dbname: str) -> str:
    """What the centre's ws_role_prefix() returns in database `dbname` (migration 0010)."""
    return "ws_" + hashlib.md5(dbname.encode()).hexdigest()[:8] + "_"


class ThrowawayCluster:
    """initdb + pg_ctl in a temporary directory; start() returns a PgServer, stop() removes everything.

    passwords=True: TCP connections of every role but the superuser `postgres` must give their password
    (SCRAM), as on a real centre; the superuser stays on trust so tests can set the cluster up.
    """

    def __init__(self, bindir: Path, *, passwords: bool = False) -> None:
        self.bindir = bindir
        self.passwords = passwords
        self.run_as: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self.run_as = pwd.getpwnam("postgres")
            except KeyError:
                raise PgUnavailable(
                    "running as root, where initdb refuses to run, and there is no 'postgres' system user to run"
                    " it as (Debian's 'postgresql-common' package creates one); or set WS_TEST_PG_URL"
                ) from None
        self.tmp: Path | None = None
        self.data: Path | None = None
        self.port: int | None = None
        self._started = False

    def _cmd(self, *args: str | os.PathLike[str]) -> list[str]:
        argv = [str(a) for a in args]
        if self.run_as is None:
            return argv
        if shutil.which("runuser"):
            return ["runuser", "-u", self.run_as.pw_name, "--", *argv]
        return ["su", self.run_as.pw_name, "-s", "/bin/sh", "-c", shlex.join(argv)]

    def _run(self, *args: str | os.PathLike[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self._cmd(*args),
            cwd=self.tmp,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )

    def _make_tmp(self) -> Path:
        base = Path(tempfile.gettempdir())
        # The socket path must stay short (108 bytes), and as root the postgres user must reach the directory.
        if len(str(base)) > 60 or (self.run_as is not None and not _others_can_enter(base)):
            base = Path("/tmp")
        tmp = Path(tempfile.mkdtemp(prefix="ws-pg-", dir=base))
        if self.run_as is not None:
            os.chown(tmp, self.run_as.pw_uid, self.run_as.pw_gid)
        return tmp

    def start(self) -> PgServer:
        self.tmp = self._make_tmp()
        self.data = self.tmp / "data"
        atexit.register(self.stop)
        try:
            self._initdb()
            self._start_postgres()
        except BaseException:
            self.stop()
            raise
        server = PgServer(host=DEFAULT_HOST, port=self.port or 0, cluster=self)
        server.check()
        return server

    def _initdb(self) -> None:
        assert self.tmp is not None and self.data is not None
        out = ""
        for locale in ("C.UTF-8", "C"):
            r = self._run(
                self.bindir / "initdb", "-D", self.data, "-U", DEFAULT_USER, "-A", "trust",
                "-E", "UTF8", f"--locale={locale}", "--no-sync",
            )  # fmt: skip
            if r.returncode == 0:
                break
            out = (r.stdout + r.stderr).strip()
            shutil.rmtree(self.data, ignore_errors=True)
        else:
            raise PgUnavailable(f"initdb ({self.bindir}) failed:\n{out[-2000:]}")
        settings = (
            "\n# ws tests: throwaway cluster\n"
            f"listen_addresses = '{DEFAULT_HOST}'\n"
            f"unix_socket_directories = '{self.tmp}'\n"
            # Crash safety against the OS going down is not what tests check; killing a backend still works.
            "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        )
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as f:
            f.write(settings)
        if self.passwords:
            (self.data / "pg_hba.conf").write_text(
                "local all all trust\n"
                f"host all {DEFAULT_USER} {DEFAULT_HOST}/32 trust\n"
                f"host all all {DEFAULT_HOST}/32 scram-sha-256\n", encoding="utf-8")

    def _start_postgres(self) -> None:
        assert self.tmp is not None and self.data is not None
        log = self.tmp / "postgres.log"
        out = ""
        for _attempt in range(3):  # a free port can be taken between free_port() and the server's bind()
            port = free_port()
            r = self._run(
                self.bindir / "pg_ctl",
                "-D",
                self.data,
                "-l",
                log,
                "-o",
                f"-p {port}",
                "-w",
                "-t",
                "60",
                "start",
            )
            if r.returncode == 0:
                self.port = port
                self._started = True
                return
            out = (r.stdout + r.stderr).strip()
            try:
                out += "\n" + log.read_text(errors="replace")[-2000:]
            except OSError:
                pass
        raise PgUnavailable(f"pg_ctl start ({self.bindir}) failed:\n{out[-3000:]}")

    def stop(self) -> None:
        if self._started and self.data is not None:
            self._started = False
            r = self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "-t", "30", "stop")
            if r.returncode != 0:
                self._run(self.bindir / "pg_ctl", "-D", self.data, "-m", "immediate", "-w", "stop")
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None


def is_ci() -> bool:
    """CI=true (or any value but empty/0/false/no): postgres tests must fail, never skip."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def acquire_server() -> PgServer:
    """Find or start a server (see the module docstring). The caller must call .close() on the result."""
    mode = os.environ.get("WS_TEST_PG", "").strip().lower() or "auto"
    if mode not in ("auto", "throwaway"):
        raise PgUnavailable(f"WS_TEST_PG={mode!r}: expected 'auto' (default) or 'throwaway'")

    url = os.environ.get("WS_TEST_PG_URL", "").strip()
    if url and mode == "auto":
        server = PgServer.from_url(url)
        server.check()
        return server

    why: list[str] = []
    if mode == "auto":
        if port_answers(DEFAULT_HOST, DEFAULT_PORT):
            server = PgServer(host=DEFAULT_HOST, port=DEFAULT_PORT)
            try:
                server.check()
                return server
            except PgUnavailable as e:
                why.append(str(e))
                warnings.warn(f"{e}; using a throwaway cluster instead", stacklevel=2)
        else:
            why.append(f"nothing answers on {DEFAULT_HOST}:{DEFAULT_PORT}")

    bindir = find_bindir()
    if bindir is None:
        why.append(
            "no PostgreSQL server binaries (initdb, pg_ctl) in /usr/lib/postgresql/*/bin or on PATH for a"
            " throwaway cluster. Install Debian's 'postgresql' package (`./run tests` does that), start a server"
            " on 127.0.0.1:5432, or set WS_TEST_PG_URL"
        )
        raise PgUnavailable("; ".join(why))
    return ThrowawayCluster(bindir).start()


def start_password_cluster() -> PgServer:
    """A throwaway cluster that checks passwords (see ThrowawayCluster); PgUnavailable without binaries."""
    bindir = find_bindir()
    if bindir is None:
        raise PgUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) for a password-checking cluster;"
                            " install Debian's 'postgresql' package (`./run tests` does that)")
    return ThrowawayCluster(bindir, passwords=True).start()


def libpq_url(sqlalchemy_url: str) -> str:
    """postgresql+psycopg://… → postgresql://… for psycopg.connect()."""
    return make_url(sqlalchemy_url).set(drivername="postgresql").render_as_string(hide_password=False)


class CertCluster(ThrowawayCluster):
    """A throwaway cluster with ssl=on where every role but the superuser logs in with a client certificate
    (`hostssl … cert`: the certificate's CN is the role, signed by `ca_cert`); no password is accepted.

    The server's certificate and key are copied into the data directory (owned by the server's user, 0600).
    """

    def __init__(self, bindir: Path, *, server_cert: Path, server_key: Path, ca_cert: Path) -> None:
        super().__init__(bindir)
        self.ssl_files = {"server.crt": server_cert, "server.key": server_key, "root.crt": ca_cert}

    def _initdb(self) -> None:
        super()._initdb()
        assert self.data is not None
        for name, source in self.ssl_files.items():
            target = self.data / name
            shutil.copyfile(source, target)
            target.chmod(0o600)
            if self.run_as is not None:
                os.chown(target, self.run_as.pw_uid, self.run_as.pw_gid)
        with open(self.data / "postgresql.conf", "a", encoding="utf-8") as f:
            f.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\nssl_ca_file = 'root.crt'\n")
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {DEFAULT_USER} {DEFAULT_HOST}/32 trust\n"
            f"hostssl all all {DEFAULT_HOST}/32 cert\n"
            f"hostnossl all all {DEFAULT_HOST}/32 reject\n", encoding="utf-8")


def start_cert_cluster(*, server_cert: Path, server_key: Path, ca_cert: Path) -> PgServer:
    """A CertCluster (see there), started; PgUnavailable without server binaries."""
    bindir = find_bindir()
    if bindir is None:
        raise PgUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) for a certificate-checking cluster;"
                            " install Debian's 'postgresql' package (`./run tests` does that)")
    return CertCluster(bindir, server_cert=server_cert, server_key=server_key, ca_cert=ca_cert).start()
