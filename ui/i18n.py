"""Translations: English source strings, zh_CN by default; labels for the core's enums.

The core's enums carry their Chinese labels (``.zh``); in English the UI shows the labels below. Everything
else goes through ``tr()`` / ``QCoreApplication.translate`` and resources/i18n/workstation_zh_CN.qm.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workstation import messages
from workstation.domain.types import LeadStatus, Role, ScamType, WarningLevel
from workstation.resources import resource_path

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGES = ("zh_CN", "en")
_language = "en"  # what labels use until install() ran (the source language)
_translators: list[QTranslator] = []  # kept alive: a collected QTranslator silently stops translating

_STATUS_EN = {
    LeadStatus.NEW: "New", LeadStatus.CLAIMED: "In progress", LeadStatus.CALLBACK: "Callback due",
    LeadStatus.STOP_PAYMENT: "Stop-payment", LeadStatus.ESCALATED: "Sent to station", LeadStatus.CLOSED: "Closed",
}
_LEVEL_EN = {WarningLevel.RED: "Red", WarningLevel.ORANGE: "Orange", WarningLevel.YELLOW: "Yellow"}
_ROLE = {Role.OFFICER: ("Officer", "民警"), Role.LEAD: ("Team lead", "带班组长"), Role.ADMIN: ("Admin", "内勤")}


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> bool:
    """Load our translation and Qt's own (standard dialogs) for `language`; True if ours loaded."""
    global _language
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    _language = language
    messages.set_translator(None if language == "en" else QCoreApplication.translate)  # the core's Msg
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return True
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    loaded = ours.load(f"workstation_{language}", str(resource_path("i18n")))
    if loaded:
        app.installTranslator(ours)
        _translators.append(ours)
    else:
        log.warning("no translation for %s in %s", language, resource_path("i18n"))
    # Qt's own words (file dialogs, standard buttons); what its catalogue lacks is in ours (ui/qt_words.py).
    qt = QTranslator(app)
    for folder in _qt_translation_dirs():
        if qt.load(f"qtbase_{language}", folder):
            app.installTranslator(qt)
            _translators.append(qt)
            break
    else:
        log.warning("no Qt translation qtbase_%s: Qt's dialogs stay English", language)
    return loaded


def _qt_translation_dirs() -> list[str]:
    """Where Qt's .qm files are: Qt's own answer, then the PySide6 wheel's folder (the same, in a wheel)."""
    import PySide6

    return [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
            str(Path(PySide6.__file__).parent / "Qt" / "translations")]


def language() -> str:
    return _language


def is_chinese() -> bool:
    return _language.startswith("zh")


def scam_label(code: str) -> str:
    try:
        kind = ScamType(code)
    except ValueError:
        return code
    return kind.zh if is_chinese() else kind.en


# Short names for the queue's scam-type column (the full name is in the tooltip and the lead panel).
SCAM_SHORT_ZH = {
    "police_impersonation": "冒充公检法", "click_farming": "刷单返利", "fake_loan": "贷款办卡",
    "military_impersonation": "冒充军人", "boss_impersonation": "冒充领导", "fake_investment": "投资理财",
    "fake_customer_service": "冒充客服", "fake_credit_repair": "虚假征信", "romance": "婚恋交友",
    "game_trading": "游戏交易", "fake_shopping": "虚假购物",
}


# The same in English: a word or two, where the full name ('Impersonating police/prosecutors/courts') would
# push the queue's name and phone out of view.
SCAM_SHORT_EN = {
    "police_impersonation": "Fake police", "click_farming": "Click-farming", "fake_loan": "Fake loan",
    "military_impersonation": "Fake soldier", "boss_impersonation": "Fake boss", "fake_investment": "Investment",
    "fake_customer_service": "Fake support", "fake_credit_repair": "Credit repair", "romance": "Romance",
    "game_trading": "Game items", "fake_shopping": "Fake shop",
}


def scam_short_label(code: str) -> str:
    """The scam type in a word or two (in the UI's language), for narrow columns."""
    short = SCAM_SHORT_ZH if is_chinese() else SCAM_SHORT_EN
    return short.get(code) or scam_label(code)


def status_label(code: str) -> str:
    try:
        status = LeadStatus(code)
    except ValueError:
        return code
    return status.zh if is_chinese() else _STATUS_EN[status]


def level_label(code: str) -> str:
    try:
        level = WarningLevel(code)
    except ValueError:
        return code
    return level.zh if is_chinese() else _LEVEL_EN[level]


def role_label(role: Role) -> str:
    en, zh = _ROLE.get(role, (role.value, role.value))
    return zh if is_chinese() else en
