"""Provincial guidelines made from a regional work plan, and the regions' provinces."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from organiser.core import positions
from organiser.core.errors import UserError
from organiser.core.i18n import N_, _, current_language
from organiser.core.provinces import PROVINCES, SOUTHERN_PROVINCES, find_province, province_label
from organiser.domain.plans import Action, ActionStatus, Plan, PlanKind, link_memoranda
from organiser.services.plans.editing import get_plan
from organiser.store.db import UnitOfWork

REGION_NAMES = {
    "south": N_("Southern region"),
    "north": N_("Northern region"),
    "northeast": N_("Northeastern region"),
    "central": N_("Central region"),
    "east": N_("Eastern region"),
    "west": N_("Western region"),
}


def region_label(region: str) -> str:
    """`ภาคใต้ (14 จังหวัด)`; the whole region when the plan names none."""
    if region not in REGION_NAMES:
        return _("The whole region")
    return _("{region} ({n} provinces)").format(
        region=_(REGION_NAMES[region]), n=len(region_provinces(region))
    )


def region_provinces(region: str) -> list[str]:
    if region == "south":
        return list(SOUTHERN_PROVINCES)  # the customary north-to-south order
    return [p.name_th for p in PROVINCES if p.region == region]


@dataclass(frozen=True)
class Derived:
    province: str
    plan_id: str
    actions: int


@dataclass(frozen=True)
class DeriveResult:
    created: list[Derived]
    skipped: list[str]  # provinces that already had a guideline from this plan


def guideline_title(province: str) -> str:
    return _("Provincial guideline: {province}").format(
        province=province_label(province, current_language())
    )


def derive_provincial_guidelines(
    uow: UnitOfWork,
    plan_id: str,
    provinces: list[str] | None = None,
    copy_region_wide: bool = False,
) -> DeriveResult:
    """One provincial guideline for each chosen province of the regional plan's region.

    `provinces`: the provinces chosen (Thai or English names); None means every province of the
    region. Each guideline gets the regional actions meant for its own province as new actions
    that remember their source, not started, ready to adjust; actions for the whole region are
    copied too only when `copy_region_wide` asks for it (they usually stay with the region).
    Provinces that already have a live guideline from this plan are skipped."""
    regional = get_plan(uow, plan_id)
    if regional.deleted_at is not None:
        raise UserError(_("This plan has been deleted."))
    if regional.kind != PlanKind.REGIONAL:
        raise UserError(_("Provincial guidelines are made from a regional work plan."))
    in_region = region_provinces(regional.region)
    if provinces is None:
        targets = in_region
    else:
        targets = []
        for text in provinces:
            found = find_province(text)
            if found is None or (in_region and found.name_th not in in_region):
                raise UserError(
                    _("{province} is not a province of this plan's region.").format(province=text)
                )
            if found.name_th not in targets:
                targets.append(found.name_th)
    if not targets:
        raise UserError(
            _("Set the plan's region first: the guidelines are made for its provinces.")
            if provinces is None
            else _("Choose at least one province.")
        )
    existing = {
        p.province
        for p in uow.session.scalars(
            select(Plan).where(Plan.parent_plan_id == regional.id, Plan.deleted_at.is_(None))
        )
    }
    source = [
        a for a in regional.actions if a.deleted_at is None and a.status != ActionStatus.DROPPED
    ]
    created, skipped = [], []
    for province in targets:
        if province in existing:
            skipped.append(province)
            continue
        guideline = Plan(
            kind=PlanKind.PROVINCIAL,
            title=guideline_title(province),
            region=regional.region,
            province=province,
            period_start=regional.period_start,
            period_end=regional.period_end,
            goals=regional.goals,
            event_id=regional.event_id,
            parent_plan_id=regional.id,
            team_id=regional.team_id,
        )
        link_memoranda(guideline, list(regional.memoranda))
        uow.session.add(guideline)
        wanted = ("", province) if copy_region_wide else (province,)
        applying = [a for a in source if a.province in wanted]
        keys = positions.spread(len(applying))
        for pos, a in enumerate(applying):
            guideline.actions.append(
                Action(
                    position=keys[pos],
                    title=a.title,
                    description=a.description,
                    owner_person_id=a.owner_person_id,
                    owner_organisation_id=a.owner_organisation_id,
                    province=province,
                    starts_on=a.starts_on,
                    due_on=a.due_on,
                    commitment_id=a.commitment_id,
                    session_id=a.session_id,
                    source_action_id=a.id,
                )
            )
        uow.flush()
        created.append(Derived(province, guideline.id, len(applying)))
    return DeriveResult(created, skipped)
