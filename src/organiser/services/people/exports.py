"""Export people, or an event's registrations, to .xlsx or .csv: only the columns chosen.

Personal data leaves the app here, so the defaults are the least that is useful (name,
organisation, province, role), the file is readable by the user only, and every export is
written to the audit log.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.cells import csv_row, set_text
from organiser.core.errors import UserError
from organiser.core.i18n import N_, _, current_language
from organiser.core.paths import make_private_file
from organiser.core.provinces import province_label
from organiser.core.thaitext import format_name, format_phone
from organiser.domain.desk import Registration, RegistrationRole, RegistrationStatus
from organiser.domain.labels import label_of
from organiser.domain.people import Person
from organiser.services import settings
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class ExportColumn:
    key: str
    title: str  # English source; translated when written
    value: Callable[[Person, Registration | None, str], str]
    default: bool = False
    personal: bool = False  # contact data: only when the user ticks it


def _reg(attr: str, enum_cls: type) -> Callable[[Person, Registration | None, str], str]:
    def value(_p: Person, r: Registration | None, _lang: str) -> str:
        return label_of(enum_cls, getattr(r, attr).value) if r is not None else ""

    return value


COLUMNS: tuple[ExportColumn, ...] = (
    ExportColumn(
        "name",
        N_("Name"),
        lambda p, _r, _l: format_name(p.title, p.given_name, p.family_name),
        True,
    ),
    # the name in its parts, for mail merges and agencies' forms that ask for them apart
    ExportColumn("title", N_("Name title"), lambda p, _r, _l: p.title),
    ExportColumn("given_name", N_("Given name"), lambda p, _r, _l: p.given_name),
    ExportColumn("family_name", N_("Family name"), lambda p, _r, _l: p.family_name),
    ExportColumn("nickname", N_("Nickname"), lambda p, _r, _l: p.nickname),
    ExportColumn(
        "organisation",
        N_("Organisation"),
        lambda p, _r, _l: p.organisation.name if p.organisation else "",
        True,
    ),
    ExportColumn("position", N_("Position"), lambda p, _r, _l: p.position),
    ExportColumn(
        "province", N_("Province"), lambda p, _r, lang: province_label(p.province, lang), True
    ),
    ExportColumn("district", N_("District"), lambda p, _r, _l: p.district),
    ExportColumn("role", N_("Role"), _reg("role", RegistrationRole), True),
    ExportColumn("status", N_("Status"), _reg("status", RegistrationStatus)),
    ExportColumn(
        "code", N_("Registration code"), lambda _p, r, _l: r.code if r is not None else ""
    ),
    ExportColumn("diet", N_("Diet"), lambda p, _r, _l: p.diet),
    ExportColumn("phone", N_("Phone"), lambda p, _r, _l: format_phone(p.phone), personal=True),
    ExportColumn("email", N_("E-mail"), lambda p, _r, _l: p.email, personal=True),
    ExportColumn("line_id", N_("LINE ID"), lambda p, _r, _l: p.line_id, personal=True),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
DEFAULT_COLUMNS = tuple(c.key for c in COLUMNS if c.default)


def column_title(key: str) -> str:
    return _(next(c.title for c in COLUMNS if c.key == key))


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    columns: tuple[str, ...]


def export_people(
    uow: UnitOfWork, path: Path, columns: tuple[str, ...] = DEFAULT_COLUMNS, event_id: str = ""
) -> ExportResult:
    """Write people (every current person, or the registrations of `event_id`) to `path`;
    the format follows the suffix (.xlsx or .csv, UTF-8 with BOM so Excel shows Thai)."""
    unknown = [c for c in columns if c not in COLUMN_KEYS]
    if unknown or not columns:
        raise UserError(_("Choose at least one known column to export."))
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise UserError(_("Export to a file ending in .xlsx or .csv."))
    chosen = [c for c in COLUMNS if c.key in columns]
    lang = current_language()
    s = uow.session
    pairs: list[tuple[Person, Registration | None]]
    if event_id:
        # one row per person, merges followed (services.shared.registrations)
        from organiser.services.shared.registrations import counted_registrations

        counted = sorted(counted_registrations(uow, event_id), key=lambda r: r.person.sort_key)
        pairs = [(r.person, r.registration) for r in counted if r.person.deleted_at is None]
    else:
        people = s.scalars(
            select(Person)
            .options(selectinload(Person.organisation))
            .where(Person.deleted_at.is_(None), Person.merged_into_id.is_(None))
            .order_by(Person.sort_key)
        )
        pairs = [(p, None) for p in people]
    header = [_(c.title) for c in chosen]
    body = [[c.value(p, r, lang) for c in chosen] for p, r in pairs]
    path.parent.mkdir(parents=True, exist_ok=True)
    make_private_file(path)
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(csv_row(header))
            writer.writerows(csv_row(row) for row in body)
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook(write_only=True)
        ws = wb.create_sheet(_("People"))
        bold = Font(name="Sarabun", bold=True)
        from openpyxl.cell import WriteOnlyCell

        cells = []
        for title in header:
            cell = set_text(WriteOnlyCell(ws), title)
            cell.font = bold
            cells.append(cell)
        ws.append(cells)
        for row in body:
            # a fresh cell per value: write-only rows are written out as they are appended
            ws.append([set_text(WriteOnlyCell(ws), value) for value in row])
        wb.save(path)
    make_private_file(path)
    settings.audit(
        uow,
        "export",
        json.dumps(
            {"file": path.name, "event": event_id, "rows": len(body), "columns": list(columns)},
            ensure_ascii=False,
        ),
    )
    return ExportResult(path, len(body), tuple(c.key for c in chosen))
