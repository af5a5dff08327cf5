"""The demo data set: officers, and a few hundred realistic leads in Hangzhou's districts.

Everything here is invented: names are drawn from common surnames and given-name characters,
phone numbers have valid mainland formats but random digits, ID numbers have valid check digits.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from stdnum.cn import ric

from workstation.clock import FixedClock
from workstation.desk import Workstation
from workstation.domain.lead import NewLead
from workstation.domain.outcome import OutcomeInput, StopPaymentDetails
from workstation.domain.types import ContactedParty, OutcomeCode, Role, ScamType, TriggerKind, WarningLevel
from workstation.errors import Conflict
from workstation.messages import QT_TRANSLATE_NOOP, message
from workstation.services import auth, leads, outcomes
from workstation.settings import save_values

REAL_DESK = message("demo.real_desk", QT_TRANSLATE_NOOP("Messages", "This desk is set up for real use: the demo set (accounts with a published password) goes on a desk of its own, e.g. --data-dir /tmp/demo-desk"))

DEMO_PASSWORD = "demo1234"
CITY = "杭州市"
# District name → its administrative code (the first six digits of a resident ID born there).
DISTRICTS = {
    "上城区": "330102", "拱墅区": "330105", "西湖区": "330106", "滨江区": "330108", "萧山区": "330109",
    "余杭区": "330110", "富阳区": "330111", "临安区": "330112", "临平区": "330113", "钱塘区": "330114",
    "桐庐县": "330122", "淳安县": "330127", "建德市": "330182",
}
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英玉兰萍建华文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
                   "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198",
                   "199"]
BANKS = ["中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行", "招商银行", "杭州银行",
         "浙江农商银行", "中国邮政储蓄银行", "兴业银行"]
APPS = ["“云鼎财富”", "“速享贷”", "“聚星兼职”", "“安心会议”", "“星链游戏交易”", "“易借钱包”"]
RELATIONS = ["妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "同事"]
_STATION_NAMES = "湖滨 米市巷 北山 西兴 城厢 五常 富春 锦城 临平 下沙 城南 千岛湖 新安江".split()
STATIONS = {d: f"{d}{name}派出所" for d, name in zip(DISTRICTS, _STATION_NAMES, strict=True)}


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def id_number(rng: random.Random, district: str) -> str:
    born = datetime(1945, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365))
    body = f"{DISTRICTS[district]}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body)


def bank_card(rng: random.Random) -> str:
    return "62" + "".join(str(rng.randrange(10)) for _ in range(17))


def trigger(rng: random.Random, kind: TriggerKind) -> str:
    if kind is TriggerKind.FRAUD_CALL:
        return rng.choice(["+852", "+63", "+855", "+95", "+60"]) + f" {rng.randrange(10**7, 10**8)}"
    if kind is TriggerKind.FRAUD_SMS:
        return f"1069{rng.randrange(10**8):08d}"
    if kind is TriggerKind.FRAUD_URL:
        word = rng.choice(["refund", "loan", "vip", "invest", "safe", "credit"])
        return f"http://{word}-{rng.randrange(1000, 9999)}.top/h5/index.html"
    if kind is TriggerKind.FRAUD_APP:
        return rng.choice(APPS)
    return f"{rng.choice(BANKS)} {bank_card(rng)}"


def make_leads(rng: random.Random, count: int, now: datetime, max_age_hours: float = 8.0) -> list[NewLead]:
    out = []
    types = list(ScamType)
    for i in range(count):
        district = rng.choice(list(DISTRICTS))
        kind = rng.choice([k for k in TriggerKind if k is not TriggerKind.UNKNOWN])
        age = rng.choice((rng.uniform(0, 20), rng.uniform(20, 120), rng.uniform(120, max_age_hours * 60)))
        amount = Decimal(rng.choice((0, 0, rng.randrange(500, 20000), rng.randrange(20000, 500000))))
        out.append(NewLead(
            person_name=person_name(rng),
            phone=mobile(rng) if rng.random() > 0.06 else f"0571-8{rng.randrange(10**7):07d}",
            scam_type=types[i % len(types)],
            level=rng.choices(list(WarningLevel), weights=(25, 40, 35))[0],
            trigger_kind=kind, trigger_detail=trigger(rng, kind),
            triggered_at=now - timedelta(minutes=age), district=district, city=CITY, amount_at_risk=amount,
            id_number=id_number(rng, district) if rng.random() < 0.6 else None, source="demo",
        ))
    return out


def seed(ws: Workstation, lead_count: int = 320, seed_value: int = 20261125) -> dict[str, int]:
    """Officers officer1…officer16, team lead lead1, admin admin1, and `lead_count` leads with history."""
    rng = random.Random(seed_value)
    existing = {o.username for o in auth.officers(ws)}
    if existing and not ws.settings.demo:  # a desk set up for real use: its admin's accounts, not demo1234's
        raise Conflict(REAL_DESK())
    people = [(f"officer{i}", f"{person_name(rng)}", Role.OFFICER, f"0{33000 + i}") for i in range(1, 17)]
    people += [("lead1", person_name(rng), Role.LEAD, "033100"), ("admin1", person_name(rng), Role.ADMIN, "033200")]
    shared: str | None = None  # every demo account has the published demo password: one hash for all
    for username, name, role, badge in people:
        if username not in existing:
            shared = shared or auth.hash_password(DEMO_PASSWORD)
            auth.add_officer(ws, username, name, role, DEMO_PASSWORD, badge, password_hash=shared)
    # The demo accounts' password is published: the desk says it is a demo desk from now on.
    save_values(Path(ws.settings.data_dir), {"demo": True})
    ws.settings = replace(ws.settings, demo=True)
    now = ws.clock.now()
    new = make_leads(rng, lead_count, now)
    with ws.unit_of_work() as session:
        ids = leads.receive_many(ws, session, new)
    _history(ws, rng, ids, new, now)
    return {"officers": len(people), "leads": len(ids)}


def _history(ws: Workstation, rng: random.Random, ids: list[str], new: list[NewLead], now: datetime) -> None:
    """Give part of the set a past: finished calls, callbacks, escalations, stop-payments, held leads."""
    for lead_id, facts in zip(ids, new, strict=True):
        age = now - facts.triggered_at
        if age < timedelta(minutes=15):
            continue  # fresh leads wait in the queue
        # A centre keeps up: most leads past their deadline were handled; a few are still overdue.
        overdue = age > timedelta(minutes=ws.settings.deadline_minutes(facts.level))
        roll = rng.random() * (0.72 if overdue else 1.0)
        officer = f"officer{rng.randrange(2, 17)}"
        start = facts.triggered_at + min(age / 2, timedelta(minutes=rng.uniform(3, 25)))
        clock = FixedClock(start)
        past = replace(ws, clock=clock)
        if roll < 0.40:
            code, party = rng.choice([(OutcomeCode.PERSUADED, ContactedParty.SELF),
                                      (OutcomeCode.PERSUADED, ContactedParty.RELATIVE),
                                      (OutcomeCode.NOT_DECEIVED, ContactedParty.SELF)])
            _call(past, clock, officer, lead_id, code, party, rng, facts)
        elif roll < 0.52:
            _call(past, clock, officer, lead_id, OutcomeCode.NO_ANSWER, ContactedParty.NOBODY, rng, facts)
        elif roll < 0.57:
            _call(past, clock, officer, lead_id, OutcomeCode.STATION_VISIT, ContactedParty.SELF, rng, facts)
        elif roll < 0.60:
            _call(past, clock, officer, lead_id, OutcomeCode.TRANSFERRED, ContactedParty.SELF, rng, facts)
        elif roll < 0.66:
            leads.claim(replace(ws, clock=FixedClock(now - timedelta(minutes=rng.uniform(1, 12)))), officer, lead_id)


def _call(ws: Workstation, clock: FixedClock, officer: str, lead_id: str, code: OutcomeCode,
          party: ContactedParty, rng: random.Random, facts: NewLead) -> None:
    leads.claim(ws, officer, lead_id)
    started = clock.now()
    clock.advance(minutes=rng.uniform(2, 14))
    sp = None
    protected = Decimal("0")
    if code is OutcomeCode.TRANSFERRED:
        sp = StopPaymentDetails(bank_card(rng), rng.choice(BANKS), bank_card(rng), person_name(rng),
                                rng.choice(BANKS), Decimal(rng.randrange(2000, 80000)), started - timedelta(minutes=9))
    elif code is OutcomeCode.PERSUADED:
        protected = facts.amount_at_risk
    notes = {
        OutcomeCode.PERSUADED: "本人已认识到是诈骗，承诺不再转账，已指导安装国家反诈中心APP。",
        OutcomeCode.NOT_DECEIVED: "本人称已识破，未转账，未透露验证码。",
        OutcomeCode.NO_ANSWER: "响铃无人接听。",
        OutcomeCode.STATION_VISIT: "对方情绪抵触，不听劝阻，移交属地派出所上门。",
        OutcomeCode.TRANSFERRED: "对方已按“客服”指引转账，已开展紧急止付。",
    }[code]
    outcomes.record(ws, officer, lead_id, OutcomeInput(
        code=code.value, started_at=started, ended_at=clock.now(), contacted_party=party.value,
        relation=rng.choice(RELATIONS) if party is ContactedParty.RELATIVE else "",
        deceived=code is OutcomeCode.TRANSFERRED, notes=notes, amount_protected=protected,
        checkpoints=(), script_id=facts.scam_type.value, script_version=1,
        station=STATIONS[facts.district] if code is OutcomeCode.STATION_VISIT else "", stop_payment=sp,
    ))
