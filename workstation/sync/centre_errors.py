"""The centre's refusals in the person's language.

The centre's functions (workstation/store/migrations/sql) raise their refusals as one bilingual text,
"中文 (English)", with our own SQLSTATEs (WS400/403/404/409). The migrations run as they were written, so the
desk maps them here: a known refusal, recognised by the stable start of its Chinese text, becomes a Msg with its
parameters; an unknown one is still shown in one language — the English in parentheses, or the Chinese before
them (`UNKNOWN`'s translation picks that part).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from workstation.domain.words import LANGUAGE_NAME
from workstation.messages import QT_TRANSLATE_NOOP, Msg, Template, Translator, message

HOLDS_TOO_MANY = message("centre.holds_too_many", QT_TRANSLATE_NOOP("Messages", "You hold {count} leads already, the most one officer may hold: record or release some first"))
NO_LEAD = message("centre.no_lead", QT_TRANSLATE_NOOP("Messages", "The centre has no lead {lead}"))
HELD_BY = message("centre.held_by", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is already held by {name}"))
KEPT_FOR = message("centre.kept_for", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is kept for {officer}'s callback until {until}"))
NOT_QUEUED = message("centre.not_queued", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is not in the queue"))
NOT_REASSIGNABLE = message("centre.not_reassignable", QT_TRANSLATE_NOOP("Messages", "Lead {ref} is no longer open: it cannot be reassigned"))
LEAD_ONLY = message("centre.lead_only", QT_TRANSLATE_NOOP("Messages", "Only a team lead may reassign a lead"))
NO_OFFICER = message("centre.no_officer", QT_TRANSLATE_NOOP("Messages", "No such officer '{username}'"))
ADMIN_ONLY = message("centre.admin_only", QT_TRANSLATE_NOOP("Messages", "Only an admin may manage officers"))
LAST_ADMIN_DISABLED = message("centre.last_admin_disabled", QT_TRANSLATE_NOOP("Messages", "The last admin cannot be disabled"))
LAST_ADMIN_ROLE = message("centre.last_admin_role", QT_TRANSLATE_NOOP("Messages", "The last admin cannot give up the admin role"))
UNKNOWN_ROLE = message("centre.unknown_role", QT_TRANSLATE_NOOP("Messages", "Unknown role '{role}'"))
OFFICER_EXISTS = message("centre.officer_exists", QT_TRANSLATE_NOOP("Messages", "Officer {username} already exists"))
BAD_USER_NAME = message("centre.bad_user_name", QT_TRANSLATE_NOOP("Messages", "User name: 1 to {limit} letters, digits, _ . or -"))
BAD_NAME_OR_BADGE = message("centre.bad_name_or_badge", QT_TRANSLATE_NOOP("Messages", "Name: 1 to 64 characters; badge number: up to 16 characters"))
SCRAM_ONLY = message("centre.scram_only", QT_TRANSLATE_NOOP("Messages", "The password must reach the centre as a SCRAM verifier"))
UNKNOWN_OFFICER = message("centre.unknown_officer", QT_TRANSLATE_NOOP("Messages", "Unknown or disabled officer: {username}"))
BATCH_TOO_BIG = message("centre.batch_too_big", QT_TRANSLATE_NOOP("Messages", "A batch holds at most 5000 events"))
HEARTBEAT_TOO_BIG = message("centre.heartbeat_too_big", QT_TRANSLATE_NOOP("Messages", "At most 1000 claims can be renewed at once"))
SUPERUSER_NAMES = message("centre.superuser_names", QT_TRANSLATE_NOOP("Messages", "A superuser must name the officer it acts for"))
ACTS_AS_OTHER = message("centre.acts_as_other", QT_TRANSLATE_NOOP("Messages", "Signed in as {who}, cannot act as {other}"))
NO_DESK_NAME = message("centre.no_desk_name", QT_TRANSLATE_NOOP("Messages", "The connection has no desk name (application_name)"))
# a refusal this desk does not know (a newer centre): its text is the half in the person's language
UNKNOWN = message("centre.refused", QT_TRANSLATE_NOOP("Messages", "Refused by the centre: {text}"))


@dataclass(frozen=True, slots=True)
class Halves(Msg):
    """The centre's own "中文 (English)" text as a message parameter: the half in the language rendered."""

    def render(self, translate: Translator | None = None) -> str:
        chinese = not LANGUAGE_NAME().render(translate).isascii()
        return str(self.params["chinese" if chinese else "english"])


