"""The list of measurement groups and what they share: sizes, data sets, a temp folder."""

from __future__ import annotations

import importlib
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.data import Datasets, Sizes
from benchmarks.results import ERROR, NOT_AVAILABLE, NotAvailable, Result, Target


@dataclass
class Context:
    root: Path
    sizes: Sizes
    data: Datasets
    quick: bool
    log: Callable[[str], None]


@dataclass(frozen=True)
class Group:
    name: str  # what --only takes
    function: str  # module:function returning list[Result]
    placeholder_titles: tuple[str, ...]  # rows shown if the group cannot run at all


GROUPS: tuple[Group, ...] = (
    Group("startup", "benchmarks.app_measures:startup", ("start-up",)),
    Group("search", "benchmarks.service_measures:search", ("search per keystroke",)),
    Group("checkin", "benchmarks.service_measures:checkin", ("check-in, Enter to committed",)),
    Group("import", "benchmarks.service_measures:xlsx_import", ("import of an .xlsx list",)),
    Group(
        "documents",
        "benchmarks.document_measures:documents",
        ("agenda PDF", "sign-in sheet PDF", "badges PDF"),
    ),
    Group("table", "benchmarks.app_measures:people_table", ("people table",)),
    Group(
        "places",
        "benchmarks.place_measures:places",
        tuple(
            f"first opening of {p}"
            for p in ("People", "Desk", "Agenda", "Memoranda", "Plans", "Sync")
        ),
    ),
    Group(
        "dialogs",
        "benchmarks.dialog_measures:dialogs",
        ("erase dialog search", "erase dialog frames", "session people", "session people frames"),
    ),
    Group("thai", "benchmarks.text_measures:first_thai_text", ("first Thai text in a process",)),
    Group(
        "sync",
        "benchmarks.sync_measures:sync",
        ("check-in with the change log", "change log per check-in"),
    ),
    Group(
        "exchange",
        "benchmarks.exchange_measures:exchange_rows",
        ("send of a venue day", "the venue day's change file", "receive of 10,000 changes"),
    ),
    Group(
        "venue",
        "benchmarks.venue_measures:venue",
        ("propagation between venue desks", "propagation p99", "an idle desk's share of a core"),
    ),
)


def run_group(group: Group, ctx: Context) -> list[Result]:
    module_name, function_name = group.function.split(":")
    try:
        function = getattr(importlib.import_module(module_name), function_name)
        results: list[Result] = function(ctx)
    except NotAvailable as exc:
        return [
            Result(group.name, t, "", Target(), status=NOT_AVAILABLE, note=str(exc))
            for t in group.placeholder_titles
        ]
    except Exception as exc:
        ctx.log(traceback.format_exc())
        return [
            Result(group.name, t, "", Target(), status=ERROR, note=f"{type(exc).__name__}: {exc}")
            for t in group.placeholder_titles
        ]
    for result in results:
        result.judge()
    return results
