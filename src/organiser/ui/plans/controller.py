"""The logic of the follow-up plans place, apart from its widgets (like the desk's controller):
what is loaded, which actions a follow-up view holds, and every read and write of the store.

Reads run on the reader pool and arrive as signals; a reload overtaken by a newer one is
dropped. Writes go through `run_write`; the last deletion can be undone (deletion is soft).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.services.plans import detail as plans_detail
from organiser.services.plans import editing as plans_edit
from organiser.services.plans import reading as plans_service
from organiser.services.plans.detail import ActionDetail, PlanDetail
from organiser.services.plans.reading import ActionRow, Group, PlanRow
from organiser.services.plans.reports import export_plan
from organiser.services.plans.rollup import by_action
from organiser.store.db import UnitOfWork
from organiser.ui.context import AppContext
from organiser.ui.writing import run_write


@dataclass(frozen=True)
class PlansData:
    """Every plan and every action, as the follow-up lists show them."""

    plans: list[PlanRow]
    actions: list[ActionRow]


class PlansController(QObject):
    loaded = Signal(object)  # PlansData
    plan_loaded = Signal(object)  # PlanDetail of the plan on show
    action_loaded = Signal(object)  # ActionDetail
    written = Signal(object)  # what a write returned, after it committed
    exported = Signal(object)  # Path of a saved report
    export_failed = Signal(str)  # why the report could not be saved

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today: Callable[[], dt.date] = dt.date.today
        self.data = PlansData([], [])
        self.plan: PlanDetail | None = None  # the plan on show (set by the view once shown)
        self.author = ""  # who posted the last update: the next one is likely theirs too
        self.undo_write: Callable[[UnitOfWork], Any] | None = None
        self._generation = 0

    # ------------------------------------------------------------ reading
    def reload(self) -> None:
        store, today = self.ctx.store, self.today()
        self._generation += 1
        generation = self._generation

        def work(_p: Any) -> PlansData:
            with store.reader() as uow:
                return PlansData(
                    plans_service.list_plans(uow, today), plans_service.list_actions(uow, today)
                )

        def show(data: PlansData) -> None:
            if generation == self._generation:  # a newer reload is on its way
                self.data = data
                self.loaded.emit(data)

        self.ctx.tasks.run(work, show, owner=self)

    def overdue(self) -> list[ActionRow]:
        return by_action(plans_service.overdue(self.data.actions))

    def due_soon(self) -> list[ActionRow]:
        return plans_service.due_soon(self.data.actions)

    def groups(self, by: str) -> list[Group]:
        return plans_service.groups(self.data.actions, by)

    def rows(self, selection: tuple[str, str], group: Any = None) -> list[ActionRow]:
        """The actions a follow-up view, a plan, or a group of a view ("province", "owner")
        holds."""
        kind, key = selection
        rows = self.data.actions
        if kind == "plan":
            return [r for r in rows if r.plan_id == key]
        if key == "overdue":
            return self.overdue()
        if key == "due_soon":
            return self.due_soon()
        if key in ("province", "owner"):
            return [r for r in rows if plans_service.group_key(r, key) == group]
        return rows

    def load_plan(self, plan_id: str) -> None:
        store, today = self.ctx.store, self.today()

        def work(_p: Any) -> PlanDetail:
            with store.reader() as uow:
                return plans_detail.plan_detail(uow, plan_id, today)

        self.ctx.tasks.run(work, self.plan_loaded.emit, owner=self)

    def load_action(self, action_id: str) -> None:
        store = self.ctx.store

        def work(_p: Any) -> ActionDetail:
            with store.reader() as uow:
                return plans_detail.action_detail(uow, action_id)

        self.ctx.tasks.run(work, self.action_loaded.emit, owner=self)

    def with_choices(self, then: Callable[[dict[str, Any]], None], event_id: str | None) -> None:
        """What the plan and action forms offer (owners, commitments, sessions, …), then
        `then(choices)`."""
        store = self.ctx.store

        def work(_p: Any) -> dict[str, Any]:
            with store.reader() as uow:
                return {
                    "owners": plans_edit.owner_choices(uow),
                    "commitments": plans_edit.commitment_choices(uow),
                    "sessions": plans_edit.session_choices(uow, event_id),
                    "events": plans_edit.event_choices(uow),
                    "memoranda": plans_edit.memorandum_choices(uow),
                    "teams": plans_edit.team_choices(uow),
                }

        self.ctx.tasks.run(work, then, owner=self)

    # ------------------------------------------------------------ writing
    def write(
        self,
        fn: Callable[[UnitOfWork], Any],
        show: Callable[[str], Any],
        done: Callable[[Any], None],
        undo: Callable[[UnitOfWork], Any] | None = None,
    ) -> None:
        """Write `fn`; `undo` (for a deletion) is what the Undo button then does."""
        self.undo_write = undo

        def committed(result: Any) -> None:
            done(result)
            self.ctx.changed(Area.PLANS)
            self.written.emit(result)

        run_write(self.ctx, fn, committed, show=show, owner=self)

    def export(self, plan_id: str, path: Path, fmt: str, group: str) -> None:
        store, today, lang = self.ctx.store, self.today(), self.ctx.lang

        def work(_p: Any) -> Path:
            with store.reader() as uow:
                return export_plan(uow, plan_id, fmt, path, group, today, lang)

        def failed(exc: BaseException) -> None:
            self.export_failed.emit(exc.message if isinstance(exc, UserError) else str(exc))

        self.ctx.tasks.run(work, self.exported.emit, failed, owner=self)
