"""A conflict, settled by a person: every value with who made it and when; keep one of them or
type another. The choice is a new edit that saw them all, and settles it on every copy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.thaidate import format_moment
from organiser.services.sync import conflicts
from organiser.services.sync.conflicts import ConflictValue
from organiser.services.sync.overview import ConflictShown
from organiser.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncConflicts", text)


def _tables() -> dict[str, str]:
    return {
        "person": tr("Person"),
        "organisation": tr("Organisation"),
        "memorandum": tr("Memorandum"),
        "plan": tr("Follow-up plan"),
        "plan_action": tr("Action"),
        "event": tr("Seminar"),
        "registration": tr("Registration"),
    }


def _fields() -> dict[str, str]:
    return {
        "title": tr("Title"),
        "given_name": tr("Given name"),
        "family_name": tr("Family name"),
        "nickname": tr("Nickname"),
        "phone": tr("Phone"),
        "email": tr("E-mail"),
        "line_id": tr("LINE ID"),
        "position": tr("Position"),
        "name": tr("Name"),
        "province": tr("Province"),
        "district": tr("District"),
        "status": tr("Status"),
        "notes": tr("Notes"),
        "due_on": tr("Due date"),
        "description": tr("Description"),
        "deleted_at": tr("Deleted"),
        "organisation_id": tr("Organisation"),
        "kind": tr("Kind"),
        "region": tr("Region"),
        "goals": tr("Goals"),
        "period_start": tr("Period starts"),
        "period_end": tr("Period ends"),
        "starts_on": tr("Start date"),
        "event_id": tr("Seminar"),
        "team_id": tr("Core team"),
        "owner_person_id": tr("Owner"),
        "owner_organisation_id": tr("Owner"),
        "progress": tr("Progress"),
        "purpose": tr("Purpose"),
        "reference_no": tr("Reference no."),
        "short_name": tr("Short name"),
        "name_en": tr("Name in English"),
        "subdistrict": tr("Sub-district"),
        "village_no": tr("Village no."),
        "role": tr("Role"),
        "venue": tr("Venue"),
    }


def field_label(column: str) -> str:
    return _fields().get(column, column)


def values_text(shown: ConflictShown, lang: str) -> list[str]:
    """Every value of a conflict in words, as the forms show them."""
    texts: list[str | None] = list(shown.texts) or [None] * len(shown.conflict.values)
    return [value_text(v, lang, t) for v, t in zip(shown.conflict.values, texts, strict=True)]


def record_text(shown: ConflictShown) -> str:
    kind = _tables().get(shown.conflict.table, shown.conflict.table)
    return f"{kind}: {shown.record}" if shown.record else kind


def plain_value(value: Any) -> str:
    return tr("(empty)") if value is None or value == "" else str(value)


def value_text(value: ConflictValue, lang: str, shown_as: str | None = None) -> str:
    """`081-111-1111 — office a, 3 ธ.ค. 2569 22.49 น.`, the value shown now marked; `shown_as`
    is the value as the form shows it (the services word it), else it is shown as stored."""
    text = tr("{value} — {by}, {at}").format(
        value=shown_as if shown_as is not None else plain_value(value.value),
        by=value.by,
        at=format_moment(value.at, lang),
    )
    return tr("{value} (shown now)").format(value=text) if value.shown else text


class ResolveDialog(QDialog):
    resolved = Signal(object)

    def __init__(
        self, ctx: AppContext, shown: ConflictShown, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setMinimumWidth(560)
        self.ctx = ctx
        self.shown = shown
        conflict = shown.conflict
        self.setWindowTitle(self.tr("Settle a conflict"))
        intro = QLabel(
            self.tr("Two offices changed {field} of {record} without seeing each other's edit. "
                    "Which value is right?").format(
                field=field_label(conflict.field), record=shown.record or record_text(shown))
        )  # fmt: skip
        intro.setWordWrap(True)
        heading = QLabel(record_text(shown))  # which record: "Person: …", "Action: …"
        heading.setObjectName("sectionTitle")
        heading.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        for value, text in zip(conflict.values, values_text(shown, ctx.lang), strict=True):
            button = QRadioButton(text)
            button.setProperty("value_id", value.id)
            self.group.addButton(button)
            self.choices.append(button)
            layout.addWidget(button)
        self.other = QRadioButton(self.tr("Another value:"))
        self.group.addButton(self.other)
        self.other_text = QLineEdit()
        self.other_text.setObjectName("otherValue")
        self.other_text.textEdited.connect(lambda _t: self.other.setChecked(True))
        layout.addWidget(self.other)
        layout.addWidget(self.other_text)
        self.other.setVisible(shown.can_type)  # a record pointed to is chosen, never typed
        self.other_text.setVisible(shown.can_type)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.keep_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.keep_button.setText(self.tr("Keep this value"))
        self.buttons.accepted.connect(self.keep)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        shown_now = next(
            (b for b, v in zip(self.choices, conflict.values, strict=True) if v.shown), None
        )
        if shown_now is not None:
            shown_now.setChecked(True)

    def keep(self) -> None:
        checked = self.group.checkedButton()
        if checked is None:
            self.error.setText(self.tr("Choose a value, or type another."))
            return
        store, conflict_id = self.ctx.store, self.shown.conflict.id
        keep: str | None = None
        value: str | None = None
        if checked is self.other:
            value = self.other_text.text().strip()
        else:
            keep = str(checked.property("value_id"))
        self.keep_button.setEnabled(False)

        def done(conflict: Any) -> None:
            self.resolved.emit(conflict)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.keep_button.setEnabled(True)
            self.error.setText(getattr(exc, "message", None) or str(exc))

        self.ctx.tasks.run(
            lambda _p: conflicts.resolve(store, conflict_id, keep=keep, value=value),
            done, failed, write=True, owner=self,
        )  # fmt: skip
