"""The shared vocabulary of the domain: scam types, warning levels, statuses, outcomes, roles."""

from __future__ import annotations

from enum import StrEnum

from workstation.messages import QT_TRANSLATE_NOOP


class ScamType(StrEnum):
    """A scam type (诈骗类型); the value is the stable code used in files, the database and scripts."""

    POLICE_IMPERSONATION = "police_impersonation"  # 冒充公检法
    CLICK_FARMING = "click_farming"  # 刷单返利
    FAKE_LOAN = "fake_loan"  # 虚假贷款/办卡
    MILITARY_IMPERSONATION = "military_impersonation"  # 冒充军人
    BOSS_IMPERSONATION = "boss_impersonation"  # 冒充领导熟人
    FAKE_INVESTMENT = "fake_investment"  # 虚假投资理财
    FAKE_CUSTOMER_SERVICE = "fake_customer_service"  # 冒充电商物流客服
    FAKE_CREDIT_REPAIR = "fake_credit_repair"  # 虚假征信
    ROMANCE = "romance"  # 网络婚恋交友 (杀猪盘)
    GAME_TRADING = "game_trading"  # 网络游戏虚假交易
    FAKE_SHOPPING = "fake_shopping"  # 虚假购物服务

    @property
    def zh(self) -> str:
        return SCAM_TYPE_ZH[self]

    @property
    def en(self) -> str:
        return SCAM_TYPE_EN[self]


SCAM_TYPE_ZH: dict[ScamType, str] = {
    ScamType.POLICE_IMPERSONATION: "冒充公检法",
    ScamType.CLICK_FARMING: "刷单返利",
    ScamType.FAKE_LOAN: "虚假贷款办卡",
    ScamType.MILITARY_IMPERSONATION: "冒充军人",
    ScamType.BOSS_IMPERSONATION: "冒充领导熟人",
    ScamType.FAKE_INVESTMENT: "虚假投资理财",
    ScamType.FAKE_CUSTOMER_SERVICE: "冒充电商物流客服",
    ScamType.FAKE_CREDIT_REPAIR: "虚假征信",
    ScamType.ROMANCE: "网络婚恋交友",
    ScamType.GAME_TRADING: "网络游戏虚假交易",
    ScamType.FAKE_SHOPPING: "虚假购物服务",
}

# The one English name of each type: the enum's `en`, and (marked for lupdate) the source of the translated words
# in workstation/domain/words.py.
SCAM_TYPE_EN: dict[ScamType, str] = {
    ScamType.POLICE_IMPERSONATION: QT_TRANSLATE_NOOP("Messages", "Impersonating police/prosecutors/courts"),
    ScamType.CLICK_FARMING: QT_TRANSLATE_NOOP("Messages", "Click-farming rebates"),
    ScamType.FAKE_LOAN: QT_TRANSLATE_NOOP("Messages", "Fake loans and cards"),
    ScamType.MILITARY_IMPERSONATION: QT_TRANSLATE_NOOP("Messages", "Impersonating soldiers"),
    ScamType.BOSS_IMPERSONATION: QT_TRANSLATE_NOOP("Messages", "Impersonating a boss or acquaintance"),
    ScamType.FAKE_INVESTMENT: QT_TRANSLATE_NOOP("Messages", "Fake investment"),
    ScamType.FAKE_CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Messages", "Fake customer service / refunds"),
    ScamType.FAKE_CREDIT_REPAIR: QT_TRANSLATE_NOOP("Messages", "Fake credit-record repair"),
    ScamType.ROMANCE: QT_TRANSLATE_NOOP("Messages", "Romance and investment"),
    ScamType.GAME_TRADING: QT_TRANSLATE_NOOP("Messages", "Fake game-item trading"),
    ScamType.FAKE_SHOPPING: QT_TRANSLATE_NOOP("Messages", "Fake shopping/services"),
}


class WarningLevel(StrEnum):
    """The platform's warning level (预警级别): red is the most urgent."""

    RED = "red"
    ORANGE = "orange"
    YELLOW = "yellow"

    @property
    def zh(self) -> str:
        return {"red": "红色", "orange": "橙色", "yellow": "黄色"}[self.value]


