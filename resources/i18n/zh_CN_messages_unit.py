"""Chinese for the core's unit-name messages (workstation/services/unit.py), by English source."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    "Enter the unit's full name, as it is printed on the forms": "请填写单位全称（按文书上打印的写法）",
    "The unit name may have at most {limit} characters": "单位名称最多 {limit} 个字",
    "That is the placeholder name: enter your own unit's name": "这是占位名称，请填写本单位的名称",
}
