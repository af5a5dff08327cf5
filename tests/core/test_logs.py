"""Logging configured once per process: a rotating file in the desk's data directory, written by both faces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from workstation import logs

ROOT = Path(__file__).resolve().parents[2]


def test_the_log_rotates_and_keeps_five(tmp_path: Path) -> None:
    code = ("import logging, sys\nfrom pathlib import Path\nfrom workstation.logs import configure\n"
            "path = configure(Path(sys.argv[1]), console=False)\nassert configure(Path('/nowhere')) == path\n"
            "for i in range(9000):\n    logging.getLogger('t').info('line %d %s', i, 'x' * 900)\nprint(path)\n")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == tmp_path / "logs" / "workstation.log"
    files = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert files == ["workstation.log", *(f"workstation.log.{i}" for i in range(1, 6))]
    assert all(p.stat().st_size <= logs.MAX_BYTES for p in (tmp_path / "logs").iterdir())
    assert "line 8999" in (tmp_path / "logs" / "workstation.log").read_text(encoding="utf-8")


def test_the_installed_command_logs_to_the_desks_data_directory(tmp_path: Path) -> None:
    code = "import sys\nfrom workstation.cli.main import run\nsys.exit(run())\n"
    out = subprocess.run([sys.executable, "-c", code, "--data-dir", str(tmp_path), "--lang", "en", "leads", "show",
                          "YJ000000-NOSUCH"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 3, out.stderr  # not found: said on stderr, as before
    assert "YJ000000-NOSUCH" in out.stderr
    log = (tmp_path / "logs" / "workstation.log").read_text(encoding="utf-8")
    assert "alembic" in log  # the new desk's schema being made, at INFO


def test_an_error_report_takes_out_numbers_names_and_the_home_directory() -> None:
    text = f"File \"{Path.home()}/x.py\", line 12: 13812345678 张三 330106199001011234 card 6228480402564890018"
    clean = logs.scrub(text)
    assert str(Path.home()) not in clean or str(Path.home()) == "/"
    for secret in ("13812345678", "张三", "330106199001011234", "6228480402564890018"):
        assert secret not in clean
    assert "line 12" in clean and "<11 digits>" in clean
