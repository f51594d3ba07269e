"""Forms of the plans area: a plan, an action, a progress update.

Each dialog is opened non-blocking (`open()`); on OK it emits `submitted` with plain values and
stays open until the page says the write worked (`done()`) or shows why not (`set_error()`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from organiser.core.i18n import current_language
from organiser.core.provinces import PROVINCES, province_label
from organiser.core.thaidate import fiscal_year, fiscal_year_bounds, format_fiscal_year
from organiser.domain.labels import label
from organiser.domain.plan_rules import allowed_next, period_fiscal_years
from organiser.domain.plans import ActionStatus, PlanKind
from organiser.services.plans.detail import ActionDetail, PlanDetail
from organiser.services.plans.editing import ActionInput, Choice, PlanInput
from organiser.services.plans.guidelines import region_provinces
from organiser.ui.widgets.dates import OptionalDateEdit, ThaiDateEdit, take_date_refusals
from organiser.ui.writing import error_line

REGIONS = ("south", "north", "northeast", "central", "east", "west")


class FormDialog(QDialog):
    """OK/Cancel, an error line, and the submit protocol described in the module docstring."""

    submitted = Signal(object)
    # the record edited (table, id), whose fields in conflict the page marks; None when new
    conflict_record: tuple[str, str] | None = None
    # which widget edits which column, for those marks (`ui/sync/marks.py`)
    CONFLICT_WIDGETS: ClassVar[dict[str, str]] = {}

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.form = QFormLayout()
        self.error = error_line()
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> Any:
        raise NotImplementedError

    def submit(self) -> None:
        if take_date_refusals(self):
            return  # the note beside the date says why; the next OK goes ahead
        self.error.hide()
        self.ok_button.setEnabled(False)
        self.submitted.emit(self.values())

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.ok_button.setEnabled(True)

    def done_ok(self) -> None:
        self.accept()


def _fill(combo: QComboBox, choices: list[Choice], none_text: str, current: str | None) -> None:
    combo.addItem(none_text, None)
    for c in choices:
        if c.deleted and c.id != current:
            continue
        deleted = QCoreApplication.translate("PlanDialogs", "(deleted)")
        combo.addItem(c.label + (" " + deleted if c.deleted else ""), c.id)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))


def _searchable(combo: QComboBox) -> None:
    """Type any part of a name to find it (directories run to thousands of people)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = combo.completer()
    assert completer is not None  # an editable combo box has one
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


