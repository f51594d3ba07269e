"""Every row of an invitation list checked before anything is written: what is wrong, what is a
duplicate (within the file, or of someone already known), and what will happen to it."""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from sqlalchemy import text

from organiser.core.i18n import _
from organiser.core.provinces import find_province
from organiser.core.thaitext import (
    format_name,
    is_plausible_phone,
    normalise_phone,
    split_full_name,
)
from organiser.domain.desk import RegistrationRole, RegistrationStatus
from organiser.domain.organisation_kinds import guess_organisation_kind
from organiser.domain.people import OrganisationKind
from organiser.services.people.importing.columns import Field, find_header, guess_mapping
from organiser.services.people.importing.reading import Table
from organiser.store.db import UnitOfWork

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LIMITS = {
    "title": 40, "given_name": 120, "family_name": 120, "nickname": 60, "email": 200,
    "line_id": 100, "organisation": 300, "position": 200, "district": 80, "subdistrict": 80,
    "village_no": 10, "diet": 200, "access_needs": 200,
}  # fmt: skip
_ROLE_WORDS = {
    "วิทยากร": RegistrationRole.SPEAKER, "speaker": RegistrationRole.SPEAKER,
    "เจ้าหน้าที่": RegistrationRole.STAFF, "staff": RegistrationRole.STAFF,
    "ผู้สังเกตการณ์": RegistrationRole.OBSERVER, "observer": RegistrationRole.OBSERVER,
    "แขก": RegistrationRole.GUEST, "แขกรับเชิญ": RegistrationRole.GUEST, "guest": RegistrationRole.GUEST,
    "ผู้เข้าร่วม": RegistrationRole.PARTICIPANT, "participant": RegistrationRole.PARTICIPANT,
}  # fmt: skip
_STATUS_WORDS = {
    "ยืนยัน": RegistrationStatus.CONFIRMED, "ตอบรับ": RegistrationStatus.CONFIRMED,
    "มา": RegistrationStatus.CONFIRMED, "confirmed": RegistrationStatus.CONFIRMED,
    "yes": RegistrationStatus.CONFIRMED, "ไม่มา": RegistrationStatus.DECLINED,
    "ปฏิเสธ": RegistrationStatus.DECLINED, "declined": RegistrationStatus.DECLINED,
    "no": RegistrationStatus.DECLINED, "เชิญ": RegistrationStatus.INVITED,
    "invited": RegistrationStatus.INVITED,
}  # fmt: skip


class Severity(enum.StrEnum):
    ERROR = "error"  # the row is skipped unless fixed
    WARNING = "warning"  # imported; the value is left out
    DUPLICATE = "duplicate"


class RowAction(enum.StrEnum):
    IMPORT = "import"  # a new person
    MERGE = "merge"  # the person already known: fill their empty fields, register them
    SKIP = "skip"


@dataclass(frozen=True)
class Problem:
    severity: Severity
    code: str  # missing_name, bad_phone, bad_email, too_long, unknown_province, …
    message: str


@dataclass
class Draft:
    title: str = ""
    given_name: str = ""
    family_name: str = ""
    nickname: str = ""
    phone: str = ""
    email: str = ""
    line_id: str = ""
    organisation: str = ""
    position: str = ""
    province: str = ""
    district: str = ""
    subdistrict: str = ""
    village_no: str = ""
    diet: str = ""
    access_needs: str = ""
    notes: str = ""
    role: str = RegistrationRole.PARTICIPANT.value
    status: str = RegistrationStatus.INVITED.value

    @property
    def full_name(self) -> str:
        return format_name(self.title, self.given_name, self.family_name)


@dataclass
class RowCheck:
    line: int  # row number in the file
    cells: list[str]
    draft: Draft
    problems: list[Problem] = field(default_factory=list)
    duplicate_of_line: int | None = None
    existing_id: str = ""  # a known person this row matches
    existing_label: str = ""
    action: RowAction = RowAction.IMPORT
    # the kind of the row's organisation: a new one's is guessed from its name (or chosen in the
    # preview), a known one keeps its own; None when the row names no organisation
    organisation_kind: OrganisationKind | None = None
    organisation_is_new: bool = False

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)

    @property
    def reasons(self) -> str:
        return "; ".join(p.message for p in self.problems)


@dataclass
class ImportPlan:
    file_name: str
    table: Table
    header_index: int | None
    mapping: list[Field]
    rows: list[RowCheck]
    # organisation key -> the kind each organisation the import creates will get
    organisation_kinds: dict[str, OrganisationKind] = field(default_factory=dict)

    @property
    def headers(self) -> list[str]:
        if self.header_index is None:
            return [""] * self.table.width
        head = self.table.rows[self.header_index]
        return head + [""] * (self.table.width - len(head))

    def count(self, action: RowAction) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def error_rows(self) -> list[RowCheck]:
        return [r for r in self.rows if r.has_errors]


