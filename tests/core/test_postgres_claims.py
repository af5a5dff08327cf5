"""Claims on a real PostgreSQL: concurrent desks never take the same lead (FOR UPDATE SKIP LOCKED)."""

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

from sqlalchemy import func, select

from tests.core.conftest import make_lead
from workstation.bootstrap import bootstrap
from workstation.clock import FixedClock
from workstation.domain.types import Role
from workstation.services import auth, leads
from workstation.settings import Settings
from workstation.store.models import Event


def test_concurrent_next_lead_claims_each_lead_once(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = FixedClock(datetime(2026, 11, 25, 6, 0, tzinfo=UTC))
    setup = bootstrap(Settings(data_dir=tmp_path, db_url=pg_url, desk_id="setup"), clock=clock)
    officers = [f"officer{i}" for i in range(1, 7)]
    for name in officers:
        auth.add_officer(setup, name, name, Role.OFFICER, "password1")
    with setup.unit_of_work() as s:
        ids = leads.receive_many(setup, s, [make_lead(minutes_ago=i % 90, phone=f"1380000{i:04d}")
                                            for i in range(150)])
    desks = [bootstrap(Settings(data_dir=tmp_path, db_url=pg_url, desk_id=f"desk-{n}"), clock=clock, upgrade=False)
             for n in range(len(officers))]

    def work(n: int) -> list[str]:
        taken = []
        while (result := leads.next_lead(desks[n], officers[n])).lead is not None:
            taken.append(result.lead.id)
        return taken

    with ThreadPoolExecutor(len(officers)) as pool:
        results = list(pool.map(work, range(len(officers))))
    claimed = Counter(lead for taken in results for lead in taken)
    assert sorted(claimed) == sorted(ids)
    assert max(claimed.values()) == 1
    assert sum(1 for r in results if r) > 1  # the work was really shared
    with setup.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event).where(Event.kind == "lead_claimed")) == 150
    for d in desks + [setup]:
        d.close()
