"""A field in conflict, marked in the form that edits it: a red frame and a tooltip saying
where to settle it. The forms are the person's, the organisation's and the memorandum's
particulars, whose widgets are named after the columns they edit, and the plan's and the
action's dialogs, which say in `CONFLICT_WIDGETS` which widget edits which column (a dotted
name reaches a widget inside another, e.g. `due.edit`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from organiser.services.sync.overview import conflicted_fields
from organiser.ui.context import AppContext

MARK = "border: 2px solid #b3261e;"
# a column whose widget has another name
WIDGET_OF = {
    "organisation_id": "organisation",
    "reference_no": "reference",
    "event_id": "event_box",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("SyncMarks", text)


def _clear(form: QWidget) -> None:
    for widget in form.findChildren(QWidget):
        if widget.property("syncConflict"):
            widget.setProperty("syncConflict", False)
            widget.setStyleSheet("")
            widget.setToolTip(str(widget.property("toolTipBefore") or ""))


def widget_for(form: QWidget, field: str) -> QWidget | None:
    """The widget of `form` that edits the column `field`, if it has one."""
    named: dict[str, str] = {**WIDGET_OF, **getattr(form, "CONFLICT_WIDGETS", {})}
    found: object = form
    for part in named.get(field, field).split("."):
        found = getattr(found, part, None)
    return found if isinstance(found, QWidget) else None


def mark(form: QWidget, fields: list[str]) -> None:
    _clear(form)
    for field in fields:
        widget = widget_for(form, field)
        if widget is None or widget.property("syncConflict"):
            continue  # two columns edited by one widget (an action's owner) are marked once
        widget.setProperty("toolTipBefore", widget.toolTip())
        widget.setProperty("syncConflict", True)
        widget.setStyleSheet(MARK)
        widget.setToolTip(
            tr("Another office changed this field without seeing this value: settle it in the "
               "Sync place (Ctrl+8).")
        )  # fmt: skip


def _shows(form: QWidget, row_id: str) -> bool:
    """The form still shows that record (another may have been chosen meanwhile)."""
    shown = getattr(form, "_record", None) or getattr(form, "draft", None)
    return getattr(shown, "id", row_id) == row_id


def mark_conflicts(ctx: AppContext, form: QWidget, table: str, row_id: str) -> None:
    """Mark the fields of the record `form` shows that are in conflict (read off the GUI
    thread; nothing is marked for a new record)."""
    _clear(form)
    if not row_id:
        return
    store = ctx.store
    ctx.tasks.run(
        lambda _p: conflicted_fields(store, table, row_id),
        lambda fields: mark(form, fields) if _shows(form, row_id) else None,
        lambda _e: None,
        owner=form,
    )
