"""The demo seminar: the southern seminar of 30–31 January 2007 (B.E. 2550) in Phatthalung.

Every person here is invented (names are random combinations); the agencies are the kinds that
took part. The build is deterministic so screenshots and tests see the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from organiser.core import positions
from organiser.core.errors import UserError
from organiser.core.i18n import _
from organiser.core.provinces import SOUTHERN_PROVINCES
from organiser.domain.agenda import SessionKind, SessionRole
from organiser.domain.desk import (
    CheckIn,
    CheckInMethod,
    Registration,
    RegistrationRole,
    RegistrationStatus,
)
from organiser.domain.events import Event, Room
from organiser.domain.memoranda import (
    Clause,
    Commitment,
    Memorandum,
    MemorandumStatus,
    MemorandumStatusChange,
    Party,
)
from organiser.domain.people import Organisation, OrganisationKind, Person
from organiser.domain.plans import (
    ActionStatus,
    PlanKind,
    TeamRole,
)
from organiser.services import settings as settings_service
from organiser.services.agenda import editing as agenda_editing
from organiser.services.agenda.editing import SessionDraft
from organiser.services.events import reading as events_reading
from organiser.services.home import overview
from organiser.services.people import editing as people_editing
from organiser.services.people.editing import OrganisationRecord
from organiser.services.plans import editing as plans_editing
from organiser.services.plans import teams as plan_teams
from organiser.services.plans.editing import ActionInput, PlanInput
from organiser.store.db import UnitOfWork

DEMO_CODE = "south-2550"
DAY1 = dt.date(2007, 1, 30)
DAY2 = dt.date(2007, 1, 31)
BANGKOK = dt.timezone(dt.timedelta(hours=7))

GIVEN_MALE = (
    "สมชาย", "สมศักดิ์", "ประเสริฐ", "วิชัย", "สุรชัย", "อนันต์", "ธีระ", "บุญเลิศ", "สมบัติ",
    "ชาญวิทย์", "เกรียงไกร", "นิพนธ์", "ไพโรจน์", "อับดุลเลาะ", "มะรอนิง", "สุไลมาน", "ยูโซ๊ะ",
    "ประยูร", "สำราญ", "เจริญ", "วีระพงษ์", "ณรงค์", "เอกชัย", "อุดม", "จำนงค์", "ดำรง",
    "เฉลิม", "ปรีชา", "สุเทพ", "โชคชัย",
)  # fmt: skip
GIVEN_FEMALE = (
    "สมหญิง", "มาลี", "วันเพ็ญ", "กัลยา", "สุภาพร", "อรุณี", "นงลักษณ์", "จันทร์เพ็ญ", "ปราณี",
    "รัชนี", "ยุพิน", "สุนีย์", "ฟาตีเมาะ", "รอฮานี", "นูรีซัน", "เพ็ญศรี", "ละออ", "บุษบา",
    "ศิริพร", "อำไพ", "วิไลวรรณ", "ดวงใจ", "สายสุนีย์", "เยาวลักษณ์", "อัญชลี", "ขวัญใจ",
)  # fmt: skip
FAMILY = (
    "ใจดี", "รักษ์ถิ่น", "ทองคำ", "แก้วมณี", "ศรีสุข", "บุญมา", "สุขสวัสดิ์", "เพชรรัตน์",
    "ชูช่วย", "ขุนทอง", "หนูแก้ว", "ด้วงดี", "แสงอรุณ", "เกื้อกูล", "ทิพย์มณี", "สงวนศักดิ์",
    "บินหมาด", "หมัดหลี", "สะมะแอ", "เจะมะ", "ยีหมะ", "ดาโอ๊ะ", "แวดือราแม", "อาแว",
    "ปานแก้ว", "นวลศรี", "ณ พัทลุง", "ศรีทองกุล", "พรหมสุวรรณ", "จันทร์หอม", "มีสุข",
    "รัตนพันธ์", "ชุมทอง", "อินทร์แก้ว", "สุวรรณรัตน์", "เรืองศรี", "คงเพชร", "ทองสม",
)  # fmt: skip
NICKNAMES = (
    "หนึ่ง",
    "แดง",
    "ดำ",
    "เล็ก",
    "น้อย",
    "ต้อม",
    "แอ๊ว",
    "จุก",
    "หมี",
    "ก้อย",
    "นุ้ย",
    "บ่าว",
    "ยะ",
    "ดะ",
)

DISTRICTS = {
    "พัทลุง": ("ควนขนุน", "ป่าบอน", "เขาชัยสน", "ตะโหมด", "ศรีบรรพต"),
    "สงขลา": ("จะนะ", "นาทวี", "สะเดา", "รัตภูมิ", "คลองหอยโข่ง"),
    "นครศรีธรรมราช": ("ท่าศาลา", "ลานสกา", "ร่อนพิบูลย์", "ปากพนัง", "พรหมคีรี"),
    "ตรัง": ("ย่านตาขาว", "กันตัง", "นาโยง", "ห้วยยอด"),
    "สตูล": ("ละงู", "ควนโดน", "ท่าแพ", "มะนัง"),
    "กระบี่": ("อ่าวลึก", "คลองท่อม", "เหนือคลอง", "ลำทับ"),
    "พังงา": ("ตะกั่วป่า", "ท้ายเหมือง", "กะปง", "คุระบุรี"),
    "ภูเก็ต": ("ถลาง", "กะทู้"),
    "สุราษฎร์ธานี": ("พุนพิน", "ไชยา", "ท่าฉาง", "เวียงสระ"),
    "ชุมพร": ("หลังสวน", "ท่าแซะ", "ปะทิว", "สวี"),
    "ระนอง": ("กระบุรี", "ละอุ่น", "กะเปอร์"),
    "ปัตตานี": ("หนองจิก", "โคกโพธิ์", "ยะรัง", "สายบุรี"),
    "ยะลา": ("เบตง", "บันนังสตา", "รามัน"),
    "นราธิวาส": ("ตากใบ", "รือเสาะ", "ระแงะ"),
}

COMMUNITY_KINDS = (
    (OrganisationKind.SAVINGS_GROUP, "กลุ่มออมทรัพย์เพื่อการผลิตอำเภอ{d}", ["การเงิน"]),
    (OrganisationKind.WELFARE_FUND, "กองทุนสวัสดิการชุมชนอำเภอ{d}", ["สวัสดิการ"]),
    (OrganisationKind.VILLAGE_FUND, "เครือข่ายกองทุนหมู่บ้านอำเภอ{d}", ["การเงิน"]),
    (OrganisationKind.COOPERATIVE, "สหกรณ์ออมทรัพย์ชุมชน{d} จำกัด", ["การเงิน", "วิสาหกิจ"]),
    (OrganisationKind.COMMUNITY_ENTERPRISE, "วิสาหกิจชุมชนแปรรูปผลผลิต{d}", ["วิสาหกิจ"]),
)

AGENCIES = (
    ("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน) สำนักงานภาคใต้", "พอช.ภาคใต้", OrganisationKind.GOVERNMENT_AGENCY, "Community Organizations Development Institute, Southern Office"),
    ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สำนักงานจังหวัดพัทลุง", "ธ.ก.ส.", OrganisationKind.STATE_BANK, "Bank for Agriculture and Agricultural Co-operatives, Phatthalung"),
    ("ธนาคารออมสิน ภาคใต้", "ออมสิน", OrganisationKind.STATE_BANK, "Government Savings Bank, Southern Region"),
    ("สำนักงานพัฒนาชุมชนจังหวัดพัทลุง", "พช.พัทลุง", OrganisationKind.GOVERNMENT_AGENCY, "Phatthalung Community Development Office"),
    ("สำนักงานสหกรณ์จังหวัดพัทลุง", "สหกรณ์จังหวัด", OrganisationKind.GOVERNMENT_AGENCY, "Phatthalung Provincial Cooperative Office"),
    ("องค์การบริหารส่วนจังหวัดพัทลุง", "อบจ.พัทลุง", OrganisationKind.LOCAL_ADMINISTRATION, "Phatthalung Provincial Administrative Organisation"),
    ("มหาวิทยาลัยทักษิณ", "มทษ.", OrganisationKind.ACADEMIC, "Thaksin University"),
    ("สถาบันการจัดการความรู้เพื่อชุมชน", "สคช.", OrganisationKind.NGO, "Institute of Knowledge Management for Communities"),
)  # fmt: skip


@dataclass(frozen=True)
class DemoSummary:
    event_id: str
    people: int
    organisations: int
    sessions: int
    memoranda: int
    plans: int
    actions: int


def _phone(rng: random.Random) -> str:
    return rng.choice(("081", "084", "086", "089", "087", "093")) + f"{rng.randrange(10**7):07d}"


def build_demo(uow: UnitOfWork, force: bool = False) -> DemoSummary:
    """Fill the database with the demo seminar. Refuses a database that has data unless forced
    (then the demo is added beside what is there; nothing is deleted)."""
    if not force and not overview.counts(uow).is_empty:
        raise UserError(
            _("This data folder already has data; use --force to add the demo seminar anyway.")
        )
    rng = random.Random(2550)
    s = uow.session

    if not settings_service.office(uow).is_set:
        settings_service.set_office(uow, "สถาบันพัฒนาองค์กรชุมชน สำนักงานภาคใต้", "พัทลุง")

    code = DEMO_CODE
    existing_codes = {c for (c,) in s.query(Event.code).all()}
    n = 2
    while code in existing_codes:
        code, n = f"{DEMO_CODE}-{n}", n + 1

    event = events_reading.create_event(
        uow,
        code=code,
        title="สัมมนาการพัฒนาองค์กรการเงินชุมชนและการบูรณาการทุนชุมชนภาคใต้",
        title_en="Seminar on Developing Community Financial Organisations and Integrating Community Capital, Southern Region",
        theme="เวทีจุดประกาย: สร้างความร่วมมือระหว่างขบวนองค์กรการเงินชุมชนและภาคีสนับสนุน",
        starts_on=DAY1,
        ends_on=DAY2,
        venue="ห้องประชุมสถาบันพัฒนาองค์กรชุมชน สำนักงานภาคใต้ อำเภอเมือง จังหวัดพัทลุง",
        province="พัทลุง",
        organising_office="สถาบันพัฒนาองค์กรชุมชน สำนักงานภาคใต้ ร่วมกับคณะทำงานภาค",
        objectives=(
            "1. แลกเปลี่ยนสถานภาพองค์กรการเงินชุมชนภาคใต้\n"
            "2. สร้างความร่วมมือระหว่างหน่วยงานสนับสนุนตั้งแต่ต้น\n"
            "3. จัดทำแผนการขับเคลื่อนขบวนองค์กรการเงินชุมชนระดับภาคและจังหวัด"
        ),
        intended_outputs=(
            "ทีมงานภาคใต้ (วงเรียนรู้แกนทำงาน); บันทึกความร่วมมือของหน่วยงานสนับสนุน; "
            "แผนการทำงานระดับภาค; แนวทางการทำงานระดับจังหวัด"
        ),
    )
    # the event comes with its main hall; the demo names it and adds the small rooms
    hall_id = next(room.id for room in event.rooms if room.is_main)
    agenda_editing.update_room(uow, hall_id, "ห้องประชุมใหญ่", 150, True)
    room_ids = [hall_id] + [
        agenda_editing.add_room(uow, event.id, f"ห้องย่อย {i}", 40) for i in (1, 2, 3)
    ]
    rooms = [s.get_one(Room, room_id) for room_id in room_ids]
    main_hall = rooms[0]

    # --- organisations, saved as staff save them
    def new_organisation(**fields: Any) -> Organisation:
        tags = fields.pop("issue_tags", None)
        record = OrganisationRecord(issue_tags=list(tags) if tags else None, **fields)
        return s.get_one(Organisation, people_editing.save_organisation(uow, record))

    agencies: list[Organisation] = [
        new_organisation(name=name, short_name=short, kind=kind, name_en=name_en, province="พัทลุง")
        for name, short, kind, name_en in AGENCIES
    ]
    network = new_organisation(
        name="เครือข่ายองค์กรการเงินชุมชนภาคใต้", short_name="เครือข่ายภาคใต้",
        kind=OrganisationKind.NETWORK, province="พัทลุง", issue_tags=["การเงิน", "สวัสดิการ"],
    )  # fmt: skip
    community: list[Organisation] = []
    for province in SOUTHERN_PROVINCES:
        for district in DISTRICTS[province][:3]:
            kind, pattern, tags = rng.choice(COMMUNITY_KINDS)
            community.append(
                new_organisation(
                    name=pattern.format(d=district), kind=kind, province=province,
                    district=district, issue_tags=list(tags),
                )
            )  # fmt: skip

    # --- people: community leaders from every province, agency staff, organisers
    people: list[Person] = []
    used: set[tuple[str, str]] = set()

    def new_person(org: Organisation, position: str, province: str) -> Person:
        while True:
            female = rng.random() < 0.45
            given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
            family = rng.choice(FAMILY)
            if (given, family) not in used:
                used.add((given, family))
                break
        title = rng.choice(("นาง", "นางสาว")) if female else "นาย"
        if position.startswith("ผู้อำนวยการ") and rng.random() < 0.5:
            title = "ดร."
        person = Person(
            title=title, given_name=given, family_name=family,
            nickname=rng.choice(NICKNAMES) if rng.random() < 0.6 else "",
            phone=_phone(rng), organisation=org, position=position, province=province,
            district=org.district, consent_on=dt.date(2007, 1, 15),
            consent_purpose="การจัดสัมมนาและการติดตามผล",
            diet=rng.choice(("", "", "", "", "อาหารฮาลาล", "มังสวิรัติ")),
        )  # fmt: skip
        person.refresh_sort_key()
        people.append(person)
        return person

    leaders: list[Person] = []
    for org in community:
        for _i in range(2 + (rng.random() < 0.4)):
            position = rng.choice(("ประธาน", "เลขานุการ", "เหรัญญิก", "กรรมการ", "ผู้จัดการ"))
            leaders.append(new_person(org, position, org.province))
    for province in SOUTHERN_PROVINCES[:6]:
        leaders.append(new_person(network, f"ผู้ประสานงานเครือข่ายจังหวัด{province}", province))
    agency_staff: list[Person] = []
    for org in agencies:
        agency_staff.append(
            new_person(org, "ผู้อำนวยการ" if org is agencies[0] else "ผู้จัดการ", "พัทลุง")
        )
        if org.kind is not OrganisationKind.ACADEMIC:
            agency_staff.append(new_person(org, "เจ้าหน้าที่", "พัทลุง"))
    organisers = [new_person(agencies[0], "เจ้าหน้าที่ประสานงานภาค", "พัทลุง") for _i in range(4)]
    s.add_all(people)

    # --- registrations and day-1 check-ins
    registrations: list[Registration] = []
    for person in leaders:
        status = rng.choices(
            (RegistrationStatus.CONFIRMED, RegistrationStatus.INVITED, RegistrationStatus.DECLINED),
            weights=(80, 14, 6),
        )[0]
        registrations.append(Registration(event=event, person=person, status=status))
    for person in agency_staff:
        registrations.append(
            Registration(event=event, person=person, status=RegistrationStatus.CONFIRMED)
        )
    for person in organisers:
        registrations.append(
            Registration(
                event=event,
                person=person,
                status=RegistrationStatus.CONFIRMED,
                role=RegistrationRole.STAFF,
            )
        )
    s.add_all(registrations)
    s.flush()
    arrival = dt.datetime(2007, 1, 30, 7, 45, tzinfo=BANGKOK)
    for reg in registrations:
        if reg.status is RegistrationStatus.CONFIRMED and rng.random() < 0.85:
            arrival += dt.timedelta(seconds=rng.randrange(10, 50))
            s.add(
                CheckIn(
                    registration=reg,
                    day=DAY1,
                    desk=rng.choice(("โต๊ะ 1", "โต๊ะ 2")),
                    method=rng.choice((CheckInMethod.SEARCH, CheckInMethod.SCAN)),
                    at=arrival.astimezone(dt.UTC),
                )
            )

    # --- agenda
    director = agency_staff[0]
    panel = [agency_staff[2], agency_staff[4], leaders[0], leaders[10]]
    facilitator = organisers[0]

    def session(
        day: dt.date, start: str, end: str, kind: SessionKind, title: str,
        room: Room | None = main_hall, description: str = "", output: str = "",
        roles: tuple[tuple[Person, SessionRole], ...] = (),
    ) -> str:  # fmt: skip
        h1, m1 = map(int, start.split("."))
        h2, m2 = map(int, end.split("."))
        return agenda_editing.create_session(
            uow, event.id,
            SessionDraft(
                day=day, starts_at=dt.time(h1, m1), ends_at=dt.time(h2, m2), kind=kind,
                title=title, room_id=room.id if room else None, description=description,
                expected_output=output, people=tuple((p.id, role) for p, role in roles),
            ),
        )  # fmt: skip

    S = SessionKind
    R = SessionRole
    sessions = [
        session(DAY1, "08.00", "09.00", S.REGISTRATION, "ลงทะเบียน"),
        session(DAY1, "09.00", "09.30", S.OPENING, "พิธีเปิดและชี้แจงวัตถุประสงค์การสัมมนา", roles=((director, R.SPEAKER),)),
        session(DAY1, "09.30", "10.30", S.TALK, "ทิศทางการพัฒนาองค์กรการเงินชุมชนและการบูรณาการทุนชุมชน",
                roles=((agency_staff[12], R.SPEAKER),), description="สรุปผลการสัมมนาระดับประเทศ (19 พ.ย. 2549) และเวทีภาคอีสาน"),
        session(DAY1, "10.30", "10.45", S.BREAK, "พักรับประทานอาหารว่าง", room=None),
        session(DAY1, "10.45", "12.00", S.PANEL, "เสวนา สถานภาพองค์กรการเงินชุมชนภาคใต้: บทเรียนและความท้าทาย",
                roles=(*tuple((p, R.PANELIST) for p in panel), (facilitator, R.FACILITATOR)),
                output="ภาพรวมสถานภาพองค์กรการเงินชุมชนแนวพื้นที่และแนวประเด็น"),
        session(DAY1, "12.00", "13.00", S.MEAL, "พักรับประทานอาหารกลางวัน", room=None),
        session(DAY1, "13.00", "14.30", S.GROUP_WORK, "แบ่งกลุ่มย่อยตามประเด็น: การเงิน สวัสดิการ วิสาหกิจชุมชน",
                room=rooms[1], roles=((organisers[1], R.FACILITATOR), (organisers[2], R.NOTE_TAKER)),
                output="คอขวดของปัญหาและข้อเสนอของแต่ละประเด็น"),
        session(DAY1, "14.30", "14.45", S.BREAK, "พักรับประทานอาหารว่าง", room=None),
        session(DAY1, "14.45", "16.30", S.PANEL, "แนวทางความร่วมมือของหน่วยงานสนับสนุนองค์กรการเงินชุมชน",
                roles=(*tuple((p, R.PANELIST) for p in agency_staff[2:9:2]), (facilitator, R.FACILITATOR)),
                output="ข้อตกลงเบื้องต้นเรื่องบทบาทของแต่ละหน่วยงาน"),
        session(DAY1, "16.30", "17.00", S.PLENARY, "สรุปบทเรียนวันแรก", roles=((facilitator, R.FACILITATOR),)),
        session(DAY2, "08.30", "09.00", S.REGISTRATION, "ลงทะเบียน"),
        session(DAY2, "09.00", "09.30", S.PLENARY, "ทบทวนผลการสัมมนาวันแรก", roles=((facilitator, R.FACILITATOR),)),
        session(DAY2, "09.30", "10.30", S.PLANNING, "ร่างบันทึกความร่วมมือของหน่วยงานสนับสนุน",
                roles=((director, R.FACILITATOR), (organisers[3], R.NOTE_TAKER)), output="ร่างบันทึกความร่วมมือ"),
        session(DAY2, "10.30", "10.45", S.BREAK, "พักรับประทานอาหารว่าง", room=None),
        session(DAY2, "10.45", "12.00", S.PLANNING, "จัดทำแผนการทำงานระดับภาค",
                roles=((facilitator, R.FACILITATOR),), output="แผนการทำงานระดับภาค ปี 2550"),
        session(DAY2, "12.00", "13.00", S.MEAL, "พักรับประทานอาหารกลางวัน", room=None),
        session(DAY2, "13.00", "14.30", S.GROUP_WORK, "แบ่งกลุ่มรายจังหวัด จัดทำแนวทางการทำงานระดับจังหวัด",
                room=rooms[2], roles=((organisers[1], R.FACILITATOR),), output="แนวทางการทำงานระดับจังหวัด 14 จังหวัด"),
        session(DAY2, "14.30", "14.45", S.BREAK, "พักรับประทานอาหารว่าง", room=None),
        session(DAY2, "14.45", "15.45", S.PLENARY, "นำเสนอแนวทางรายจังหวัดและคัดเลือกทีมงานภาคใต้",
                output="ทีมงานภาคใต้ (วงเรียนรู้แกนทำงาน)"),
        session(DAY2, "15.45", "16.15", S.CLOSING, "พิธีลงนามบันทึกความร่วมมือและปิดการสัมมนา", roles=((director, R.SPEAKER),)),
    ]  # fmt: skip

    # --- memorandum (draft)
    memo = Memorandum(
        title="บันทึกความร่วมมือการสนับสนุนองค์กรการเงินและสวัสดิการชุมชนภาคใต้",
        reference_no="พอช.ต. 1/2550",
        purpose="เพื่อให้หน่วยงานสนับสนุนร่วมกันหนุนเสริมองค์กรการเงินชุมชนภาคใต้อย่างบูรณาการตั้งแต่ต้น",
        background=(
            "องค์กรการเงินชุมชนในภาคใต้มีหลายประเภท หลายรูปแบบ และหลากวิธีการจัดการ "
            "หน่วยงานสนับสนุนต่างคนต่างทำ จึงควรสร้างความร่วมมือเพื่อร่วมกันสนับสนุนอย่างบูรณาการ"
        ),
        scope="องค์กรการเงินชุมชนและกองทุนสวัสดิการชุมชนใน 14 จังหวัดภาคใต้",
        event_id=event.id,
        signing_place="สำนักงานสถาบันพัฒนาองค์กรชุมชน ภาคใต้ จังหวัดพัทลุง",
        valid_from=DAY2,
        valid_until=dt.date(2009, 12, 31),
        status=MemorandumStatus.DRAFT,
    )
    s.add(memo)
    memo.history.append(
        MemorandumStatusChange(
            status=MemorandumStatus.DRAFT, changed_on=DAY2, note="ร่างในการสัมมนาวันที่สอง"
        )
    )
    clause_texts = (
        ("วัตถุประสงค์", "ภาคีทุกฝ่ายตกลงร่วมกันสนับสนุนการพัฒนาองค์กรการเงินและสวัสดิการชุมชนภาคใต้ให้เป็นเครือข่ายเรียนรู้และการจัดการที่มีประสิทธิภาพ"),
        ("การประสานงาน", "ให้มีคณะทำงานร่วมระดับภาค ประกอบด้วยผู้แทนหน่วยงานละหนึ่งคนและผู้แทนเครือข่ายองค์กรการเงินชุมชน ประชุมอย่างน้อยทุกสามเดือน"),
        ("การสนับสนุน", "แต่ละหน่วยงานจะสนับสนุนตามภารกิจของตน ทั้งงบประมาณ บุคลากร การฝึกอบรม สินเชื่อ และข้อมูล ตามที่ระบุในภาคผนวก"),
        ("การติดตามผล", "ภาคีร่วมกันติดตามผลการดำเนินงานตามแผนการทำงานระดับภาคและแนวทางระดับจังหวัด และรายงานในงานขับเคลื่อนขบวนเดือนธันวาคม 2550"),
        ("ระยะเวลา", "บันทึกความร่วมมือนี้มีผลตั้งแต่วันที่ลงนามจนถึงวันที่ 31 ธันวาคม พ.ศ. 2552 และอาจขยายได้โดยความเห็นชอบของทุกฝ่าย"),
    )  # fmt: skip
    for key, (heading, text) in zip(positions.spread(len(clause_texts)), clause_texts, strict=True):
        memo.clauses.append(Clause(position=key, heading=heading, text=text))
    commitments = {
        0: (
            "บุคลากร",
            "จัดเจ้าหน้าที่ประสานงานเครือข่ายประจำภาคและสนับสนุนงบประมาณจัดเวทีเรียนรู้",
            dt.date(2007, 3, 31),
        ),
        1: ("สินเชื่อ", "จัดสินเชื่อดอกเบี้ยต่ำให้กลุ่มออมทรัพย์ที่ผ่านการประเมิน", dt.date(2007, 6, 30)),
        2: ("การฝึกอบรม", "อบรมการจัดทำบัญชีและการบริหารความเสี่ยงให้คณะกรรมการกลุ่ม", dt.date(2007, 5, 31)),
        3: ("ข้อมูล", "จัดทำฐานข้อมูลองค์กรการเงินชุมชนรายจังหวัด", dt.date(2007, 4, 30)),
        6: ("วิชาการ", "สนับสนุนนักวิชาการร่วมถอดบทเรียนและประเมินผล", dt.date(2007, 11, 30)),
    }
    party_orgs = [agencies[0], agencies[1], agencies[2], agencies[3], agencies[6], network]
    for pos, org in zip(positions.spread(len(party_orgs)), party_orgs, strict=True):
        staff = next((p for p in agency_staff if p.organisation is org), None)
        party = Party(
            organisation=org, position=pos,
            signatory_title=staff.title if staff else "นาย",
            signatory_name=f"{staff.given_name} {staff.family_name}" if staff else "ประเสริฐ ขุนทอง",
            signatory_position=(f"{staff.position} {org.short_name}" if staff else "ประธานเครือข่ายองค์กรการเงินชุมชนภาคใต้"),
        )  # fmt: skip
        memo.parties.append(party)
        agency_index = agencies.index(org) if org in agencies else -1
        if agency_index in commitments:
            category, text, due = commitments[agency_index]
            s.add(
                Commitment(
                    memorandum=memo, party=party, category=category, description=text, due_on=due
                )
            )

    # --- core team and regional plan, made as staff make them
    s.flush()
    team_id = plan_teams.save_team(
        uow, None, "วงเรียนรู้แกนทำงานภาคใต้", region="south", event_id=event.id,
        description="ทีมงานภาคใต้จากแกนนำองค์กรการเงินชุมชนและเจ้าหน้าที่หน่วยงานสนับสนุน",
    )  # fmt: skip
    for i, person in enumerate(leaders[:10] + agency_staff[:2]):
        role = TeamRole.COORDINATOR if i == 0 else TeamRole.MEMBER
        plan_teams.add_member(uow, team_id, person.id, role)
    plan_id = plans_editing.create_plan(
        uow,
        PlanInput(
            kind=PlanKind.REGIONAL,
            title="แผนการขับเคลื่อนขบวนองค์กรการเงินและสวัสดิการชุมชนภาคใต้ ปี 2550",
            region="south", period_start=dt.date(2007, 2, 1), period_end=dt.date(2007, 12, 31),
            goals=(
                "1. มีทีมงานภาคใต้ที่ทำงานต่อเนื่อง\n2. หน่วยงานสนับสนุนทำงานร่วมกันตามบันทึกความร่วมมือ\n"
                "3. ทุกจังหวัดมีแนวทางการทำงานระดับจังหวัด\n4. จัดงานขับเคลื่อนขบวนในเดือนธันวาคม 2550"
            ),
            event_id=event.id, memorandum_ids=[memo.id], team_id=team_id,
        ),
    )  # fmt: skip
    action_specs = (
        ("ประชุมทีมงานภาคใต้ครั้งที่ 1 วางบทบาทและปฏิทินงาน", leaders[0], "", dt.date(2007, 2, 28), ActionStatus.DONE, 100),
        ("สำรวจข้อมูลองค์กรการเงินชุมชนรายจังหวัด", organisers[0], "", dt.date(2007, 4, 30), ActionStatus.IN_PROGRESS, 60),
        ("ถอดบทเรียนพื้นที่ต้นแบบการเชื่อมโยงระดับตำบล จังหวัดพัทลุง", leaders[2], "พัทลุง", dt.date(2007, 5, 31), ActionStatus.IN_PROGRESS, 40),
        ("ถอดบทเรียนพื้นที่ต้นแบบการเชื่อมโยงระดับตำบล จังหวัดสงขลา", leaders[6], "สงขลา", dt.date(2007, 5, 31), ActionStatus.NOT_STARTED, 0),
        ("อบรมการจัดทำบัญชีให้คณะกรรมการกลุ่มออมทรัพย์", agency_staff[4], "", dt.date(2007, 6, 30), ActionStatus.NOT_STARTED, 0),
        ("จัดเวทีเรียนรู้ระดับจังหวัดครบ 14 จังหวัด", organisers[1], "", dt.date(2007, 8, 31), ActionStatus.NOT_STARTED, 0),
        ("ประชุมคณะทำงานร่วมของหน่วยงานสนับสนุนรายไตรมาส", director, "", dt.date(2007, 3, 31), ActionStatus.BLOCKED, 10),
        ("เชื่อมโยงกองทุนสวัสดิการชุมชนกับกลุ่มออมทรัพย์ในระดับตำบล", leaders[4], "นครศรีธรรมราช", dt.date(2007, 9, 30), ActionStatus.NOT_STARTED, 0),
        ("เตรียมงานขับเคลื่อนขบวนองค์กรการเงินและสวัสดิการชุมชน", organisers[0], "", dt.date(2007, 11, 30), ActionStatus.NOT_STARTED, 0),
        ("จัดงานขับเคลื่อนขบวนองค์กรการเงินและสวัสดิการชุมชนภาคใต้", director, "", dt.date(2007, 12, 15), ActionStatus.NOT_STARTED, 0),
    )  # fmt: skip
    for title, owner, province, due, action_status, progress in action_specs:
        action_id = plans_editing.create_action(
            uow, plan_id,
            ActionInput(title=title, owner_person_id=owner.id, province=province,
                        starts_on=dt.date(2007, 2, 1), due_on=due),
        )  # fmt: skip
        if progress:
            plans_editing.post_update(
                uow, action_id, due - dt.timedelta(days=20), organisers[0].full_name,
                action_status, progress, "รายงานในการประชุมทีมงานภาค",
            )  # fmt: skip
    s.flush()
    settings_service.put(uow, settings_service.CURRENT_EVENT, event.id)
    return DemoSummary(
        event_id=event.id, people=len(people), organisations=len(agencies) + 1 + len(community),
        sessions=len(sessions), memoranda=1, plans=1, actions=len(action_specs),
    )  # fmt: skip
