"""Merging two people writes no row of another table: a session's speakers and a core team's
members keep naming the record merged away, and every list and the printed programme read
them as the survivor, once, on every copy."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pypdf
from sync_copies import DAY1, Copy, everyone_with_everyone

from organiser.domain.agenda import SessionRole
from organiser.domain.plans import PlanKind
from organiser.services.agenda.editing import SessionDraft, create_session, set_people
from organiser.services.agenda.reading import list_sessions
from organiser.services.agenda.reports import build_report, write_agenda
from organiser.services.people.directory import get_person
from organiser.services.people.editing import merge_people
from organiser.services.plans.detail import action_detail
from organiser.services.plans.editing import ActionInput, PlanInput, create_action, create_plan
from organiser.services.plans.reading import list_actions
from organiser.services.plans.teams import add_member, list_teams, remove_member, save_team


def _names(copy: Copy, person_id: str) -> str:
    return str(copy.raw("SELECT given_name FROM person WHERE id = ?", person_id)[0][0])


def _prepare(copy: Copy, event: str, keep: str, duplicate: str, other: str) -> tuple[str, str]:
    def work(uow: Any) -> tuple[str, str]:
        panel = create_session(
            uow,
            event,
            SessionDraft(
                DAY1, dt.time(9), dt.time(10), "เสวนาการเงินชุมชน",
                people=((duplicate, SessionRole.SPEAKER), (keep, SessionRole.SPEAKER),
                        (other, SessionRole.FACILITATOR)),
            ),
        )  # fmt: skip
        team = save_team(uow, None, "วงเรียนรู้ภาคใต้")
        for person in (duplicate, keep, other):
            add_member(uow, team, person)
        plan = create_plan(uow, PlanInput(kind=PlanKind.REGIONAL, title="แผนงานระดับภาค"))
        create_action(uow, plan, ActionInput("ประชุมติดตาม", owner_person_id=duplicate, due_on=DAY1))
        return panel, team

    return copy.write(work)


def test_a_merge_writes_only_people_and_every_list_shows_the_survivor_once(
    three: tuple[list[Copy], dict[str, Any]], tmp_path: Path
) -> None:
    copies, ids = three
    a, _b, _c = copies
    event = ids["event"]
    keep, duplicate, other = ids["people"]
    panel, team = _prepare(a, event, keep, duplicate, other)
    everyone_with_everyone(copies)
    a.write(lambda uow: merge_people(uow, keep, duplicate))
    merged = a.raw(
        "SELECT DISTINCT tbl FROM sync_change WHERE stamp = (SELECT max(stamp) FROM sync_change)"
    )
    assert merged == [("person",)]  # nothing else was rewritten
    everyone_with_everyone(copies)
    for copy in copies:
        session = next(s for s in copy.read(lambda uow: list_sessions(uow, event)) if s.id == panel)
        assert [(p.person_id, p.role) for p in session.participants] == [
            (keep, "speaker"), (other, "facilitator"),
        ]  # fmt: skip
        row = next(t for t in copy.read(list_teams) if t.id == team)
        assert sorted(m.person_id for m in row.members) == sorted([keep, other])
        [action] = copy.read(lambda uow: list_actions(uow))
        assert action.owner == copy.read(lambda uow: get_person(uow, keep)).full_name  # type: ignore[union-attr]
        found = action.id
        assert copy.read(lambda uow, found=found: action_detail(uow, found).owner_person_id) == keep
    # the printed programme names the survivor, once
    report = a.read(lambda uow: build_report(uow, event, "th", printed_on=DAY1))
    path = write_agenda(report, "pdf", tmp_path / "agenda.pdf")
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in pypdf.PdfReader(path).pages))
    assert text.count(_names(a, keep)) == 1
    assert _names(a, duplicate) not in text


def test_a_survivor_taken_out_of_a_team_or_session_stays_out(
    three: tuple[list[Copy], dict[str, Any]],
) -> None:
    copies, ids = three
    a, b, _c = copies
    event = ids["event"]
    keep, duplicate, other = ids["people"]
    panel, team = _prepare(a, event, keep, duplicate, other)
    a.write(lambda uow: merge_people(uow, keep, duplicate))
    everyone_with_everyone(copies)
    row = next(t for t in b.read(list_teams) if t.id == team)
    shown = next(m for m in row.members if m.person_id == keep)
    b.write(lambda uow: remove_member(uow, shown.id))
    b.write(lambda uow: set_people(uow, panel, [(other, SessionRole.FACILITATOR)]))
    everyone_with_everyone(copies)
    for copy in copies:
        row = next(t for t in copy.read(list_teams) if t.id == team)
        assert [m.person_id for m in row.members] == [other]
        session = next(s for s in copy.read(lambda uow: list_sessions(uow, event)) if s.id == panel)
        assert [p.person_id for p in session.participants] == [other]
