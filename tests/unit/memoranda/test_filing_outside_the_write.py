"""Filing a large scan: the copy and its checksum happen before the short write, so a check-in
at another desk meanwhile is saved instead of failing with "busy"; and the same content filed
twice (even under another name) is stored once."""

from __future__ import annotations

import datetime as dt
import hashlib
import types
from pathlib import Path

import pytest
from sqlalchemy import func, select

from organiser.domain.desk import CheckIn, CheckInMethod, Registration
from organiser.services.memoranda import files as files
from organiser.services.memoranda import reading as svc
from organiser.store import db
from organiser.store.db import Store

SCAN = b"%PDF-1.4\n% a signed scan\n" + bytes(range(256)) * 4000  # about 1 MB: several chunks


def check_in_at_another_desk(data_dir: Path) -> None:
    """What a second desk (another connection, as another process) does: one short write."""
    other = Store(data_dir)
    try:
        with other.writer() as uow:
            registration = uow.session.scalars(select(Registration.id)).first()
            assert registration is not None
            uow.session.add(
                CheckIn(
                    registration_id=registration,
                    day=dt.date(2007, 1, 30),
                    desk="desk 2",
                    method=CheckInMethod.SEARCH,
                )
            )
            uow.commit()
    finally:
        other.dispose()


def test_a_check_in_during_a_slow_copy_is_saved(
    demo_store: Store, demo_memo_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)  # the other desk would wait 24 s for real
    source = tmp_path / "ลงนามแล้ว.pdf"
    source.write_bytes(SCAN)
    saved: list[BaseException | None] = []

    class SlowDigest:
        """The checksum of a slow disk: while the first chunk is being read, a desk checks in."""

        def __init__(self) -> None:
            self.inner = hashlib.sha256()

        def update(self, chunk: bytes) -> None:
            if not saved:
                try:
                    check_in_at_another_desk(demo_store.data_dir)
                    saved.append(None)
                except BaseException as exc:
                    saved.append(exc)
            self.inner.update(chunk)

        def hexdigest(self) -> str:
            return self.inner.hexdigest()

    monkeypatch.setattr(files, "hashlib", types.SimpleNamespace(sha256=SlowDigest))
    with demo_store.reader() as uow:
        check_ins = int(uow.session.scalar(select(func.count()).select_from(CheckIn)) or 0)

    incoming = files.take_in(demo_store, source)
    with demo_store.writer() as uow:
        files.add_attachment(uow, demo_memo_id, incoming, "ฉบับลงนาม")
        uow.commit()

    assert saved == [None], f"the check-in at the other desk failed: {saved}"
    with demo_store.reader() as uow:
        assert uow.session.scalar(select(func.count()).select_from(CheckIn)) == check_ins + 1
        (filed,) = svc.load_memorandum(uow, demo_memo_id).attachments
    assert filed.sha256 == hashlib.sha256(SCAN).hexdigest()


def test_the_cli_files_a_scan(cli, demo_store: Store, demo_memo_id: str, tmp_path: Path) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(SCAN)
    demo_store.dispose()
    done = cli("memoranda", "attach", demo_memo_id, str(source), data_dir=demo_store.data_dir)
    assert done.returncode == 0, done.stderr
    assert hashlib.sha256(SCAN).hexdigest() in done.stdout


def test_the_same_file_filed_twice_is_stored_once(
    demo_store: Store, demo_memo_id: str, tmp_path: Path
) -> None:
    first = tmp_path / "ลงนามแล้ว.pdf"
    first.write_bytes(SCAN)
    again = tmp_path / "สำเนา" / "ฉบับที่สอง.PDF"
    again.parent.mkdir()
    again.write_bytes(SCAN)
    ids = []
    for source in (first, again, first):
        incoming = files.take_in(demo_store, source)
        with demo_store.writer() as uow:
            ids.append(files.add_attachment(uow, demo_memo_id, incoming).id)
            uow.commit()
    stored = [p for p in demo_store.attachments_dir.iterdir()]
    assert len(stored) == 1, stored
    assert stored[0].read_bytes() == SCAN
    with demo_store.reader() as uow:
        names = [a.filename for a in svc.load_memorandum(uow, demo_memo_id).attachments]
        for att_id in ids:  # each row opens the one copy, checked
            assert files.verified_path(uow, att_id).path == stored[0]
    assert sorted(names) == sorted(["ลงนามแล้ว.pdf", "ฉบับที่สอง.PDF", "ลงนามแล้ว.pdf"])
    # removing one filing leaves the copy for the others
    with demo_store.writer() as uow:
        files.remove_attachment(uow, ids[0])
        uow.commit()
    with demo_store.reader() as uow:
        assert files.verified_path(uow, ids[1]).path.read_bytes() == SCAN


def test_a_damaged_copy_is_not_reused_but_replaced_by_the_good_one(
    demo_store: Store, demo_memo_id: str, tmp_path: Path
) -> None:
    source = tmp_path / "scan.pdf"
    source.write_bytes(SCAN)
    incoming = files.take_in(demo_store, source)
    with demo_store.writer() as uow:
        first = files.add_attachment(uow, demo_memo_id, incoming).id
        uow.commit()
    stored = demo_store.attachments_dir / incoming.stored_name
    stored.write_bytes(SCAN[:-1] + b"x")  # one byte changed on disk
    again = files.take_in(demo_store, source)
    with demo_store.writer() as uow:
        files.add_attachment(uow, demo_memo_id, again)
        uow.commit()
    with demo_store.reader() as uow:
        assert files.verified_path(uow, first).path.read_bytes() == SCAN
