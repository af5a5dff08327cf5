"""A real print job through CUPS to the cups-pdf printer: the printed file arrives with every page.

Needs Debian's cups, cups-client, cups-bsd and printer-driver-cups-pdf (``./run tests`` installs them). Uses
the system scheduler, starting it (and stopping it again, by pid) when it is not running. Skips with the
reason when CUPS is missing — except under CI=true, where it fails.
"""

from __future__ import annotations

import fcntl
import getpass
import os
import pwd
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.forms_integration.conftest import OFFICER, thanked_lead
from tests.support.sign_in import as_officer, feed_password
from workstation.cli.main import main
from workstation.desk import Workstation
from workstation.services import documents

# One scheduler, one printer and one output directory for the whole machine, the printer added and removed by
# the module's fixture, the printed file found by a serial number every run starts again at: under
# pytest-xdist its tests may go to two workers, and another checkout's run may be printing too: a lock on the
# machine keeps every other process out until this module's fixture is done.
LOCK = Path(tempfile.gettempdir()) / "ws-tests-cups.lock"

PRINTER = "WS-PDF"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CONF = Path("/etc/cups/cups-pdf.conf")


def unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CUPS printing test cannot run (CI: fail, never skip): {reason}", pytrace=False)
    pytest.skip(f"CUPS printing test skipped: {reason}")


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False)
    return "is running" in done.stdout and "not" not in done.stdout


def output_dirs() -> list[Path]:
    """Where cups-pdf writes for this user: its `Out` setting (default ${HOME}/PDF), and the anonymous dir."""
    out, anon = "${HOME}/PDF", "/var/spool/cups-pdf/ANONYMOUS"
    if CONF.exists():
        for line in CONF.read_text(errors="replace").splitlines():
            m = re.match(r"\s*(Out|AnonDirName)\s+(\S+)", line)
            if m:
                out, anon = (m.group(2), anon) if m.group(1) == "Out" else (out, m.group(2))
    home = pwd.getpwnam(getpass.getuser()).pw_dir
    return [Path(out.replace("${HOME}", home).replace("${USER}", getpass.getuser())), Path(anon)]


@pytest.fixture(scope="module")
def cups_pdf() -> Iterator[str]:
    fd = os.open(LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # released when the module is done (or the process dies)
        yield from _cups_pdf()
    finally:
        os.close(fd)


def _cups_pdf() -> Iterator[str]:
    missing = [t for t in ("/usr/sbin/cupsd", "/usr/lib/cups/backend/cups-pdf") if not Path(t).exists()]
    missing += [t for t in ("lp", "lpadmin", "lpstat", "pdfinfo") if shutil.which(t) is None]
    if missing:
        unavailable("not installed: " + ", ".join(missing) +
                    " (apt-get install cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils)")
    started: subprocess.Popen[bytes] | None = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            unavailable("the CUPS scheduler is not running and only root can start it")
        started = subprocess.Popen(["/usr/sbin/cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 15
        while not _scheduler_running():
            if started.poll() is not None or time.monotonic() > deadline:
                err = started.stderr.read().decode(errors="replace") if started.stderr else ""
                started.kill()
                unavailable(f"cupsd did not start: {err.strip()[:300]}")
            time.sleep(0.2)
    added = PRINTER not in documents.cups_printers()
    try:
        if added:
            done = subprocess.run(["lpadmin", "-p", PRINTER, "-E", "-v", "cups-pdf:/", "-m", PPD],
                                  capture_output=True, text=True, check=False)
            if done.returncode != 0:
                unavailable(f"lpadmin could not add the cups-pdf printer: {done.stderr.strip()}")
        yield PRINTER
    finally:
        if added:
            subprocess.run(["lpadmin", "-x", PRINTER], capture_output=True, check=False)
        if started is not None:
            started.terminate()
            try:
                started.wait(10)
            except subprocess.TimeoutExpired:
                started.kill()
                started.wait(5)


def wait_for_output(since: float, marker: str, timeout: float = 90) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for d in output_dirs():
            for f in d.glob("*.pdf") if d.is_dir() else ():
                if marker in f.name and f.stat().st_mtime >= since and f.stat().st_size > 0:
                    time.sleep(0.3)  # cups-pdf writes the file in place: let it finish
                    return f
        time.sleep(0.25)
    raise AssertionError(f"no printed file for {marker} in {output_dirs()} after {timeout} s")


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    assert m, info
    return int(m.group(1))


def test_a_letter_printed_through_cups_arrives_and_is_archived(
        cups_pdf: str, desk: Workstation, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch)
    lead_id = thanked_lead(desk)
    since = time.time() - 1
    code = main(["--lang", "en", "--db", desk.settings.db_url, "print", "thanks", "--lead", lead_id, "--printer", cups_pdf,
                 *as_officer(OFFICER)], clock=desk.clock)
    out, err = capsys.readouterr()
    assert code == 0, err
    [info] = documents.history(desk, lead_id)
    assert info.action == "print" and info.target.startswith(f"{cups_pdf} ({cups_pdf}-")
    printed = wait_for_output(since, info.serial_no)
    try:
        assert pdf_pages(printed) == info.pages == 1
    finally:
        printed.unlink(missing_ok=True)


def test_a_saved_batch_sent_to_cups_arrives_with_every_page(
        cups_pdf: str, desk: Workstation, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    feed_password(monkeypatch)
    for name in ("刘芳同志", "赵师傅", "钱经理"):
        thanked_lead(desk, name)
    batch = tmp_path / "week.pdf"
    assert main(["--lang", "en", "--db", desk.settings.db_url, "print", "batch", "thanks", "--since", "2026-11-23",
                 "--until", "2026-11-29", "-o", str(batch), *as_officer("lead1")], clock=desk.clock) == 0
    since = time.time() - 1
    job_file = tmp_path / "ws-batch-send.pdf"
    shutil.copyfile(batch, job_file)
    code = main(["--lang", "en", "--db", desk.settings.db_url, "print", "send", str(job_file), "--printer", cups_pdf,
                 *as_officer(OFFICER)], clock=desk.clock)
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "archived as a print" in out
    printed = wait_for_output(since, "ws-batch-send")
    try:
        assert pdf_pages(printed) == 3
    finally:
        printed.unlink(missing_ok=True)
