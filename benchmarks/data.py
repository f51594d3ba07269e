"""Deterministic data sets, built fresh in a temporary folder for every run.

Each people data set is a real data folder (opened with `open_store`, so migrated to the newest
schema, FTS triggers and all) holding N people with Thai names spread over all 77 provinces,
their organisations, one three-day seminar with a 60-session agenda and registrations, 200
memoranda of cooperation and 2,000 follow-up actions. Rows go in with `executemany` on one
connection and one transaction: building 100,000 people takes seconds, not minutes.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import random
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks import names as N
from organiser.core.provinces import PROVINCES
from organiser.core.thaitext import format_phone, thai_sort_key

SEED = 2569
STAMP = dt.datetime(2026, 1, 5, 3, 0, tzinfo=dt.UTC)
SEMINAR_START = dt.date(2026, 2, 10)  # three days: 10–12 Feb 2026 (10–12 ก.พ. 2569)
SEMINAR_CODE = "bench-2569"


@dataclass(frozen=True)
class Sizes:
    people: tuple[int, int, int]  # the "10,000 / 50,000 / 100,000" sizes
    registrations: int  # people registered for the seminar (sign-in sheet, badges)
    sessions: int
    memoranda: int
    actions: int
    import_rows: int
    repeat: int  # repetitions of each quick measurement (per keystroke, per check-in, start-up)
    repeat_slow: int  # repetitions of those that take seconds each (import, documents)

    @property
    def small(self) -> int:
        return self.people[0]

    @property
    def medium(self) -> int:
        return self.people[1]

    @property
    def large(self) -> int:
        return self.people[2]


FULL = Sizes((10_000, 50_000, 100_000), 1_000, 60, 200, 2_000, 10_000, repeat=5, repeat_slow=3)
QUICK = Sizes((300, 600, 1_200), 120, 60, 20, 200, 300, repeat=1, repeat_slow=1)


@dataclass(frozen=True)
class Seminar:
    event_id: str
    days: tuple[dt.date, ...]
    registration_ids: tuple[str, ...]
    codes: tuple[str, ...]


class Ids:
    """UUIDv7-shaped ids from a seeded generator: time-ordered, the same in every run."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.ms = int(STAMP.timestamp() * 1000)

    def __call__(self) -> str:
        self.ms += 1
        rand = self.rng.getrandbits(74)
        value = (self.ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= ((rand >> 62) & 0xFFF) << 64
        value |= 0b10 << 62
        value |= rand & ((1 << 62) - 1)
        return str(uuid.UUID(int=value))


# ------------------------------------------------------------------ raw bulk insert


def _sql_value(value: Any) -> Any:
    # The same text forms SQLAlchemy's SQLite types write, so the app reads these rows back.
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime):
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S.%f")
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def insert_rows(conn: sqlite3.Connection, table: str, rows: Iterable[dict[str, Any]]) -> int:
    """executemany over the columns the table really has (older or newer schemas alike)."""
    existing = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
    rows = list(rows)
    if not rows:
        return 0
    columns = [c for c in rows[0] if c in existing]
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.executemany(sql, ([_sql_value(row[c]) for c in columns] for row in rows))
    return len(rows)


def _entity(ids: Ids, **fields: Any) -> dict[str, Any]:
    return {"id": ids(), "created_at": STAMP, "updated_at": STAMP, "deleted_at": None, **fields}


# ------------------------------------------------------------------ people


def _phone(rng: random.Random, used: set[str]) -> str:
    while True:
        digits = rng.choice(("08", "09", "06")) + f"{rng.randrange(10**8):08d}"
        if digits not in used:
            used.add(digits)
            return digits


