"""`organiser hub …` (the hub's administrator) and `organiser sync hub …` (each copy)."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, print_json
from organiser.core.i18n import _

I18N_AREA = "sync"  # the hub is a way of syncing: its strings live with the Sync place


def _ca_option(parser: Any) -> None:
    parser.add_argument(
        "--ca", metavar="FILE", help=_("the hub's CA certificate (or sslrootcert= in the URL)")
    )


def register(sub: Any, export_sub: Any) -> None:
    hub = sub.add_parser("hub", help=_("set up and look after a regional hub on PostgreSQL"))
    actions = hub.add_subparsers(dest="action", metavar="ACTION", required=True)

    init = actions.add_parser(
        "init", help=_("create or upgrade the hub's tables, roles and policies")
    )
    init.add_argument("url", metavar="URL", help=_("the administrator's connection"))
    _ca_option(init)
    init.set_defaults(handler=cmd_init)

    add = actions.add_parser(
        "add-office", help=_("create an office's role and print the address to give it")
    )
    add.add_argument("name", metavar="NAME", help=_("the office's role (Latin letters, digits, _)"))
    add.add_argument("url", metavar="URL", help=_("the administrator's connection"))
    _ca_option(add)
    json_option(add)
    add.set_defaults(handler=cmd_add_office)

    keep = actions.add_parser(
        "housekeep", help=_("drop from the hub what every copy holds already")
    )
    keep.add_argument("url", metavar="ADMIN_URL", help=_("the administrator's connection"))
    _ca_option(keep)
    json_option(keep)
    keep.set_defaults(handler=cmd_housekeep)


def register_sync_hub(actions: Any) -> None:
    """`organiser sync hub set | status | now`, under `organiser sync`."""
    hub = actions.add_parser("hub", help=_("exchange changes through the regional hub"))
    hub_actions = hub.add_subparsers(dest="hub_action", metavar="ACTION", required=True)

    put = hub_actions.add_parser("set", help=_("use this hub (the address the office was given)"))
    data_dir_option(put)
    put.add_argument("url", metavar="URL", help=_("the office's address on the hub"))
    _ca_option(put)
    put.set_defaults(handler=cmd_hub_set)

    state = hub_actions.add_parser("status", help=_("the hub's state for this copy"))
    data_dir_option(state)
    json_option(state)
    state.set_defaults(handler=cmd_hub_status)

    now = hub_actions.add_parser("now", help=_("exchange changes with the hub now"))
    data_dir_option(now)
    json_option(now)
    now.set_defaults(handler=cmd_hub_now)


def _ca(ctx: Context) -> Path | None:
    return Path(ctx.args.ca) if ctx.args.ca else None


def cmd_init(ctx: Context) -> int:
    from organiser.services.sync.hub.server import init

    info = init(ctx.args.url, _ca(ctx))
    print(
        _("The hub in the database {db} is ready (version {version}); offices: {offices}.").format(
            db=info.database, version=info.version, offices=", ".join(info.offices) or "–"
        )
    )
    return 0


def cmd_add_office(ctx: Context) -> int:
    from organiser.services.sync.hub.server import add_office

    made = add_office(ctx.args.name, ctx.args.url, _ca(ctx))
    if ctx.args.json:
        print_json({"office": made.office, "url": made.url})
        return 0
    print(_("The office {office} can use the hub with this address (keep it secret; give it "
            "to the office with the hub's CA certificate):").format(office=made.office))  # fmt: skip
    print(made.url)
    return 0


def cmd_housekeep(ctx: Context) -> int:
    from organiser.services.sync.hub.server import housekeep

    done = housekeep(ctx.args.url, _ca(ctx))
    if ctx.args.json:
        print_json(asdict(done))
        return 0
    print(
        _("Dropped {n} sealed files that every copy holds ({kb} KB).").format(
            n=done.batches + done.attachments, kb=done.bytes // 1000
        )
    )
    return 0


def cmd_hub_set(ctx: Context) -> int:
    from organiser.services.sync.hub.place import set_hub

    hub = set_hub(ctx.store, ctx.args.url, _ca(ctx))
    print(_("This copy uses the hub {url}.").format(url=hub.url))
    return 0


def cmd_hub_status(ctx: Context) -> int:
    from organiser.services.sync.hub.exchanging import status

    found = status(ctx.store)
    if ctx.args.json:
        print_json(asdict(found))
        return 0
    if not found.configured:
        print(_("No hub is set for this copy."))
        return 0
    print(_("Hub: {url}").format(url=found.url))
    print(_("Connected: {yes}").format(yes=_("yes") if found.connected else _("no")))
    print(_("Last exchange: {when}").format(when=found.last_exchange or "–"))
    print(_("Changes waiting to go up: {n}").format(n=found.waiting))
    if found.unreachable_since:
        print(_("Unreachable since: {when}").format(when=found.unreachable_since))
    if found.error:
        print(found.error)
    return 0


def cmd_hub_now(ctx: Context) -> int:
    from organiser.services.sync.hub.exchanging import exchange

    done = exchange(ctx.store)
    if ctx.args.json:
        print_json(asdict(done))
        return 0
    for notice in done.notices:
        print(notice)
    print(
        _("Sent {up} changes in {files} sealed files; took in {down} files with {new} new "
          "changes ({people} people, {check_ins} check-ins, {conflicts} new conflicts).").format(
            up=done.uploaded_changes, files=done.posted, down=done.downloaded,
            new=done.new_changes, people=done.people, check_ins=done.check_ins,
            conflicts=done.new_conflicts,
        )
    )  # fmt: skip
    if done.snapshots_for:
        print(_("Sealed a snapshot for the copies that joined later: {names}.").format(
            names=", ".join(done.snapshots_for)))  # fmt: skip
    return 0
