"""What the import dialog does, without widgets: read, check again after each correction, write."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.progress import Progress
from organiser.domain.people import OrganisationKind
from organiser.services.people.importing.columns import Field
from organiser.services.people.importing.planning import (
    Draft,
    ImportPlan,
    KnownPeople,
    RowAction,
    organisation_key,
    plan_import,
)
from organiser.services.people.importing.reading import Table, read_table
from organiser.services.people.importing.writing import run_import
from organiser.services.safety.autobackup import BulkChange
from organiser.ui.context import AppContext
from organiser.ui.tasks import Task
from organiser.ui.writing import run_write_with_progress


class ImportController(QObject):
    """Holds the file, the mapping and the user's choices; every change re-checks the rows
    off the GUI thread and emits `planned` (older answers are dropped)."""

    planned = Signal(object)  # ImportPlan
    failed = Signal(str)
    imported = Signal(object)  # ImportResult
    cancelled = Signal()

    def __init__(
        self, ctx: AppContext, path: Path, event_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.event_id = event_id
        self.table: Table | None = None
        self.known: KnownPeople | None = None
        self.plan: ImportPlan | None = None
        self.header_index: int | None = -1
        self.mapping: list[Field] | None = None
        self.fixes: dict[int, Draft] = {}
        self.actions: dict[int, RowAction] = {}
        self.kinds: dict[str, OrganisationKind] = {}  # chosen for new organisations, by key
        self._generation = 0
        self.busy = False
        self.write_task: Task | None = None

    def load(self) -> None:
        self._replan(read_file=True)

    def set_field(self, column: int, field: Field) -> None:
        if self.plan is None:
            return
        mapping = list(self.plan.mapping)
        if field is not Field.IGNORE:  # a field belongs to one column only
            mapping = [Field.IGNORE if f is field else f for f in mapping]
        mapping[column] = field
        self.mapping = mapping
        self._replan()

    def set_header(self, index: int | None) -> None:
        """Which row holds the headers (None: the file has none); the columns are guessed again."""
        self.header_index = index
        self.mapping = None
        self._replan()

    def set_action(self, lines: list[int], action: RowAction) -> None:
        for line in lines:
            self.actions[line] = action
        self._replan()

    def set_kind(self, lines: list[int], kind: OrganisationKind) -> None:
        """The kind of the new organisations these rows name (known ones keep theirs)."""
        if self.plan is None:
            return
        wanted = set(lines)
        for row in self.plan.rows:
            if row.line in wanted and row.organisation_is_new:
                self.kinds[organisation_key(row.draft.organisation)] = kind
        self._replan()

    def fix_row(self, line: int, draft: Draft) -> None:
        self.fixes[line] = replace(draft)
        self.actions.pop(line, None)
        self._replan()

    def _replan(self, read_file: bool = False) -> None:
        self._generation += 1
        generation = self._generation
        store, path = self.ctx.store, self.path
        table, known = self.table, self.known
        header, mapping = self.header_index, self.mapping
        fixes, actions, kinds = dict(self.fixes), dict(self.actions), dict(self.kinds)
        self.busy = True

        def work(_progress: Progress) -> tuple[Table, KnownPeople, ImportPlan]:
            with store.reader() as uow:
                t = read_table(path) if read_file or table is None else table
                k = known or KnownPeople.load(uow)
                plan = plan_import(uow, t, path.name, header, mapping, fixes, actions, k, kinds)
                return t, k, plan

        def done(result: tuple[Table, KnownPeople, ImportPlan]) -> None:
            if generation != self._generation:
                return
            self.busy = False
            self.table, self.known, self.plan = result
            self.header_index = self.plan.header_index
            self.mapping = self.plan.mapping
            self.planned.emit(self.plan)

        def error(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.busy = False
            self.failed.emit(exc.message if isinstance(exc, UserError) else str(exc))

        self.ctx.tasks.run(work, done, error)

    def import_now(self, parent: QWidget, title: str, cancel_text: str) -> Task | None:
        """Write the checked rows in one transaction, with a progress dialog and Cancel."""
        plan, event_id = self.plan, self.event_id
        if plan is None or self.busy:
            return None
        task = run_write_with_progress(
            self.ctx,
            lambda uow, progress: run_import(uow, plan, event_id, progress),
            self.imported.emit,
            parent=parent,
            title=title,
            cancel_text=cancel_text,
            backing_up=self.tr("Making a backup first"),
            show=self.failed.emit,
            backup_first=BulkChange.IMPORT,
            changed=[Area.PEOPLE],
        )
        task.cancelled.connect(self.cancelled)
        self.write_task = task
        return task


def sample_values(plan: ImportPlan, column: int, n: int = 3) -> list[str]:
    out: list[str] = []
    for row in plan.rows:
        if column < len(row.cells) and row.cells[column]:
            out.append(row.cells[column])
            if len(out) == n:
                break
    return out


def lines_of(rows: list[Any]) -> list[int]:
    return [r.line for r in rows]
