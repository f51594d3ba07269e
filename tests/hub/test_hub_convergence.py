"""Offices that never meet stay in step through the hub alone: each copy goes online on its own,
uploads what the hub lacks and takes in what is addressed to it."""

from __future__ import annotations

import psycopg
from change_files import Laptop, seeded
from hub_copies import Hub, now, replicated, set_phone_on

from organiser.services.sync.hub.server import SCHEMA


def test_two_offices_three_copies_converge_through_the_hub_never_online_together(
    hub: Hub, offices: list[Laptop]
) -> None:
    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    hub.join(hq, songkhla)
    hub.join(desk, songkhla)
    hub.join(other, trang)

    ids = hq.write(seeded)
    up = now(hq)
    assert up.posted == 1 and up.uploaded_changes > 0
    got = now(desk)  # hq is offline by now
    assert got.people == 3 and desk.people() == hq.people()
    set_phone_on(desk, ids["people"][0], "0899999999")
    now(desk)
    got = now(other)
    assert got.new_changes > 0 and other.people() == desk.people()
    assert ("สมชาย", "0899999999") in other.people()
    set_phone_on(other, ids["people"][1], "0877777777")
    now(other)
    for _round in range(2):
        for laptop in (hq, desk, other):
            now(laptop)
    assert replicated(hq) == replicated(desk) == replicated(other)
    assert ("สมศรี", "0877777777") in hq.people()
    # once in step, an exchange moves nothing and applies nothing twice
    for laptop in (hq, desk, other):
        quiet = now(laptop)
        assert quiet.new_changes == 0 and quiet.uploaded_changes == 0


def test_a_laptop_that_joins_later_gets_a_snapshot_from_its_office_through_the_hub(
    hub: Hub, offices: list[Laptop], tmp_path
) -> None:
    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    for laptop, url in ((hq, songkhla), (desk, songkhla), (other, trang)):
        hub.join(laptop, url)
    ids = hq.write(seeded)
    now(hq)
    now(desk)
    set_phone_on(desk, ids["people"][2], "0866666666")
    now(desk)
    now(other)
    # months later, a new laptop: its office vouches for it, it trusts Trang by its card
    late = Laptop(tmp_path / "late", office="Songkhla")
    try:
        hq.trust(late)
        late.trust(hq)
        late.trust(other)
        hub.join(late, songkhla)
        hello = now(late)  # says who it is; nothing is sealed to it yet
        assert hello.posted == 1 and hello.new_changes == 0
        made = now(hq)
        assert made.snapshots_for == ["late"]
        got = now(late)
        assert got.people == 3 and late.people() == hq.people()
        # and from now on it is an ordinary copy: the others seal their changes to it too
        set_phone_on(other, ids["people"][0], "0855555555")
        now(other)
        now(late)
        assert ("สมชาย", "0855555555") in late.people()
        set_phone_on(late, ids["people"][1], "0844444444")
        now(late)
        for laptop in (hq, desk, other):
            now(laptop)
        assert replicated(late) == replicated(hq) == replicated(desk) == replicated(other)
    finally:
        late.close()


def test_a_hub_restored_from_an_old_backup_is_noticed_and_gets_everything_again(
    hub: Hub, offices: list[Laptop]
) -> None:
    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    for laptop, url in ((hq, songkhla), (desk, songkhla), (other, trang)):
        hub.join(laptop, url)
    hq.write(seeded)
    now(hq)
    quiet = now(hq)  # nothing new: nothing goes up again while the hub is whole
    assert quiet.posted == 0 and not quiet.notices
    # the hub loses everything (an empty backup put back, its post numbers with it); the
    # laptops keep all they hold, and nobody sets the hub again by hand
    with psycopg.connect(hub.admin_url) as conn:
        conn.execute(f"TRUNCATE {SCHEMA}.batches, {SCHEMA}.holdings")
        conn.execute(f"ALTER SEQUENCE {SCHEMA}.posts RESTART")
    again = now(hq)
    assert again.posted == 1 and again.uploaded_changes > 0
    assert any("older backup" in n for n in again.notices)
    got = now(other)
    assert got.people == 3 and other.people() == hq.people()
    assert now(hq).posted == 0  # noticed once, not at every exchange


def test_a_copy_set_on_the_hub_again_sends_everything_again(
    hub: Hub, offices: list[Laptop]
) -> None:
    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    for laptop, url in ((hq, songkhla), (desk, songkhla), (other, trang)):
        hub.join(laptop, url)
    hq.write(seeded)
    now(hq)
    with psycopg.connect(hub.admin_url) as conn:  # lost, though the numbers went on
        conn.execute(f"TRUNCATE {SCHEMA}.batches, {SCHEMA}.holdings")
    hub.join(hq, songkhla)  # organiser sync hub set, again
    again = now(hq)
    assert again.posted == 1 and again.uploaded_changes > 0
    got = now(other)
    assert got.people == 3 and other.people() == hq.people()


def test_a_large_attachment_goes_through_the_hub_on_its_own_by_its_sha256(
    hub: Hub, offices: list[Laptop], tmp_path
) -> None:
    from organiser.services import settings
    from organiser.services.demo import build_demo
    from organiser.services.memoranda.files import add_attachment
    from organiser.services.sync.hub.server import housekeep

    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    for laptop, url in ((hq, songkhla), (desk, songkhla), (other, trang)):
        hub.join(laptop, url)
    for laptop in (desk, other, desk):
        now(laptop)
    hq.write(build_demo)
    hq.write(lambda uow: settings.put(uow, "sync.attachment_max_mb", "0.01"))
    memo = hq.raw("SELECT id FROM memorandum LIMIT 1")[0][0]
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 signed scan " + bytes(range(256)) * 200)  # 51 KB: too large
    added = hq.write(lambda uow: add_attachment(uow, memo, scan))
    stored = hq.raw("SELECT stored_name FROM memorandum_attachment WHERE id = ?", added.id)[0][0]
    sent = now(hq)
    assert sent.posted >= 2  # the changes, and the scan on its own
    with psycopg.connect(hub.admin_url) as conn:
        row = conn.execute(f"SELECT file_sha256 FROM {SCHEMA}.attachments").fetchall()
        assert row == [(added.sha256,)]
    for laptop in (desk, other):
        got = now(laptop)
        assert got.attachments == 1
        assert (laptop.folder / "attachments" / stored).read_bytes() == scan.read_bytes()
        assert laptop.raw("SELECT count(*) FROM sync_awaited") == [(0,)]
    done = housekeep(hub.admin_url, None)
    assert done.attachments == 1


def test_a_connected_copy_hears_at_once_that_something_was_posted(
    hub: Hub, offices: list[Laptop]
) -> None:
    import threading

    from organiser.services.sync.hub.exchanging import wait_for_news

    hq, desk, other = offices
    songkhla, trang = hub.office("songkhla"), hub.office("trang")
    for laptop, url in ((hq, songkhla), (desk, songkhla), (other, trang)):
        hub.join(laptop, url)
    heard: list[bool] = []
    listener = threading.Thread(target=lambda: heard.append(wait_for_news(other.store, 60)))
    listener.start()
    ids = hq.write(seeded)
    for attempt in range(100):  # until the listener, once connected, hears a post
        set_phone_on(hq, ids["people"][0], f"08{attempt:08d}")  # something to post each time
        now(hq)
        listener.join(timeout=0.2)
        if not listener.is_alive():
            break
    listener.join(timeout=60)
    assert heard == [True]
