"""Who has not come yet on one day: the list the desk staff take to the phone or to the
provincial coordinators in the hall. A4 portrait, the day in B.E. and the time it was printed
(it is out of date a minute later), grouped by province, with a remark column to tick by hand.
No phone numbers (PDPA): the coordinators call their own people."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from organiser.core.i18n import _, use_language
from organiser.core.thaidate import format_date, format_time, format_weekday
from organiser.documents.common.typesetting import TableColumn, TableRow, write_private_atomic
from organiser.documents.desk.typesetting import FastThaiDocument

I18N_AREA = "desk"  # tools/i18n.py: this module's strings belong to the desk's translations


@dataclass(frozen=True)
class NotHereLine:
    name: str
    organisation: str
    province: str
    status: str  # in words: invited, confirmed


@dataclass(frozen=True)
class NotHereList:
    event_title: str
    venue: str
    day: dt.date
    as_of: dt.datetime  # local time the list was made
    expected: int  # how many were expected that day
    lines: Sequence[NotHereLine]  # sorted by province, then name


ROW_SIZE = 11.0


class _NotHereDocument(FastThaiDocument):
    def __init__(self, data: NotHereList, lang: str, title: str) -> None:
        self.data = data
        self.list_title = title
        super().__init__(
            lang=lang,
            title=f"{title} {data.event_title}",
            margins=(15.0, 12.0, 12.0, 16.0),
            footer_note=_("Not here yet: {n} of {expected}").format(
                n=len(data.lines), expected=data.expected
            ),
        )

    def page_header(self) -> None:
        data, lang = self.data, self.doc_lang
        self.set_y(self.t_margin)
        self.heading(self.list_title, size=16, space_after=0.5)
        self.paragraph(data.event_title, 13, True, align="C", space_after=0.5)
        when = f"{format_weekday(data.day, lang)}{'ที่' if lang == 'th' else ','} " + (
            format_date(data.day, "formal", lang)
        )
        as_of = _("as of {time}").format(time=format_time(data.as_of.time(), lang))
        self.paragraph(f"{when} · {as_of}", 11.5, align="C", space_after=2.5)


def _columns() -> list[TableColumn]:
    return [
        TableColumn(_("No."), 12.0, "C"),
        TableColumn(_("Full name"), 50.0),
        TableColumn(_("Organisation or agency"), 0.0),
        TableColumn(_("Status"), 22.0),
        TableColumn(_("Remark"), 30.0),
    ]


def _rows(data: NotHereList) -> list[TableRow]:
    counts: dict[str, int] = {}
    for line in data.lines:
        counts[line.province] = counts.get(line.province, 0) + 1
    rows: list[TableRow] = []
    province: str | None = None
    for number, line in enumerate(data.lines, start=1):
        if line.province != province:
            province = line.province
            heading = (
                _("Province {province} ({n} people)").format(province=province, n=counts[province])
                if province
                else _("Province not given ({n} people)").format(n=counts[province])
            )
            rows.append(TableRow([heading], bold=True, shaded=True, span=True))
        rows.append(TableRow([str(number), line.name, line.organisation, line.status, ""]))
    return rows


def render_not_here_list(data: NotHereList, path: Path | None = None, lang: str = "th") -> bytes:
    """Write the list to `path` (atomically, readable by the user only); returns the PDF."""
    with use_language(lang):
        doc = _NotHereDocument(data, lang, _("People not here yet"))
        doc.add_page()
        if data.lines:
            doc.data_table(_columns(), _rows(data), size=ROW_SIZE)
        else:
            doc.paragraph(_("Everyone expected is here."), 13, True, align="C")
        doc.ln(3)
        doc.paragraph(
            _("Not here yet: {n} of {expected}").format(n=len(data.lines), expected=data.expected),
            12,
            True,
            align="R",
        )
        data_bytes: bytes = doc.output()
    if path is not None:
        write_private_atomic(path, data_bytes)
    return data_bytes
