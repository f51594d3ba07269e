"""The printed memorandum of cooperation: A4, Thai formal layout, one signature block per party.

Layout, as Thai agencies print a บันทึกความร่วมมือ for a signing ceremony: the title and the
parties ("ระหว่าง … และ …") centred, the opening sentence with place and date, background,
purpose and scope, the clauses numbered ข้อ 1, ข้อ 2 …, validity, the closing formula, the date
in formal B.E. style, then a signature block for every party two per row (signature line, name
in parentheses, position, agency), the witnesses, and the commitments of each party as an annex.

The fixed wording belongs to the document, not to the interface, so it is chosen by the
document's own `lang` (an English copy can be printed from a Thai screen).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from organiser.core.thaidate import Style, format_date
from organiser.core.thaitext import learn_words
from organiser.documents.common.typesetting import (
    TableColumn,
    TableRow,
    ThaiDocument,
    keep_together,
)

_VALIDITY_STYLES: tuple[tuple[Style, str], ...] = (("formal", "th"), ("long", "th"), ("long", "en"))

DOTS = "........................................"


class ClauseLike(Protocol):
    heading: str
    text: str


class CommitmentLike(Protocol):
    description: str
    category: str
    due_on: dt.date | None


class PartyLike(Protocol):
    organisation_name: str
    organisation_name_en: str
    signatory_position: str
    witness_name: str
    witness_position: str

    @property
    def signatory(self) -> str: ...

    @property
    def commitments(self) -> Sequence[CommitmentLike]: ...


class MemorandumLike(Protocol):
    title: str
    reference_no: str
    purpose: str
    background: str
    scope: str
    signing_place: str
    signed_on: dt.date | None
    valid_from: dt.date | None
    valid_until: dt.date | None

    @property
    def clauses(self) -> Sequence[ClauseLike]: ...

    @property
    def parties(self) -> Sequence[PartyLike]: ...


WORDS: dict[str, dict[str, str]] = {
    "th": {
        "kind": "บันทึกความร่วมมือ",
        "between": "ระหว่าง",
        "and": "และ",
        "ref": "เลขที่ {ref}",
        "opening": "บันทึกความร่วมมือฉบับนี้จัดทำขึ้น{place}{date} ระหว่าง {parties} "
        "ซึ่งต่อไปในบันทึกความร่วมมือนี้เรียกรวมกันว่า “ภาคี”",
        "at_place": " ณ {place}",
        "on_date": " เมื่อวันที่ {date}",
        "background": "ความเป็นมา",
        "purpose": "วัตถุประสงค์",
        "scope": "ขอบเขตความร่วมมือ",
        "agree": "ภาคีจึงตกลงร่วมกันดังต่อไปนี้",
        "clause": "ข้อ {n}",
        "valid_range": "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ {start} ถึงวันที่ {end}",
        "valid_from": "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ {start} เป็นต้นไป จนกว่าภาคีจะตกลงร่วมกันเป็นอย่างอื่น",
        "valid_signed_until": "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ลงนามเป็นต้นไป จนถึงวันที่ {end}",
        "valid_open": "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ลงนามเป็นต้นไป จนกว่าภาคีจะตกลงร่วมกันเป็นอย่างอื่น",
        "closing": "บันทึกความร่วมมือนี้ทำขึ้น {n} ฉบับ มีข้อความถูกต้องตรงกัน ภาคีได้อ่านและเข้าใจ"
        "ข้อความโดยละเอียดตลอดแล้ว จึงได้ลงลายมือชื่อไว้เป็นสำคัญต่อหน้าพยาน "
        "และต่างยึดถือไว้ฝ่ายละหนึ่งฉบับ",
        "dated": "ณ วันที่ {date}",
        "undated": "ณ วันที่ ........ เดือน .................... พ.ศ. ..........",
        "signed_at": "ณ {place}",
        "sign": "ลงชื่อ",
        "witness": "พยาน",
        "witnesses": "พยาน",
        "annex": "ภาคผนวก ภารกิจที่แต่ละภาคีรับจะดำเนินการ",
        "col_category": "ประเภท",
        "col_what": "สิ่งที่จะดำเนินการ",
        "col_due": "กำหนดแล้วเสร็จ",
        "no_due": "–",
    },
    "en": {
        "kind": "Memorandum of Cooperation",
        "between": "between",
        "and": "and",
        "ref": "No. {ref}",
        "opening": "This memorandum of cooperation is made{place}{date} between {parties}, "
        "hereinafter together called “the Parties”.",
        "at_place": " at {place}",
        "on_date": " on {date}",
        "background": "Background",
        "purpose": "Purpose",
        "scope": "Scope of cooperation",
        "agree": "The Parties therefore agree as follows.",
        "clause": "Clause {n}",
        "valid_range": "This memorandum is valid from {start} until {end}.",
        "valid_from": "This memorandum is valid from {start} until the Parties agree otherwise.",
        "valid_signed_until": "This memorandum is valid from the day it is signed until {end}.",
        "valid_open": "This memorandum is valid from the day it is signed until the Parties "
        "agree otherwise.",
        "closing": "This memorandum is made in {n} copies of identical wording. The Parties, "
        "having read and understood it in full, have signed it in the presence of witnesses, "
        "and each Party keeps one copy.",
        "dated": "Done on {date}",
        "undated": "Done on ........ day of .................... ..........",
        "signed_at": "at {place}",
        "sign": "Signed",
        "witness": "Witness",
        "witnesses": "Witnesses",
        "annex": "Annex: what each Party undertakes to do",
        "col_category": "Kind",
        "col_what": "Undertaking",
        "col_due": "By",
        "no_due": "–",
    },
}

SIZE = 14.0  # Sarabun 14 pt reads like the TH Sarabun 16 pt of government letters
BLOCK_GAP = 6.0
SIGN_ROOM = 8.0  # above each signature line, for the signature itself

Block = list[tuple[str, bool]]  # the lines of one signature block (text, bold)
BlockRow = tuple[list[Block], float]  # one or two wrapped blocks side by side, and their height


class MemorandumDocument(ThaiDocument):
    def __init__(self, memo: MemorandumLike, lang: str, printed_on: dt.date | None) -> None:
        self.memo = memo
        self.words = WORDS["th" if lang == "th" else "en"]
        super().__init__(
            lang="th" if lang == "th" else "en",
            title=memo.title,
            running_title=memo.title,
            footer_note=self.words["ref"].format(ref=memo.reference_no)
            if memo.reference_no
            else "",
            printed_on=printed_on,
            margins=(25.0, 18.0, 20.0, 20.0),
        )

    def page_footer(self) -> None:
        """A document to be signed carries its reference and page numbers, not a print date."""
        self.set_y(-12)
        self.use_font(9)
        self.set_text_color(90, 90, 90)
        half = self.epw / 2
        self.cell(half, 5, self.footer_note, align="L")
        self.cell(half, 5, self.page_number_text(), align="R")
        self.set_text_color(0, 0, 0)

    # ------------------------------------------------------------------ helpers

    def org(self, party: PartyLike) -> str:
        if self.doc_lang != "th" and party.organisation_name_en:
            return party.organisation_name_en
        return party.organisation_name

    def date(self, value: dt.date) -> str:
        return format_date(value, "formal" if self.doc_lang == "th" else "long", self.doc_lang)

    def text_height(self, text: str, size: float, bold: bool = False, indent: float = 0.0) -> float:
        return len(self.wrap(text, self.epw - indent, size, bold)) * self.line_height(size)

    def keep_on_one_page(self, height: float) -> None:
        """Start a new page unless `height` mm fit on this one; a part taller than a whole page
        starts where it is (moving it would only leave a gap)."""
        if height <= self.page_break_trigger - self.t_margin:
            self.ensure_space(height)

    def section(self, title: str, text: str) -> None:
        if not text.strip():
            return
        parts = [part.strip() for part in text.strip().split("\n")]
        body = sum(self.text_height(part, SIZE, indent=10) + 1 for part in parts)
        self.keep_on_one_page(self.line_height(SIZE) + 0.5 + body)
        self.ensure_space(self.line_height(SIZE) * 3)
        self.paragraph(title, SIZE, True, space_after=0.5)
        for part in parts:
            self.paragraph(part, SIZE, indent=10, space_after=1)
        self.ln(1.5)

    # ------------------------------------------------------------------ the parts

    def title_block(self) -> None:
        w = self.words
        if self.memo.reference_no:
            self.paragraph(w["ref"].format(ref=self.memo.reference_no), 11, align="R")
        self.heading(self.memo.title, 18, space_after=1)
        parties = [self.org(p) for p in self.memo.parties]
        if parties:
            self.paragraph(w["between"], SIZE + 1, True, align="C", space_after=0.5)
            for i, name in enumerate(parties):
                if i and i == len(parties) - 1:
                    self.paragraph(w["and"], SIZE, align="C", space_after=0.5)
                self.paragraph(name, SIZE + 1, True, align="C", space_after=0.5)
        y = self.get_y() + 2
        self.set_line_width(0.4)
        self.line(self.w / 2 - 25, y, self.w / 2 + 25, y)
        self.set_y(y + 4)

    def opening(self) -> None:
        w, m = self.words, self.memo
        names = [self.org(p) for p in m.parties]
        if len(names) > 1:
            joined = ", ".join(names[:-1]) if self.doc_lang == "en" else " ".join(names[:-1])
            listed = f"{joined} {w['and']} {names[-1]}"
        else:
            listed = "".join(names)
        text = w["opening"].format(
            place=w["at_place"].format(place=m.signing_place) if m.signing_place else "",
            date=w["on_date"].format(date=self.date(m.signed_on)) if m.signed_on else "",
            parties=listed,
        )
        self.paragraph(text, SIZE, indent=10, space_after=3)

    def clauses(self) -> None:
        w = self.words
        self.section(w["background"], self.memo.background)
        self.section(w["purpose"], self.memo.purpose)
        self.section(w["scope"], self.memo.scope)
        if self.memo.clauses:
            self.paragraph(w["agree"], SIZE, align="L", indent=10, space_after=2)
        for n, clause in enumerate(self.memo.clauses, start=1):
            label = w["clause"].format(n=n)
            heading = f"{label}  {clause.heading}".strip() if clause.heading else label
            # a clause is read (and initialled) as a whole: it moves to the next page whole
            height = self.text_height(heading, SIZE, True, 10) + 0.3
            self.keep_on_one_page(height + self.text_height(clause.text, SIZE, indent=10))
            self.ensure_space(self.line_height(SIZE) * 2.5)
            self.paragraph(heading, SIZE, True, indent=10, space_after=0.3)
            self.paragraph(clause.text, SIZE, indent=10, space_after=2)
        m = self.memo
        said = " ".join(c.text for c in m.clauses)
        if m.valid_until and any(
            format_date(m.valid_until, style, lang) in said for style, lang in _VALIDITY_STYLES
        ):
            text = ""  # a clause already states the validity
        elif m.valid_from and m.valid_until:
            text = w["valid_range"].format(
                start=self.date(m.valid_from), end=self.date(m.valid_until)
            )
        elif m.valid_from:
            text = w["valid_from"].format(start=self.date(m.valid_from))
        elif m.valid_until:  # from the day it is signed, until a date
            text = w["valid_signed_until"].format(end=self.date(m.valid_until))
        else:
            text = w["valid_open"]
        if text:
            self.paragraph(text, SIZE, indent=10, space_after=2)
        self.paragraph(
            w["closing"].format(n=max(len(m.parties), 1)), SIZE, indent=10,
            space_after=4,
        )  # fmt: skip

    def dateline(self) -> None:
        w, m = self.words, self.memo
        self.ensure_space(self.line_height(SIZE) * 2 + 50)
        text = w["dated"].format(date=self.date(m.signed_on)) if m.signed_on else w["undated"]
        self.paragraph(text, SIZE, align="C", space_after=0.5)
        if m.signing_place:
            self.paragraph(w["signed_at"].format(place=m.signing_place), SIZE, align="C")
        self.ln(6)

    def block_lines(self, name: str, position: str, org: str, suffix: str) -> Block:
        sign = f"{self.words['sign']} {DOTS}" + (f" {suffix}" if suffix else "")
        lines: Block = [(sign, False), ("", False)]
        # a person's name stays on one line where it fits (the dictionary splits family names)
        lines.append((f"({keep_together(name)})" if name.strip() else f"({DOTS})", False))
        if position.strip():
            lines.append((position.strip(), False))
        if org.strip():
            lines.append((org.strip(), True))
        return lines

    def block_rows(self, blocks: Sequence[Block]) -> list[BlockRow]:
        """Signature blocks two per row, each wrapped to its half of the page, with the
        height each row takes."""
        size = SIZE - 1
        half = self.epw / 2
        rows: list[BlockRow] = []
        for start in range(0, len(blocks), 2):
            wrapped = [
                [(piece, bold) for text, bold in block
                 for piece in self.wrap(text, half - 6, size, bold)]
                for block in blocks[start : start + 2]
            ]  # fmt: skip
            lines = max(len(b) for b in wrapped)
            rows.append((wrapped, SIGN_ROOM + lines * self.line_height(size) + BLOCK_GAP))
        return rows

    def draw_block_row(self, row: BlockRow) -> None:
        """One row of blocks from the current position; a lone last block is centred."""
        wrapped, height = row
        half = self.epw / 2
        size = SIZE - 1
        line_h = self.line_height(size)
        self.ensure_space(height)
        y0 = self.get_y()
        top = y0 + SIGN_ROOM
        for i, lines in enumerate(wrapped):
            left = self.l_margin + (half / 2 if len(wrapped) == 1 else i * half)
            y = top
            for text, bold in lines:
                self.use_font(size, bold)
                self.set_xy(left, y)
                self.cell(half, line_h, text, align="C")
                y += line_h
        self.set_xy(self.l_margin, y0 + height)

    def signatures(self) -> None:
        parties = self.memo.parties
        party_rows = self.block_rows(
            [self.block_lines(p.signatory, p.signatory_position, self.org(p), "") for p in parties]
        )
        witnesses = [p for p in parties if p.witness_name.strip()]
        witness_rows = self.block_rows(
            [
                self.block_lines(p.witness_name, p.witness_position, self.org(p),
                                 self.words["witness"])
                for p in witnesses
            ]
        )  # fmt: skip
        heading = self.line_height(SIZE) + 2
        for index, row in enumerate(party_rows):
            if index == len(party_rows) - 1 and witness_rows:
                # the witnesses sign beside the parties: never a page of witnesses alone, so the
                # last row of parties goes with them (all of them when they fit on one page)
                with_all = row[1] + heading + sum(h for _b, h in witness_rows)
                with_first = row[1] + heading + witness_rows[0][1]
                room = self.page_break_trigger - self.t_margin
                self.ensure_space(with_all if with_all <= room else with_first)
            self.draw_block_row(row)
        if witness_rows:
            self.ln(2)
            self.paragraph(self.words["witnesses"], SIZE, True, align="C", space_after=0)
            for row in witness_rows:
                self.draw_block_row(row)

    def annex(self) -> None:
        with_commitments = [p for p in self.memo.parties if p.commitments]
        if not with_commitments:
            return
        w = self.words
        self.add_page()
        self.heading(w["annex"], 16, space_after=3)
        rows: list[TableRow] = []
        for p in with_commitments:
            rows.append(TableRow([self.org(p)], bold=True, shaded=True, span=True))
            for c in p.commitments:
                due = format_date(c.due_on, "long", self.doc_lang) if c.due_on else w["no_due"]
                rows.append(TableRow([c.category, c.description, due]))
        self.data_table(
            [TableColumn(w["col_category"], 32), TableColumn(w["col_what"], 0),
             TableColumn(w["col_due"], 44, "C")],
            rows, size=12,
        )  # fmt: skip

    def build(self) -> None:
        self.add_page()
        self.title_block()
        self.opening()
        self.clauses()
        self.dateline()
        self.signatures()
        self.annex()


def render_memorandum(
    memo: MemorandumLike, path: Path | None = None, lang: str = "th",
    printed_on: dt.date | None = None,
) -> bytes | None:  # fmt: skip
    """Write the memorandum as a PDF to `path` (atomically, private), or return its bytes."""
    # the parties' names are words of their own: a line never ends inside an agency's name
    learn_words(
        name for p in memo.parties for name in (p.organisation_name, p.organisation_name_en)
    )
    doc = MemorandumDocument(memo, lang, printed_on)
    doc.build()
    if path is None:
        data: bytes = doc.output()
        return data
    doc.output(path)
    return None