class PlanDialog(FormDialog):
    CONFLICT_WIDGETS: ClassVar[dict[str, str]] = {
        "title": "title_edit",
        "period_start": "start",
        "period_end": "end",
        "event_id": "seminar",
        "team_id": "team",
    }  # kind, region, province and goals have widgets of their own name

    def __init__(
        self,
        choices: dict[str, list[Choice]],
        plan: PlanDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Edit plan") if plan else self.tr("New plan"), parent)
        self.conflict_record = ("plan", plan.id) if plan else None
        lang = current_language()
        self.kind = QComboBox()
        for kind in PlanKind:
            self.kind.addItem(label(kind), kind.value)
        self.title_edit = QLineEdit()
        self.region = QComboBox()
        names = {
            "south": self.tr("South"),
            "north": self.tr("North"),
            "northeast": self.tr("Northeast"),
            "central": self.tr("Central"),
            "east": self.tr("East"),
            "west": self.tr("West"),
        }
        for key in REGIONS:
            self.region.addItem(names[key], key)
        self.province = QComboBox()
        self.region.currentIndexChanged.connect(lambda _i: self._fill_provinces(lang))
        self.period_mode = QComboBox()
        self.period_mode.addItem(self.tr("Thai fiscal year (October–September)"), "fy")
        self.period_mode.addItem(self.tr("From a date to a date"), "dates")
        self.period_mode.addItem(self.tr("No period"), "none")
        self.fiscal = QComboBox()
        this_fy = fiscal_year(dt.date.today())
        for fy in range(2545, this_fy + 6):
            self.fiscal.addItem(format_fiscal_year(fy, lang), fy)
        self.fiscal.setCurrentIndex(self.fiscal.findData(this_fy))
        self.start = ThaiDateEdit()
        self.end = ThaiDateEdit()
        self.start.set_value(dt.date.today())
        self.end.set_value(dt.date.today() + dt.timedelta(days=365))
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        self.period_mode.currentIndexChanged.connect(lambda _i: self._period_changed())
        self.fiscal.currentIndexChanged.connect(lambda _i: self._show_fiscal_dates())
        self.goals = QPlainTextEdit()
        self.goals.setPlaceholderText(self.tr("One goal per line"))
        self.goals.setMinimumHeight(90)
        self.seminar = QComboBox()
        _fill(
            self.seminar,
            choices["events"],
            self.tr("(none)"),
            plan.event.id if plan and plan.event else None,
        )
        self.team = QComboBox()
        _fill(
            self.team,
            choices["teams"],
            self.tr("(none)"),
            plan.team.id if plan and plan.team else None,
        )
        self.memoranda = QListWidget()
        self.memoranda.setMaximumHeight(90)
        linked = {m.id for m in plan.memoranda} if plan else set()
        for m in choices["memoranda"]:
            if m.deleted and m.id not in linked:
                continue
            item = QListWidgetItem(m.label + (" " + self.tr("(deleted)") if m.deleted else ""))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.id in linked else Qt.CheckState.Unchecked)
            self.memoranda.addItem(item)

        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Title"), self.title_edit)
        self.form.addRow(self.tr("Region"), self.region)
        self.form.addRow(self.tr("Area"), self.province)
        self.form.addRow(self.tr("Period"), self.period_mode)
        self.form.addRow(self.tr("Fiscal year"), self.fiscal)
        self.form.addRow(self.tr("Dates"), dates)
        self.form.addRow(self.tr("Goals"), self.goals)
        self.form.addRow(self.tr("From the seminar"), self.seminar)
        self.form.addRow(self.tr("Core team"), self.team)
        self.form.addRow(self.tr("Related memoranda"), self.memoranda)
        self._dates_row = dates
        self._fill_provinces(lang)
        if plan is not None:
            self.kind.setCurrentIndex(self.kind.findData(plan.kind))
            self.title_edit.setText(plan.title)
            self.region.setCurrentIndex(max(self.region.findData(plan.region or "south"), 0))
            self.province.setCurrentIndex(max(self.province.findData(plan.province), 0))
            years = period_fiscal_years(plan.period_start, plan.period_end)
            if years is not None and years[0] == years[1]:
                self.period_mode.setCurrentIndex(0)
                self.fiscal.setCurrentIndex(max(self.fiscal.findData(years[0]), 0))
            elif plan.period_start and plan.period_end:
                self.period_mode.setCurrentIndex(1)
                self.start.set_value(plan.period_start)
                self.end.set_value(plan.period_end)
            else:
                self.period_mode.setCurrentIndex(2)
            self.goals.setPlainText(plan.goals)
        self._period_changed()

    def _fill_provinces(self, lang: str) -> None:
        current = self.province.currentData()
        self.province.clear()
        self.province.addItem(self.tr("The whole region"), "")
        region = self.region.currentData() or "south"
        for name in region_provinces(region):
            self.province.addItem(province_label(name, lang), name)
        self.province.setCurrentIndex(max(self.province.findData(current), 0))

    def _period_changed(self) -> None:
        mode = self.period_mode.currentData()
        self.fiscal.setEnabled(mode == "fy")
        self.start.setEnabled(mode == "dates")
        self.end.setEnabled(mode == "dates")
        self._show_fiscal_dates()

    def _show_fiscal_dates(self) -> None:
        """The dates row shows the fiscal year's own period (1 Oct – 30 Sep), not today's date:
        what is shown is what is saved, and a switch to other dates starts from there."""
        if self.period_mode.currentData() == "fy" and self.fiscal.currentData() is not None:
            start, end = fiscal_year_bounds(int(self.fiscal.currentData()))
            self.start.set_value(start)
            self.end.set_value(end)

    def values(self) -> PlanInput:
        mode = self.period_mode.currentData()
        start: dt.date | None = None
        end: dt.date | None = None
        if mode == "fy":
            start, end = fiscal_year_bounds(int(self.fiscal.currentData()))
        elif mode == "dates":
            start, end = self.start.value(), self.end.value()
        memoranda = [
            str(self.memoranda.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.memoranda.count())
            if self.memoranda.item(i).checkState() == Qt.CheckState.Checked
        ]
        return PlanInput(
            kind=PlanKind(self.kind.currentData()),
            title=self.title_edit.text(),
            region=self.region.currentData() or "",
            province=self.province.currentData() or "",
            period_start=start,
            period_end=end,
            goals=self.goals.toPlainText(),
            event_id=self.seminar.currentData(),
            memorandum_ids=memoranda,
            team_id=self.team.currentData(),
        )


