"""Chinese for the sign-in dialog shown before the desk is open (issue 18), by English source. Merged by
resources/i18n/zh_CN_glossary.py (`./run i18n`)."""

from __future__ import annotations

ZH: dict[str, str] = {
    # ui/login.py: a sign-in made while the desk is still opening (a first start seeds the demo set)
    "Opening the desk's database…": "正在打开本工位的数据库……",
}