def people_rows(
    n: int, org_ids_by_province: dict[str, list[str]], ids: Ids
) -> list[dict[str, Any]]:
    # the same seed at every size: the first 10,000 of the 100,000 are the 10,000 set
    rng = random.Random(SEED)
    provinces = [p.name_th for p in PROVINCES]
    south = {"พัทลุง", "สงขลา", "ปัตตานี", "ยะลา", "นราธิวาส", "สตูล", "ตรัง"}
    sort_keys: dict[str, str] = {}
    phones: set[str] = set()
    rows = []
    for i in range(n):
        province = provinces[i % len(provinces)] if i < len(provinces) else rng.choice(provinces)
        female = rng.random() < 0.5
        given = rng.choice(N.GIVEN_FEMALE if female else N.GIVEN_MALE)
        if province in south and rng.random() < 0.3:
            family = rng.choice(N.SOUTHERN_FAMILY)
        else:
            family = rng.choice(N.FAMILY_HEAD) + rng.choice(N.FAMILY_TAIL)
        full = f"{given} {family}"
        key = sort_keys.get(full)
        if key is None:
            key = sort_keys[full] = thai_sort_key(full)
        title = rng.choice(("นาง", "นางสาว")) if female else "นาย"
        rows.append(
            _entity(
                ids,
                title=title,
                given_name=given,
                family_name=family,
                nickname=rng.choice(N.NICKNAMES) if rng.random() < 0.5 else "",
                phone=_phone(rng, phones),
                email="",
                line_id="",
                organisation_id=rng.choice(org_ids_by_province[province]),
                position=rng.choice(N.POSITIONS),
                province=province,
                district="",
                subdistrict="",
                village_no=str(rng.randrange(1, 15)) if rng.random() < 0.5 else "",
                diet=rng.choice(("", "", "", "", "อาหารฮาลาล", "มังสวิรัติ")),
                access_needs="",
                consent_on=dt.date(2026, 1, 5),
                consent_purpose="การจัดสัมมนาและการติดตามผล",
                notes="",
                sort_key=key,
                merged_into_id=None,
                erased_at=None,
            )
        )
    return rows


def organisation_rows(n_people: int, ids: Ids) -> tuple[list[dict[str, Any]], dict[str, list[str]]]:
    rng = random.Random(SEED)
    per_province = 26  # about 2,000 organisations, the same at every size
    rows: list[dict[str, Any]] = []
    by_province: dict[str, list[str]] = {}
    from organiser.domain.people import OrganisationKind

    for province in PROVINCES:
        for k in range(per_province):
            kind, pattern = N.ORG_PATTERNS[(k + len(rows)) % len(N.ORG_PATTERNS)]
            place = rng.choice(N.PLACE_PARTS) + rng.choice(N.PLACE_NAMES)
            if kind in ("government_agency",):
                place = f"จังหวัด{province.name_th}"
            name = pattern.format(place=place)
            row = _entity(
                ids,
                name=name,
                name_en="",
                short_name="",
                kind=OrganisationKind(kind),
                province=province.name_th,
                district="",
                subdistrict="",
                village_no="",
                issue_tags=["การเงิน"],
                phone="",
                email="",
                notes="",
                sort_key=thai_sort_key(name),
                merged_into_id=None,
            )
            rows.append(row)
            by_province.setdefault(province.name_th, []).append(row["id"])
    return rows, by_province


# ------------------------------------------------------------------ the seminar and follow-up


