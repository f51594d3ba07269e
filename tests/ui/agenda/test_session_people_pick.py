"""The session's people dialog still finds and picks people with its bounded search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import select

from organiser.domain.agenda import SessionRole
from organiser.domain.people import Person
from organiser.services.agenda.speakers import likely_matches
from organiser.ui.agenda.people_dialog import PeopleDialog
from organiser.ui.people.search import SearchController


def test_a_name_typed_then_enter_puts_that_person_in_the_session(
    qtbot: Any, app_ctx: Any, type_thai: Any
) -> None:
    with app_ctx.store.reader() as uow:
        person = uow.session.scalars(select(Person).order_by(Person.sort_key).offset(7)).first()
        assert person is not None
        given, family, person_id = person.given_name, person.family_name, person.id
    search = SearchController(app_ctx)
    matches = SearchController(app_ctx, find=likely_matches)
    dialog = PeopleDialog("ภาคเช้า", [], search, matches)
    qtbot.addWidget(dialog)
    dialog.show()
    type_thai(dialog.filter, f"{given} {family}")
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # before the answer: added once it comes
    qtbot.waitUntil(lambda: dialog.chosen.count() == 1, timeout=10_000)
    assert dialog.result_people() == [(person_id, SessionRole(dialog.role.currentData()))]
    # the same person typed as someone new is offered from the directory instead
    type_thai(dialog.new_name, f"{given} {family}")
    qtbot.waitUntil(lambda: dialog.match_list.count() > 0, timeout=10_000)
    assert dialog.match_list.item(0).data(Qt.ItemDataRole.UserRole) == person_id