# Lists repeat the same given names and titles many times over: split each text once.
_split = lru_cache(maxsize=65536)(split_full_name)
_VALUES: dict[type[enum.StrEnum], frozenset[str]] = {
    RegistrationRole: frozenset(m.value for m in RegistrationRole),
    RegistrationStatus: frozenset(m.value for m in RegistrationStatus),
}


def draft_from_cells(cells: list[str], mapping: list[Field]) -> Draft:
    draft = Draft()
    for value, f in zip(cells, mapping, strict=False):
        value = " ".join(value.split())
        if not value or f is Field.IGNORE:
            continue
        if f is Field.FULL_NAME:
            parts = _split(value)
            draft.title = draft.title or parts.title
            draft.given_name, draft.family_name = parts.given, parts.family
        elif f is Field.GIVEN_NAME:
            parts = _split(value)  # "นายสมชาย" in the given-name column
            draft.title = draft.title or parts.title
            draft.given_name = " ".join(p for p in (parts.given, parts.family) if p)
        else:
            setattr(draft, f.value, value)
    return draft


def check_draft(draft: Draft) -> tuple[Draft, list[Problem]]:
    """Normalise a row's values and list what is wrong with them."""
    problems: list[Problem] = []
    d = replace(draft)
    if not d.given_name:
        problems.append(Problem(Severity.ERROR, "missing_name", _("no name")))
    if d.phone:
        digits = normalise_phone(d.phone)
        if is_plausible_phone(digits):
            d.phone = digits
        else:
            problems.append(
                Problem(
                    Severity.ERROR,
                    "bad_phone",
                    _("'{phone}' is not a phone number").format(phone=d.phone),
                )
            )
    if d.email and not EMAIL.match(d.email):
        problems.append(
            Problem(
                Severity.ERROR,
                "bad_email",
                _("'{email}' is not an e-mail address").format(email=d.email),
            )
        )
    for name, limit in _LIMITS.items():
        if len(getattr(d, name)) > limit:
            problems.append(
                Problem(
                    Severity.ERROR,
                    "too_long",
                    _("'{field}' is longer than {n} characters").format(field=name, n=limit),
                )
            )
    if d.province:
        province = find_province(d.province)
        if province is None:
            problems.append(
                Problem(
                    Severity.WARNING,
                    "unknown_province",
                    _("'{name}' is not a province; left empty").format(name=d.province),
                )
            )
            d.province = ""
        else:
            d.province = province.name_th
    if d.village_no:
        village = d.village_no.removeprefix("หมู่ที่").removeprefix("หมู่").removeprefix("ม.").strip()
        village = village.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
        if village.isdigit() and 0 < int(village) < 1000:
            d.village_no = str(int(village))
        else:
            problems.append(
                Problem(
                    Severity.WARNING,
                    "bad_village",
                    _("'{value}' is not a village number; left empty").format(value=d.village_no),
                )
            )
            d.village_no = ""
    d.role = _word(
        d.role, _ROLE_WORDS, RegistrationRole, RegistrationRole.PARTICIPANT, problems, "role"
    )
    d.status = _word(
        d.status, _STATUS_WORDS, RegistrationStatus, RegistrationStatus.INVITED, problems, "status"
    )
    return d, problems


def _word(value: str, words: Mapping[str, enum.StrEnum], cls: type[enum.StrEnum], default: enum.StrEnum,
          problems: list[Problem], what: str) -> str:  # fmt: skip
    raw = value.strip().casefold()
    if not raw:
        return default.value
    if raw in _VALUES[cls]:
        return raw
    if raw in words:
        return words[raw].value
    problems.append(
        Problem(
            Severity.WARNING,
            f"unknown_{what}",
            _("'{value}' is not understood; '{default}' used").format(
                value=value, default=default.value
            ),
        )
    )
    return default.value


def organisation_key(name: str) -> str:
    """Two spellings of one organisation that differ only in case or spaces are one."""
    return "".join(name.casefold().split())


def name_key(given: str, family: str, organisation: str) -> tuple[str, str, str]:
    k = organisation_key
    return k(given), k(family), k(organisation)


