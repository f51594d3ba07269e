"""Core teams (learning circles): who carries the plan, with their role, from the directory."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.notices import Area
from organiser.core.provinces import province_label
from organiser.core.thaitext import format_phone
from organiser.domain.labels import label_of
from organiser.domain.plans import TeamRole
from organiser.services.plans import teams as teams_service
from organiser.services.plans.editing import Choice, owner_choices
from organiser.services.plans.teams import MemberRow, TeamRow
from organiser.ui.context import AppContext
from organiser.ui.widgets.table import Column, RowsModel, ThaiSortProxy, make_table
from organiser.ui.writing import run_write


class TeamsView(QWidget):
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.teams: list[TeamRow] = []
        self.people: list[Choice] = []
        lang = ctx.lang
        self.team = QComboBox()
        self.team.currentIndexChanged.connect(lambda _i: self._show_team())
        self.new_button = QPushButton(self.tr("New core team"))
        self.new_button.clicked.connect(self.new_team)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of the core team"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What the team does"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save_team)
        self.message = QLabel()
        self.message.setObjectName("hint")
        columns: list[Column[MemberRow]] = [
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Role"), lambda r: label_of(TeamRole, r.role)),
            Column(self.tr("Organisation"), lambda r: r.organisation),
            Column(self.tr("Province"), lambda r: province_label(r.province, lang)),
            Column(self.tr("Phone"), lambda r: format_phone(r.phone) if r.phone else ""),
        ]
        self.model: RowsModel[MemberRow] = RowsModel(columns, self)
        proxy = ThaiSortProxy(self)
        proxy.setSourceModel(self.model)
        self.proxy = proxy
        self.table = make_table(proxy, alternating=False, single=True)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.setMinimumWidth(320)
        self.role = QComboBox()
        for role in TeamRole:
            self.role.addItem(label_of(TeamRole, role.value), role.value)
        self.add_button = QPushButton(self.tr("Add to the team"))
        self.add_button.clicked.connect(self.add_member)
        self.role_button = QPushButton(self.tr("Switch role"))
        self.role_button.clicked.connect(self.switch_role)
        self.remove_button = QPushButton(self.tr("Remove from the team"))
        self.remove_button.clicked.connect(self.remove_member)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Core team")))
        top.addWidget(self.team, 1)
        top.addWidget(self.new_button)
        details = QHBoxLayout()
        details.addWidget(self.name, 2)
        details.addWidget(self.description, 3)
        details.addWidget(self.save_button)
        adding = QHBoxLayout()
        adding.addWidget(self.person, 1)
        adding.addWidget(self.role)
        adding.addWidget(self.add_button)
        adding.addStretch(0)
        adding.addWidget(self.role_button)
        adding.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(details)
        layout.addWidget(self.table, 1)
        layout.addLayout(adding)
        layout.addWidget(self.message)

    # ------------------------------------------------------------ loading
    def reload(self) -> None:
        store = self.ctx.store

        def work(_p: Any) -> tuple[list[TeamRow], list[Choice]]:
            with store.reader() as uow:
                people = [c for c in owner_choices(uow) if c.kind == "person"]
                return teams_service.list_teams(uow), people

        self.ctx.tasks.run(work, self._loaded, owner=self)

    def _loaded(self, data: tuple[list[TeamRow], list[Choice]]) -> None:
        current = self.team.currentData()
        self.teams, self.people = data
        self.team.blockSignals(True)
        self.team.clear()
        for t in self.teams:
            self.team.addItem(
                self.tr("{name} ({n} people)").format(name=t.name, n=len(t.members)), t.id
            )
        self.team.setCurrentIndex(max(self.team.findData(current), 0))
        self.team.blockSignals(False)
        if self.person.count() != len(self.people):
            self.person.clear()
            for c in self.people:
                self.person.addItem(c.label, c.id)
            completer = self.person.completer()
            from PySide6.QtCore import Qt

            if completer is not None:
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._show_team()
        self.loaded.emit()

    def current_team(self) -> TeamRow | None:
        team_id = self.team.currentData()
        return next((t for t in self.teams if t.id == team_id), None)

    def _show_team(self) -> None:
        team = self.current_team()
        self.name.setText(team.name if team else "")
        self.description.setText(team.description if team else "")
        self.model.set_rows(team.members if team else [])
        self.table.resizeColumnsToContents()
        for w in (self.add_button, self.role_button, self.remove_button):
            w.setEnabled(team is not None)

    def selected_member(self) -> MemberRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    # ------------------------------------------------------------ writing
    def _write(self, fn: Any, done_text: str) -> None:
        def done(_result: Any) -> None:
            self.message.setText(done_text)
            self.reload()

        run_write(self.ctx, fn, done, show=self.message.setText, owner=self, changed=[Area.PLANS])

    def new_team(self) -> None:
        name = self.tr("New core team")
        team = self.current_team()
        region = team.region if team else "south"
        self._write(
            lambda uow: teams_service.save_team(uow, None, name, region=region),
            self.tr("Core team created: give it a name and add its members."),
        )

    def save_team(self) -> None:
        team = self.current_team()
        name, description = self.name.text(), self.description.text()
        self._write(
            lambda uow: teams_service.save_team(
                uow,
                team.id if team else None,
                name,
                description,
                team.region if team else "south",
                team.event_id if team else None,
            ),
            self.tr("Saved."),
        )

    def add_member(self) -> None:
        team = self.current_team()
        person_id = self.person.currentData()
        if team is None or person_id is None:
            return
        role = TeamRole(self.role.currentData())
        self._write(
            lambda uow: teams_service.add_member(uow, team.id, person_id, role),
            self.tr("Added to the team."),
        )

    def switch_role(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        role = TeamRole.MEMBER if member.role == TeamRole.COORDINATOR else TeamRole.COORDINATOR
        self._write(lambda uow: teams_service.set_role(uow, member.id, role), self.tr("Saved."))

    def remove_member(self) -> None:
        member = self.selected_member()
        if member is None:
            return
        self._write(
            lambda uow: teams_service.remove_member(uow, member.id),
            self.tr("Removed from the team."),
        )
