"""The kind of an organisation an import creates is read from its name (issue 16 item 12)."""

from __future__ import annotations

import pytest

from organiser.domain.organisation_kinds import guess_organisation_kind
from organiser.domain.people import OrganisationKind as K

# Names as they come in the provinces' lists.
REAL_NAMES = [
    ("กลุ่มออมทรัพย์เพื่อการผลิตบ้านนาโหนด", K.SAVINGS_GROUP),
    ("กลุ่มสัจจะสะสมทรัพย์ หมู่ 5", K.SAVINGS_GROUP),
    ("ธนาคารชุมชนบ้านควนขนุน", K.SAVINGS_GROUP),
    ("กองทุนสวัสดิการชุมชนตำบลนาท่อม", K.WELFARE_FUND),
    ("สวัสดิการชุมชน ต.ลำปำ", K.WELFARE_FUND),
    ("กองทุนหมู่บ้านและชุมชนเมือง บ้านท่ามิหรำ", K.VILLAGE_FUND),
    ("กองทุนหมู่บ้าน ม.3", K.VILLAGE_FUND),
    ("เครือข่ายกองทุนหมู่บ้านอำเภอเมือง", K.VILLAGE_FUND),
    ("สหกรณ์ออมทรัพย์ชุมชนบ้านพร้าว จำกัด", K.COOPERATIVE),
    ("สหกรณ์การเกษตรเมืองพัทลุง จำกัด", K.COOPERATIVE),
    ("วิสาหกิจชุมชนแปรรูปผลผลิตบ้านโหล๊ะจันกระ", K.COMMUNITY_ENTERPRISE),
    ("เครือข่ายองค์กรการเงินชุมชนจังหวัดพัทลุง", K.NETWORK),
    ("องค์การบริหารส่วนตำบลนาโหนด", K.LOCAL_ADMINISTRATION),
    ("อบต.ควนมะพร้าว", K.LOCAL_ADMINISTRATION),
    ("เทศบาลเมืองพัทลุง", K.LOCAL_ADMINISTRATION),
    ("ทต.ปากพะยูน", K.LOCAL_ADMINISTRATION),
    ("อบจ.สงขลา", K.LOCAL_ADMINISTRATION),
    ("ธ.ก.ส. สาขาพัทลุง", K.STATE_BANK),
    ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร สำนักงานจังหวัดพัทลุง", K.STATE_BANK),
    ("ธนาคารออมสิน ภาคใต้", K.STATE_BANK),
    ("สำนักงานพัฒนาชุมชนจังหวัดพัทลุง", K.GOVERNMENT_AGENCY),
    ("สำนักงานสหกรณ์จังหวัดพัทลุง", K.GOVERNMENT_AGENCY),
    ("พอช.ภาคใต้", K.GOVERNMENT_AGENCY),
    ("สถาบันพัฒนาองค์กรชุมชน (องค์การมหาชน)", K.GOVERNMENT_AGENCY),
    ("พช.อำเภอเขาชัยสน", K.GOVERNMENT_AGENCY),
    ("มหาวิทยาลัยทักษิณ", K.ACADEMIC),
    ("มหาวิทยาลัยราชภัฏสงขลา", K.ACADEMIC),
    ("มูลนิธิชุมชนไท", K.NGO),
    ("สมาคมประชาสังคมพัทลุง", K.NGO),
    ("  1. กลุ่มออมทรัพย์บ้านทุ่ง", K.SAVINGS_GROUP),
    ("Phatthalung Savings Group Network", K.SAVINGS_GROUP),
    ("บ้านนายสมชาย", K.OTHER),
    ("", K.OTHER),
    ("-", K.OTHER),
]


@pytest.mark.parametrize(("name", "kind"), REAL_NAMES)
def test_the_kind_is_read_from_the_name_offices_write(name: str, kind: K) -> None:
    assert guess_organisation_kind(name) is kind


def _kinds_of(store, names: list[str]) -> dict[str, str]:
    from sqlalchemy import select

    from organiser.domain.people import Organisation

    with store.reader() as uow:
        rows = uow.session.execute(
            select(Organisation.name, Organisation.kind).where(Organisation.name.in_(names))
        )
        return {name: str(kind) for name, kind in rows}


def test_an_import_gives_new_organisations_the_kind_their_name_says(
    demo_store, event_id, make_csv
) -> None:
    from organiser.services.people.importing.writing import prepare_import, run_import

    names = ["กองทุนสวัสดิการชุมชนตำบลนาท่อม", "อบต.ควนมะพร้าว", "บ้านนายสมชาย"]
    path = make_csv(
        [["ชื่อ", "นามสกุล", "หน่วยงาน"]] + [[f"ทดลอง{i}", "มีสุข", name] for i, name in enumerate(names)]
    )
    with demo_store.reader() as uow:
        plan = prepare_import(uow, path)
    assert [r.organisation_kind for r in plan.rows] == [
        K.WELFARE_FUND,
        K.LOCAL_ADMINISTRATION,
        K.OTHER,
    ]
    assert all(r.organisation_is_new for r in plan.rows)
    with demo_store.writer() as uow:
        run_import(uow, plan, event_id)
        uow.commit()
    assert _kinds_of(demo_store, names) == {
        names[0]: "welfare_fund",
        names[1]: "local_administration",
        names[2]: "other",
    }


def test_a_kind_chosen_in_the_preview_is_the_one_written(demo_store, event_id, make_csv) -> None:
    from organiser.services.people.importing.planning import organisation_key, plan_import
    from organiser.services.people.importing.reading import read_table
    from organiser.services.people.importing.writing import run_import

    path = make_csv([["ชื่อ", "หน่วยงาน"], ["สมศรี ทดลอง", "บ้านนายสมชาย"]])
    with demo_store.reader() as uow:
        plan = plan_import(
            uow,
            read_table(path),
            path.name,
            kinds={organisation_key("บ้าน นายสมชาย"): K.NETWORK},
        )
    assert plan.rows[0].organisation_kind is K.NETWORK
    with demo_store.writer() as uow:
        run_import(uow, plan, event_id)
        uow.commit()
    assert _kinds_of(demo_store, ["บ้านนายสมชาย"]) == {"บ้านนายสมชาย": "network"}


def test_a_known_organisation_keeps_its_own_kind(demo_store, make_csv) -> None:
    from organiser.services.people.importing.writing import prepare_import

    # the demo holds this bank (a state bank); its stored kind is shown, not guessed again
    path = make_csv([["ชื่อ", "หน่วยงาน"], ["สมศรี ทดลอง", "ธนาคารออมสิน ภาคใต้"]])
    with demo_store.reader() as uow:
        plan = prepare_import(uow, path)
    assert plan.rows[0].organisation_kind is K.STATE_BANK
    assert not plan.rows[0].organisation_is_new
    assert plan.organisation_kinds == {}
