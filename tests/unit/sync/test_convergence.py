"""Three offices, each with its own copy of the real schema, work offline through the real
services with clocks hours apart, and pass batches of changes around in any order, some more
than once. After everyone has exchanged with everyone, all three hold the same data and the
same conflicts, every check-in ever made is everywhere, every person counts once for the
seminar, and applying any batch again, or all of them in reverse order, changes nothing.

People known to the directory but not on the seminar's list walk in at two desks unseen (each
desk makes a registration: both are kept, one is canonical), and two people are merged (the
merge is recorded, nothing is rewritten in bulk). Changes travel both ways an office has: a
meeting or a batch handed over (`changes_since`/`apply`), and real change files — sealed,
signed, sent to one office and received in any order, some more than once.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from sqlalchemy import text
from sync_copies import DAY1, DAY2, Copy, copy_of, everyone_with_everyone, seed

from organiser import sync
from organiser.core.errors import UserError
from organiser.services.agenda.editing import SessionDraft, create_session, move_session
from organiser.services.desk import editing as desk_checkin
from organiser.services.memoranda.editing import save_memorandum
from organiser.services.memoranda.reading import MemorandumData, load_memorandum
from organiser.services.people.directory import get_person
from organiser.services.people.editing import (
    OrganisationRecord,
    PersonRecord,
    delete_person,
    get_organisation,
    merge_people,
    restore_person,
    save_organisation,
    save_person,
)
from organiser.services.plans.editing import (
    ActionInput,
    PlanInput,
    create_action,
    create_plan,
    get_action,
    update_action,
)
from organiser.services.safety.privacy import erase_person
from organiser.services.shared.registrations import counted_registrations
from organiser.services.sync import copies as sync_copies_service
from organiser.services.sync import exchange
from organiser.store.opening import open_store
from organiser.sync import Change
from organiser.sync.compaction import compact

HOUR = 3_600_000
_TEMPLATE: dict[str, Any] = {}


def template() -> tuple[Path, dict[str, Any]]:
    """The seeded database, built once per test run (opening three fresh ones per example
    would cost more than the example)."""
    if not _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="sync-convergence-"))
        store = open_store(folder)
        with store.writer() as uow:
            ids = seed(uow)
            ids.update(seed_the_rest(uow, ids))
            uow.commit()
        store.dispose()
        _TEMPLATE.update(folder=folder, ids=ids)
    return _TEMPLATE["folder"], _TEMPLATE["ids"]


def seed_the_rest(uow: Any, ids: dict[str, Any]) -> dict[str, Any]:
    """An agenda of three sessions, a regional plan with an action, a draft memorandum."""
    from organiser.domain.plans import PlanKind

    sessions = [
        create_session(
            uow, ids["event"], SessionDraft(DAY1, dt.time(9 + h), dt.time(10 + h), title)
        )
        for h, title in enumerate(("เปิดเวที", "เสวนา", "แบ่งกลุ่ม"))
    ]
    plan = create_plan(uow, PlanInput(PlanKind.REGIONAL, "แผนงานระดับภาค"))
    action = create_action(uow, plan, ActionInput("ประชุมทีมแกนนำ"))
    memo = save_memorandum(uow, MemorandumData(title="บันทึกความร่วมมือ"))
    org = uow.session.scalar(text("SELECT id FROM organisation LIMIT 1"))
    # in the directory, not on the seminar's list: walking in registers them at that desk
    known = [
        save_person(uow, PersonRecord(given_name=given, family_name="นอกรายชื่อ", phone=phone))
        for given, phone in (("ประเสริฐ", "0845678901"), ("วันดี", "0856789012"))
    ]
    uow.flush()
    return {
        "sessions": sessions, "action": action, "memorandum": memo, "organisation": org,
        "not_on_the_list": known,
    }  # fmt: skip


copy_index = st.integers(0, 2)
# two different offices (drawn as a pair: two integers drawn apart are mostly equal)
two_copies = st.permutations([0, 1, 2]).map(lambda order: (order[0], order[1]))
digits = st.text("0123456789", min_size=9, max_size=9).map(lambda d: "0" + d)
names = st.sampled_from(["สมชาย", "สมศรี", "มานะ", "บุญมี", "อรุณี", "ประยุทธ", "กาญจนา"])
days = st.sampled_from([DAY1, DAY2])
edits = st.one_of(digits.map(lambda d: ("phone", d)), names.map(lambda n: ("given_name", n)))
settling = st.sampled_from(["", "kept", "other"])


class ThreeOffices(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-offices-"))
        self.copies: list[Copy] = []
        self.people: list[str] = []
        self.event = ""
        self.in_flight: list[tuple[int, list[Change]]] = []  # (to whom, what)
        self.confirmed: set[str] = set()  # every check-in id any office ever wrote
        self.delivered: list[tuple[int, list[Change]]] = []  # every batch applied, in order
        self.ids: dict[str, Any] = {}
        self.resolved = 0
        self.files: list[tuple[int, list[Path]]] = []  # change files written: (for whom, parts)
        self.received: list[tuple[int, list[Path]]] = []
        self.fingerprints: list[str] = []

    @initialize(skews=st.lists(st.integers(-6, 6), min_size=3, max_size=3))
    def open_three_copies(self, skews: list[int]) -> None:
        folder, ids = template()
        self.copies = [
            copy_of(folder, self.folder / name, skew * HOUR)
            for name, skew in zip("abc", skews, strict=True)
        ]
        self.people = list(ids["people"])
        self.event = ids["event"]
        self.ids = ids
        # every office trusts the other two once (key cards), as offices do before any file
        for i, c in enumerate(self.copies):
            card = self.folder / f"{i}.card"
            sync_copies_service.write_card(c.store, card)
            for j, other in enumerate(self.copies):
                if j != i:
                    sync_copies_service.trust_card(other.store, card)
        self.fingerprints = [
            sync_copies_service.copy_identity(c.store).fingerprint for c in self.copies
        ]

    def teardown(self) -> None:
        for c in self.copies:
            c.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _do(self, i: int, work: Any) -> Any:
        try:
            return self.copies[i].write(work)
        except UserError:  # the service refused (already undone, deleted, ...): nothing written
            return None

    # ------------------------------------------------------------ what people do offline

    @rule(i=copy_index, p=st.integers(0, 100), change=edits)
    def edit_a_person(self, i: int, p: int, change: tuple[str, str]) -> None:
        field, value = change
        self._edit(i, p, lambda r: setattr(r, field, value))

    @rule(pair=two_copies, p=st.integers(0, 2), one=digits, two=digits)
    def two_offices_edit_one_phone(self, pair: tuple[int, int], p: int, one: str, two: str) -> None:
        """The case conflicts are for: the same field, changed at two offices unseen (the
        three people everyone knows)."""
        self._edit(pair[0], p, lambda r: setattr(r, "phone", one))
        self._edit(pair[1], p, lambda r: setattr(r, "phone", two))

    def _edit(self, i: int, p: int, change: Any) -> None:
        person = self.people[p % len(self.people)]

        def work(uow: Any) -> None:
            record = get_person(uow, person)
            if record is None:
                return  # not arrived here yet
            change(record)
            save_person(uow, record)

        self._do(i, work)

    def _settle(self, copy: Copy, n: int, other: bool) -> None:
        """A person picks one of the two values: an edit that saw both."""
        shown = copy.conflicts()
        if not shown:
            return
        conflict = shown[n % len(shown)]
        value = conflict.other_value if other else conflict.kept_value
        copy.write(
            lambda uow: sync.resolve(uow, conflict.tbl, conflict.row_id, conflict.col, value)
        )
        self.resolved += 1
        assert all((c.row_id, c.col) != (conflict.row_id, conflict.col) for c in copy.conflicts())

    @rule(i=copy_index, name=names)
    def add_organisation(self, i: int, name: str) -> None:
        self._do(i, lambda uow: save_organisation(uow, OrganisationRecord(name=f"กลุ่ม{name}")))

    @rule(i=copy_index, given=names, phone=digits, day=days)
    def walk_in_of_someone_new(self, i: int, given: str, phone: str, day: Any) -> None:
        form = desk_checkin.WalkIn("", given, "ทดสอบ", phone)
        done = self._do(i, lambda uow: desk_checkin.register_walk_in(uow, self.event, form, day))
        if done is not None:
            self.confirmed.add(done.check_in_id)
            self.people.append(done.person_id)

    @rule(i=copy_index, p=st.integers(0, 100), day=days)
    def walk_in_of_someone_known(self, i: int, p: int, day: Any) -> None:
        # a person of the seminar's list (registered on every copy from the start): the
        # service finds their registration and checks them in
        person = self.people[p % 3]
        form = desk_checkin.WalkIn("", "", "")
        done = self._do(
            i,
            lambda uow: desk_checkin.register_walk_in(
                uow, self.event, form, day, existing_person_id=person
            ),
        )
        if done is not None:
            self.confirmed.add(done.check_in_id)

    @rule(pair=two_copies, p=st.integers(0, 1), day=days)
    def someone_known_walks_in_at_two_desks(self, pair: tuple[int, int], p: int, day: Any) -> None:
        """Known to the directory, not on the list: each desk registers them, unseen."""
        person = self.ids["not_on_the_list"][p]
        for i in pair:
            done = self._do(
                i,
                lambda uow: desk_checkin.register_walk_in(
                    uow, self.event, desk_checkin.WalkIn("", "", ""), day,
                    existing_person_id=person,
                ),
            )  # fmt: skip
            if done is not None:
                self.confirmed.add(done.check_in_id)

    @rule(i=copy_index, a=st.integers(0, 100), b=st.integers(0, 100))
    def merge_two_people(self, i: int, a: int, b: int) -> None:
        survivor = self.people[a % len(self.people)]
        loser = self.people[b % len(self.people)]
        if survivor != loser:
            self._do(i, lambda uow: merge_people(uow, survivor, loser))

    @rule(i=copy_index, p=st.integers(0, 100), day=days)
    def check_in(self, i: int, p: int, day: Any) -> None:
        person = self.people[p % len(self.people)]

        def work(uow: Any) -> Any:
            try:
                return desk_checkin.check_in_person(uow, self.event, person, day)
            except UserError:
                return None

        done = self._do(i, work)
        if done is not None:
            self.confirmed.add(done.check_in_id)

    @rule(i=copy_index, n=st.integers(0, 100))
    def undo_a_check_in(self, i: int, n: int) -> None:
        held = [
            r[0]
            for r in self.copies[i].raw(
                "SELECT id FROM check_in WHERE kind = 'check_in' ORDER BY id"
            )
        ]
        if held:
            target = held[n % len(held)]
            undo = self._do(i, lambda uow: desk_checkin.undo_check_in(uow, target, reason="ผิดคน"))
            if undo is not None:
                self.confirmed.add(undo.undo_id)

    @rule(i=copy_index, p=st.integers(0, 100), restore=st.booleans())
    def delete_or_restore_a_person(self, i: int, p: int, restore: bool) -> None:
        person = self.people[p % len(self.people)]
        if not self.copies[i].raw("SELECT 1 FROM person WHERE id = ?", person):
            return
        self._do(i, lambda uow: (restore_person if restore else delete_person)(uow, person))

    @rule(i=copy_index, name=names, phone=digits)
    def edit_the_organisation(self, i: int, name: str, phone: str) -> None:
        def work(uow: Any) -> None:
            record = get_organisation(uow, self.ids["organisation"])
            if record is not None:
                record.name, record.phone = f"กองทุน{name}", phone
                save_organisation(uow, record)

        self._do(i, work)

    @rule(i=copy_index, p=st.integers(0, 100))
    def erase_a_person(self, i: int, p: int) -> None:
        person = self.people[p % len(self.people)]
        if self.copies[i].raw("SELECT 1 FROM person WHERE id = ? AND erased_at IS NULL", person):
            self._do(i, lambda uow: erase_person(uow, person))

    @rule(i=copy_index, title=names, due=st.integers(0, 60))
    def edit_the_plan_action(self, i: int, title: str, due: int) -> None:
        def work(uow: Any) -> None:
            action = get_action(uow, self.ids["action"])
            data = ActionInput(f"ติดตาม{title}", due_on=DAY2 + dt.timedelta(days=due))
            data.description = action.description
            update_action(uow, action.id, data, today=DAY2)

        self._do(i, work)

    @rule(i=copy_index, purpose=names)
    def edit_the_memorandum(self, i: int, purpose: str) -> None:
        def work(uow: Any) -> None:
            data = load_memorandum(uow, self.ids["memorandum"])
            data.purpose = f"ร่วมมือกับ{purpose}"
            save_memorandum(uow, data, today=DAY2)

        self._do(i, work)

    @rule(i=copy_index, n=st.integers(0, 2), step=st.sampled_from([-1, 1]))
    def reorder_the_agenda(self, i: int, n: int, step: int) -> None:
        session = self.ids["sessions"][n]
        self._do(i, lambda uow: move_session(uow, session, step))

    @rule(i=copy_index, all_met=st.booleans())
    def compact_the_log(self, i: int, all_met: bool) -> None:
        """An office compacts with what the others last told it they hold (right after all
        three met, or whenever: then it mostly lacks something and compacts nothing)."""
        if all_met:
            everyone_with_everyone(self.copies)
        others = [c.known() for j, c in enumerate(self.copies) if j != i]
        self.copies[i].write(lambda uow: compact(uow, others))

    # ------------------------------------------------------------ passing changes around

    @rule(pair=two_copies)
    def make_a_batch(self, pair: tuple[int, int]) -> None:
        src, dst = pair
        self.in_flight.append((dst, self.copies[src].since(self.copies[dst].known())))

    @rule(pair=two_copies, settle=settling)
    def meet(self, pair: tuple[int, int], settle: str) -> None:
        """Two offices meet (or a file goes straight through): dst takes what it lacks, and
        may settle a conflict it now shows on the spot."""
        src, dst = pair
        batch = self.copies[src].since(self.copies[dst].known())
        self.copies[dst].apply(batch)
        self.delivered.append((dst, batch))
        if settle:
            self._settle(self.copies[dst], 0, settle == "other")

    @precondition(lambda self: bool(self.in_flight))
    @rule(n=st.integers(0, 100), keep=st.booleans(), settle=settling)
    def deliver_a_batch(self, n: int, keep: bool, settle: str) -> None:
        """Any batch, in any order; kept ones may arrive again later."""
        dst, batch = self.in_flight[n % len(self.in_flight)]
        if not keep:
            self.in_flight.remove((dst, batch))
        self.copies[dst].apply(batch)
        self.delivered.append((dst, batch))
        if settle:
            self._settle(self.copies[dst], n, settle == "other")

    @rule(pair=two_copies)
    def send_a_change_file(self, pair: tuple[int, int]) -> None:
        """A change file for one office: what it lacks as far as src last heard from it."""
        src, dst = pair
        path = self.folder / f"file-{len(self.files)}.orgsync"
        with self.copies[src]._its_clock():
            sent = exchange.send(self.copies[src].store, path, [self.fingerprints[dst]])
        self.files.append((dst, sent.paths))

    @precondition(lambda self: bool(self.files))
    @rule(n=st.integers(0, 100), settle=settling)
    def receive_a_change_file(self, n: int, settle: str) -> None:
        """Any file written so far, in any order, any number of times."""
        dst, paths = self.files[n % len(self.files)]
        with self.copies[dst]._its_clock():
            exchange.receive(self.copies[dst].store, paths, by_hand=False)
        self.received.append((dst, paths))
        if settle:
            self._settle(self.copies[dst], n, settle == "other")

    @invariant()
    def nothing_waits_in_the_pending_log(self) -> None:
        for c in self.copies:
            assert c.raw("SELECT count(*) FROM sync_pending") == [(0,)]

    # ------------------------------------------------------------ after everyone met

    def check_convergence(self) -> None:
        everyone_with_everyone(self.copies)
        first = self.copies[0].snapshot()
        for c in self.copies[1:]:
            assert c.snapshot() == first
        conflicts = [c.conflicts() for c in self.copies]
        assert conflicts[0] == conflicts[1] == conflicts[2]
        for c in self.copies:
            held = {r[0] for r in c.raw("SELECT id FROM check_in")}
            assert self.confirmed <= held
            assert c.raw("SELECT count(*) FROM sync_waiting") == [(0,)]
            assert c.raw("PRAGMA foreign_key_check") == []
            counted = c.read(
                lambda uow: [r.person_id for r in counted_registrations(uow, self.event)]
            )
            assert len(counted) == len(set(counted))  # every person counts once
        for dst, batch in self.in_flight:  # every batch once more: nothing changes
            again = self.copies[dst].apply(batch)
            assert again.new_changes == 0 and again.rows_written == 0
        for dst, batch in reversed(self.delivered):  # all of them, in reverse order
            again = self.copies[dst].apply(batch)
            assert again.new_changes == 0 and again.rows_written == 0
        for dst, paths in reversed(self.received):  # every file received again: nothing new
            again = exchange.receive(self.copies[dst].store, paths, by_hand=False)
            assert again.new_changes == 0
        for c in self.copies:
            assert c.snapshot() == first
        assert [c.conflicts() for c in self.copies] == conflicts


def run(examples: int) -> None:
    class Checked(ThreeOffices):
        def teardown(self) -> None:
            try:
                if self.copies:
                    self.check_convergence()
            finally:
                super().teardown()

    Checked.TestCase.settings = settings(
        max_examples=examples,
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        # the same histories on every run, so that CI says the same as this laptop; new
        # histories are explored by hand: ORGANISER_SYNC_EXPLORE=1 (each run other ones)
        derandomize=not os.environ.get("ORGANISER_SYNC_EXPLORE"),
    )
    Checked.TestCase().runTest()


def test_three_offices_converge_whatever_the_order_of_exchanges() -> None:
    # the quick run's share; the slow step below runs 200 (the issue asks for at least 200)
    run(25)


@pytest.mark.slow
def test_three_offices_converge_over_many_more_histories() -> None:
    run(200)
