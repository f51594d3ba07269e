"""`organiser sync`: this copy's key, whom it trusts, and change files between offices."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

from organiser.cli import Context, data_dir_option, json_option, print_json, print_table
from organiser.core.i18n import _


def register(sub: Any, export_sub: Any) -> None:
    sync = sub.add_parser("sync", help=_("exchange changes with other offices"))
    actions = sync.add_subparsers(dest="action", metavar="ACTION", required=True)

    ident = actions.add_parser("id", help=_("this copy: name, office, key fingerprint"))
    data_dir_option(ident)
    json_option(ident)
    ident.set_defaults(handler=cmd_id)

    card = actions.add_parser("card", help=_("write this copy's key card"))
    data_dir_option(card)
    card.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the card to write"))
    card.set_defaults(handler=cmd_card)

    trust = actions.add_parser("trust", help=_("trust a key card (prints its fingerprint)"))
    data_dir_option(trust)
    trust.add_argument("file", metavar="FILE", help=_("the key card"))
    trust.add_argument("--name", help=_("what to call this copy or office here"))
    trust.set_defaults(handler=cmd_trust)

    untrust = actions.add_parser("untrust", help=_("revoke a laptop or an office"))
    data_dir_option(untrust)
    untrust.add_argument("fingerprint", metavar="FPR", help=_("its fingerprint"))
    untrust.set_defaults(handler=cmd_untrust)

    send = actions.add_parser("send", help=_("write a change file for trusted copies"))
    data_dir_option(send)
    send.add_argument("-o", "--output", metavar="FILE", required=True, help=_("the file to write"))
    send.add_argument(
        "--to", metavar="FPR", nargs="+", help=_("only these copies or offices (default: all)")
    )
    send.set_defaults(handler=cmd_send)

    receive = actions.add_parser("receive", help=_("merge a change file (all its parts)"))
    data_dir_option(receive)
    json_option(receive)
    receive.add_argument("files", metavar="FILE", nargs="+", help=_("the file and its parts"))
    receive.add_argument(
        "--dry-run", action="store_true", help=_("only say what would change; write nothing")
    )
    receive.set_defaults(handler=cmd_receive)

    conflicts = actions.add_parser("conflicts", help=_("list the conflicts waiting"))
    data_dir_option(conflicts)
    json_option(conflicts)
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = actions.add_parser("resolve", help=_("settle a conflict"))
    data_dir_option(resolve)
    resolve.add_argument("conflict", metavar="ID", help=_("the conflict's id"))
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", metavar="VALUE_ID", help=_("keep this one of its values"))
    choice.add_argument("--value", metavar="TEXT", help=_("write this value instead"))
    resolve.set_defaults(handler=cmd_resolve)

    held = actions.add_parser(
        "held", help=_("list changes held back: dated more than a day ahead of this clock")
    )
    data_dir_option(held)
    json_option(held)
    held.set_defaults(handler=cmd_held)

    accept = actions.add_parser("accept", help=_("take in changes that were held back"))
    data_dir_option(accept)
    which = accept.add_mutually_exclusive_group(required=True)
    which.add_argument("copy", metavar="COPY", nargs="?", help=_("the copy (its id or name)"))
    which.add_argument("--all", action="store_true", help=_("those of every copy"))
    accept.set_defaults(handler=cmd_accept)

    from organiser.cli.hub import register_sync_hub

    register_sync_hub(actions)  # organiser sync hub set | status | now

    from organiser.cli.sync_venue import register as register_venue

    register_venue(actions)  # serve, pair, peers, now, leave: desks at the venue


def cmd_id(ctx: Context) -> int:
    from organiser.services.sync.copies import copy_identity

    me = copy_identity(ctx.store)
    if ctx.args.json:
        print_json(asdict(me))
        return 0
    print(_("This copy: {name}").format(name=me.name))
    print(_("Office: {office}").format(office=me.office or _("(not set)")))
    print(_("Fingerprint: {fpr}").format(fpr=me.fingerprint))
    print(_("Read aloud: {words}").format(words=" ".join(me.words)))
    if me.office_fingerprint:
        print(_("Office key: {fpr}").format(fpr=me.office_fingerprint))
        if me.office_words:
            print(_("Read aloud: {words}").format(words=" ".join(me.office_words)))
    if me.trusted:
        print()
        print_table(
            [
                (
                    t.fingerprint,
                    _("office") if t.kind == "office" else _("laptop"),
                    t.name,
                    _("revoked") if t.revoked_at else (_("trusted") if t.trusted else "–"),
                    t.last_received_at or "–",
                )
                for t in me.trusted
            ],
            [_("Fingerprint"), _("Kind"), _("Copy or office"), _("Trust"), _("Last received")],
        )
    return 0


def cmd_card(ctx: Context) -> int:
    from organiser.services.sync.copies import write_card

    path = Path(ctx.args.output)
    fpr, words = write_card(ctx.store, path)
    print(_("Key card written to {path} (fingerprint {fpr}).").format(path=path, fpr=fpr))
    print(_("Read aloud: {words}").format(words=" ".join(words)))
    return 0


def cmd_trust(ctx: Context) -> int:
    from organiser.services.sync.copies import trust_card

    found = trust_card(ctx.store, Path(ctx.args.file), ctx.args.name)
    print(found.fingerprint)
    print(_("Read aloud: {words}").format(words=" ".join(found.words)))
    if found.kind == "office":
        print(
            _("Trusted the office {name} and the {n} laptops it vouches for.").format(
                name=found.name, n=found.laptops
            )
        )
    else:
        print(_("Trusted {name}.").format(name=found.name))
    if found.joined_office:
        print(_("This laptop now belongs to the office {office}.").format(office=found.office))
    return 0


def cmd_untrust(ctx: Context) -> int:
    from organiser.services.sync.copies import untrust

    found = untrust(ctx.store, ctx.args.fingerprint)
    print(
        _("Revoked {name} ({fpr}): nothing more is sealed to it, and its files are refused.")
        .format(name=found.name, fpr=found.fingerprint)
    )  # fmt: skip
    return 0


def cmd_send(ctx: Context) -> int:
    from organiser.services.sync.exchange import send

    result = send(ctx.store, Path(ctx.args.output), ctx.args.to)
    print(
        _("Wrote {n} changes for {who} to {files}.").format(
            n=result.changes,
            who=", ".join(result.recipients),
            files=", ".join(str(p) for p in result.paths),
        )
    )
    if result.awaited:
        print(_("{n} attachments were too large to travel and are listed as awaited.").format(
            n=result.awaited))  # fmt: skip
    _say_made_ahead(ctx)
    return 0


def _say_made_ahead(ctx: Context) -> None:
    from organiser.services.sync.held import made_ahead_here

    sentence = made_ahead_here(ctx.store)
    if sentence:
        print(sentence)


def cmd_receive(ctx: Context) -> int:
    from organiser.services.sync.exchange import receive

    result = receive(ctx.store, [Path(f) for f in ctx.args.files], dry_run=ctx.args.dry_run)
    if ctx.args.json:
        print_json(asdict(result))
        return 0
    for notice in result.notices:
        print(notice)
    if result.new_changes:
        head = _("Would change:") if ctx.args.dry_run else _("Changed:")
        print(
            head + " "
            + _("{people} people, {check_ins} check-ins, {actions} actions, {memoranda} memoranda; "
                "{conflicts} new conflicts.").format(
                people=result.people, check_ins=result.check_ins, actions=result.actions,
                memoranda=result.memoranda, conflicts=result.new_conflicts,
            )
        )  # fmt: skip
    return 0


def cmd_conflicts(ctx: Context) -> int:
    from organiser.services.sync.conflicts import conflicts

    found = conflicts(ctx.store)
    if ctx.args.json:
        print_json([asdict(c) for c in found])
        return 0
    if not found:
        print(_("No conflicts are waiting."))
        return 0
    rows = []
    for c in found:
        for v in c.values:
            rows.append(
                (c.id, f"{c.table}.{c.field}", v.id, "" if v.value is None else str(v.value),
                 v.by, v.at.strftime("%Y-%m-%d %H:%M"), "*" if v.shown else "")
            )  # fmt: skip
    print_table(rows, [_("Conflict"), _("Field"), _("Value id"), _("Value"), _("By"), _("When"),
                       _("Shown")])  # fmt: skip
    return 0


def cmd_resolve(ctx: Context) -> int:
    from organiser.services.sync.conflicts import resolve

    found = resolve(ctx.store, ctx.args.conflict, ctx.args.keep, ctx.args.value)
    print(_("Settled the conflict {id}.").format(id=found.id))
    return 0


def cmd_held(ctx: Context) -> int:
    from organiser.services.sync.held import held_back

    rows = held_back(ctx.store)
    if ctx.args.json:
        print_json([asdict(r) for r in rows])
        return 0
    _say_made_ahead(ctx)
    if not rows:
        print(_("No changes are held back."))
        return 0
    print_table(
        [(r.made_by, r.origin, r.changes, f"{r.days_ahead:g}") for r in rows],
        [_("Made by"), _("Copy"), _("Changes"), _("Days ahead")],
    )
    print(_("Accept them with: organiser sync accept COPY (or --all)"))
    return 0


def cmd_accept(ctx: Context) -> int:
    from organiser.services.sync.held import accept

    taken = accept(ctx.store, None if ctx.args.all else ctx.args.copy)
    print(_("Took in {n} changes that were held back.").format(n=taken))
    return 0
