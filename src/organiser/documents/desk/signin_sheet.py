"""The sign-in sheet (ใบลงชื่อ) of one day: the paper the finance office needs for travel
reimbursement. A4 portrait, the event's title, the date in B.E. and the venue in the header, a
numbered table with a signature column, page numbers and the total on every page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from organiser.core.i18n import _, use_language
from organiser.core.thaidate import format_date, format_weekday
from organiser.documents.common.typesetting import TableColumn, TableRow, ThaiDocument
from organiser.documents.desk.typesetting import FastThaiDocument

I18N_AREA = "desk"  # tools/i18n.py: this module's strings belong to the desk's translations


@dataclass(frozen=True)
class SigninLine:
    name: str
    organisation: str
    province: str
    remark: str = ""


@dataclass(frozen=True)
class SigninSheet:
    event_title: str
    venue: str
    day: dt.date
    lines: Sequence[SigninLine]
    group_by_province: bool = False  # lines must then be sorted by province already
    blank_rows: int = 0  # a sheet of empty numbered rows for walk-ins instead of names
    office: str = ""


ROW_SIZE = 10.5
ROW_PADDING = 1.5


class _SigninDocument(FastThaiDocument):
    def __init__(self, sheet: SigninSheet, lang: str, title: str) -> None:
        self.sheet = sheet
        self.sheet_title = title
        super().__init__(
            lang=lang,
            title=f"{title} {sheet.event_title}",
            margins=(15.0, 12.0, 12.0, 16.0),
            footer_note=self._total_text(),
        )

    def _total_text(self) -> str:
        if self.sheet.blank_rows:
            return ""
        return _("Total {n} people").format(n=len(self.sheet.lines))

    def page_header(self) -> None:
        sheet = self.sheet
        lang = self.doc_lang
        self.set_y(self.t_margin)
        self.heading(self.sheet_title, size=16, space_after=0.5)
        self.paragraph(sheet.event_title, 13, True, align="C", space_after=0.5)
        when = f"{format_weekday(sheet.day, lang)}{'ที่' if lang == 'th' else ','} " + (
            format_date(sheet.day, "formal", lang)
        )
        place = _("at {venue}").format(venue=sheet.venue) if sheet.venue else ""
        self.paragraph(f"{when} {place}".strip(), 11.5, align="C", space_after=2.5)


COLUMNS = (  # width in mm (0: what is left), alignment
    (12.0, "C"), (45.0, "L"), (0.0, "L"), (31.0, "L"), (27.0, "L"), (18.0, "L"),
)  # fmt: skip
LINES_PER_ROW = 2  # every row two lines high: room to sign, and a predictable page count


def _columns() -> list[TableColumn]:
    titles = (
        _("No."),
        _("Full name"),
        _("Organisation or agency"),
        _("Province"),
        _("Signature"),
        _("Remark"),
    )
    return [TableColumn(t, w, a) for t, (w, a) in zip(titles, COLUMNS, strict=True)]


def _fit(doc: ThaiDocument, text: str, width: float) -> str:
    """At most two lines; a longer text ends with an ellipsis on the second line."""
    lines = doc.wrap(text, width - 2 * ROW_PADDING, ROW_SIZE)
    if len(lines) > LINES_PER_ROW:
        last = lines[LINES_PER_ROW - 1]
        while last and doc.text_width(last + "…", ROW_SIZE) > width - 2 * ROW_PADDING:
            last = last[:-1]
        lines = [*lines[: LINES_PER_ROW - 1], last + "…"]
    return "\n".join(lines)


def _rows(doc: ThaiDocument, sheet: SigninSheet) -> list[TableRow]:
    pad = "\n" * (LINES_PER_ROW - 1)
    if sheet.blank_rows:
        return [TableRow([f"{i}{pad}", "", "", "", "", ""]) for i in range(1, sheet.blank_rows + 1)]
    widths = doc.column_widths(_columns())
    rows: list[TableRow] = []
    province: str | None = None
    counts: dict[str, int] = {}
    for line in sheet.lines:
        counts[line.province] = counts.get(line.province, 0) + 1
    for number, line in enumerate(sheet.lines, start=1):
        if sheet.group_by_province and line.province != province:
            province = line.province
            heading = (
                _("Province {province} ({n} people)").format(province=province, n=counts[province])
                if province
                else _("Province not given ({n} people)").format(n=counts[province])
            )
            rows.append(
                TableRow(
                    [heading],
                    bold=True,
                    shaded=True,
                    span=True,
                )
            )
        rows.append(
            TableRow(
                [
                    f"{number}{pad}",
                    _fit(doc, line.name, widths[1]),
                    _fit(doc, line.organisation, widths[2]),
                    _fit(doc, line.province, widths[3]),
                    "",
                    _fit(doc, line.remark, widths[5]),
                ]
            )
        )
    return rows


def render_signin_sheet(sheet: SigninSheet, path: Path | None = None, lang: str = "th") -> bytes:
    """Write the sheet to `path` (atomically, readable by the user only); returns the PDF."""
    with use_language(lang):
        title = (
            _("Sign-in sheet (walk-ins)")
            if sheet.blank_rows
            else _("Sign-in sheet of participants")
        )
        doc = _SigninDocument(sheet, lang, title)
        doc.add_page()
        doc.data_table(_columns(), _rows(doc, sheet), size=ROW_SIZE, padding=ROW_PADDING)
        if not sheet.blank_rows:
            doc.ln(3)
            doc.paragraph(_("Total {n} people").format(n=len(sheet.lines)), 12, True, align="R")
        data: bytes = doc.output()
    if path is not None:
        from organiser.documents.common.typesetting import write_private_atomic

        write_private_atomic(path, data)
    return data