def _fixed(template: Template) -> Callable[[re.Match[str]], Msg]:
    return lambda _m: template()


# (the start of the Chinese text, with its parameters as groups; the Msg it becomes)
KNOWN: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], Msg]], ...] = (
    (re.compile(r"您已持有 (\S+) 条线索"), lambda m: HOLDS_TOO_MANY(count=m[1])),
    (re.compile(r"中心没有线索 (\S+) "), lambda m: NO_LEAD(lead=m[1])),
    (re.compile(r"线索 (\S+) 正由 (\S+) 处置"), lambda m: HELD_BY(ref=m[1], name=m[2])),
    (re.compile(r"线索 (\S+) 不在队列中"), lambda m: NOT_QUEUED(ref=m[1])),
    (re.compile(r"线索 (\S+) 为 (\S+) 的约定回拨，(.+?) 前只有该民警可以领取"),
     lambda m: KEPT_FOR(ref=m[1], officer=m[2], until=m[3])),
    (re.compile(r"线索 (\S+) 状态为 (\S+?)，不能改派"), lambda m: NOT_REASSIGNABLE(ref=m[1])),
    (re.compile(r"只有组长可以改派线索"), _fixed(LEAD_ONLY)),
    (re.compile(r"找不到民警 (\S+) "), lambda m: NO_OFFICER(username=m[1])),
    (re.compile(r"只有管理员可以管理民警账户"), _fixed(ADMIN_ONLY)),
    (re.compile(r"不能停用最后一名管理员"), _fixed(LAST_ADMIN_DISABLED)),
    (re.compile(r"不能撤销最后一名管理员的角色"), _fixed(LAST_ADMIN_ROLE)),
    (re.compile(r"未知角色 (\S+) "), lambda m: UNKNOWN_ROLE(role=m[1])),
    (re.compile(r"民警 (\S+) 已存在"), lambda m: OFFICER_EXISTS(username=m[1])),
    (re.compile(r"用户名只能含字母、数字、_ \. -，最多 (\d+) 位"), lambda m: BAD_USER_NAME(limit=m[1])),
    (re.compile(r"姓名 1-64 字，警号最多 16 位"), _fixed(BAD_NAME_OR_BADGE)),
    (re.compile(r"密码须以 SCRAM 校验值传送"), _fixed(SCRAM_ONLY)),
    (re.compile(r"未知或已停用的民警 \(.*: (.*)\)$"), lambda m: UNKNOWN_OFFICER(username=m[1])),
    (re.compile(r"一批最多 5000 个事件"), _fixed(BATCH_TOO_BIG)),
    (re.compile(r"一次最多续期 1000 个领取"), _fixed(HEARTBEAT_TOO_BIG)),
    (re.compile(r"超级用户须指明代表的民警"), _fixed(SUPERUSER_NAMES)),
    (re.compile(r"登录身份为 (\S+?)，不能代表 (\S+) "), lambda m: ACTS_AS_OTHER(who=m[1], other=m[2])),
    (re.compile(r"会话没有工位名"), _fixed(NO_DESK_NAME)),
)
BILINGUAL = re.compile(r"^(?P<chinese>.*?)\s*\((?P<english>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*$", re.S)


def refusal(text: str) -> Msg:
    """The centre's refusal text as a Msg in the person's language."""
    for pattern, make in KNOWN:
        found = pattern.match(text)
        if found is not None:
            return make(found)
    parts = BILINGUAL.match(text)
    if parts is None:  # not our shape: as it came, in both renderings
        return UNKNOWN(text=text)
    halves = {"english": parts["english"], "chinese": parts["chinese"]}
    return UNKNOWN(text=Halves(UNKNOWN.code + ".text", "{english}", halves))
