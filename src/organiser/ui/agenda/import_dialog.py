"""The preview of a programme import: the guessed columns (correctable), every row as the
session it will become with its problems and conflicts; nothing is written until Import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.errors import UserError
from organiser.core.notices import Area
from organiser.core.progress import Progress
from organiser.core.thaidate import format_date, format_time_range
from organiser.domain.agenda import SessionKind
from organiser.domain.labels import label_of
from organiser.services.agenda.importing.columns import Column, column_label
from organiser.services.agenda.importing.planning import (
    AgendaImportPlan,
    SessionLine,
    plan_agenda_import,
)
from organiser.services.agenda.importing.reading import read_pasted, read_programme
from organiser.services.agenda.importing.writing import AgendaImportResult, run_agenda_import
from organiser.services.people.importing.reading import Table
from organiser.services.safety.autobackup import BulkChange
from organiser.ui.context import AppContext
from organiser.ui.widgets.table import Column as ViewColumn
from organiser.ui.widgets.table import RowsModel, make_table
from organiser.ui.writing import run_write

Index = QModelIndex | QPersistentModelIndex


class AgendaImportController(QObject):
    """Holds the source, the columns and the user's choices; each change re-checks the rows off
    the GUI thread and emits `planned` (answers to older questions are dropped)."""

    planned = Signal(object)  # AgendaImportPlan
    failed = Signal(str)
    imported = Signal(object)  # AgendaImportResult

    def __init__(self, ctx: AppContext, event_id: str, path: Path | None = None,
                 pasted: str = "", default_day: dt.date | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.ctx, self.event_id, self.path, self.pasted = ctx, event_id, path, pasted
        self.default_day = default_day
        self.table: Table | None = None
        self.plan: AgendaImportPlan | None = None
        self.mapping: list[Column] | None = None
        self.choices: dict[int, bool] = {}
        self.busy = False
        self._generation = 0

    @property
    def source(self) -> str:
        return self.path.name if self.path else ""

    def load(self) -> None:
        self._replan()

    def set_column(self, index: int, column: Column) -> None:
        if self.plan is None:
            return
        mapping = list(self.plan.mapping)
        if column is not Column.IGNORE:  # a column of the agenda comes from one place only
            mapping = [Column.IGNORE if c is column else c for c in mapping]
        mapping[index] = column
        self.mapping = mapping
        self._replan()

    def set_included(self, lines: list[int], include: bool) -> None:
        self.choices.update(dict.fromkeys(lines, include))
        self._replan()

    def _replan(self) -> None:
        self._generation += 1
        generation = self._generation
        store, path, pasted, table = self.ctx.store, self.path, self.pasted, self.table
        mapping, choices, event_id = self.mapping, dict(self.choices), self.event_id
        source, day = self.source, self.default_day
        header = -1 if mapping is None or self.plan is None else self.plan.header_index
        self.busy = True

        def work(_progress: Progress) -> AgendaImportPlan:
            read = table or (read_programme(path) if path else read_pasted(pasted))
            with store.reader() as uow:
                return plan_agenda_import(uow, read, event_id, source, header, mapping, choices,
                                          day)  # fmt: skip

        def done(plan: AgendaImportPlan) -> None:
            if generation == self._generation:
                self.busy = False
                self.plan, self.table, self.mapping = plan, plan.table, plan.mapping
                self.planned.emit(plan)

        def error(exc: BaseException) -> None:
            if generation == self._generation:
                self.busy = False
                self.failed.emit(exc.message if isinstance(exc, UserError) else str(exc))

        self.ctx.tasks.run(work, done, error, owner=self)

    def import_now(self) -> None:
        """Write the rows in one transaction, after a backup; all or nothing."""
        plan, event_id = self.plan, self.event_id
        if plan is None or self.busy:
            return
        self.busy = True

        def done(result: AgendaImportResult) -> None:
            self.busy = False
            self.imported.emit(result)

        def failed(_exc: BaseException) -> None:
            self.busy = False

        run_write(
            self.ctx,
            lambda uow: run_agenda_import(uow, plan, event_id),
            done,
            show=self.failed.emit,
            failed=failed,
            owner=self,
            backup_first=BulkChange.IMPORT,
            changed=[Area.AGENDA],
        )


class SessionLinesModel(RowsModel[SessionLine]):
    """The rows as sessions, coloured: red not imported, yellow already there, blue a conflict
    or an assumption."""

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            ViewColumn(self.tr("Row"), lambda r: r.line, align_right=True),
            ViewColumn(
                self.tr("Action"), lambda r: self.tr("add") if self.imported(r) else self.tr("skip")
            ),
            ViewColumn(
                self.tr("Day"), lambda r: format_date(r.day, "short", lang) if r.day else ""
            ),
            ViewColumn(
                self.tr("Time"),
                lambda r: (
                    format_time_range(r.starts_at, r.ends_at, lang)
                    if r.starts_at and r.ends_at
                    else ""
                ),
            ),
            ViewColumn(self.tr("Kind"), lambda r: label_of(SessionKind, r.kind.value)),
            ViewColumn(self.tr("Session"), lambda r: r.title, tooltip=lambda r: r.description),
            ViewColumn(self.tr("Room"), lambda r: r.room),
            ViewColumn(self.tr("What to check"), lambda r: r.reasons, tooltip=lambda r: r.reasons),
        ]

    @staticmethod
    def imported(row: SessionLine) -> bool:
        return row.include and not row.has_errors

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.has_errors:
                return QBrush(QColor("#fde7e9"))
            if not row.include:
                return QBrush(QColor("#fff4ce"))
            if row.problems:
                return QBrush(QColor("#eef4fb"))
            return None
        return super().data(index, role)


class AgendaImportDialog(QDialog):
    import_finished = Signal(object)  # AgendaImportResult

    def __init__(self, controller: AgendaImportController, event_title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a programme"))
        self.resize(1100, 680)
        self.controller = controller
        controller.setParent(self)
        controller.planned.connect(self.show_plan)
        controller.failed.connect(self.show_failure)
        controller.imported.connect(self._imported)
        source = controller.source or self.tr("rows pasted from the clipboard")
        self.file_label = QLabel(
            self.tr("Reading {name} for {event}…").format(name=source, event=event_title)
        )
        self.file_label.setWordWrap(True)
        self.mapping_layout = QHBoxLayout()
        self.column_combos: list[QComboBox] = []
        self.model = SessionLinesModel(controller.ctx.lang, self)
        self.table = make_table(self.model, sortable=False, alternating=False, wrap=True)
        self.include_button = QPushButton(self.tr("Import these rows"))
        self.skip_button = QPushButton(self.tr("Skip these rows"))
        self.include_button.clicked.connect(lambda: self._choose(True))
        self.skip_button.clicked.connect(lambda: self._choose(False))
        row_buttons = QHBoxLayout()
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.include_button)
        row_buttons.addWidget(self.skip_button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(QLabel(self.tr("Columns (correct a guess by choosing another):")))
        layout.addLayout(self.mapping_layout)
        layout.addLayout(row_buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        controller.load()

    def show_plan(self, plan: AgendaImportPlan) -> None:
        parts = [plan.source or self.tr("pasted rows")]
        if plan.header_index is not None:
            parts.append(
                self.tr("header in row {line}").format(line=plan.table.lines[plan.header_index])
            )
        else:
            parts.append(self.tr("no header row: check the columns below"))
        text = " · ".join(parts)
        if plan.table.notes:
            text += "\n" + "\n".join(plan.table.notes[:3])
        self.file_label.setText(text)
        self._build_mapping(plan)
        self.model.set_rows(plan.rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 300))
        adding = len(plan.to_import)
        summary = self.tr(
            "{n} sessions to add, {conflicts} of them with a conflict; {skipped} rows skipped."
        ).format(n=adding, conflicts=len(plan.with_conflicts), skipped=len(plan.skipped))
        if plan.new_rooms:
            summary += " " + self.tr("New rooms: {rooms}.").format(rooms=", ".join(plan.new_rooms))
        found = sum(len(row.speakers) for row in plan.to_import)
        if found:
            summary += " " + self.tr("{n} speakers found in the directory.").format(n=found)
        self.summary.setStyleSheet("")
        self.summary.setText(summary)
        timed = {Column.TIME, Column.START} & set(plan.mapping)
        self.import_button.setEnabled(bool(timed) and adding > 0)
        self.import_button.setText(self.tr("Import {n} sessions").format(n=adding))

    def _build_mapping(self, plan: AgendaImportPlan) -> None:
        if len(self.column_combos) != len(plan.mapping):
            while self.mapping_layout.count():
                item = self.mapping_layout.takeAt(0)
                if item is not None and (widget := item.widget()) is not None:
                    widget.deleteLater()
            self.column_combos = []
            for index in range(len(plan.mapping)):
                combo = QComboBox()
                for column in Column:
                    combo.addItem(column_label(column), column.value)
                combo.activated.connect(
                    lambda i, n=index, c=combo: self.controller.set_column(n, Column(c.itemData(i)))
                )
                self.column_combos.append(combo)
                self.mapping_layout.addWidget(combo)
            self.mapping_layout.addStretch(1)
        for combo, column, header in zip(self.column_combos, plan.mapping, plan.headers,
                                         strict=False):  # fmt: skip
            combo.setCurrentIndex(combo.findData(column.value))
            combo.setToolTip(header)

    def selected_lines(self) -> list[int]:
        return sorted(
            {self.model.rows[i.row()].line for i in self.table.selectionModel().selectedRows()}
        )

    def _choose(self, include: bool) -> None:
        if lines := self.selected_lines():
            self.controller.set_included(lines, include)

    def _import(self) -> None:
        self.import_button.setEnabled(False)
        self.summary.setText(self.tr("Importing…"))
        self.controller.import_now()

    def show_failure(self, text: str) -> None:
        self.summary.setStyleSheet("color: #9b1c1c;")
        self.summary.setText(text)
        self.import_button.setEnabled(self.controller.plan is not None)

    def _imported(self, result: AgendaImportResult) -> None:
        self.import_finished.emit(result)
        self.accept()
