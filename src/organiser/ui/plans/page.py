"""Follow-up plans: the views staff follow week by week (overdue, due soon, by province, by
owner, by plan), each plan with its actions and their history, and the core teams."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.core.provinces import province_label
from organiser.domain.labels import label_of
from organiser.domain.plans import ActionStatus, PlanKind
from organiser.services.plans.detail import ActionDetail, PlanDetail
from organiser.services.plans.reading import ActionRow
from organiser.ui.context import AppContext
from organiser.ui.plans.controller import PlansController, PlansData
from organiser.ui.plans.detail import ActionPanel, PlanHeader, plan_header_html
from organiser.ui.plans.dialogs import FormDialog
from organiser.ui.plans.editing import PlansEditing
from organiser.ui.plans.models import ActionsModel, action_columns
from organiser.ui.plans.teams import TeamsView
from organiser.ui.widgets.files import FileKind, ask_save_path
from organiser.ui.widgets.table import ThaiSortProxy, make_table

KEY = Qt.ItemDataRole.UserRole


class PlansPage(QWidget):
    """The view: lays out the follow-up lists, a plan's actions and the teams; what is loaded
    and written lives in its `PlansController`."""

    loaded = Signal()
    plan_shown = Signal()
    action_shown = Signal()
    written = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.controller = PlansController(ctx, self)
        self.editing = PlansEditing(self)
        self.controller.loaded.connect(self._loaded)
        self.controller.plan_loaded.connect(self._plan_loaded)
        self.controller.action_loaded.connect(self._action_loaded)
        self.controller.written.connect(self.written.emit)
        self.controller.exported.connect(self._exported)
        self.controller.export_failed.connect(self._export_failed)
        self.selection: tuple[str, str] = ("", "")  # ("view", name) | ("plan", id) | ("teams", "")
        self.dialog: FormDialog | None = None
        self.confirm: Callable[[str], bool] = self._ask

        title = QLabel(self.tr("Follow-up plans"))
        title.setObjectName("pageTitle")
        self.new_plan_button = QPushButton(self.tr("New plan"))
        self.new_plan_button.clicked.connect(self.new_plan)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_plan_button)

        self.nav = QListWidget()
        self.nav.setMinimumWidth(230)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.currentItemChanged.connect(lambda item, _old: self._nav_changed(item))

        # actions view
        self.header = PlanHeader()
        self.group = QComboBox()
        self.group.setMinimumWidth(240)
        self.group.currentIndexChanged.connect(lambda _i: self._fill_table())
        self.new_action_button = QPushButton(self.tr("New action"))
        self.new_action_button.clicked.connect(self.new_action)
        self.edit_plan_button = QPushButton(self.tr("Edit plan"))
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.derive_button = QPushButton(self.tr("Make provincial guidelines"))
        self.derive_button.setToolTip(
            self.tr("One guideline per province of the region, with the actions that apply to it")
        )
        self.derive_button.clicked.connect(lambda: self.derive_guidelines())
        self.pdf_button = QPushButton(self.tr("Report (PDF)"))
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Spreadsheet (xlsx)"))
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.report_group = QComboBox()
        self.report_group.addItem(self.tr("grouped by status"), "status")
        self.report_group.addItem(self.tr("grouped by province"), "province")
        self.delete_plan_button = QPushButton(self.tr("Delete plan"))
        self.delete_plan_button.clicked.connect(self.delete_plan)
        # two rows of tools, so the page fits a 1366-pixel laptop screen beside the sidebar
        tools = QVBoxLayout()
        editing = QHBoxLayout()
        editing.addWidget(self.group)
        for button in (self.new_action_button, self.edit_plan_button, self.derive_button):
            editing.addWidget(button)
        editing.addStretch(1)
        reporting = QHBoxLayout()
        for w in (self.pdf_button, self.xlsx_button, self.report_group):
            reporting.addWidget(w)
        reporting.addStretch(1)
        reporting.addWidget(self.delete_plan_button)
        tools.addLayout(editing)
        tools.addLayout(reporting)

        self.model = ActionsModel(action_columns(ctx.lang, with_plan=True), self)
        self.proxy = ThaiSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self.proxy, single=True, wrap=False)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._row_changed())
        self.table.doubleClicked.connect(lambda _i: self.post_update())
        self.empty = QLabel()
        self.empty.setObjectName("hint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.panel = ActionPanel(ctx)
        self.panel.update_requested.connect(self.post_update)
        self.panel.edit_requested.connect(self.edit_action)
        self.panel.delete_requested.connect(self.delete_action)
        self.message = QLabel()
        self.message.setObjectName("hint")

        actions_view = QWidget()
        av = QVBoxLayout(actions_view)
        av.setContentsMargins(0, 0, 0, 0)
        av.addWidget(self.header)
        av.addLayout(tools)
        split = QSplitter(Qt.Orientation.Vertical)
        table_box = QWidget()
        tb = QVBoxLayout(table_box)
        tb.setContentsMargins(0, 0, 0, 0)
        tb.addWidget(self.table, 1)
        tb.addWidget(self.empty)
        split.addWidget(table_box)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([520, 230])
        av.addWidget(split, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.hide()
        self.undo_button.clicked.connect(self.undo)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo_button)
        av.addLayout(bottom)

        self.teams = TeamsView(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(actions_view)
        self.stack.addWidget(self.teams)

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.nav)
        body.addWidget(self.stack)
        body.setStretchFactor(1, 1)
        body.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        for keys, slot in (("Ctrl+N", self.new_action), ("Ctrl+U", self.post_update)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.new_action_button.setToolTip(self.tr("Add an action to this plan (Ctrl+N)"))
        self.panel.update_button.setToolTip(self.tr("Record progress on this action (Ctrl+U)"))
        ctx.data_changed.connect(self._on_data_changed)

    # ------------------------------------------------------------ loading
    def _on_data_changed(self, area: str) -> None:
        if area in (Area.ALL, Area.PLANS, Area.PEOPLE, Area.MEMORANDA, Area.AGENDA):
            self.reload()

    # what the controller holds, under the names the page has always had
    @property
    def data(self) -> PlansData:
        return self.controller.data

    @property
    def plan(self) -> PlanDetail | None:
        return self.controller.plan

    @property
    def today(self) -> Callable[[], dt.date]:
        return self.controller.today

    @today.setter
    def today(self, today: Callable[[], dt.date]) -> None:
        self.controller.today = today

    @property
    def author(self) -> str:
        return self.controller.author

    def reload(self) -> None:
        self.controller.reload()
        if self.selection[0] == "teams":
            self.teams.reload()

    def _loaded(self, data: PlansData) -> None:
        keep = self.selection
        self.nav.blockSignals(True)
        self.nav.clear()
        overdue = self.controller.overdue()
        soon = self.controller.due_soon()
        self._nav_section(self.tr("Follow-up"))
        self._nav_item(self.tr("Overdue ({n})").format(n=len(overdue)), ("view", "overdue"))
        self._nav_item(
            self.tr("Due in the next 30 days ({n})").format(n=len(soon)), ("view", "due_soon")
        )
        self._nav_item(self.tr("By province"), ("view", "province"))
        self._nav_item(self.tr("By owner"), ("view", "owner"))
        self._nav_item(self.tr("All actions ({n})").format(n=len(data.actions)), ("view", "all"))
        self._nav_section(self.tr("Plans"))
        for p in data.plans:
            # guidelines made from a plan sit under it, named by their province
            name = (
                "    " + province_label(p.province, self.ctx.lang)
                if p.parent_plan_id and p.province
                else p.title
            )
            item = self._nav_item(f"{name}  ({p.done}/{p.actions})", ("plan", p.id))
            item.setToolTip(f"{label_of(PlanKind, p.kind)} · {p.period}\n{p.title}")
        self._nav_section(self.tr("People"))
        self._nav_item(self.tr("Core teams"), ("teams", ""))
        self.nav.blockSignals(False)
        if keep == ("", ""):
            keep = ("plan", data.plans[0].id) if data.plans else ("view", "all")
        self.select(keep)
        self.loaded.emit()

    def _nav_section(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.nav.addItem(item)

    def _nav_item(self, text: str, key: tuple[str, str]) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(KEY, key)
        self.nav.addItem(item)
        return item

    def select(self, key: tuple[str, str]) -> None:
        """Show a follow-up view, a plan or the core teams (what clicking in the list does)."""
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            if item.data(KEY) == key:
                if self.nav.currentItem() is item:
                    self._nav_changed(item)
                else:
                    self.nav.setCurrentItem(item)
                return
        if key != ("view", "all"):  # e.g. the plan was deleted meanwhile
            self.select(("view", "all"))

    def _nav_changed(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(KEY) is None:
            return
        kind, key = item.data(KEY)
        self.selection = (kind, key)
        if kind == "teams":
            self.stack.setCurrentWidget(self.teams)
            self.teams.reload()
            return
        self.stack.setCurrentIndex(0)
        grouped = kind == "view" and key in ("province", "owner")
        if grouped:
            self._fill_groups(key)  # counts change with every update
        self.group.setVisible(grouped)
        is_plan = kind == "plan"
        for w in (self.new_action_button, self.edit_plan_button, self.pdf_button,
                  self.xlsx_button, self.report_group, self.delete_plan_button):  # fmt: skip
            w.setVisible(is_plan)
        self.derive_button.setVisible(False)
        if is_plan:
            self._load_plan(key)
        else:
            self.controller.plan = None
            self.header.setText(f"<h3>{html.escape(item.text())}</h3>")
        self._fill_table()

    def _fill_groups(self, by: str) -> None:
        keep = self.group.currentData() if self.group.property("by") == by else None
        self.group.setProperty("by", by)
        self.group.blockSignals(True)
        self.group.clear()
        for g in self.controller.groups(by):
            name = g.label or (self.tr("Whole region") if by == "province" else self.tr("No owner"))
            if by == "province" and g.key:
                name = province_label(g.key, self.ctx.lang)
            self.group.addItem(
                self.tr("{name} — {open} open, {late} overdue").format(
                    name=name, open=g.open, late=g.overdue
                ),
                g.key,
            )
        if keep is not None:
            self.group.setCurrentIndex(max(self.group.findData(keep), 0))
        self.group.blockSignals(False)

    def current_rows(self) -> list[ActionRow]:
        return self.controller.rows(self.selection, self.group.currentData())

    def _fill_table(self) -> None:
        selected = self.panel.pending or (self.panel.action.id if self.panel.action else "")
        self.panel.pending = ""
        rows = self.current_rows()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            widest = 380 if col == 0 else 240
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), widest))
        self.table.setColumnHidden(1, self.selection[0] == "plan")
        self.empty.setVisible(not rows)
        if not self.data.plans:
            text = self.tr(
                "No plans yet. After the seminar, make the regional work plan with 'New plan', "
                "then a guideline for every province in one step."
            )
        elif self.selection[0] == "view":
            text = self.tr("Nothing here: every action is on track.")
        else:
            text = self.tr("No actions yet: add the first with 'New action'.")
        self.empty.setText(text)
        self.empty.setWordWrap(True)
        row = self.model.row_by_id(selected)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        else:
            self.panel.show_action(None)

    def _load_plan(self, plan_id: str) -> None:
        self.controller.load_plan(plan_id)

    def _plan_loaded(self, detail: PlanDetail) -> None:
        if self.selection != ("plan", detail.id):
            return  # another place was chosen meanwhile
        self.controller.plan = detail
        self.header.setText(plan_header_html(detail, self.ctx.lang))
        self.derive_button.setVisible(detail.kind == PlanKind.REGIONAL.value)
        self.plan_shown.emit()

    def _row_changed(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        if len(row.copies) > 1:
            # one line for the same action in several provinces: each is updated on its own
            self.panel.show_action(None)
            self.message.setText(
                self.tr(
                    "Overdue in {n} plans. Choose a province under 'By province' "
                    "to record its progress."
                ).format(n=len(row.copies))
            )
            return
        self.load_action(row.id)

    def load_action(self, action_id: str) -> None:
        self.controller.load_action(action_id)

    def _action_loaded(self, detail: ActionDetail) -> None:
        if self.current_action_id() not in ("", detail.id):
            return  # another row was chosen meanwhile: its own load will show it
        self.panel.show_action(detail)
        self.action_shown.emit()

    def current_action_id(self) -> str:
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        return self.model.row_at(self.proxy.mapToSource(index).row()).id

    def select_action(self, action_id: str) -> None:
        row = self.model.row_by_id(action_id)
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    # ------------------------------------------------------------ writing (see ui.plans.editing)
    def new_plan(self) -> None:
        self.editing.new_plan()

    def edit_plan(self) -> None:
        self.editing.edit_plan()

    def delete_plan(self) -> None:
        self.editing.delete_plan()

    def derive_guidelines(self) -> None:
        self.editing.derive_guidelines()

    def new_action(self) -> None:
        self.editing.new_action()

    def edit_action(self) -> None:
        self.editing.edit_action()

    def post_update(self) -> None:
        self.editing.post_update()

    def delete_action(self) -> None:
        self.editing.delete_action()

    def undo(self) -> None:
        self.editing.undo()

    # ------------------------------------------------------------ export
    def _ask_export(self, fmt: str) -> None:
        if self.plan is None:
            return
        suffix = "PDF (*.pdf)" if fmt == "pdf" else "Excel (*.xlsx)"
        safe = "".join(ch for ch in self.plan.title if ch not in '\\/:*?"<>|')[:80]
        kind = FileKind.DOCUMENT if fmt == "pdf" else FileKind.SPREADSHEET
        path = ask_save_path(
            self.ctx, self, kind, self.tr("Save the plan report"), f"{safe}.{fmt}", suffix
        )
        if path is not None:
            self.export_to(path, fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        plan = self.plan
        if plan is None:
            return
        self.controller.export(plan.id, path, fmt, str(self.report_group.currentData()))

    def _exported(self, target: Path) -> None:
        self.message.setText(self.tr("Report saved to {path}").format(path=target))
        self.written.emit(target)

    def _export_failed(self, reason: str) -> None:
        self.message.setText(
            self.tr("The report could not be saved: {reason}").format(reason=reason)
        )

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Follow-up plans"), text)
        return answer == QMessageBox.StandardButton.Yes


def create_page(ctx: AppContext) -> QWidget:
    return PlansPage(ctx)


__all__ = ["ActionStatus", "PlansPage", "create_page"]
