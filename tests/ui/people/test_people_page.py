"""The people page driven as a user would: type to search, filter, edit, merge, import."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from organiser.core.thaitext import thai_sort_key
from organiser.services.people.directory import DirectoryRow
from organiser.services.people.importing.columns import Field
from organiser.services.people.importing.planning import RowAction
from organiser.ui.people.import_dialog import ImportDialog
from organiser.ui.people.page import PeoplePage


def names(page: PeoplePage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def shown(page: PeoplePage) -> list[DirectoryRow]:
    """Every row the table shows (read through the model, page by page)."""
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    return [r for r in rows if r is not None]


def test_search_as_you_type_finds_thai_substrings_and_phone_digits(
    qtbot, page: PeoplePage, type_thai
) -> None:
    some = shown(page)[10]
    page.search_box.setFocus()
    type_thai(page.search_box, "ใจ")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 124, timeout=5000)
    type_thai(page.search_box, "ดี")
    qtbot.waitUntil(lambda: all("ใจดี" in n for n in names(page)), timeout=5000)
    assert page.model.rowCount() >= 1
    assert "of 124 people" in page.count_label.text()

    page.search_box.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 124, timeout=5000)
    type_thai(page.search_box, some.phone[-4:])
    qtbot.waitUntil(lambda: page.model.rowCount() < 124, timeout=5000)
    assert some.full_name in names(page)


def test_typing_fast_shows_only_the_last_answer(qtbot, page: PeoplePage, type_thai) -> None:
    target = shown(page)[5]
    type_thai(page.search_box, target.given_name)
    qtbot.waitUntil(
        lambda: (
            page.search.last_rows != [] and page.model.ids == [r.id for r in page.search.last_rows]
        ),
        timeout=5000,
    )
    assert target.full_name in names(page)
    assert all(target.given_name in r.full_name or target.given_name in r.organisation
               or target.given_name in r.nickname for r in shown(page))  # fmt: skip


def test_filters_by_province_and_status(qtbot, page: PeoplePage) -> None:
    page.province_filter.setCurrentIndex(page.province_filter.findData("พัทลุง"))
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 124, timeout=5000)
    assert all(page.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).province == "พัทลุง"
               for r in range(page.model.rowCount()))  # fmt: skip
    assert f"{page.model.rowCount()} of 124 people" in page.count_label.text()
    page.province_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("declined"))
    qtbot.waitUntil(lambda: {r.status for r in shown(page)} == {"declined"}, timeout=5000)
    assert page.model.rowCount() < 124
    page.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 124, timeout=5000)


def test_sorting_by_a_column_asks_the_database_again(qtbot, page: PeoplePage) -> None:
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)  # province, Z to A as shown

    def provinces() -> list[str]:
        cells = [page.model.index(r, 4).data() for r in range(page.model.rowCount())]
        return [c for c in cells if c]

    qtbot.waitUntil(
        lambda: provinces() == sorted(provinces(), key=thai_sort_key, reverse=True), timeout=5000
    )
    assert len(set(provinces())) > 3
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # phone; the empty ones last
    qtbot.waitUntil(lambda: page.model.sort_key_name == "phone" and
                    shown(page)[0].phone <= shown(page)[1].phone, timeout=5000)  # fmt: skip
    phones = [r.phone for r in shown(page)]
    filled = [p for p in phones if p]
    qtbot.waitUntil(lambda: [r.phone for r in shown(page)] == filled + [""] * (124 - len(filled)))


def test_the_selection_survives_a_reload(qtbot, page: PeoplePage) -> None:
    page.table.selectRow(3)
    chosen = page.selected_people()[0]
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.model.sort_key_name == "nickname" and
                    page.model.row_of(chosen.id) != 3, timeout=5000)  # fmt: skip
    qtbot.waitUntil(lambda: [r.id for r in page.selected_people()] == [chosen.id], timeout=5000)
    assert page.select_person(shown(page)[100].id)
    assert page.selected_people()[0].id == shown(page)[100].id


def test_sorting_the_name_column_is_in_thai_order(page: PeoplePage) -> None:
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    keys = [
        page.model.index(r, 0).data(Qt.ItemDataRole.UserRole + 2).sort_key
        for r in range(page.model.rowCount())
    ]
    assert keys == sorted(keys)


def test_edit_a_person_in_the_detail_pane(qtbot, page: PeoplePage, type_thai) -> None:
    page.table.selectRow(0)
    first = page.selected_people()[0]
    qtbot.waitUntil(lambda: page.editor.given_name.text() == first.given_name, timeout=5000)
    page.editor.nickname.clear()
    type_thai(page.editor.nickname, "ป้อม")
    page.editor.phone.setText("๐๘๑ ๒๒๒ ๓๓๓๓")
    page.editor.phone.editingFinished.emit()
    assert page.editor.phone.text() == "081-222-3333"
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(r.nickname == "ป้อม" and r.phone == "0812223333" for r in shown(page)),
        timeout=5000,
    )


def test_bad_phone_shows_the_reason_and_saves_nothing(qtbot, page: PeoplePage) -> None:
    page.add_person()
    page.editor.given_name.setText("ทดสอบ")
    page.editor.phone.setText("12")
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.editor.error.isVisible(), timeout=5000)
    assert "phone" in page.editor.error.text()
    assert page.total == 124


def test_district_type_ahead_comes_from_the_official_list(page: PeoplePage) -> None:
    page.editor.province.setEditText("พัทลุง")
    items = [page.editor.district.itemText(i) for i in range(page.editor.district.count())]
    assert "เมืองพัทลุง" in items and "ควนขนุน" in items
    page.editor.district.setEditText("ควนขนุน")
    subs = [page.editor.subdistrict.itemText(i) for i in range(page.editor.subdistrict.count())]
    assert "ควนขนุน" in subs and len(subs) > 5


def test_merge_two_people(qtbot, page: PeoplePage) -> None:
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(page.selected_people()) == 2
    dialog = page.merge_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.choice.button(1).setChecked(True)
    survivor, loser = dialog.survivor_and_loser()
    page.merge(survivor, loser)
    qtbot.waitUntil(lambda: page.total == 123, timeout=5000)
    assert survivor in set(page.model.ids) and loser not in set(page.model.ids)
    # a backup of both records as they were is made before the merge
    assert list((page.ctx.data_dir / "backups").glob("*-pre-merge.sqlite3"))


def test_delete_then_restore_from_recently_deleted(qtbot, page: PeoplePage) -> None:
    page.table.selectRow(0)
    victim = page.selected_people()[0]
    qtbot.waitUntil(lambda: page.editor.delete_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(page.editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: victim.id not in set(page.model.ids), timeout=5000)
    page.tabs.setCurrentIndex(3)  # "Recently deleted", built when first chosen
    qtbot.waitUntil(lambda: page.deleted.deleted_model.rowCount() == 1, timeout=5000)
    assert victim.id not in set(page.model.ids)
    # when, in this laptop's time and (in Thai) the Buddhist era; the whole name readable
    model, table = page.deleted.deleted_model, page.deleted.deleted_table
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Deleted"
    when = model.index(0, 2).data()
    now = dt.datetime.now().astimezone()
    assert when.startswith(f"{now.day} {now:%b} {now.year}") or now.hour == 0
    assert table.columnWidth(0) >= table.fontMetrics().horizontalAdvance(victim.full_name)
    page.deleted.deleted_table.selectRow(0)
    page.deleted.restore_selected()
    qtbot.waitUntil(
        lambda: page.deleted.deleted_model.rowCount() == 0 and page.total == 124, timeout=5000
    )


def test_invitation_list_counts(qtbot, page: PeoplePage) -> None:
    page.tabs.setCurrentIndex(2)
    view = page.invitations
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=5000)
    assert "on the list" in view.totals.text()
    assert view.province_model.rowCount() >= 2
    view.table.selectRow(0)
    reg = view.table.selectionModel().selectedRows()[0].data(Qt.ItemDataRole.UserRole + 2)
    qtbot.mouseClick(view.status_buttons["declined"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(
            r.registration_id == reg.registration_id and r.status == "declined"
            for r in view.model.rows
        ),
        timeout=5000,
    )


def test_models_are_sound(qtbot, qtmodeltester, page: PeoplePage) -> None:
    for tab in (1, 2, 3):
        page.tabs.setCurrentIndex(tab)
    qtbot.waitUntil(lambda: page.organisations.org_model.rowCount() > 0, timeout=5000)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.organisations.org_proxy)
    qtmodeltester.check(page.organisations.org_model)
    qtmodeltester.check(page.invitations.province_model)


def test_import_preview_with_a_corrected_mapping(qtbot, page: PeoplePage, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    rows = [["ผู้มา", "ที่ทำงาน", "เบอร์โทร"],
            ["นางมาลี ศรีสุข", "กลุ่มออมทรัพย์บ้านนา", "0861112222"],
            ["นายมานพ ดีใจ", "กลุ่มออมทรัพย์บ้านนา", "086-111-3333"],
            ["นายไม่มี เบอร์", "", "99"]]  # fmt: skip
    with path.open("w", encoding="cp874", newline="") as fh:
        csv.writer(fh).writerows(rows)
    dialog = page.start_import(path)
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    ctl = dialog.controller
    qtbot.waitUntil(lambda: ctl.plan is not None, timeout=5000)
    assert ctl.plan.mapping[2] is Field.PHONE  # type: ignore[union-attr]
    # no header was recognised but the phone column: the user names the other two columns
    assert not dialog.import_button.isEnabled() or ctl.plan.count(RowAction.IMPORT) == 0  # type: ignore[union-attr]
    dialog.field_combos[0].setCurrentIndex(dialog.field_combos[0].findData(Field.FULL_NAME.value))
    qtbot.waitUntil(
        lambda: ctl.plan is not None and Field.FULL_NAME in ctl.plan.mapping, timeout=5000
    )
    dialog.field_combos[1].setCurrentIndex(
        dialog.field_combos[1].findData(Field.ORGANISATION.value)
    )
    qtbot.waitUntil(lambda: Field.ORGANISATION in ctl.plan.mapping, timeout=5000)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=5000)
    assert "1 rows have errors" in dialog.summary.text() or "errors" in dialog.summary.text()
    # correct the bad phone of the last row
    bad = next(r for r in ctl.plan.rows if r.has_errors)  # type: ignore[union-attr]
    fix = dialog.fix_dialog(bad)
    qtbot.addWidget(fix)
    fix.edits["phone"].setText("0861114444")
    ctl.fix_row(bad.line, fix.draft())
    qtbot.waitUntil(lambda: not ctl.plan.error_rows, timeout=5000)  # type: ignore[union-attr]
    assert dialog.import_button.text() == "Import 3 rows"
    with qtbot.waitSignal(dialog.import_finished, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].created == 3
    # the result is said where the import was started, not only in the status bar
    qtbot.waitUntil(lambda: getattr(page, "import_result_box", None) is not None)
    assert page.import_result_box.isVisible()
    assert "3 added" in page.import_result_box.text()
    page.import_result_box.accept()
    qtbot.waitUntil(lambda: page.total == 127, timeout=5000)
    assert list((page.ctx.data_dir / "backups").glob("*-pre-import.sqlite3"))
    qtbot.waitUntil(lambda: page.undo_button.isEnabled(), timeout=5000)
    page.undo_last_import()
    qtbot.waitUntil(lambda: page.import_undo.question is not None, timeout=5000)
    question = page.import_undo.question
    assert "3 people" in question.text()  # type: ignore[union-attr]
    yes = next(b for b in question.buttons() if b.text() == "Undo the import")  # type: ignore[union-attr]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.total == 124, timeout=5000)


def test_import_of_a_file_that_is_not_a_list_says_so(
    qtbot, page: PeoplePage, tmp_path: Path
) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    dialog = page.start_import(path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "not a spreadsheet" in dialog.file_label.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()


def test_cancelled_import_writes_nothing(qtbot, page: PeoplePage, tmp_path: Path) -> None:
    import threading

    path = tmp_path / "many.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ชื่อ-สกุล", "เบอร์โทร"])
        writer.writerows([f"นายทดสอบ{i} ยกเลิก", f"08{i:08d}"] for i in range(600))
    dialog = page.start_import(path)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    # hold the single writer thread so the import is still queued when Cancel is pressed
    gate = threading.Event()
    page.ctx.tasks.run(lambda _p: gate.wait(10), write=True)
    with qtbot.waitSignal(dialog.controller.cancelled, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        assert dialog.controller.write_task is not None
        dialog.controller.write_task.cancel()
        gate.set()
    assert "nothing was written" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    with page.ctx.store.reader() as uow:
        from organiser.services.people.search import search_people

        assert search_people(uow, "ยกเลิก") == []


def test_export_from_the_page(qtbot, page: PeoplePage, tmp_path: Path) -> None:
    from organiser.ui.people.dialogs import ExportDialog

    dialog = ExportDialog(True)
    qtbot.addWidget(dialog)
    assert dialog.columns() == ("name", "organisation", "province", "role")
    dialog.boxes["phone"].setChecked(True)
    out = tmp_path / "reg.csv"
    page.export_to(out, dialog.columns(), dialog.for_event())
    qtbot.waitUntil(out.exists, timeout=5000)
    qtbot.waitUntil(
        lambda: len(out.read_text(encoding="utf-8-sig").splitlines()) > 100, timeout=5000
    )
    header = out.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == "Name,Organisation,Province,Role,Phone"


def test_the_page_opens_in_steps_and_builds_a_tab_when_it_is_first_chosen(qtbot, app_ctx) -> None:
    fresh = PeoplePage(app_ctx)
    qtbot.addWidget(fresh)
    assert not fresh.built and not hasattr(fresh, "organisations")
    fresh.add_person()  # the detail pane is needed at once: it is built now
    assert fresh.built and fresh.editor.given_name.text() == ""
    assert not hasattr(fresh, "organisations") and not hasattr(fresh, "deleted")
    fresh.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: fresh.organisations.org_model.rowCount() > 0, timeout=5000)
    fresh.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: fresh.deleted.deleted_model.rowCount() == 0, timeout=5000)
    fresh.tabs.setCurrentIndex(1)  # chosen again: the same tab, not a second one
    assert fresh._tab_slots[0].layout().count() == 1


def test_erase_from_the_people_page_finds_the_selected_person(qtbot, page: PeoplePage) -> None:
    from organiser.ui.safety.privacy_dialogs import ErasePersonDialog

    page.table.selectRow(7)
    chosen = page.selected_people()[0]
    dialog = page.erase_selected()
    assert isinstance(dialog, ErasePersonDialog)
    qtbot.waitUntil(lambda: dialog.selected() is not None, timeout=5000)
    assert dialog.selected().id == chosen.id  # type: ignore[union-attr]
    assert 1 <= dialog.model.rowCount() < 124  # found by their phone (or name), not everyone
    assert dialog.erase_button.isEnabled()
    dialog.close()
