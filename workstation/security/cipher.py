"""Opt-in encryption of the desk's SQLite file with SQLCipher (AES-256), its key in the OS keyring.

Off by default (see SECURITY.md for why): the plain desk is protected by its 0600 file mode, the OS's
full-disk encryption, masking and the audit log. When a centre turns it on, bootstrap opens the database
with `encrypted_url(settings.db_url, database_key(path))` instead of the plain URL. The driver is the
`sqlcipher3` package (wheels for Linux and Windows), through SQLAlchemy's `sqlite+pysqlcipher` dialect.

The key is 32 random bytes given to SQLCipher as a raw key (`PRAGMA key = "x'…'"`), so no passphrase
derivation is involved; it is created on first use and kept in the keyring under (SERVICE, file path).
Call these off the GUI thread: a locked system keyring can block.
"""

from __future__ import annotations

import importlib.util
import secrets
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from workstation.errors import WorkstationError
from workstation.messages import QT_TRANSLATE_NOOP, message

SERVICE = "workstation-db"
DRIVER = "sqlite+pysqlcipher"

KEYRING_UNAVAILABLE = message("cipher.keyring_unavailable", QT_TRANSLATE_NOOP("Messages", "The OS keyring cannot be read: {error}"))
NO_KEY = message("cipher.no_key", QT_TRANSLATE_NOOP("Messages", "The keyring holds no key for the database {name}"))
NO_DRIVER = message("cipher.no_driver", QT_TRANSLATE_NOOP("Messages", "The SQLCipher driver is not installed (install the 'sqlcipher3' package)"))


class EncryptionUnavailable(WorkstationError):
    """Encryption was asked for, but the driver or the key is not there."""

    exit_code = 10


def available() -> bool:
    """Whether the SQLCipher driver is installed (`pip install sqlcipher3`)."""
    return importlib.util.find_spec("sqlcipher3") is not None


def _keyring_name(db_path: str | Path) -> str:
    return str(Path(db_path).expanduser().resolve())


def database_key(db_path: str | Path, *, create: bool = True) -> str:
    """The hex key of this database file from the OS keyring; made (and stored) on first use."""
    import keyring
    from keyring.errors import KeyringError

    name = _keyring_name(db_path)
    try:
        key = keyring.get_password(SERVICE, name)
        if key is None and create:
            key = secrets.token_hex(32)
            keyring.set_password(SERVICE, name, key)
    except KeyringError as exc:
        raise EncryptionUnavailable(KEYRING_UNAVAILABLE(error=exc)) from exc
    if key is None:
        raise EncryptionUnavailable(NO_KEY(name=name))
    return key


def _check_key(key_hex: str) -> None:
    if len(key_hex) != 64 or any(c not in "0123456789abcdefABCDEF" for c in key_hex):
        raise ValueError("a SQLCipher raw key is 64 hex digits")


def encrypted_url(url: str, key_hex: str) -> str:
    """The SQLCipher URL of a SQLite database URL, with the raw key as the dialect's passphrase."""
    _check_key(key_hex)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        raise ValueError("only a SQLite database file can be encrypted")
    # The dialect issues `pragma key="<password>"`; x'…' there is SQLCipher's raw-key syntax.
    return parsed.set(drivername=DRIVER, username="", password=f"x'{key_hex}'").render_as_string(hide_password=False)


def make_encrypted_engine(url: str, key_hex: str | None = None, **kwargs: object) -> Engine:
    """An engine on the encrypted file (created if new), with the desk's usual WAL/FULL pragmas and 0600 mode.

    Without `key_hex`, the key comes from the keyring (made on first use).
    """
    from workstation.store.db import make_engine

    if not available():
        raise EncryptionUnavailable(NO_DRIVER())
    database = make_url(url).database
    assert database is not None
    key = key_hex or database_key(database)
    kwargs.setdefault("poolclass", QueuePool)  # the dialect's default is one connection per thread
    return make_engine(encrypted_url(url, key), **kwargs)


def is_encrypted(path: str | Path) -> bool:
    """True when the file exists, is not empty and does not start with SQLite's plain-text header."""
    p = Path(path)
    if not p.exists() or p.stat().st_size == 0:
        return False
    with p.open("rb") as fh:
        return fh.read(16) != b"SQLite format 3\x00"


def encrypt_copy(plain_path: str | Path, encrypted_path: str | Path, key_hex: str) -> None:
    """Write an encrypted copy of a plain desk database (to switch an existing desk over). The copy must not
    exist yet; the plain file is left as it is (delete it securely once the copy is checked)."""
    import sqlcipher3

    _check_key(key_hex)
    target = Path(encrypted_path)
    if target.exists():
        raise FileExistsError(target)
    target.touch(mode=0o600)
    conn = sqlcipher3.connect(str(plain_path))
    try:
        conn.execute("ATTACH DATABASE ? AS enc KEY \"x'" + key_hex + "'\"", (str(target),))
        conn.execute("SELECT sqlcipher_export('enc')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA enc.user_version = {int(version)}")
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
