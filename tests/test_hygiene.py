"""Lints over the test suite itself: tests that can fail.

- No `pytest.importorskip` of a first-party module: a broken import of ours is a failure, never a skip.
- Every in-process `workstation` command (cli.main.main) gets the test's clock (`clock=`): a desk made on a
  FixedClock and a command run on the system clock made a test fail on the day it ran.
- No wall clock (`time.sleep`, `datetime.now()`, `time.time()`, `date.today()`) in a test outside the files
  listed in WALL_CLOCK, each with the reason it needs the real time. A desk's test runs on a FixedClock;
  the real time is for a real server's now() (PostgreSQL, CUPS, TLS) and for fault injection.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
FIRST_PARTY = ("workstation", "ui", "tests", "bench")

IMPORTORSKIP = re.compile(r"""importorskip\(\s*["']([\w.]+)["']""")
WALL_CLOCK_CALL = re.compile(r"\btime\.sleep\(|\bdatetime\.now\(|\bdatetime\.utcnow\(|\btime\.time\(|\bdate\.today\(")

WALL_CLOCK = {
    "support/faketime.py": "fault injection: mends time.sleep where libfaketime breaks it",
    "support/certs.py": "TLS certificates are checked by libpq against the real time",
    "core/test_clock_ahead_pass.py": "checks that the clock-ahead pass really moved the wall clock",
    "security/test_crash.py": "fault injection: kills a desk at random moments",
    "security/test_audit_centre.py": "the centre's audit entries are stamped and checked by PostgreSQL's now()",
    "forms_integration/test_cups_print.py": "waits for a real CUPS server to start and to print",
    "sync/conftest.py": "leads sent to a real centre, whose rules compare with PostgreSQL's now()",
    "sync/test_callback_reservations.py": "a reservation falls due on the centre's clock (PostgreSQL now())",
    "sync/test_centre_attacks_2.py": "attacks on a real centre, whose rules compare with PostgreSQL's now()",
    "sync/test_centre_attacks_3.py": "attacks on a real centre, whose rules compare with PostgreSQL's now()",
    "sync/test_centre_trust.py": "events checked by a real centre against PostgreSQL's now()",
    "sync/test_claim_copy.py": "a claim falls due on the centre's clock (PostgreSQL now())",
    "sync/test_claims.py": "claims held and expired by a real centre (PostgreSQL now())",
    "sync/test_faults.py": "fault injection: a centre that drops connections, waited for in real time",
    "sync/test_group_roles.py": "waits for a migration blocked by another real transaction",
    "sync/test_server_rules.py": "waits for a real NOTIFY to arrive",
    "sync/test_set_aside.py": "leads set aside until a time the centre compares with PostgreSQL's now()",
    "sync/test_two_desks_cli.py": "two desks and a real centre, whose rules compare with PostgreSQL's now()",
}

# main() on the system clock where the desk's clock is the real one too: a real centre decides the time
SYSTEM_CLOCK_CLI = {
    "sync/test_connect.py": "connects to a real centre and syncs; the centre's now() is the wall clock",
    "sync/test_credentials.py": "connects to a real centre with each kind of credential",
    "sync/test_set_aside.py": "a desk of a real centre, whose rules compare with PostgreSQL's now()",
    "sync/test_two_desks_cli.py": "two desks and a real centre, whose rules compare with PostgreSQL's now()",
}


def _code(path: Path) -> str:
    """The file's text without comments and docstring-ish lines (a call mentioned in prose is no call)."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        code = line.split("#", 1)[0]
        if code.strip().startswith(('"""', "'''")) or not code.strip():
            continue
        lines.append(code)
    return "\n".join(lines)


def _test_files() -> list[Path]:
    return sorted(p for p in TESTS.rglob("*.py") if p != Path(__file__).resolve())


def first_party_skips(path: Path) -> list[str]:
    return [m for m in IMPORTORSKIP.findall(_code(path)) if m.split(".")[0] in FIRST_PARTY]


def wall_clock_calls(path: Path) -> list[str]:
    return [line.strip() for line in _code(path).splitlines() if WALL_CLOCK_CALL.search(line)]


def cli_calls_without_a_clock(path: Path) -> list[int]:
    """Lines where the file calls the `main` it imported from workstation.cli.main without `clock=`."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {alias.asname or alias.name for node in ast.walk(tree)
             if isinstance(node, ast.ImportFrom) and node.module == "workstation.cli.main"
             for alias in node.names if alias.name == "main"}
    parse_only = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.With) and _raises_system_exit(node)
                  for inner in ast.walk(node)}  # --help, argparse's refusals: no desk is opened
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
            and id(node) not in parse_only and not any(k.arg == "clock" for k in node.keywords)]


def _raises_system_exit(node: ast.With) -> bool:
    return any(isinstance(item.context_expr, ast.Call) and ast.unparse(item.context_expr.func) == "pytest.raises"
               and [ast.unparse(a) for a in item.context_expr.args] == ["SystemExit"] for item in node.items)


def test_every_in_process_command_runs_on_the_tests_clock() -> None:
    found = {rel: lines for p in _test_files()
             if (rel := p.relative_to(TESTS).as_posix()) not in SYSTEM_CLOCK_CLI
             and (lines := cli_calls_without_a_clock(p))}
    assert not found, f"main(..., clock=...) with the clock the test's desk runs on: {found}"
    stale = [rel for rel in SYSTEM_CLOCK_CLI if not cli_calls_without_a_clock(TESTS / rel)]
    assert not stale, f"SYSTEM_CLOCK_CLI lists files whose commands all get a clock now: {stale}"


def test_no_first_party_importorskip() -> None:
    found = {str(p.relative_to(TESTS)): skips for p in _test_files() if (skips := first_party_skips(p))}
    assert not found, f"a broken first-party import must fail, not skip: {found}"


def test_wall_clock_only_where_a_real_clock_is_the_point() -> None:
    found = {rel: calls for p in _test_files()
             if (rel := p.relative_to(TESTS).as_posix()) not in WALL_CLOCK and (calls := wall_clock_calls(p))}
    assert not found, ("a test runs on a FixedClock (tests/core/conftest.py NOW); the wall clock only with a "
                       f"reason in WALL_CLOCK: {found}")
    stale = [rel for rel in WALL_CLOCK if not (TESTS / rel).exists() or not wall_clock_calls(TESTS / rel)]
    assert not stale, f"WALL_CLOCK lists files that no longer use the wall clock: {stale}"


def test_the_lints_see_what_they_look_for(tmp_path: Path) -> None:
    sample = tmp_path / "test_sample.py"
    sample.write_text('import time\n'
                      'pytest.importorskip("workstation.services.intake")\n'
                      'pytest.importorskip("sqlcipher3")\n'
                      'x = datetime.now(UTC)\n'
                      '# time.sleep(1) in a comment is no call\n'
                      'time.sleep(0.5)\n', encoding="utf-8")
    assert first_party_skips(sample) == ["workstation.services.intake"]
    cli = tmp_path / "test_cli_sample.py"
    cli.write_text("from workstation.cli.main import main as run_cli\n"
                   "run_cli(['leads', 'list'])\n"
                   "run_cli(['leads', 'list'], clock=clock)\n"
                   "main(['not', 'the', 'cli'])\n"
                   "with pytest.raises(SystemExit):\n"
                   "    run_cli(['--help'])\n", encoding="utf-8")
    assert cli_calls_without_a_clock(cli) == [2]
    assert wall_clock_calls(sample) == ["x = datetime.now(UTC)", "time.sleep(0.5)"]
