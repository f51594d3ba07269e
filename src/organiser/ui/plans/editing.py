"""Adding and changing plans and actions from the follow-up plans place: the forms (plan,
action, progress update, provincial guidelines), the questions before a deletion, and Undo.
The page shows; its controller reads and writes; this opens the forms and says what happened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from organiser.services.plans import editing as plans_edit
from organiser.services.plans.guidelines import DeriveResult, derive_provincial_guidelines
from organiser.ui.plans.dialogs import ActionDialog, FormDialog, PlanDialog, UpdateDialog
from organiser.ui.plans.guidelines_dialog import GuidelinesDialog

if TYPE_CHECKING:
    from organiser.ui.plans.page import PlansPage


class PlansEditing(QObject):
    def __init__(self, page: PlansPage) -> None:
        super().__init__(page)
        self.page = page

    def _write(
        self,
        fn: Callable[[Any], Any],
        dialog: FormDialog | None = None,
        done_text: str = "",
        then: Callable[[Any], None] | None = None,
        undo: Callable[[Any], Any] | None = None,
    ) -> None:
        self.page.undo_button.hide()

        def done(result: Any) -> None:
            if dialog is not None:
                dialog.done_ok()
            self.page.message.setText(done_text)
            self.page.undo_button.setVisible(undo is not None)
            if then is not None:
                then(result)

        show = dialog.set_error if dialog is not None else self.page.message.setText
        self.page.controller.write(fn, show, done, undo)

    def _with_choices(self, then: Callable[[dict[str, Any]], None], event_id: str | None) -> None:
        self.page.controller.with_choices(then, event_id)

    def _open(self, dialog: FormDialog) -> None:
        self.page.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self.page, "dialog", None))
        dialog.open()
        if dialog.conflict_record is not None:
            from organiser.ui.sync.marks import mark_conflicts  # fields another office changed

            mark_conflicts(self.page.ctx, dialog, *dialog.conflict_record)

    def new_plan(self) -> None:
        def opened(choices: dict[str, Any]) -> None:
            dialog = PlanDialog(choices, None, self.page)
            if self.page.ctx.current_event_id:
                dialog.seminar.setCurrentIndex(
                    max(dialog.seminar.findData(self.page.ctx.current_event_id), 0)
                )
            dialog.submitted.connect(
                lambda data: self._write(
                    lambda uow: plans_edit.create_plan(uow, data),
                    dialog,
                    then=lambda plan_id: setattr(self.page, "selection", ("plan", plan_id)),
                )
            )
            self._open(dialog)

        self._with_choices(opened, None)

    def edit_plan(self) -> None:
        plan = self.page.plan
        if plan is None:
            return

        def opened(choices: dict[str, Any]) -> None:
            dialog = PlanDialog(choices, plan, self.page)
            dialog.submitted.connect(
                lambda data: self._write(
                    lambda uow: plans_edit.update_plan(uow, plan.id, data), dialog
                )
            )
            self._open(dialog)

        self._with_choices(opened, None)

    def delete_plan(self) -> None:
        plan = self.page.plan
        if plan is None or not self.page.confirm(
            self.tr("Delete the plan '{title}' and take it off the follow-up lists?").format(
                title=plan.title
            )
        ):
            return
        self._write(
            lambda uow: plans_edit.delete_plan(uow, plan.id), None, self.tr("Plan deleted."),
            undo=lambda uow: plans_edit.restore_plan(uow, plan.id),
        )  # fmt: skip

    def derive_guidelines(self) -> None:
        """Ask which provinces get a guideline (and whether region-wide actions go along)."""
        plan = self.page.plan
        if plan is None:
            return
        existing = {
            p.province for p in self.page.data.plans if p.parent_plan_id == plan.id and p.province
        }
        dialog = GuidelinesDialog(plan.region, existing, self.page.ctx.lang, self.page)

        def done(result: DeriveResult) -> None:
            self.page.message.setText(
                self.tr("{n} provincial guidelines made; {m} provinces already had one.").format(
                    n=len(result.created), m=len(result.skipped)
                )
            )

        def submit(v: dict[str, Any]) -> None:
            self._write(
                lambda uow: derive_provincial_guidelines(
                    uow, plan.id, v["provinces"], copy_region_wide=v["copy_region_wide"]
                ),
                dialog,
                then=done,
            )

        dialog.submitted.connect(submit)
        self._open(dialog)

    def new_action(self) -> None:
        plan = self.page.plan
        if plan is None:
            return

        def opened(choices: dict[str, Any]) -> None:
            dialog = ActionDialog(choices, None, plan.province, self.page, plan.region or "south")
            dialog.submitted.connect(
                lambda data: self._write(
                    lambda uow: plans_edit.create_action(uow, plan.id, data),
                    dialog,
                    then=lambda action_id: self.page.panel.remember(action_id),
                )
            )
            self._open(dialog)

        self._with_choices(opened, plan.event.id if plan.event else None)

    def edit_action(self) -> None:
        action = self.page.panel.action
        if action is None:
            return
        author, today = self.page.author, self.page.today()

        def opened(choices: dict[str, Any]) -> None:
            region = self.page.plan.region if self.page.plan else "south"
            dialog = ActionDialog(choices, action, action.province, self.page, region or "south")
            dialog.submitted.connect(
                lambda data: self._write(
                    lambda uow: plans_edit.update_action(uow, action.id, data, author, today),
                    dialog,
                )
            )
            self._open(dialog)

        self._with_choices(opened, None)

    def post_update(self) -> None:
        action = self.page.panel.action
        if action is None:
            return
        dialog = UpdateDialog(action, self.page.author, self.page.today(), self.page)

        def submit(v: dict[str, Any]) -> None:
            self.page.controller.author = v["author"]
            self._write(
                lambda uow: plans_edit.post_update(
                    uow, action.id, v["on"], v["author"], v["status"], v["progress"], v["note"]
                ),
                dialog,
                self.tr("Update recorded."),
            )

        dialog.submitted.connect(submit)
        self._open(dialog)

    def delete_action(self) -> None:
        action = self.page.panel.action
        if action is None or not self.page.confirm(
            self.tr("Delete the action '{title}'?").format(title=action.title)
        ):
            return
        self._write(
            lambda uow: plans_edit.delete_action(uow, action.id), None, self.tr("Action deleted."),
            undo=lambda uow: plans_edit.restore_action(uow, action.id),
        )  # fmt: skip

    def undo(self) -> None:
        """Bring back what was just deleted (deletion is soft: nothing was lost)."""
        if self.page.controller.undo_write is not None:
            self._write(self.page.controller.undo_write, None, self.tr("Restored."))
