"""Commands of the plans area: list plans and actions, post updates, derive guidelines, export."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, out_path, print_json, print_table
from organiser.core.errors import UserError
from organiser.core.i18n import _, current_language
from organiser.core.thaidate import DateParseError, format_date, parse_date


def _date(text: str) -> dt.date:
    try:
        return parse_date(text)
    except DateParseError as exc:
        raise argparse.ArgumentTypeError(
            _("{text} is not a date: write it like 2007-05-31 or 31/05/2550.").format(text=text)
        ) from exc


def short_ids(ids: list[str], least: int = 13) -> dict[str, str]:
    """The shortest prefix of each id that tells it apart (UUIDv7s made together share a lot)."""
    ordered = sorted(set(ids))

    def common(a: str, b: str) -> int:
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return n

    result = {}
    for i, value in enumerate(ordered):
        shared = max(
            common(value, ordered[i - 1]) if i > 0 else 0,
            common(value, ordered[i + 1]) if i + 1 < len(ordered) else 0,
        )
        result[value] = value[: max(least, shared + 1)]
    return result


def register(sub: Any, export_sub: Any) -> None:
    plans = sub.add_parser("plans", help=_("follow-up plans and their actions"))
    plans_sub = plans.add_subparsers(dest="action", required=True)

    listing = plans_sub.add_parser("list", help=_("list plans"))
    data_dir_option(listing)
    json_option(listing)
    listing.set_defaults(handler=cmd_list)

    actions = plans_sub.add_parser("actions", help=_("list actions to follow up"))
    data_dir_option(actions)
    json_option(actions)
    actions.add_argument("--plan", metavar="PLAN", help=_("only this plan's actions"))
    which = actions.add_mutually_exclusive_group()
    which.add_argument("--overdue", action="store_true", help=_("only overdue actions"))
    which.add_argument(
        "--due-soon", action="store_true", help=_("only actions due in the next 30 days")
    )
    actions.add_argument(
        "--today", type=_date, metavar="DATE", help=_("count from this day instead of today")
    )
    actions.set_defaults(handler=cmd_actions)

    update = plans_sub.add_parser("update", help=_("record progress on an action"))
    data_dir_option(update)
    update.add_argument("action_id", metavar="ACTION")
    update.add_argument(
        "--status", choices=("not_started", "in_progress", "done", "blocked", "dropped")
    )
    update.add_argument("--progress", type=int, metavar="PERCENT")
    update.add_argument("--note", default="", help=_("what happened"))
    update.add_argument("--by", default="", metavar="NAME", help=_("who reports it"))
    update.add_argument("--on", type=_date, metavar="DATE", help=_("the day (default: today)"))
    update.set_defaults(handler=cmd_update)

    teams = plans_sub.add_parser("teams", help=_("core teams and their members"))
    data_dir_option(teams)
    json_option(teams)
    teams.set_defaults(handler=cmd_teams)

    derive = plans_sub.add_parser(
        "derive", help=_("make a provincial guideline for each province of a regional plan")
    )
    data_dir_option(derive)
    json_option(derive)
    derive.add_argument("plan_id", metavar="PLAN")
    derive.add_argument(
        "--province",
        action="append",
        metavar="PROVINCE",
        help=_("only this province (repeat for more; default: every province of the region)"),
    )
    derive.add_argument(
        "--with-region-wide",
        action="store_true",
        help=_("also copy the actions for the whole region into every guideline"),
    )
    derive.set_defaults(handler=cmd_derive)

    export = export_sub.add_parser("plan", help=_("the plan report (PDF or xlsx)"))
    data_dir_option(export)
    export.add_argument("plan_id", metavar="PLAN")
    export.add_argument("--format", choices=("pdf", "xlsx"), default="pdf")
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--group", choices=("status", "province"), default="status")
    export.add_argument("--lang", choices=("th", "en"))
    export.add_argument(
        "--today", type=_date, metavar="DATE", help=_("count from this day instead of today")
    )
    export.set_defaults(handler=cmd_export)


def cmd_list(ctx: Context) -> int:
    from organiser.domain.labels import label_of
    from organiser.domain.plans import PlanKind
    from organiser.services.plans.reading import list_plans

    with ctx.store.reader() as uow:
        rows = list_plans(uow)
    if ctx.args.json:
        print_json([r.as_json() for r in rows])
        return 0
    if not rows:
        print(_("No plans yet. Make one in the app's Follow-up plans page."))
        return 0
    short = short_ids([r.id for r in rows])
    print_table(
        [
            (short[r.id], label_of(PlanKind, r.kind), r.period, f"{r.done}/{r.actions}", r.title)
            for r in rows
        ],
        [_("Plan"), _("Kind"), _("Period"), _("Done"), _("Title")],
    )
    return 0


def cmd_actions(ctx: Context) -> int:
    from sqlalchemy import select

    from organiser.domain.labels import label_of
    from organiser.domain.plans import Action, ActionStatus
    from organiser.services.plans import reading as plans
    from organiser.services.plans.editing import get_plan

    today = ctx.args.today or dt.date.today()
    with ctx.store.reader() as uow:
        plan_id = get_plan(uow, ctx.args.plan).id if ctx.args.plan else None
        rows = plans.list_actions(uow, today, plan_id)
        short = short_ids(list(uow.session.scalars(select(Action.id))))
    if ctx.args.overdue:
        rows = plans.overdue(rows)
    elif ctx.args.due_soon:
        rows = plans.due_soon(rows)
    if ctx.args.json:
        print_json([r.as_json() for r in rows])
        return 0
    lang = current_language()
    print_table(
        [
            (
                short[r.id],
                format_date(r.due_on, "short", lang) if r.due_on else "",
                label_of(ActionStatus, r.status),
                f"{r.progress}%",
                r.owner,
                r.title,
            )
            for r in rows
        ],
        [_("Action"), _("Due"), _("Status"), _("Progress"), _("Owner"), _("Title")],
    )
    return 0


def _resolve_action(uow: Any, ref: str) -> str:
    from sqlalchemy import select

    from organiser.domain.plans import Action

    matches = list(
        uow.session.scalars(
            select(Action.id).where(Action.id.startswith(ref), Action.deleted_at.is_(None))
        )
    )
    if len(matches) != 1 or len(ref) < 4:
        raise UserError(
            _("No single action has the id {id}. See 'organiser plans actions'.").format(id=ref)
        )
    return str(matches[0])


def cmd_update(ctx: Context) -> int:
    from organiser.domain.plans import ActionStatus
    from organiser.services.plans.editing import post_update

    a = ctx.args
    with ctx.store.writer() as uow:
        action_id = _resolve_action(uow, a.action_id)
        post_update(
            uow, action_id, a.on or dt.date.today(), a.by,
            ActionStatus(a.status) if a.status else None, a.progress, a.note,
        )  # fmt: skip
        uow.commit()
    print(_("Update recorded."))
    return 0


def cmd_teams(ctx: Context) -> int:
    from organiser.domain.labels import label_of
    from organiser.domain.plans import TeamRole
    from organiser.services.plans.teams import list_teams

    with ctx.store.reader() as uow:
        rows = list_teams(uow)
    if ctx.args.json:
        print_json([t.as_json() for t in rows])
        return 0
    if not rows:
        print(_("No core teams yet."))
        return 0
    for t in rows:
        print(_("{name} ({n} people)").format(name=t.name, n=len(t.members)))
        print_table(
            [(label_of(TeamRole, m.role), m.name, m.organisation, m.province) for m in t.members],
            [_("Role"), _("Name"), _("Organisation"), _("Province")],
        )
        print()
    return 0


def cmd_derive(ctx: Context) -> int:
    from organiser.services.plans.editing import get_plan
    from organiser.services.plans.guidelines import derive_provincial_guidelines

    with ctx.store.writer() as uow:
        plan_id = get_plan(uow, ctx.args.plan_id).id
        result = derive_provincial_guidelines(
            uow, plan_id, ctx.args.province, copy_region_wide=ctx.args.with_region_wide
        )
        uow.commit()
    if ctx.args.json:
        print_json(
            {
                "created": [
                    {"province": d.province, "plan_id": d.plan_id, "actions": d.actions}
                    for d in result.created
                ],
                "skipped": result.skipped,
            }
        )
        return 0
    print(
        _("{n} provincial guidelines made; {m} provinces already had one.").format(
            n=len(result.created), m=len(result.skipped)
        )
    )
    return 0


def cmd_export(ctx: Context) -> int:
    from organiser.services.plans.editing import get_plan
    from organiser.services.plans.reports import export_plan

    target = out_path(ctx.args.output)
    if not target.parent.is_dir():
        raise UserError(_("The folder {folder} does not exist.").format(folder=target.parent))
    with ctx.store.reader() as uow:
        plan_id = get_plan(uow, ctx.args.plan_id).id
        export_plan(
            uow, plan_id, ctx.args.format, target, ctx.args.group, ctx.args.today,
            ctx.args.lang or None,
        )  # fmt: skip
    print(_("Plan report written to {path}").format(path=target))
    return 0
