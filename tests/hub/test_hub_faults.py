"""The hub stops in the middle of an upload or a download and comes back: every copy converges
afterwards, nothing is lost and nothing is taken in twice; while it is away the copy says since
when, and goes on working."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from change_files import Laptop, seeded
from hub_copies import Hub, now, replicated, set_phone_on

from organiser.services.sync.hub import exchanging
from organiser.services.sync.hub.connecting import Unreachable


def _stopping(hub: Hub, original: Callable[..., Any], after: int = 0) -> Callable[..., Any]:
    """`original`, except that the server stops (as if the power went) at its call number
    `after` + 1: before that call reaches the hub's commit."""
    calls = {"n": 0}

    def wrapper(*args: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == after + 1:
            hub.pg.stop("immediate")
        return original(*args)

    return wrapper


def _check_ins(laptop: Laptop) -> int:
    return int(laptop.raw("SELECT count(*) FROM check_in")[0][0])


def test_the_hub_stopped_during_an_upload_and_a_download_loses_nothing_and_takes_nothing_twice(
    hub: Hub, offices: list[Laptop], monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    for laptop, url in ((hq, songkhla), (desk, songkhla), (other, trang)):
        hub.join(laptop, url)
    for laptop in (desk, other, desk):  # they say who they are to each other
        now(laptop)
    ids = hq.write(seeded)

    # the upload: the file is sent, the server goes before the commit
    real_insert = exchanging._insert
    monkeypatch.setattr(
        exchanging, "_insert", lambda c, f, p: (hub.pg.stop(), real_insert(c, f, p))
    )
    with pytest.raises(Unreachable):
        now(hq)
    monkeypatch.setattr(exchanging, "_insert", real_insert)
    state = exchanging.status(hq.store, check=False)
    assert state.unreachable_since is not None and state.waiting > 0
    set_phone_on(hq, ids["people"][0], "0811111111")  # the app works on meanwhile
    hub.pg.start()
    assert now(hq).posted == 1
    assert exchanging.status(hq.store).waiting == 0
    assert exchanging.status(hq.store).unreachable_since is None

    # the download: the file is taken in here, the server goes before the hub hears it is held
    real_mark = exchanging._mark_held
    monkeypatch.setattr(exchanging, "_mark_held", _stopping(hub, real_mark))
    with pytest.raises(Unreachable):
        now(desk)
    monkeypatch.setattr(exchanging, "_mark_held", real_mark)
    assert desk.people() == hq.people()
    taken = desk.raw("SELECT count(*) FROM sync_change")[0][0]
    hub.pg.start()
    again = now(desk)  # the same file comes down again and changes nothing
    assert again.downloaded >= 1 and again.new_changes == 0
    assert desk.raw("SELECT count(*) FROM sync_change")[0][0] == taken

    # a download of several files, cut after the first
    set_phone_on(desk, ids["people"][1], "0822222222")
    now(desk)
    real_take = exchanging._take_in
    monkeypatch.setattr(exchanging, "_take_in", _stopping(hub, real_take, after=1))
    with pytest.raises(Unreachable):
        now(other)
    monkeypatch.setattr(exchanging, "_take_in", real_take)
    hub.pg.start()
    for _round in range(2):
        for laptop in (hq, desk, other):
            now(laptop)
    assert replicated(hq) == replicated(desk) == replicated(other)
    assert _check_ins(other) == _check_ins(hq) == 3
    assert {("สมชาย", "0811111111"), ("สมศรี", "0822222222")} <= other.people()
