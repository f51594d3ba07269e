"""A memorandum's party typed by name: an agency the directory does not have joins it on
saving, and organisations added elsewhere can be chosen without reopening the editor."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from organiser.services.memoranda import reading as svc
from organiser.services.people import editing as people
from organiser.store.db import Store
from organiser.ui.memoranda.page import MemorandaPage

NEW_AGENCY = "สมาคมส่งเสริมสวัสดิการชาวประมงพัทลุง"


@pytest.fixture
def editor(qtbot: Any, app_ctx: Any) -> Any:
    page = MemorandaPage(app_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list.loaded, timeout=10_000):
        page.reload()
    with qtbot.waitSignal(page.editor.loaded, timeout=10_000):
        page.open_editor(page.list.model.row_at(0).id)
    page.editor.tabs.setCurrentWidget(page.editor.parties)
    return page.editor


def organisations_named(store: Store, name: str) -> list[svc.OrganisationChoice]:
    with store.reader() as uow:
        return [o for o in svc.organisation_choices(uow) if o.name == name]


def add_party_typed(qtbot: Any, editor: Any, type_thai: Any, typed: str, signatory: str) -> None:
    tab = editor.parties
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    type_thai(tab.organisation, typed)
    qtbot.keyClick(tab.organisation, Qt.Key.Key_Return)  # typed in full, nothing picked
    type_thai(tab.sig_name, signatory)


def test_an_agency_not_in_the_directory_is_added_to_it_on_saving(
    qtbot: Any, editor: Any, app_ctx: Any, demo_store: Store, type_thai: Any
) -> None:
    with demo_store.reader() as uow:
        before = len(svc.organisation_choices(uow))
    add_party_typed(qtbot, editor, type_thai, NEW_AGENCY, "สุนทร ทะเลงาม")
    tab = editor.parties
    assert tab.model.index(6, 0).data() == NEW_AGENCY
    assert not tab.new_note.isHidden() and "Not in the directory" in tab.new_note.text()
    add_party_typed(qtbot, editor, type_thai, "ธ.ก.ส.", "ผู้แทน ธนาคาร")  # a short name it knows
    assert editor.draft.parties[7].organisation_short == "ธ.ก.ส." and tab.new_note.isHidden()
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)  # (it is a party already)

    areas: list[str] = []
    app_ctx.data_changed.connect(areas.append)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    (added,) = organisations_named(demo_store, NEW_AGENCY)  # in the directory, once
    with demo_store.reader() as uow:
        assert len(svc.organisation_choices(uow)) == before + 1
        memo = svc.load_memorandum(uow, editor.draft.id)
    assert memo.parties[6].organisation_id == added.id
    assert memo.parties[6].signatory_name == "สุนทร ทะเลงาม"
    assert "people" in areas
    # the other pages hear of the new organisation; the editor lists it and its note is gone
    qtbot.waitUntil(lambda: added.label in tab.completer_model.stringList(), timeout=10_000)
    tab.table.selectRow(6)
    assert tab.new_note.isHidden() and tab.organisation.text() == added.label


def test_the_same_new_agency_twice_is_refused_and_nothing_is_added(
    qtbot: Any, editor: Any, demo_store: Store, type_thai: Any
) -> None:
    add_party_typed(qtbot, editor, type_thai, NEW_AGENCY, "สุนทร ทะเลงาม")
    add_party_typed(qtbot, editor, type_thai, f"  {NEW_AGENCY} ", "สมปอง ทะเลงาม")
    with qtbot.waitSignal(editor.failed, timeout=10_000) as failure:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "is a party twice" in failure.args[0]
    assert organisations_named(demo_store, NEW_AGENCY) == []  # the refusal changed nothing


def test_an_organisation_added_elsewhere_can_be_chosen_without_reopening(
    qtbot: Any, editor: Any, app_ctx: Any, demo_store: Store, type_thai: Any
) -> None:
    tab = editor.parties
    name = "มูลนิธิชุมชนไท"
    assert not any(name in label for label in tab.completer_model.stringList())
    with demo_store.writer() as uow:  # the directory page, the desk or an import adds it
        people.save_organisation(
            uow, people.OrganisationRecord(name=name, short_name="มชท.", kind="ngo")
        )
        uow.commit()
    app_ctx.changed("people")
    qtbot.waitUntil(lambda: f"{name} (มชท.)" in tab.completer_model.stringList(), timeout=10_000)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    type_thai(tab.organisation, "มชท")
    tab.completer.setCompletionPrefix("มชท")
    assert tab.completer.completionCount() == 1
    tab.completer.activated.emit(tab.completer.currentCompletion())
    assert editor.draft.parties[-1].organisation_short == "มชท." and tab.new_note.isHidden()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert len(organisations_named(demo_store, name)) == 1  # chosen, not added a second time
