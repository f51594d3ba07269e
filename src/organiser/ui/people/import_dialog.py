"""The import preview: the guessed columns (correctable), every row with what is wrong and what
will happen to it; nothing is written until the user presses Import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from organiser.core.thaitext import format_phone
from organiser.domain.labels import label
from organiser.domain.people import OrganisationKind
from organiser.services.people.importing.columns import Field, field_label
from organiser.services.people.importing.planning import (
    Draft,
    ImportPlan,
    RowAction,
    RowCheck,
    Severity,
)
from organiser.services.people.importing.writing import ImportResult
from organiser.ui.context import AppContext
from organiser.ui.people.import_controller import ImportController, sample_values
from organiser.ui.people.models import SortedRowsModel
from organiser.ui.widgets.table import ROW_ROLE, Column, make_table

Index = QModelIndex | QPersistentModelIndex


class PlanRowsModel(SortedRowsModel):
    """Rows of the file as they will be imported, coloured by what is wrong."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([], parent)
        self.columns = [
            Column(self.tr("Row"), lambda r: r.line, sort=lambda r: r.line, align_right=True),
            Column(self.tr("Action"), self.action_text),
            Column(self.tr("Name"), lambda r: r.draft.full_name),
            Column(
                self.tr("Phone"),
                lambda r: format_phone(r.draft.phone) if r.draft.phone.isdigit() else r.draft.phone,
            ),
            Column(self.tr("Organisation"), lambda r: r.draft.organisation),
            Column(self.tr("Kind of organisation"), self.kind_text, tooltip=self.kind_tip),
            Column(self.tr("Province"), lambda r: r.draft.province),
            Column(self.tr("What to check"), lambda r: r.reasons, tooltip=lambda r: r.reasons),
        ]

    def action_text(self, row: RowCheck) -> str:
        if row.action is RowAction.IMPORT:
            return self.tr("add")
        if row.action is RowAction.MERGE:
            return self.tr("merge")
        return self.tr("skip")

    def kind_text(self, row: RowCheck) -> str:
        return label(row.organisation_kind) if row.organisation_kind is not None else ""

    def kind_tip(self, row: RowCheck) -> str:
        if row.organisation_kind is None:
            return ""
        if row.organisation_is_new:
            return self.tr("A new organisation: its kind is read from its name; change it below.")
        return self.tr("A known organisation: it keeps its kind.")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            row = self.rows[index.row()]
            if row.has_errors:
                return QBrush(QColor("#fde7e9"))
            if any(p.severity is Severity.DUPLICATE for p in row.problems):
                return QBrush(QColor("#fff4ce"))
            if row.problems:
                return QBrush(QColor("#eef4fb"))
            return None
        return super().data(index, role)


class FixRowDialog(QDialog):
    """Correct one row's values before it is imported."""

    FIELDS = ("title", "given_name", "family_name", "nickname", "phone", "email", "organisation",
              "position", "province")  # fmt: skip

    def __init__(self, row: RowCheck, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct row {line}").format(line=row.line))
        self.row = row
        labels = {
            "title": self.tr("Title"), "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"), "nickname": self.tr("Nickname"),
            "phone": self.tr("Phone"), "email": self.tr("E-mail"),
            "organisation": self.tr("Organisation"), "position": self.tr("Position"),
            "province": self.tr("Province"),
        }  # fmt: skip
        form = QFormLayout(self)
        reasons = QLabel(row.reasons or self.tr("Nothing to correct."))
        reasons.setWordWrap(True)
        form.addRow(reasons)
        self.edits: dict[str, QLineEdit] = {}
        for name in self.FIELDS:
            edit = QLineEdit(str(getattr(row.draft, name)))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def draft(self) -> Draft:
        d = Draft(**{k: v for k, v in vars(self.row.draft).items()})
        for name, edit in self.edits.items():
            setattr(d, name, edit.text().strip())
        return d


