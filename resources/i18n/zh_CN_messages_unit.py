"""Chinese for the core's messages of the lead walkthrough: the unit name (services/unit.py), the weekly report's
per-officer column (reports/labels.py). By English source."""

from __future__ import annotations

ZH_MESSAGES: dict[str, str] = {
    "Enter the unit's full name, as it is printed on the forms": "请填写单位全称（按文书上打印的写法）",
    "The unit name may have at most {limit} characters": "单位名称最多 {limit} 个字",
    "That is the placeholder name: enter your own unit's name": "这是占位名称，请填写本单位的名称",
}

# workstation/reports/labels.py: the per-officer tables count the leads an officer took, not "received"
ZH_MESSAGES.update({
    "Leads taken": "领取线索",
    "Leads received: leads whose warning time is in the period (the centre's: leads reach the centre, not an officer); leads taken (per officer): the leads the officer claimed or was given in the period; leads handled: leads with a call in the period (per officer: the leads that officer called).":
        "接警线索：预警时间在本期内的线索（按中心统计：线索下发到中心，而非某位民警）；领取线索（分民警）：本期内该民警领取或被改派的线索；处置线索：本期内有通话记录的线索（分民警统计时为该民警通话的线索）。",
})
