"""Whatever the cells hold, reading and checking a list never raises an unexpected exception."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from organiser.core.errors import UserError
from organiser.services.people.importing.columns import Field
from organiser.services.people.importing.planning import (
    RowAction,
    check_draft,
    draft_from_cells,
    plan_import,
)
from organiser.services.people.importing.reading import Table, read_table

cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80
) | st.sampled_from(["นายสมชาย ใจดี", "๐๘๑-๒๓๔-๕๖๗๘", "=SUM(A1:A9)", "จ.สงขลา", "หมู่ ๓", "ยืนยัน", ""])
cell_value = st.one_of(
    cell_text,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(min_value=dt.date(1900, 1, 1)),
)
rows = st.lists(st.lists(cell_value, max_size=8), min_size=0, max_size=12)
fields = st.lists(st.sampled_from(list(Field)), min_size=0, max_size=8)

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(cells=st.lists(cell_text, max_size=10), mapping=fields)
def test_any_cells_check_without_surprises(cells: list[str], mapping: list[Field]) -> None:
    draft, problems = check_draft(draft_from_cells(cells, mapping))
    assert all(p.message for p in problems)
    assert draft.role and draft.status


@SETTINGS
@given(data=rows, mapping=st.none() | fields)
def test_any_table_plans_without_surprises(store, data: list[list[object]], mapping) -> None:  # type: ignore[no-untyped-def]
    from organiser.services.people.importing.reading import cell_text as to_text

    text_rows = [[to_text(v) for v in r] for r in data]
    kept = [(r, n) for n, r in enumerate(text_rows, start=1) if any(r)]
    table = Table([r for r, _n in kept], [n for _r, n in kept], "csv")
    with store.reader() as uow:
        plan = plan_import(uow, table, "x.csv", mapping=mapping)
    for row in plan.rows:
        if row.has_errors:
            assert row.action is RowAction.SKIP


@SETTINGS
@given(data=rows)
def test_any_xlsx_reads_or_refuses_in_words(tmp_path_factory, data: list[list[object]]) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    path: Path = tmp_path_factory.mktemp("xlsx") / "list.xlsx"
    wb = Workbook()
    ws = wb.active
    try:
        for r in data:
            ws.append(r)
        wb.save(path)
    except (IllegalCharacterError, ValueError, TypeError):
        return  # openpyxl itself cannot write such a cell; nothing to read
    try:
        table = read_table(path)
    except UserError:
        return
    assert all(len(r) <= 60 for r in table.rows)


@SETTINGS
@given(payload=st.binary(max_size=2000))
def test_any_bytes_read_or_refuse_in_words(tmp_path_factory, payload: bytes) -> None:  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("bytes") / "list.csv"
    path.write_bytes(payload)
    with contextlib.suppress(UserError):
        read_table(path)


@SETTINGS
@given(data=rows)
def test_lean_xlsx_reader_agrees_with_openpyxl(tmp_path_factory, data: list[list[object]]) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook
    from openpyxl.utils.exceptions import IllegalCharacterError

    from organiser.services.people.importing.reading import _read_xlsx_fast, _read_xlsx_openpyxl

    path: Path = tmp_path_factory.mktemp("agree") / "list.xlsx"
    wb = Workbook()
    ws = wb.active
    try:
        for r in data:
            ws.append(r)
        wb.save(path)
    except (IllegalCharacterError, ValueError, TypeError):
        return
    fast, slow = _read_xlsx_fast(path), _read_xlsx_openpyxl(path)
    assert (fast.rows, fast.lines) == (slow.rows, slow.lines)