def seminar_rows(
    conn: sqlite3.Connection, ids: Ids, people: list[dict[str, Any]], sizes: Sizes
) -> Seminar:
    from organiser.domain.agenda import SessionKind, SessionRole
    from organiser.domain.desk import RegistrationRole, RegistrationStatus

    rng = random.Random(SEED + 1)
    days = tuple(SEMINAR_START + dt.timedelta(days=i) for i in range(3))
    event = _entity(
        ids,
        code=SEMINAR_CODE,
        title="สัมมนาเชิงปฏิบัติการการพัฒนาองค์กรการเงินชุมชนและการบูรณาการทุนชุมชนระดับประเทศ",
        title_en="National workshop on community financial organisations",
        theme="เชื่อมโยงองค์กรการเงินชุมชนกับภาคีสนับสนุนทุกระดับ",
        starts_on=days[0],
        ends_on=days[-1],
        venue="ศูนย์ประชุมสถาบันพัฒนาองค์กรชุมชน กรุงเทพมหานคร",
        province="กรุงเทพมหานคร",
        organising_office="สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)",
        objectives="1. แลกเปลี่ยนสถานภาพ\n2. สร้างความร่วมมือ\n3. จัดทำแผนการขับเคลื่อน",
        intended_outputs="แผนการทำงานระดับภาคและแนวทางระดับจังหวัด",
    )
    insert_rows(conn, "event", [event])
    rooms = [
        _entity(ids, event_id=event["id"], name=name, capacity=cap, is_main=i == 0)
        for i, (name, cap) in enumerate(
            (("ห้องประชุมใหญ่", 1200), ("ห้องย่อย 1", 80), ("ห้องย่อย 2", 80), ("ห้องย่อย 3", 60))
        )
    ]
    insert_rows(conn, "room", rooms)

    sessions = []
    per_day = sizes.sessions // len(days)
    for day_index, day in enumerate(days):
        minute = 8 * 60
        for k in range(per_day):
            kind_text, title = N.SESSION_TITLES[(k + day_index) % len(N.SESSION_TITLES)]
            kind = SessionKind(kind_text)
            if k % 5 == 4:
                kind, title = SessionKind.BREAK, "พักรับประทานอาหารว่าง"
            length = (15, 30, 45, 30)[k % 4] if kind is not SessionKind.BREAK else 15
            start = dt.time(minute // 60, minute % 60)
            minute = min(minute + length, 23 * 60 + 59)
            sessions.append(
                _entity(
                    ids,
                    event_id=event["id"],
                    day=day,
                    starts_at=start,
                    ends_at=dt.time(minute // 60, minute % 60),
                    kind=kind,
                    title=f"{title} ({k + 1})",
                    description="แลกเปลี่ยนประสบการณ์และข้อเสนอจากพื้นที่ " * (k % 3),
                    expected_output="ข้อเสนอเชิงนโยบายและแผนงาน" if k % 2 else "",
                    room_id=None if kind is SessionKind.BREAK else rooms[k % 4]["id"],
                    position=k,
                )
            )
    insert_rows(conn, "agenda_session", sessions)
    speakers = []
    for k, session in enumerate(sessions):
        if session["kind"] is SessionKind.BREAK:
            continue
        for pos in range(1 + k % 3):
            speakers.append(
                _entity(
                    ids,
                    session_id=session["id"],
                    person_id=people[(k * 7 + pos * 13) % len(people)]["id"],
                    role=(SessionRole.SPEAKER, SessionRole.PANELIST, SessionRole.FACILITATOR)[pos],
                    position=pos,
                )
            )
    insert_rows(conn, "session_person", speakers)

    count = min(sizes.registrations, len(people))
    chosen = sorted(rng.sample(range(len(people)), count))
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
    registrations = []
    for i in chosen:
        registrations.append(
            _entity(
                ids,
                event_id=event["id"],
                person_id=people[i]["id"],
                role=RegistrationRole.PARTICIPANT if i % 20 else RegistrationRole.SPEAKER,
                status=RegistrationStatus.CONFIRMED if i % 7 else RegistrationStatus.INVITED,
                code="".join(rng.choice(alphabet) for _ in range(8)),
                import_batch_id=None,
            )
        )
    insert_rows(conn, "registration", registrations)
    return Seminar(
        event["id"],
        days,
        tuple(r["id"] for r in registrations),
        tuple(r["code"] for r in registrations),
    )


def follow_up_rows(
    conn: sqlite3.Connection,
    ids: Ids,
    orgs: list[dict[str, Any]],
    people: list[dict[str, Any]],
    event_id: str,
    sizes: Sizes,
) -> None:
    from organiser.domain.memoranda import CommitmentState, MemorandumStatus
    from organiser.domain.plans import ActionStatus, PlanKind

    rng = random.Random(SEED + 2)
    memos, parties, clauses, commitments, history = [], [], [], [], []
    statuses = list(MemorandumStatus)
    for m in range(sizes.memoranda):
        status = statuses[m % len(statuses)]
        start = dt.date(2024, 1, 1) + dt.timedelta(days=m * 3)
        memo = _entity(
            ids,
            title=f"บันทึกความร่วมมือการสนับสนุนองค์กรการเงินและสวัสดิการชุมชน ฉบับที่ {m + 1}",
            reference_no=f"พอช. {m + 1}/2569",
            purpose="เพื่อให้หน่วยงานสนับสนุนร่วมกันหนุนเสริมองค์กรการเงินชุมชนอย่างบูรณาการ",
            background="หน่วยงานสนับสนุนต่างคนต่างทำ จึงควรสร้างความร่วมมือ",
            scope="องค์กรการเงินชุมชนในพื้นที่",
            event_id=event_id if m % 10 == 0 else None,
            signing_place="สถาบันพัฒนาองค์กรชุมชน",
            signed_on=start if status is not MemorandumStatus.DRAFT else None,
            valid_from=start,
            valid_until=start + dt.timedelta(days=730),
            status=status,
        )
        memos.append(memo)
        history.append(
            _entity(ids, memorandum_id=memo["id"], status=status, changed_on=start, note="")
        )
        for pos in range(4):
            org = orgs[(m * 4 + pos) % len(orgs)]
            party = _entity(
                ids,
                memorandum_id=memo["id"],
                organisation_id=org["id"],
                position=pos,
                signatory_title="นาย",
                signatory_name=f"{people[(m + pos) % len(people)]['given_name']} ผู้แทน",
                signatory_position="ผู้อำนวยการ",
                witness_name="",
                witness_position="",
                signed_on=None,
                unsigned_note="",
            )
            parties.append(party)
            clauses.append(
                _entity(
                    ids,
                    memorandum_id=memo["id"],
                    position=pos,
                    heading=f"ข้อ {pos + 1}",
                    text="ภาคีทุกฝ่ายตกลงร่วมกันสนับสนุนการพัฒนาองค์กรการเงินและสวัสดิการชุมชน",
                )
            )
            if pos < 2:
                commitments.append(
                    _entity(
                        ids,
                        memorandum_id=memo["id"],
                        party_id=party["id"],
                        category="การฝึกอบรม",
                        description="อบรมการจัดทำบัญชีให้คณะกรรมการกลุ่ม",
                        due_on=start + dt.timedelta(days=180),
                        state=CommitmentState.PLANNED,
                    )
                )
    for table, rows in (
        ("memorandum", memos),
        ("memorandum_status_change", history),
        ("memorandum_party", parties),
        ("memorandum_clause", clauses),
        ("memorandum_commitment", commitments),
    ):
        insert_rows(conn, table, rows)

    plans, actions = [], []
    per_plan = 50
    statuses_a = list(ActionStatus)
    for p in range(max(1, sizes.actions // per_plan)):
        province = PROVINCES[p % len(PROVINCES)].name_th
        plan = _entity(
            ids,
            kind=PlanKind.PROVINCIAL if p else PlanKind.REGIONAL,
            title=f"แนวทางการทำงานระดับจังหวัด{province} ปี 2569",
            region="",
            province=province if p else "",
            period_start=dt.date(2026, 1, 1),
            period_end=dt.date(2026, 12, 31),
            goals="ทุกตำบลมีกองทุนสวัสดิการชุมชนที่เข้มแข็ง",
            event_id=event_id,
            parent_plan_id=None,
            team_id=None,
        )
        plans.append(plan)
        for a in range(min(per_plan, sizes.actions - p * per_plan)):
            due = dt.date(2026, 1, 15) + dt.timedelta(days=(a * 7 + p) % 360)
            actions.append(
                _entity(
                    ids,
                    plan_id=plan["id"],
                    position=a,
                    title=N.ACTION_TITLES[(a + p) % len(N.ACTION_TITLES)],
                    description="",
                    owner_person_id=people[rng.randrange(len(people))]["id"],
                    owner_organisation_id=None,
                    province=province,
                    starts_on=dt.date(2026, 1, 1),
                    due_on=due,
                    status=statuses_a[(a + p) % len(statuses_a)],
                    progress=(a * 10) % 100,
                    commitment_id=None,
                    session_id=None,
                    source_action_id=None,
                )
            )
    insert_rows(conn, "plan", plans)
    insert_rows(conn, "plan_action", actions)


# ------------------------------------------------------------------ data folders


def _settings(conn: sqlite3.Connection, event_id: str) -> None:
    from organiser.services import settings as s

    rows = [
        {"key": s.OFFICE_NAME, "value": "สถาบันพัฒนาองค์กรชุมชน สำนักงานภาคใต้", "updated_at": STAMP},
        {"key": s.OFFICE_PROVINCE, "value": "พัทลุง", "updated_at": STAMP},
        {"key": s.DESK_NAME, "value": "โต๊ะ 1", "updated_at": STAMP},
        {"key": s.CURRENT_EVENT, "value": event_id, "updated_at": STAMP},
    ]
    insert_rows(conn, "setting", rows)


@dataclass(frozen=True)
class PeopleSet:
    data_dir: Path
    people: int
    seminar: Seminar
    sample_names: tuple[str, ...]  # full names that exist, for searches
    sample_phones: tuple[str, ...]


class Datasets:
    """Builds each data set once per run, on first use; copies for measurements that write."""

    def __init__(self, root: Path, sizes: Sizes, log: Callable[[str], None] = print) -> None:
        self.root = root
        self.sizes = sizes
        self.log = log
        self._people: dict[int, PeopleSet] = {}
        self._empty: Path | None = None
        self._copies = 0

    def empty(self) -> Path:
        """A migrated, empty data folder with the office set (copy it before writing)."""
        if self._empty is None:
            from organiser.store.opening import open_store

            folder = self.root / "empty"
            store = open_store(folder)
            with store.raw_connection() as conn:
                conn.execute("BEGIN")
                _settings(conn, "")
                conn.execute("COMMIT")
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            store.dispose()
            self._empty = folder
        return self._empty

    def people(self, n: int) -> PeopleSet:
        if n not in self._people:
            self._people[n] = self._build_people(n)
        return self._people[n]

    def copy(self, folder: Path) -> Path:
        self._copies += 1
        target = self.root / f"copy-{self._copies}"
        target.mkdir(parents=True)
        shutil.copyfile(folder / "organiser.sqlite3", target / "organiser.sqlite3")
        return target

    def _build_people(self, n: int) -> PeopleSet:
        from organiser.store.opening import open_store

        self.log(f"building the data set with {n:,} people …")
        folder = self.root / f"people-{n}"
        store = open_store(folder)
        ids = Ids(random.Random(SEED + 17))
        with store.raw_connection() as conn:
            conn.execute("BEGIN")
            orgs, by_province = organisation_rows(n, ids)
            insert_rows(conn, "organisation", orgs)
            people = people_rows(n, by_province, ids)
            insert_rows(conn, "person", people)
            seminar = seminar_rows(conn, ids, people, self.sizes)
            follow_up_rows(conn, ids, orgs, people, seminar.event_id, self.sizes)
            _settings(conn, seminar.event_id)
            conn.execute("COMMIT")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.dispose()
        # drawn from the first people of the smallest set: the same names at every size
        rng = random.Random(SEED + 3)
        pool = min(n, self.sizes.small)
        picks = [people[rng.randrange(pool)] for _ in range(20)]
        return PeopleSet(
            folder,
            n,
            seminar,
            tuple(f"{p['given_name']} {p['family_name']}" for p in picks),
            tuple(p["phone"] for p in picks),
        )

    def xlsx(self, rows: int) -> Path:
        """An invitation list as a province office sends it: Thai headers, phones typed anyhow."""
        path = self.root / f"invitations-{rows}.xlsx"
        if path.exists():
            return path
        from openpyxl import Workbook

        rng = random.Random(SEED + 5)
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("รายชื่อ")
        ws.append(
            ["ลำดับ", "คำนำหน้า", "ชื่อ", "นามสกุล", "ชื่อเล่น", "หน่วยงาน", "ตำแหน่ง", "จังหวัด", "โทรศัพท์"]
        )
        phones: set[str] = set()
        for i in range(rows):
            female = rng.random() < 0.5
            digits = _phone(rng, phones)
            shown = rng.choice((digits, format_phone(digits), f"+66 {digits[1:3]} {digits[3:]}"))
            province = PROVINCES[i % len(PROVINCES)].name_th
            ws.append(
                [
                    i + 1,
                    rng.choice(("นาง", "นางสาว")) if female else "นาย",
                    rng.choice(N.GIVEN_FEMALE if female else N.GIVEN_MALE),
                    rng.choice(N.FAMILY_HEAD) + rng.choice(N.FAMILY_TAIL),
                    rng.choice(N.NICKNAMES) if rng.random() < 0.4 else "",
                    N.ORG_PATTERNS[i % 6][1].format(place="บ้าน" + rng.choice(N.PLACE_NAMES)),
                    rng.choice(N.POSITIONS),
                    province,
                    shown,
                ]
            )
        wb.save(path)
        return path
