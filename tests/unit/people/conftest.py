"""Invitation-list files made by the tests, and a content dump to prove nothing changed."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from organiser.store.db import Store

Rows = Sequence[Sequence[object]]


def write_csv(path: Path, rows: Rows, encoding: str = "utf-8") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([[("" if c is None else c) for c in r] for r in rows])
    text = buffer.getvalue()
    if encoding == "utf-8-sig":
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    else:
        path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: Rows, merge_title: bool = False) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    if merge_title:
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(r) for r in rows))
    wb.save(path)
    return path


@pytest.fixture
def make_csv(tmp_path: Path) -> Callable[..., Path]:
    def make(rows: Rows, encoding: str = "utf-8", name: str = "list.csv") -> Path:
        return write_csv(tmp_path / name, rows, encoding)

    return make


@pytest.fixture
def make_xlsx(tmp_path: Path) -> Callable[..., Path]:
    def make(rows: Rows, name: str = "list.xlsx", merge_title: bool = False) -> Path:
        return write_xlsx(tmp_path / name, rows, merge_title)

    return make


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table (search index included), for before/after comparisons."""
    with store.raw_connection() as conn:
        names = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'person_fts_%' ORDER BY name"
            )
        ]
        return {
            n: sorted(map(tuple, conn.execute(f'SELECT * FROM "{n}"')), key=repr) for n in names
        }


@pytest.fixture
def db_dump() -> Callable[[Store], dict[str, list[tuple[object, ...]]]]:
    return dump


@pytest.fixture
def event_id(demo_store: Store) -> str:
    from organiser.services.events.reading import list_events

    with demo_store.reader() as uow:
        return list_events(uow)[0].id


HEADER = ["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "ชื่อเล่น", "หน่วยงาน", "ตำแหน่ง", "จังหวัด", "เบอร์โทร"]


def person_rows(n: int, start: int = 0) -> list[list[object]]:
    return [
        [i + 1, "นาย", f"ทดลอง{i}", f"มีสุข{i % 7}", "ต้น", f"กลุ่มออมทรัพย์บ้านนา{i % 5}",
         "สมาชิก", "สงขลา", f"08{(i + start) % 10}-{(i + start) // 10000 % 1000:03d}-{(i + start) % 10000:04d}"]
        for i in range(n)
    ]  # fmt: skip


@pytest.fixture
def listing() -> Callable[..., list[list[object]]]:
    """`listing(n)`: a header row and n clean rows of people."""

    def make(n: int, start: int = 0) -> list[list[object]]:
        return [list(HEADER), *person_rows(n, start)]

    return make