class ImportDialog(QDialog):
    import_finished = Signal(object)  # ImportResult

    def __init__(self, ctx: AppContext, path: Path, event_id: str, event_title: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import an invitation list"))
        self.resize(1100, 720)
        self.controller = ImportController(ctx, path, event_id, self)
        self.controller.planned.connect(self.show_plan)
        self.controller.failed.connect(self.show_failure)
        self.controller.imported.connect(self._imported)
        self.controller.cancelled.connect(self._cancelled)
        self.result_value: ImportResult | None = None

        self.file_label = QLabel(
            self.tr("Reading {name} for {event}…").format(name=path.name, event=event_title)
        )
        self.file_label.setWordWrap(True)
        self.mapping_box = QWidget()
        self.mapping_layout = QHBoxLayout(self.mapping_box)
        self.mapping_layout.setContentsMargins(0, 0, 0, 0)
        mapping_scroll = QScrollArea()
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setWidget(self.mapping_box)
        mapping_scroll.setFixedHeight(130)
        mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.field_combos: list[QComboBox] = []
        self.header_combo = QComboBox()
        self.header_combo.setToolTip(self.tr("The row that names the columns"))
        self.header_combo.setMinimumWidth(280)
        self.header_combo.activated.connect(
            lambda i: self.controller.set_header(self.header_combo.itemData(i))
        )

        self.model = PlanRowsModel(self)
        self.table = make_table(self.model, alternating=False)
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.doubleClicked.connect(lambda _i: self.fix_selected())
        self.only_problems = QCheckBox(self.tr("Only rows that need a look"))
        self.only_problems.toggled.connect(lambda _on: self._show_rows())

        self.add_button = QPushButton(self.tr("Add as new"))
        self.merge_button = QPushButton(self.tr("Merge with the known person"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.fix_button = QPushButton(self.tr("Correct…"))
        self.add_button.clicked.connect(lambda: self.set_selected_action(RowAction.IMPORT))
        self.merge_button.clicked.connect(lambda: self.set_selected_action(RowAction.MERGE))
        self.skip_button.clicked.connect(lambda: self.set_selected_action(RowAction.SKIP))
        self.fix_button.clicked.connect(self.fix_selected)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Kind of a new organisation…"), None)
        for kind in OrganisationKind:
            self.kind_combo.addItem(label(kind), kind.value)
        self.kind_combo.setToolTip(
            self.tr("Set the kind of the new organisations of the selected rows")
        )
        self.kind_combo.activated.connect(self._kind_chosen)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(self.only_problems)
        row_buttons.addStretch(1)
        row_buttons.addWidget(self.kind_combo)
        for b in (self.add_button, self.merge_button, self.skip_button, self.fix_button):
            row_buttons.addWidget(b)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        header_row = QHBoxLayout()
        header_row.addWidget(QLabel(self.tr("Header row:")))
        header_row.addWidget(self.header_combo)
        header_row.addSpacing(20)
        header_row.addWidget(
            QLabel(self.tr("Columns (correct a guess by choosing another field):")), 1
        )
        layout.addLayout(header_row)
        layout.addWidget(mapping_scroll)
        layout.addLayout(row_buttons)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.controller.load()

    # ------------------------------------------------------------ showing the plan
    def show_plan(self, plan: ImportPlan) -> None:
        table = plan.table
        parts = [plan.file_name]
        if table.encoding:
            parts.append(self.tr("encoding {enc}").format(enc=table.encoding))
        if plan.header_index is not None:
            parts.append(
                self.tr("header in row {line}").format(line=table.lines[plan.header_index])
            )
        else:
            parts.append(self.tr("no header row found: choose the columns below"))
        parts.append(self.tr("{n} rows").format(n=len(plan.rows)))
        text = " · ".join(parts)
        if table.notes:
            text += "\n" + "\n".join(table.notes[:3])
        self.file_label.setText(text)
        self._build_mapping(plan)
        self.header_combo.clear()
        self.header_combo.addItem(self.tr("(none)"), None)
        for i, line in enumerate(table.lines[:30]):
            preview = " | ".join(c for c in table.rows[i] if c)[:60]
            self.header_combo.addItem(
                self.tr("Row {line}: {cells}").format(line=line, cells=preview), i
            )
        self.header_combo.setCurrentIndex(
            0 if plan.header_index is None else self.header_combo.findData(plan.header_index)
        )
        selected = self.selected_lines()
        self._show_rows()
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 320))
        self._reselect(selected)
        new, merge, skip = (
            plan.count(a) for a in (RowAction.IMPORT, RowAction.MERGE, RowAction.SKIP)
        )
        errors = len(plan.error_rows)
        self.summary.setText(
            self.tr(
                "{new} new people, {merge} already known (merged), {skip} skipped; {errors} rows have errors."
            ).format(new=new, merge=merge, skip=skip, errors=errors)
        )
        names_mapped = Field.FULL_NAME in plan.mapping or Field.GIVEN_NAME in plan.mapping
        self.import_button.setEnabled(names_mapped and (new + merge) > 0)
        self.import_button.setText(self.tr("Import {n} rows").format(n=new + merge))

    def _show_rows(self) -> None:
        plan = self.controller.plan
        rows = plan.rows if plan is not None else []
        if self.only_problems.isChecked():
            rows = [r for r in rows if r.problems]
        self.model.set_rows(rows)

    def _build_mapping(self, plan: ImportPlan) -> None:
        headers = plan.headers
        if headers == getattr(self, "_headers_shown", None):
            for combo, f in zip(self.field_combos, plan.mapping, strict=False):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(f.value))
                combo.blockSignals(False)
            return
        while self.mapping_layout.count():
            taken = self.mapping_layout.takeAt(0)
            if taken is not None and (widget := taken.widget()) is not None:
                widget.deleteLater()
        self.field_combos = []
        self._headers_shown = list(headers)
        for column, header in enumerate(headers):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            v = QVBoxLayout(box)
            title = QLabel(f"<b>{header or '—'}</b>")
            combo = QComboBox()
            for f in Field:
                combo.addItem(field_label(f), f.value)
            combo.setCurrentIndex(combo.findData(plan.mapping[column].value))
            combo.currentIndexChanged.connect(
                lambda _i, c=column, cb=combo: self.controller.set_field(c, Field(cb.currentData()))
            )
            samples = QLabel("\n".join(s[:30] for s in sample_values(plan, column, 2)))
            samples.setStyleSheet("color: #666")
            v.addWidget(title)
            v.addWidget(combo)
            v.addWidget(samples)
            self.mapping_layout.addWidget(box)
            self.field_combos.append(combo)
        self.mapping_layout.addStretch(1)

    def show_failure(self, message: str) -> None:
        self.file_label.setText(message)
        self.file_label.setStyleSheet("color: #b00020")
        self.import_button.setEnabled(False)

    # ------------------------------------------------------------ the user's choices
    def selected_rows(self) -> list[RowCheck]:
        rows = []
        for index in self.table.selectionModel().selectedRows():
            row = index.data(ROW_ROLE)
            if isinstance(row, RowCheck):
                rows.append(row)
        return rows

    def selected_lines(self) -> list[int]:
        return [r.line for r in self.selected_rows()]

    def _reselect(self, lines: list[int]) -> None:
        wanted = set(lines)
        if not wanted:
            return
        selection = self.table.selectionModel()
        for r in range(self.model.rowCount()):
            index = self.model.index(r, 0)
            row = index.data(ROW_ROLE)
            if isinstance(row, RowCheck) and row.line in wanted:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )

    def select_line(self, line: int) -> None:
        self.table.clearSelection()
        self._reselect([line])

    def set_selected_action(self, action: RowAction) -> None:
        lines = self.selected_lines()
        if lines:
            self.controller.set_action(lines, action)

    def set_selected_kind(self, kind: OrganisationKind) -> None:
        lines = self.selected_lines()
        if lines:
            self.controller.set_kind(lines, kind)

    def _kind_chosen(self, index: int) -> None:
        value = self.kind_combo.itemData(index)
        self.kind_combo.setCurrentIndex(0)  # a command, not a state: it names no row's kind
        if value:
            self.set_selected_kind(OrganisationKind(value))

    def fix_dialog(self, row: RowCheck) -> FixRowDialog:
        return FixRowDialog(row, self)

    def fix_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        dialog = self.fix_dialog(rows[0])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.controller.fix_row(rows[0].line, dialog.draft())

    # ------------------------------------------------------------ writing
    def confirm(self) -> None:
        self.import_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        self.controller.import_now(self, self.tr("Importing the list…"), self.tr("Cancel"))

    def _imported(self, result: ImportResult) -> None:
        self.result_value = result
        self.import_finished.emit(result)
        self.accept()

    def _cancelled(self) -> None:
        self.cancel_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.summary.setText(self.tr("Import cancelled: nothing was written."))
