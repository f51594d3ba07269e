"""`organiser sync serve | pair | peers | now | leave`: desks at the venue over the room's
network (the transport is `services.sync.venue`)."""

from __future__ import annotations

import json
import signal
import threading
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, print_json, print_table
from organiser.core.errors import UserError
from organiser.core.i18n import _

DEFAULT_PORT = 47474


def register(actions: Any) -> None:
    serve = actions.add_parser(
        "serve", help=_("run this desk's endpoint at the venue until stopped (Ctrl+C)")
    )
    data_dir_option(serve)
    json_option(serve)
    serve.add_argument("--port", type=int, default=DEFAULT_PORT, help=_("the port (0: any free)"))
    serve.add_argument(
        "--bind",
        metavar="ADDRESS",
        help=_("the address to listen on (default: the room's network)"),
    )
    serve.add_argument(
        "--no-discovery", action="store_true", help=_("do not announce this desk on the network")
    )
    serve.set_defaults(handler=cmd_serve)

    pair = actions.add_parser("pair", help=_("pair this copy with the desk showing CODE"))
    data_dir_option(pair)
    pair.add_argument("code", metavar="CODE", help=_("the six-digit code the other desk shows"))
    pair.add_argument(
        "--host", metavar="HOST:PORT",
        help=_("the other desk's address, as it shows it (default: find it on the network)"),
    )  # fmt: skip
    pair.set_defaults(handler=cmd_pair)

    listed = actions.add_parser("peers", help=_("the other desks at the venue"))
    data_dir_option(listed)
    json_option(listed)
    listed.set_defaults(handler=cmd_peers)

    now = actions.add_parser("now", help=_("exchange once with every desk that answers"))
    data_dir_option(now)
    json_option(now)
    now.set_defaults(handler=cmd_now)

    leave = actions.add_parser(
        "leave", help=_("send the last changes to another desk, then delete this copy")
    )
    data_dir_option(leave)
    leave.add_argument("--erase", action="store_true", required=True,
                       help=_("delete this copy's data and key once another desk holds them"))  # fmt: skip
    leave.set_defaults(handler=cmd_leave)


def cmd_serve(ctx: Context) -> int:
    from organiser.services.sync.venue.discovery import room_address
    from organiser.services.sync.venue.link import Link
    from organiser.services.sync.venue.pairing import Door, welcome
    from organiser.services.sync.venue.server import DeskServer

    store = ctx.store
    lock = threading.Lock()

    def emit(event: dict[str, Any]) -> None:
        with lock:
            if ctx.args.json:
                print(json.dumps(event, ensure_ascii=False), flush=True)
            else:
                print(" ".join(f"{k}={v}" for k, v in event.items()), flush=True)

    try:
        server = DeskServer(store, ctx.args.bind or room_address(), ctx.args.port, emit)
    except OSError as exc:
        raise UserError(
            _("This desk cannot listen on port {port}: {why}").format(
                port=ctx.args.port, why=exc.strerror or exc
            )
        ) from exc
    server.start()

    def admit(card: Any) -> dict[str, Any]:
        listed = [*server.known_peers(), {"fingerprint": "", "name": "", "address": server.address}]
        emit({"event": "paired", "desk": card.name, "fingerprint": card.fingerprint})
        return welcome(store, card, [p for p in listed if p["fingerprint"]])

    server.door = Door(admit=admit)
    if ctx.args.json:
        emit({"address": server.address, "pairing_code": server.door.code})
    else:
        print(_("This desk listens at {address}.").format(address=server.address))
        print(_("Pairing code (ten minutes): {code}").format(code=server.door.code), flush=True)
    link = Link(store, server.address, server.watcher, emit).start()
    announcer = None
    if not ctx.args.no_discovery:
        from organiser.services.sync.venue.discovery import Announcer

        me = server.hello()
        announcer = Announcer(server.address, me["name"], me["fingerprint"],
                              server.door.is_open).start()  # fmt: skip
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_a: stop.set())
    while not stop.wait(0.5):
        pass
    if announcer is not None:
        announcer.stop()
    link.stop()
    server.stop()
    return 0