@dataclass
class KnownPeople:
    by_phone: dict[str, tuple[str, str]]
    by_name: dict[tuple[str, str, str], tuple[str, str]]
    organisations: dict[str, OrganisationKind] = field(default_factory=dict)  # key -> kind

    @classmethod
    def load(cls, uow: UnitOfWork) -> KnownPeople:
        by_phone: dict[str, tuple[str, str]] = {}
        by_name: dict[tuple[str, str, str], tuple[str, str]] = {}
        rows = uow.session.execute(
            text(
                """SELECT p.id, p.title, p.given_name, p.family_name, p.phone, coalesce(o.name, '')
                FROM person p LEFT JOIN organisation o ON o.id = p.organisation_id
                WHERE p.deleted_at IS NULL AND p.merged_into_id IS NULL"""
            )
        )
        for pid, title, given, family, phone, org in rows:
            label = format_name(title, given, family) + (f" ({org})" if org else "")
            if phone:
                by_phone.setdefault(phone, (pid, label))
            by_name.setdefault(name_key(given, family, org), (pid, label))
        organisations: dict[str, OrganisationKind] = {}
        for name, kind in uow.session.execute(
            text("SELECT name, kind FROM organisation WHERE deleted_at IS NULL")
        ):
            organisations.setdefault(organisation_key(name), _kind(kind))
        return cls(by_phone, by_name, organisations)


def _kind(raw: str) -> OrganisationKind:
    try:
        return OrganisationKind(raw)
    except ValueError:
        return OrganisationKind.OTHER


def plan_import(
    uow: UnitOfWork,
    table: Table,
    file_name: str = "",
    header_index: int | None = -1,
    mapping: list[Field] | None = None,
    fixes: dict[int, Draft] | None = None,
    actions: dict[int, RowAction] | None = None,
    known: KnownPeople | None = None,
    kinds: Mapping[str, OrganisationKind] | None = None,
) -> ImportPlan:
    """Check every row. `header_index` -1 means "find it"; `mapping` None means "guess it";
    `fixes` replaces a row's values (by file line) and `actions` are the user's choices;
    `kinds` the kinds chosen for new organisations (by `organisation_key`), others are guessed."""
    if header_index == -1:
        header_index = find_header(table.rows)
    if mapping is None:
        head = table.rows[header_index] if header_index is not None else []
        mapping = guess_mapping(head + [""] * (table.width - len(head)))
    mapping = list(mapping) + [Field.IGNORE] * (table.width - len(mapping))
    known = known or KnownPeople.load(uow)
    fixes, actions = fixes or {}, actions or {}
    start = 0 if header_index is None else header_index + 1
    rows: list[RowCheck] = []
    seen_phone: dict[str, int] = {}
    seen_name: dict[tuple[str, str, str], int] = {}
    new_kinds: dict[str, OrganisationKind] = {}
    kinds = kinds or {}
    for cells, line in zip(table.rows[start:], table.lines[start:], strict=True):
        fixed = fixes.get(line)
        raw = fixed or draft_from_cells(cells, mapping)
        draft, problems = check_draft(raw)
        if fixed is None and line in table.damaged:  # corrected by hand, it may go in
            problems.insert(0, Problem(Severity.ERROR, "damaged", table.damaged[line]))
        row = RowCheck(line, cells, draft, problems)
        _find_duplicates(row, known, seen_phone, seen_name)
        if row.has_errors or row.duplicate_of_line is not None:
            row.action = RowAction.SKIP
        elif row.existing_id:
            row.action = RowAction.MERGE
        choice = actions.get(line)
        allowed = choice is RowAction.SKIP or not row.has_errors
        if choice is not None and allowed and (choice is not RowAction.MERGE or row.existing_id):
            row.action = choice
        if draft.organisation:
            key = organisation_key(draft.organisation)
            if key in known.organisations:
                row.organisation_kind = known.organisations[key]
            else:
                if key not in new_kinds:
                    new_kinds[key] = kinds.get(key) or guess_organisation_kind(draft.organisation)
                row.organisation_kind = new_kinds[key]
                row.organisation_is_new = True
        rows.append(row)
    return ImportPlan(file_name, table, header_index, mapping, rows, new_kinds)


def _find_duplicates(
    row: RowCheck,
    known: KnownPeople,
    seen_phone: dict[str, int],
    seen_name: dict[tuple[str, str, str], int],
) -> None:
    d = row.draft
    if not d.given_name or row.has_errors:
        return
    key = name_key(d.given_name, d.family_name, d.organisation)
    earlier = seen_phone.get(d.phone) if d.phone else None
    if earlier is None:
        earlier = seen_name.get(key)
    if earlier is not None:
        row.duplicate_of_line = earlier
        row.problems.append(
            Problem(
                Severity.DUPLICATE,
                "duplicate_in_file",
                _("same person as row {line}").format(line=earlier),
            )
        )
    else:
        if d.phone:
            seen_phone[d.phone] = row.line
        seen_name[key] = row.line
    match = known.by_phone.get(d.phone) if d.phone else None
    how = _("same phone as {who}")
    if match is None:
        match = known.by_name.get(key)
        how = _("same name and organisation as {who}")
    if match is not None:
        row.existing_id, row.existing_label = match
        row.problems.append(Problem(Severity.DUPLICATE, "known_person", how.format(who=match[1])))
