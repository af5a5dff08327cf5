"""The unit name the forms print (填报单位): a team lead or an admin sets it, the desk keeps it in settings.toml,
the next form prints it; until then the preview says the placeholder is printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.forms.pdftext import text
from tests.forms_integration.conftest import OFFICER, persuaded_lead
from tests.forms_integration.test_preview_qt import _preview
from ui.tasks import TaskRunner
from ui.unit_dialog import UnitNameDialog
from workstation.desk import Workstation
from workstation.errors import InvalidInput, NotAllowed
from workstation.services import documents, unit
from workstation.settings import UNIT_PLACEHOLDER, Settings
from workstation.store.models_audit import AuditEntry

UNIT = "杭州市公安局反电信网络诈骗中心"


def test_a_team_lead_sets_it_the_desk_keeps_it_and_the_forms_print_it(desk: Workstation) -> None:
    lead_id = persuaded_lead(desk)
    assert not desk.settings.unit_name_set
    assert UNIT_PLACEHOLDER in text(documents.make(desk, OFFICER, "record", lead_id).data)
    toml = Path(desk.settings.data_dir) / "settings.toml"
    toml.write_text('centre_hotline = "96110"\n\n[centre]\nurl = "postgresql://centre/ws"\n', encoding="utf-8")
    assert unit.set_unit_name(desk, "lead1", f"  {UNIT} ") == UNIT
    assert desk.settings.unit_name == UNIT and desk.settings.unit_name_set
    pdf = text(documents.make(desk, OFFICER, "record", lead_id).data)
    assert UNIT in pdf and UNIT_PLACEHOLDER not in pdf
    again = Settings.load(desk.settings.data_dir)  # the next start of the desk
    assert again.unit_name == UNIT and again.centre_hotline == "96110"
    assert '[centre]\nurl = "postgresql://centre/ws"' in toml.read_text(encoding="utf-8")  # the rest kept
    unit.set_unit_name(desk, "lead1", "宁波市公安局反诈中心")  # set again: one key, replaced
    assert toml.read_text(encoding="utf-8").count("unit_name") == 1
    assert Settings.load(desk.settings.data_dir).unit_name == "宁波市公安局反诈中心"
    with desk.sessions() as session:
        assert session.query(AuditEntry).filter_by(actor="lead1", action=unit.UNIT_SET).count() == 2


def test_only_team_leads_and_admins_and_never_empty_or_the_placeholder(desk: Workstation) -> None:
    with pytest.raises(NotAllowed):
        unit.set_unit_name(desk, OFFICER, UNIT)
    for wrong in ("   ", UNIT_PLACEHOLDER, "中" * (unit.MAX_UNIT_NAME + 1)):
        with pytest.raises(InvalidInput):
            unit.set_unit_name(desk, "lead1", wrong)
    assert not desk.settings.unit_name_set
    assert not (Path(desk.settings.data_dir) / "settings.toml").exists()


def test_preview_warns_until_the_unit_is_set_in_the_dialog(qtbot: QtBot, desk: Workstation,
                                                          tasks: TaskRunner) -> None:
    lead_id = persuaded_lead(desk)
    before = _preview(qtbot, desk, tasks, lead_id)
    assert not before.warning.isHidden() and UNIT_PLACEHOLDER in before.warning.text()
    before.close()
    dialog = UnitNameDialog(desk, "lead1", tasks)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "" and UNIT_PLACEHOLDER in dialog.state.text()
    dialog.name.setText(UNIT)
    with qtbot.waitSignal(dialog.unit_set, timeout=5000) as done:
        dialog.submit()
    assert done.args == [UNIT] and desk.settings.unit_name == UNIT
    after = _preview(qtbot, desk, tasks, lead_id)
    assert after.warning.isHidden() and UNIT in text(after.pdf_bytes)
    after.close()


def test_the_dialog_shows_a_refusal_and_keeps_what_was_typed(qtbot: QtBot, desk: Workstation,
                                                             tasks: TaskRunner) -> None:
    dialog = UnitNameDialog(desk, OFFICER, tasks)  # an officer: the core refuses
    qtbot.addWidget(dialog)
    dialog.name.setText(UNIT)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=5000)
    assert dialog.name.text() == UNIT and not desk.settings.unit_name_set