def cmd_pair(ctx: Context) -> int:
    from organiser.services.sync.venue.link import Unreachable, join

    address = ctx.args.host or _find_open_desk()
    try:
        joined, received = join(ctx.store, address, ctx.args.code)
    except Unreachable as exc:
        raise UserError(_("No desk answers at {address}.").format(address=address)) from exc
    print(_("Paired with {name} ({fpr}); received {n} changes.").format(
        name=joined.name, fpr=joined.fingerprint, n=received))  # fmt: skip
    return 0


def _find_open_desk() -> str:
    from organiser.services.sync.venue.discovery import find
    from organiser.services.sync.venue.link import Unreachable, hello

    open_desks = []
    for address in find():
        try:
            if hello(address).get("pairing"):
                open_desks.append(address)
        except (Unreachable, ValueError):
            continue
    if not open_desks:
        raise UserError(
            _("No desk with pairing open was found on this network: give its address with "
              "--host HOST:PORT (the other desk shows it).")
        )  # fmt: skip
    if len(open_desks) > 1:
        raise UserError(
            _("Several desks have pairing open ({addresses}): choose one with --host.").format(
                addresses=", ".join(open_desks)
            )
        )
    return open_desks[0]


def cmd_peers(ctx: Context) -> int:
    from organiser.services.sync.venue.status import peer_list

    found = peer_list(ctx.store)
    if ctx.args.json:
        print_json([dict(p) for p in found])
        return 0
    if not found:
        print(_("No other desk is known yet: pair with one first (organiser sync pair)."))
        return 0
    print_table(
        [(p["name"], p["address"], p["last_contact"] or "–", p["changes_not_received"])
         for p in found],
        [_("Desk"), _("Address"), _("Last contact"), _("Changes it lacks")],
    )  # fmt: skip
    return 0


def cmd_now(ctx: Context) -> int:
    from organiser.services.sync.venue.link import exchange_once

    done = [vars(d) for d in exchange_once(ctx.store)]
    hub = _hub_once(ctx)
    if hub is not None:
        done.append(hub)
    if ctx.args.json:
        print_json(done)
        return 0
    for d in done:
        if d["answered"]:
            print(_("{name} ({address}): received {n} changes.").format(
                name=d["name"], address=d["address"], n=d["received"]))  # fmt: skip
        else:
            print(_("{name} ({address}) did not answer.").format(
                name=d["name"], address=d["address"]))  # fmt: skip
            if d.get("problem"):
                print(d["problem"])
    return 0


def _hub_once(ctx: Context) -> dict[str, object] | None:
    """The regional hub's part of `sync now`, when this copy has one: an unreachable hub is
    said like a desk that did not answer, and the desks' exchanges stand."""
    from urllib.parse import urlsplit

    from organiser.services.sync.hub import exchanging, place

    where = place.hub_place(ctx.store)
    if where is None:
        return None
    address = urlsplit(where.url).hostname or where.url
    try:
        got = exchanging.exchange(ctx.store)
    except UserError as exc:
        return {"name": _("the hub"), "address": address, "received": 0, "answered": False,
                "hub": True, "problem": str(exc)}  # fmt: skip
    return {"name": _("the hub"), "address": address, "received": got.new_changes,
            "answered": True, "hub": True}  # fmt: skip


def cmd_leave(ctx: Context) -> int:
    from organiser.services.sync.venue.status import leave_and_forget

    holder = leave_and_forget(ctx.store)
    ctx._store = None  # the data is gone: nothing to back up on the way out
    print(_("{name} holds this desk's changes; this copy's data and key were deleted.").format(
        name=holder))  # fmt: skip
    return 0
