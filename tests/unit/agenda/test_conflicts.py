"""Each conflict rule, on plain slots: the reason a user reads on the row."""

from __future__ import annotations

import datetime as dt

from organiser.domain.agenda_conflicts import ConflictKind, Slot, find_conflicts, reasons

DAY1 = dt.date(2007, 1, 30)
DAY2 = dt.date(2007, 1, 31)
MAIN = "main"


def slot(id: str, start: str, end: str, room: str | None = MAIN, day: dt.date = DAY1,
         people: tuple[tuple[str, str], ...] = (), title: str | None = None) -> Slot:  # fmt: skip
    h1, m1 = map(int, start.split("."))
    h2, m2 = map(int, end.split("."))
    names = {MAIN: "ห้องประชุมใหญ่", "r1": "ห้องย่อย 1", "r2": "ห้องย่อย 2"}
    return Slot(id, day, dt.time(h1, m1), dt.time(h2, m2), title or f"เรื่อง {id}", room,
                names.get(room or "", ""), people)  # fmt: skip


def judge(*slots: Slot) -> dict[str, set[ConflictKind]]:
    found = find_conflicts(list(slots), DAY1, DAY2, MAIN)
    return {k: {c.kind for c in v} for k, v in found.items()}


def test_a_clean_programme_has_no_conflicts() -> None:
    assert (
        judge(
            slot("a", "09.00", "10.30"),
            slot("b", "10.30", "10.45", room=None),
            slot("c", "10.45", "12.00"),
        )
        == {}
    )


def test_session_ending_before_it_starts() -> None:
    found = find_conflicts([slot("a", "10.00", "09.00")], DAY1, DAY2, MAIN)
    assert [c.kind for c in found["a"]] == [ConflictKind.ENDS_BEFORE_START]
    assert "Ends before it starts" in reasons(found["a"])


def test_session_outside_the_event_dates() -> None:
    found = find_conflicts([slot("a", "09.00", "10.00", day=dt.date(2007, 2, 1))], DAY1, DAY2, MAIN)
    assert [c.kind for c in found["a"]] == [ConflictKind.OUTSIDE_EVENT]
    assert "1 Feb 2007" in found["a"][0].reason


def test_two_sessions_in_the_same_room_at_once() -> None:
    found = find_conflicts(
        [slot("a", "13.00", "14.30", "r1"), slot("b", "14.00", "15.00", "r1", title="กลุ่มย่อย")],
        DAY1, DAY2, MAIN,
    )  # fmt: skip
    assert ConflictKind.ROOM_OVERLAP in {c.kind for c in found["a"]}
    assert ConflictKind.ROOM_OVERLAP in {c.kind for c in found["b"]}
    reason = next(c.reason for c in found["a"] if c.kind == ConflictKind.ROOM_OVERLAP)
    assert reason == "ห้องย่อย 1 is also used by “กลุ่มย่อย” at 14:00–15:00."


def test_parallel_sessions_in_different_rooms_are_fine() -> None:
    assert (
        judge(
            slot("a", "09.00", "12.00"),
            slot("b", "13.00", "14.30", "r1"),
            slot("c", "13.00", "14.30", "r2"),
            slot("d", "12.00", "13.00", room=None),
            slot("e", "14.30", "15.00"),
        )
        == {}
    )


def test_a_person_in_two_sessions_at_once() -> None:
    somchai = ("p1", "นายสมชาย ใจดี")
    found = find_conflicts(
        [
            slot("a", "13.00", "14.30", "r1", people=(somchai,)),
            slot("b", "13.30", "14.00", "r2", people=(somchai, ("p2", "นางสมศรี"))),
        ],
        DAY1, DAY2, MAIN,
    )  # fmt: skip
    kinds = {c.kind for c in found["b"]}
    assert kinds == {ConflictKind.PERSON_TWICE}
    assert "นายสมชาย ใจดี is also in “เรื่อง a” at 13:00–14:30." in reasons(found["b"])
    # the same person on another day is no conflict
    assert (
        judge(
            slot("a", "09.00", "10.00", people=(somchai,)),
            slot("b", "09.00", "10.00", day=DAY2, people=(somchai,)),
        )
        == {}
    )


def test_gap_in_the_programme() -> None:
    found = find_conflicts(
        [slot("a", "09.00", "10.30"), slot("b", "10.45", "12.00")], DAY1, DAY2, MAIN
    )
    assert [c.kind for c in found["b"]] == [ConflictKind.GAP]
    assert found["b"][0].reason == "15 min gap after “เรื่อง a”."
    assert "a" not in found


def test_overlap_between_consecutive_sessions_of_the_main_line() -> None:
    # a break (no room) starting before the plenary ends
    result = judge(slot("a", "09.00", "10.30"), slot("b", "10.15", "10.45", room=None))
    assert result == {"a": {ConflictKind.OVERLAP}, "b": {ConflictKind.OVERLAP}}
    # two sessions in the main room report the room, not twice the same thing
    result = judge(slot("a", "09.00", "10.30"), slot("b", "10.00", "11.00"))
    assert result == {"a": {ConflictKind.ROOM_OVERLAP}, "b": {ConflictKind.ROOM_OVERLAP}}