class TriggerKind(StrEnum):
    """What the platform saw (预警原因)."""

    FRAUD_CALL = "fraud_call"  # a long call with a known fraud number
    FRAUD_SMS = "fraud_sms"
    FRAUD_URL = "fraud_url"  # opened a fraud link
    FRAUD_APP = "fraud_app"  # installed a fraud app
    FRAUD_ACCOUNT = "fraud_account"  # about to pay / paid a flagged account
    UNKNOWN = "unknown"  # the file did not say (a partner's list of numbers): the officer can still call

    @property
    def zh(self) -> str:
        return {
            "fraud_call": "涉诈电话",
            "fraud_sms": "涉诈短信",
            "fraud_url": "涉诈网址",
            "fraud_app": "涉诈APP",
            "fraud_account": "涉诈账户",
            "unknown": "未知",
        }[self.value]


class LeadStatus(StrEnum):
    """A lead's status, projected from its events."""

    NEW = "new"  # waiting in the queue
    CLAIMED = "claimed"  # an officer holds it
    CALLBACK = "callback"  # a retry or requested callback is scheduled
    STOP_PAYMENT = "stop_payment"  # money left: emergency stop-payment needed (紧急止付)
    ESCALATED = "escalated"  # handed to the local station for an in-person visit (上门劝阻)
    CLOSED = "closed"  # finished

    @property
    def zh(self) -> str:
        return {
            "new": "待处置",
            "claimed": "处置中",
            "callback": "待回拨",
            "stop_payment": "待止付",
            "escalated": "已移交上门",
            "closed": "已办结",
        }[self.value]


class OutcomeCode(StrEnum):
    """The outcome of one call (处置结果)."""

    PERSUADED = "persuaded"  # 劝阻成功
    NO_ANSWER = "no_answer"  # 无人接听
    BUSY = "busy"  # 占线 (probably talking to the scammer right now)
    REFUSED = "refused"  # 拒接/挂断
    WRONG_NUMBER = "wrong_number"  # 号码错误
    NOT_DECEIVED = "not_deceived"  # 未被骗, self-guarded (自主防范)
    TRANSFERRED = "transferred"  # 已转账 → 紧急止付
    CALLBACK_REQUESTED = "callback_requested"  # 约定回拨
    STATION_VISIT = "station_visit"  # 移交属地派出所上门劝阻

    @property
    def zh(self) -> str:
        return OUTCOME_ZH[self]


OUTCOME_ZH: dict[OutcomeCode, str] = {
    OutcomeCode.PERSUADED: "劝阻成功",
    OutcomeCode.NO_ANSWER: "无人接听",
    OutcomeCode.BUSY: "占线",
    OutcomeCode.REFUSED: "拒接/挂断",
    OutcomeCode.WRONG_NUMBER: "号码错误",
    OutcomeCode.NOT_DECEIVED: "未被骗（自主防范）",
    OutcomeCode.TRANSFERRED: "已转账，需紧急止付",
    OutcomeCode.CALLBACK_REQUESTED: "约定回拨",
    OutcomeCode.STATION_VISIT: "移交派出所上门劝阻",
}


class ContactedParty(StrEnum):
    """Who was reached (接听人)."""

    SELF = "self"  # 本人
    RELATIVE = "relative"  # 亲友
    NOBODY = "nobody"

    @property
    def zh(self) -> str:
        return {"self": "本人", "relative": "亲友", "nobody": "无人接听"}[self.value]


class CallbackFor(StrEnum):
    """Who makes an arranged callback (回拨人): the officer who arranged it, or anyone (VICIdial's USERONLY and
    ANYONE callbacks). "me" keeps the lead for that officer until the callback's time plus a grace period."""

    ME = "me"  # 本人回拨
    ANYONE = "anyone"  # 任何民警

    @property
    def zh(self) -> str:
        return {"me": "本人回拨", "anyone": "任何民警"}[self.value]


class Role(StrEnum):
    OFFICER = "officer"
    LEAD = "lead"
    ADMIN = "admin"
