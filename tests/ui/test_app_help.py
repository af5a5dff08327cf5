"""`python -m ui.app --help` lists every option, the screenshot and benchmark ones included."""

from __future__ import annotations

import pytest

from ui.app import parse_args


def test_help_lists_the_screenshot_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--help"])
    out = capsys.readouterr().out
    for option in ("--db", "--lang", "--data-dir", "--screenshot FILE", "--exit-after-shown"):
        assert option in out
    assert "for screenshots and benchmarks" in out


def test_the_options_still_parse() -> None:
    args = parse_args(["--screenshot", "x.png", "--exit-after-shown", "--lang", "en"])
    assert str(args.screenshot) == "x.png" and args.exit_after_shown and args.lang == "en"
