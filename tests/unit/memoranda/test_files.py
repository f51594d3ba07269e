"""Filed documents: stored privately with size and SHA-256; a missing or altered copy is reported."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

import pytest

from organiser.core.errors import UserError
from organiser.services.memoranda import files as files
from organiser.services.memoranda import reading as svc
from organiser.store.db import Store

SCAN = b"%PDF-1.4\n% signed scan of the memorandum\n" + bytes(range(256)) * 40


def file_scan(store: Store, memo_id: str, tmp_path: Path, name: str = "ลงนามแล้ว.pdf") -> str:
    source = tmp_path / name
    source.write_bytes(SCAN)
    with store.writer() as uow:
        added = files.add_attachment(uow, memo_id, source, "ฉบับลงนาม")
        uow.commit()
    source.unlink()  # the filed copy must not depend on the original
    return added.id


def test_a_filed_scan_is_a_private_verified_copy(
    demo_store: Store, demo_memo_id: str, tmp_path: Path
) -> None:
    att_id = file_scan(demo_store, demo_memo_id, tmp_path)
    with demo_store.reader() as uow:
        m = svc.load_memorandum(uow, demo_memo_id)
        found = files.verified_path(uow, att_id)
    (att,) = m.attachments
    assert att.filename == "ลงนามแล้ว.pdf"
    assert att.size == len(SCAN)
    assert att.sha256 == hashlib.sha256(SCAN).hexdigest()
    assert att.content_type == "application/pdf"
    assert found.path.parent == demo_store.attachments_dir
    assert found.path.read_bytes() == SCAN
    if os.name == "posix":
        assert stat.S_IMODE(found.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(demo_store.attachments_dir.stat().st_mode) == 0o700
    assert not [p for p in demo_store.attachments_dir.iterdir() if p.name.endswith(".part")]


def test_a_tampered_copy_is_reported_not_opened(
    demo_store: Store, demo_memo_id: str, tmp_path: Path
) -> None:
    att_id = file_scan(demo_store, demo_memo_id, tmp_path)
    with demo_store.reader() as uow:
        path = files.verified_path(uow, att_id).path
    tampered = bytearray(SCAN)
    tampered[100] ^= 0xFF  # same size, one byte different
    path.write_bytes(bytes(tampered))
    with (
        pytest.raises(files.AttachmentProblem, match="has changed") as info,
        demo_store.reader() as uow,
    ):
        files.verified_path(uow, att_id)
    assert info.value.kind == "changed"
    path.unlink()
    with (
        pytest.raises(files.AttachmentProblem, match="missing") as info,
        demo_store.reader() as uow,
    ):
        files.verified_path(uow, att_id)
    assert info.value.kind == "missing"


def test_refusals_leave_nothing_behind(
    demo_store: Store, demo_memo_id: str, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(UserError, match="empty"), demo_store.writer() as uow:
        files.add_attachment(uow, demo_memo_id, empty)
    with pytest.raises(UserError, match="does not exist"), demo_store.writer() as uow:
        files.add_attachment(uow, demo_memo_id, tmp_path / "nowhere.pdf")
    folder = demo_store.attachments_dir
    assert not folder.exists() or list(folder.iterdir()) == []
    with demo_store.reader() as uow:
        assert svc.load_memorandum(uow, demo_memo_id).attachments == []


def test_removing_takes_the_file_off_the_memorandum(
    demo_store: Store, demo_memo_id: str, tmp_path: Path
) -> None:
    att_id = file_scan(demo_store, demo_memo_id, tmp_path)
    with demo_store.writer() as uow:
        files.remove_attachment(uow, att_id)
        uow.commit()
    with demo_store.reader() as uow:
        assert svc.load_memorandum(uow, demo_memo_id).attachments == []
