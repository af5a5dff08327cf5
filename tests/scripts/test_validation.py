"""The validator fed broken files: every error names the file, the place and the problem."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from workstation.scripts import ScriptError, ScriptInvalid, load_script, phone_like_numbers, validate_file

Write = Callable[[str, str], Path]


def only_error(errors: list[ScriptError]) -> ScriptError:
    assert len(errors) == 1, [str(e) for e in errors]
    return errors[0]


def test_minimal_script_is_valid(write_script: Write, minimal_text: str) -> None:
    path = write_script("fake_loan.toml", minimal_text)
    assert validate_file(path) == []
    script = load_script(path)
    assert script.id == "fake_loan" and script.version == 1
    assert [s.id for s in script.steps] == ["opening", "assess", "stop_payment", "close"]
    assert script.step("assess").branches[0].goto == "stop_payment"
    assert script.checkpoints[0].required is True


def test_syntax_error_names_the_line(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace("version = 1", "version = ", 1)
    error = only_error(validate_file(write_script("fake_loan.toml", broken)))
    assert error.file == "fake_loan.toml"
    assert error.line == 2
    assert "invalid TOML" in str(error.message)
    assert str(error).startswith("fake_loan.toml: line 2: invalid TOML")


def test_missing_english_text(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace(
        'say = { zh = "您转过钱吗？", en = "Did you send money?" }', 'say = { zh = "您转过钱吗？" }'
    )
    error = only_error(validate_file(write_script("fake_loan.toml", broken)))
    assert (error.file, error.location, str(error.message)) == ("fake_loan.toml", "steps[1].say.en", "missing")
    assert error.line == broken.splitlines().index('say = { zh = "您转过钱吗？" }') + 1


def test_empty_chinese_text(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace('zh = "放款前要交保证金"', 'zh = "  "')
    error = only_error(validate_file(write_script("fake_loan.toml", broken)))
    assert error.location == "red_flags[0].zh"
    assert "Chinese text is empty" in str(error.message)


def test_english_in_the_chinese_field(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace(
        'title = { zh = "结束", en = "Close" }', 'title = { zh = "Close", en = "Close" }'
    )
    error = only_error(validate_file(write_script("fake_loan.toml", broken)))
    assert error.location == "steps[3].title.zh"
    assert "no Chinese characters" in str(error.message)


def test_duplicate_step_id(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace('id = "stop_payment"', 'id = "assess"')
    errors = validate_file(write_script("fake_loan.toml", broken))
    duplicate = [e for e in errors if e.location == "steps[2].id"]
    assert len(duplicate) == 1
    assert str(duplicate[0].message) == "duplicate id 'assess' (already used in steps[1])"
    # the goto to the renamed step now dangles too, and is reported as well
    assert any(e.location == "steps[1].branches[0].goto" for e in errors)


def test_dangling_goto(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace('goto = "stop_payment"\n\n[[steps]]', 'goto = "xyz"\n\n[[steps]]')
    path = write_script("fake_loan.toml", broken)
    error = only_error(validate_file(path))
    assert error.location == "steps[1].branches[0].goto"
    assert str(error.message) == "step 'xyz' does not exist"
    assert error.line == broken.splitlines().index('goto = "xyz"') + 1
    assert str(error) == (
        f"fake_loan.toml: steps[1].branches[0].goto (line {error.line}): step 'xyz' does not exist"
    )


def test_dangling_next_objection_goto_and_checkpoint_step(write_script: Write, minimal_text: str) -> None:
    broken = (
        minimal_text.replace('next = "assess"', 'next = "nowhere"')
        .replace('goto = "stop_payment"\n\n[[checkpoints]]', 'goto = "gone"\n\n[[checkpoints]]')
        .replace('step = "assess"', 'step = "missing_step"')
    )
    errors = validate_file(write_script("fake_loan.toml", broken))
    assert {(e.location, str(e.message)) for e in errors} == {
        ("steps[0].next", "step 'nowhere' does not exist"),
        ("objections[0].goto", "step 'gone' does not exist"),
        ("checkpoints[0].step", "step 'missing_step' does not exist"),
    }


@pytest.mark.parametrize(
    ("version", "message"),
    [
        ('"1"', "expected a positive integer, got a string"),
        ("1.5", "expected a positive integer, got a float"),
        ("0", "expected a positive integer, got 0"),
        ("true", "expected a positive integer, got a boolean"),
    ],
)
def test_wrong_version(write_script: Write, minimal_text: str, version: str, message: str) -> None:
    broken = minimal_text.replace("version = 1", f"version = {version}")
    error = only_error(validate_file(write_script("fake_loan.toml", broken)))
    assert (error.file, error.location, str(error.message)) == ("fake_loan.toml", "version", message)
    assert error.line == 2


def test_invented_phone_number(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace("有事打96110或{centre_hotline}", "有事打96110或010-12345678")
    error = only_error(validate_file(write_script("fake_loan.toml", broken)))
    assert error.location == "steps[3].say.zh"
    assert "'010-12345678' is not allowed" in str(error.message)


def test_phone_number_rule() -> None:
    assert phone_like_numbers("请拨打96110或110，或本中心{centre_hotline}") == []
    assert phone_like_numbers("损失50000元，另一笔30000 yuan，¥12000") == []
    assert phone_like_numbers("拨打13800138000或400-123-4567，银行95588") == [
        "13800138000",
        "400-123-4567",
        "95588",
    ]
    assert phone_like_numbers("全角９６１１０可以，１２３４５不行") == ["12345"]


def test_file_name_must_match_id(write_script: Write, minimal_text: str) -> None:
    error = only_error(validate_file(write_script("fake_investment.toml", minimal_text)))
    assert error.file == "fake_investment.toml"
    assert error.location == "id"
    assert "does not match id 'fake_loan'" in str(error.message)


def test_unknown_scam_type(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace('id = "fake_loan"', 'id = "lottery"', 1)
    error = only_error(validate_file(write_script("lottery.toml", broken)))
    assert error.location == "id"
    assert str(error.message).startswith("unknown scam type 'lottery'")


def test_missing_and_unknown_keys(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace(
        'answer = { zh = "不会退的，马上止付。"', 'anwser = { zh = "不会退的，马上止付。"'
    )
    errors = validate_file(write_script("fake_loan.toml", broken))
    assert {(e.location, str(e.message).split(" (")[0]) for e in errors} == {
        ("objections[0].answer", "missing"),
        ("objections[0].anwser", "unknown key 'anwser'"),
    }


def test_wrong_types(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace('stage = "remedy"', 'stage = "panic"').replace(
        "required = true", 'required = "yes"'
    )
    errors = validate_file(write_script("fake_loan.toml", broken))
    assert {(e.location, str(e.message)) for e in errors} == {
        ("steps[2].stage", "unknown value 'panic' (allowed: opening, assess, persuade, remedy, close)"),
        ("checkpoints[0].required", "expected true or false, got a string"),
    }


def test_unknown_placeholder(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace("或{centre_hotline}。", "或{hotline}。")
    error = only_error(validate_file(write_script("fake_loan.toml", broken)))
    assert error.location == "steps[3].say.zh"
    assert "unknown placeholder '{hotline}'" in str(error.message)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "fake_loan.toml"
    path.write_bytes('title = "虚假贷款"'.encode("gbk"))
    error = only_error(validate_file(path))
    assert error.file == "fake_loan.toml" and "not UTF-8" in str(error.message)


def test_load_script_raises_with_every_error(write_script: Write, minimal_text: str) -> None:
    broken = minimal_text.replace("version = 1", "version = 0").replace('next = "assess"', 'next = "x"')
    with pytest.raises(ScriptInvalid) as caught:
        load_script(write_script("fake_loan.toml", broken))
    assert len(caught.value.errors) == 2
    assert str(caught.value).splitlines() == [str(e) for e in caught.value.errors]
    assert "fake_loan.toml: version (line 2): expected a positive integer, got 0" in str(caught.value)


def test_load_script_from_text_keeps_source_and_digest(minimal_text: str) -> None:
    script = load_script(minimal_text)
    assert script.source_text == minimal_text
    assert len(script.digest) == 64
    changed = load_script(minimal_text.replace("version = 1", "version = 2"))
    assert changed.digest != script.digest
    with pytest.raises(ScriptInvalid, match="^<text>: id: missing"):
        load_script(minimal_text.replace('id = "fake_loan"\n', "", 1))


def test_errors_are_messages_in_the_persons_language(write_script: Write, minimal_text: str) -> None:
    """A script's problems are Msg messages: the editor shows them in Chinese on a Chinese desk."""
    from workstation import messages
    from workstation.messages import Msg

    broken = minimal_text.replace('id = "stop_payment"', 'id = "assess"')
    errors = validate_file(write_script("fake_loan.toml", broken))
    assert errors and all(isinstance(e.message, Msg) for e in errors)
    messages.set_language("zh_CN")
    shown = str(errors[0])
    assert "重复" in shown and "duplicate" not in shown, shown
