"""The Agenda place's forms: a session's people (searching the directory as People does),
the rooms, and copying the programme of another event."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from organiser.services.agenda.speakers import likely_matches
from organiser.ui.agenda.dialogs import CopyDialog, RoomsDialog
from organiser.ui.agenda.people_dialog import PeopleDialog
from organiser.ui.people.search import SearchController

if TYPE_CHECKING:
    from organiser.ui.agenda.page import AgendaPage


class AgendaForms(QObject):
    def __init__(self, page: AgendaPage) -> None:
        super().__init__(page)
        self.page = page

    def edit_people(self) -> None:
        """The session's people: the dialog searches the directory as People does (never
        loading it whole) and may add people who are not in it yet."""
        row = self.page.current_session()
        if row is None:
            return
        chosen = [(p.person_id, p.name, p.role) for p in row.participants]
        search = SearchController(self.page.ctx, self.page)
        matches = SearchController(self.page.ctx, self.page, find=likely_matches)
        dialog = PeopleDialog(row.title, chosen, search, matches, self.page)
        self.page.people_dialog = dialog
        if self.page.run_dialog(dialog):
            self.page.editor.set_people(row.id, dialog.result_people())
        self.page.people_dialog = None
        for done in (dialog, search, matches):
            done.deleteLater()

    def edit_rooms(self) -> None:
        agenda = self.page.editor.agenda
        if agenda is None:
            return
        dialog = RoomsDialog(agenda.rooms, self.page)
        self.page.rooms_dialog = dialog

        def save() -> None:
            room_id, name, capacity, is_main = dialog.values()
            self.page.editor.save_room(room_id, name, capacity, is_main)

        def delete() -> None:
            if (room_id := dialog.current_id()) is not None:
                self.page.editor.delete_room(room_id)

        def refresh() -> None:
            if self.page.editor.agenda is not None:
                dialog.set_rooms(self.page.editor.agenda.rooms)

        dialog.save_button.clicked.connect(save)
        dialog.delete_button.clicked.connect(delete)
        self.page.editor.loaded.connect(refresh)
        self.page.run_dialog(dialog)
        self.page.editor.loaded.disconnect(refresh)
        self.page.rooms_dialog = None
        dialog.deleteLater()

    def copy_previous(self) -> None:
        agenda = self.page.editor.agenda
        if agenda is None:
            return

        def show(events: list[Any]) -> None:
            dialog = CopyDialog(
                events, agenda.event.id, len(agenda.sessions), self.page.ctx.lang, self.page
            )
            if self.page.run_dialog(dialog):
                source, replace = dialog.chosen()
                self.page.editor.copy_from(source, replace)
            dialog.deleteLater()

        self.page.editor.other_events(show)
