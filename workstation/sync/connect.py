"""Connecting a desk to its centre: check the server, apply or ask for migrations, keep the URL (without the
password) in settings.toml and the password in the keyring. Shared by the CLI and the GUI's dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import text

from workstation.services.context import Workstation
from workstation.store import migrate
from workstation.store.db import make_engine
from workstation.sync import credentials
from workstation.sync.centre import Centre
from workstation.sync.errors import CentreUnavailable, NotConnected, SyncRefused
from workstation.sync.options import SyncOptions, save_url, strip_password, with_password
from workstation.sync.push import is_transient


@dataclass(frozen=True, slots=True)
class Connected:
    url: str  # without the password
    revision: str | None
    migrated: bool
    password_stored: bool


def connect(data_dir: Path, url: str, password: str | None, *, migrate_ok: bool,
            ask_migrate: Callable[[str], bool] | None = None) -> Connected:
    """Check the connection and the schema; on success save the URL and the password."""
    clean, in_url = strip_password(url)
    password = password or in_url
    engine = make_engine(with_password(clean, password), connect_args={"connect_timeout": 5})
    try:
        try:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
            current = migrate.current_revision(engine)
        except Exception as exc:
            if is_transient(exc):
                raise CentreUnavailable(f"无法连接中心服务器 (cannot connect): {getattr(exc, 'orig', exc)}") from exc
            raise
        migrated = False
        if current != migrate.head_revision():
            question = f"中心数据库结构为 {current or '(空)'}，需要 {migrate.head_revision()}，现在升级吗？"
            if migrate_ok or (ask_migrate is not None and ask_migrate(question)):
                migrate.upgrade(engine)
                migrated = True
                current = migrate.current_revision(engine)
            else:
                raise SyncRefused(f"{question} 请使用 --migrate 或请管理员运行 `workstation db upgrade`"
                                  " (the centre's schema is out of date)")
    finally:
        engine.dispose()
    stored = credentials.set_password(clean, password) if password else True
    save_url(data_dir, clean)
    return Connected(clean, current, migrated, stored)


def open_centre(ws: Workstation, *, password: str | None = None,
                prompt: Callable[[str], str | None] | None = None) -> Centre:
    """The configured centre with its password from the keyring (or the prompt). Sets ws.centre."""
    options = SyncOptions.load(Path(ws.settings.data_dir))
    if not options.url:
        raise NotConnected("本机尚未连接中心，请运行 `workstation connect URL` (no centre configured)")
    password = password or credentials.get_password(options.url)
    if password is None and prompt is not None:
        password = prompt(options.url)
    centre = Centre(ws, with_password(options.url, password), options)
    ws.centre = centre
    return centre