class ActionDialog(FormDialog):
    CONFLICT_WIDGETS: ClassVar[dict[str, str]] = {
        "title": "title_edit",
        "owner_person_id": "owner",
        "owner_organisation_id": "owner",
        "starts_on": "starts.edit",
        "due_on": "due.edit",
        "commitment_id": "link",
        "session_id": "link",
    }  # description and province have widgets of their own name

    def __init__(
        self,
        choices: dict[str, list[Choice]],
        action: ActionDetail | None = None,
        default_province: str = "",
        parent: QWidget | None = None,
        region: str = "south",
    ) -> None:
        super().__init__(self.tr("Edit action") if action else self.tr("New action"), parent)
        self.conflict_record = ("plan_action", action.id) if action else None
        lang = current_language()
        self.title_edit = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("(no owner yet)"), None)
        for c in choices["owners"]:
            self.owner.addItem(c.label, f"{c.kind}:{c.id}")  # strings: Qt compares them in findData
        _searchable(self.owner)
        self.province = QComboBox()
        self.province.addItem(self.tr("Whole region"), "")
        near = region_provinces(region)  # the plan's region first, then the rest of Thailand
        for name in near:
            self.province.addItem(province_label(name, lang), name)
        self.province.insertSeparator(self.province.count())
        for p in PROVINCES:
            if p.name_th not in near:
                self.province.addItem(province_label(p.name_th, lang), p.name_th)
        self.starts = OptionalDateEdit(self.tr("no start date"))
        self.due = OptionalDateEdit(self.tr("no due date"))
        self.link = QComboBox()
        self.link.addItem(self.tr("(nothing)"), None)
        current_link = (
            f"commitment:{action.commitment_id}"
            if action and action.commitment_id
            else (f"session:{action.session_id}" if action and action.session_id else None)
        )
        for kind, key, prefix in (
            ("commitment", "commitments", self.tr("Memorandum")),
            ("session", "sessions", self.tr("Session")),
        ):
            for c in choices[key]:
                if c.deleted and f"{kind}:{c.id}" != current_link:
                    continue
                text = f"{prefix}: {c.label}" + (" " + self.tr("(deleted)") if c.deleted else "")
                self.link.addItem(text, f"{kind}:{c.id}")
        _searchable(self.link)
        self.form.addRow(self.tr("Action"), self.title_edit)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Owner"), self.owner)
        self.form.addRow(self.tr("Province"), self.province)
        self.form.addRow(self.tr("Start"), self.starts)
        self.form.addRow(self.tr("Due date"), self.due)
        self.form.addRow(self.tr("Came from"), self.link)
        self.province.setCurrentIndex(max(self.province.findData(default_province), 0))
        if action is not None:
            self.title_edit.setText(action.title)
            self.description.setPlainText(action.description)
            owner = (
                f"person:{action.owner_person_id}"
                if action.owner_person_id
                else f"organisation:{action.owner_organisation_id}"
            )
            self.owner.setCurrentIndex(max(self.owner.findData(owner), 0))
            self.province.setCurrentIndex(max(self.province.findData(action.province), 0))
            self.starts.set_value(action.starts_on)
            self.due.set_value(action.due_on)
            if current_link is not None:
                self.link.setCurrentIndex(max(self.link.findData(current_link), 0))

    def select_owner(self, text: str) -> bool:
        """Choose the first owner whose name contains `text` (what typing into the box does)."""
        for i in range(1, self.owner.count()):
            if text in self.owner.itemText(i):
                self.owner.setCurrentIndex(i)
                return True
        return False

    def values(self) -> ActionInput:
        owner = str(self.owner.currentData() or ":").split(":", 1)
        link = str(self.link.currentData() or ":").split(":", 1)
        return ActionInput(
            title=self.title_edit.text(),
            description=self.description.toPlainText(),
            owner_person_id=owner[1] if owner[0] == "person" else None,
            owner_organisation_id=owner[1] if owner[0] == "organisation" else None,
            province=self.province.currentData() or "",
            starts_on=self.starts.value(),
            due_on=self.due.value(),
            commitment_id=link[1] if link[0] == "commitment" else None,
            session_id=link[1] if link[0] == "session" else None,
        )


class UpdateDialog(FormDialog):
    """Post a dated progress update: the status can only move where the rules allow."""

    def __init__(
        self, action: ActionDetail, author: str, today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Progress update"), parent)
        self.conflict_record = ("plan_action", action.id)  # its status and progress
        current = ActionStatus(action.status)
        self.current_progress = action.progress
        heading = QLabel(action.title)
        heading.setWordWrap(True)
        heading.setObjectName("sectionTitle")
        self.on = ThaiDateEdit()
        self.on.set_value(today)
        self.author = QLineEdit(author)
        self.status = QComboBox()
        for status in ActionStatus:
            if status in allowed_next(current):
                self.status.addItem(label(status), status.value)
        self.status.setCurrentIndex(self.status.findData(current.value))
        self.progress = QSpinBox()
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(action.progress)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What happened, what is next, what is in the way"))
        self.note.setMinimumHeight(90)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())
        self.form.addRow(heading)
        self.form.addRow(self.tr("Date"), self.on)
        self.form.addRow(self.tr("Reported by"), self.author)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("Progress"), self.progress)
        self.form.addRow(self.tr("Note"), self.note)

    def _status_changed(self) -> None:
        done = self.status.currentData() == ActionStatus.DONE.value
        if done:
            self.progress.setValue(100)
        self.progress.setEnabled(not done)

    def set_status(self, status: ActionStatus) -> None:
        self.status.setCurrentIndex(self.status.findData(status.value))

    def values(self) -> dict[str, Any]:
        return {
            "on": self.on.value(),
            "author": self.author.text(),
            "status": ActionStatus(self.status.currentData()),
            "progress": self.progress.value(),
            "note": self.note.toPlainText(),
        }
