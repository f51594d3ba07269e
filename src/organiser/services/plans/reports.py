"""The plan report: everything a manager reads on one page, already in the reader's language.

Documents (`documents/plans/pdf.py`, `documents/plans/xlsx.py`) only lay this out.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from organiser.core.errors import UserError
from organiser.core.i18n import _, current_language, use_language
from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date
from organiser.core.thaitext import thai_sort_key
from organiser.documents.plans.data import PlanReport, ReportGroup, ReportRow
from organiser.domain.labels import label, label_of
from organiser.domain.plan_rules import DueState
from organiser.domain.plans import ActionStatus, PlanKind
from organiser.services.plans.detail import plan_detail
from organiser.services.plans.guidelines import region_label
from organiser.services.plans.reading import ActionRow
from organiser.services.plans.rollup import (
    provinces_progress,
    provinces_text,
    with_provinces_progress,
)
from organiser.store.db import UnitOfWork

GROUPINGS = ("status", "province")
STATUS_ORDER = (
    ActionStatus.IN_PROGRESS,
    ActionStatus.BLOCKED,
    ActionStatus.NOT_STARTED,
    ActionStatus.DONE,
    ActionStatus.DROPPED,
)


def _area(region: str, province: str, lang: str) -> str:
    if province:
        return _("Province of {province}").format(province=province_label(province, lang))
    return region_label(region)


def build_report(
    uow: UnitOfWork, plan_id: str, group_by: str = "status", today: dt.date | None = None,
    lang: str | None = None,
) -> PlanReport:  # fmt: skip
    if group_by not in GROUPINGS:
        raise UserError(_("Group the report by status or by province."))
    today = today or dt.date.today()
    with use_language(lang or current_language()):
        return _build(uow, plan_id, group_by, today, current_language())


def _build(uow: UnitOfWork, plan_id: str, group_by: str, today: dt.date, lang: str) -> PlanReport:
    d = plan_detail(uow, plan_id, today)
    # A regional plan's actions are carried out in the provinces: their copies' progress
    # counts here, so the regional report says how far the region has got.
    in_provinces = provinces_progress(uow, plan_id, today)
    actions = [with_provinces_progress(a, in_provinces.get(a.id), today) for a in d.actions]
    deleted = _("(deleted)")
    facts = [(_("Area"), _area(d.region, d.province, lang))]
    if d.period:
        facts.append((_("Period"), d.period))
    if d.event:
        facts.append((_("From the seminar"), d.event.title))
    if d.memoranda:
        facts.append(
            (
                _("Memoranda"),
                "; ".join(m.title + (f" {deleted}" if m.deleted else "") for m in d.memoranda),
            )
        )
    if d.team:
        facts.append((_("Core team"), d.team.title))
    if d.parent:
        facts.append((_("Made from"), d.parent.title))

    def row(n: int, a: ActionRow) -> ReportRow:
        latest = ""
        if a.latest_update_on is not None:
            latest = format_date(a.latest_update_on, "short", lang)
            if a.latest_note:
                latest += f": {a.latest_note}"
        if a.id in in_provinces:
            latest = "\n".join(filter(None, [provinces_text(in_provinces[a.id]), latest]))
        return ReportRow(
            n, a.title, a.owner,
            province_label(a.province, lang) if a.province else _("Whole region"),
            format_date(a.due_on, "short", lang) if a.due_on else "",
            label_of(ActionStatus, a.status), a.progress, latest,
            a.link + (f" {deleted}" if a.link and a.link_deleted else ""),
            a.due == DueState.OVERDUE,
        )  # fmt: skip

    grouped: list[tuple[str, list[ActionRow]]] = []
    if group_by == "status":
        for status in STATUS_ORDER:
            items = [a for a in actions if a.status == status.value]
            if items:
                grouped.append((label(status), items))
    else:
        provinces = sorted({a.province for a in actions}, key=lambda p: (p == "", thai_sort_key(p)))
        for p in provinces:
            heading = province_label(p, lang) if p else _("Whole region")
            grouped.append((heading, [a for a in actions if a.province == p]))
    # Numbered in the order printed: a reader counts down the page (1, 2, 3 …), whatever
    # the grouping, rather than meeting the plan's own order shuffled (1, 2, 4, 3).
    groups: list[ReportGroup] = []
    number = 0
    for heading, items in grouped:
        rows = []
        for a in items:
            number += 1
            rows.append(row(number, a))
        groups.append(ReportGroup(heading, rows))

    total = len(actions)
    done = sum(1 for a in actions if a.status == ActionStatus.DONE.value)
    late = sum(1 for a in actions if a.due == DueState.OVERDUE)
    mean = round(sum(a.progress for a in actions) / total) if total else 0
    summary = _(
        "{total} actions: {done} done, {late} overdue; average progress {mean}% (as of {date})."
    ).format(total=total, done=done, late=late, mean=mean, date=format_date(today, "long", lang))
    goals = [line.strip() for line in d.goals.splitlines() if line.strip()]
    return PlanReport(
        lang=lang,
        title=d.title,
        kind=label(PlanKind(d.kind)),
        facts=facts,
        goals_heading=_("Goals"),
        goals=goals,
        actions_heading=_("Actions"),
        summary=summary,
        columns={
            "number": _("No."),
            "title": _("Action"),
            "owner": _("Owner"),
            "province": _("Province"),
            "due": _("Due"),
            "status": _("Status"),
            "progress": _("Progress"),
            "latest": _("Latest update"),
            "link": _("Came from"),
        },
        groups=groups,
        footer=_("Printed on {date}").format(date=format_date(today, "formal", lang)),
        overdue_text=_("overdue"),
        file_title=d.title,
        meta={"subject": label(PlanKind(d.kind))},
    )


def default_filename(report: PlanReport, suffix: str) -> str:
    safe = "".join(ch for ch in report.title if ch not in '\\/:*?"<>|').strip()[:80]
    return f"{safe or 'plan'}.{suffix}"


def export_plan(
    uow: UnitOfWork, plan_id: str, fmt: str, target: Path, group_by: str = "status",
    today: dt.date | None = None, lang: str | None = None,
) -> Path:  # fmt: skip
    """Write the plan report as PDF or xlsx, readable by the user only."""
    report = build_report(uow, plan_id, group_by, today, lang)
    if fmt == "pdf":
        from organiser.documents.plans.pdf import write_plan_pdf

        write_plan_pdf(report, target)
    elif fmt == "xlsx":
        from organiser.documents.plans.xlsx import write_plan_xlsx

        write_plan_xlsx(report, target)
    else:
        raise UserError(_("Choose the format pdf or xlsx."))
    return target
