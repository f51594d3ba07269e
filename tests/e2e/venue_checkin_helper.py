"""Helper for the venue tests (not a test): a desk checking people in through the services,
one per line read from stdin (`N DAY`: the N-th registration of the demo seminar on day 1 or
2), printing each check-in's id only after its commit returned; `loop` checks people in for
ever (the kill and soak tests)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from organiser.services.demo import DAY1, DAY2
from organiser.services.desk import editing as desk_checkin
from organiser.services.desk import reading as desk
from organiser.services.events.reading import resolve_event
from organiser.store.opening import open_store


def main(data_dir: str, name: str) -> None:
    store = open_store(Path(data_dir))
    with store.reader() as uow:
        event_id = resolve_event(uow, "south-2550").id
        registrations = sorted(r.id for r in desk.list_registrations(uow, event_id))

    def one(n: int, day: int) -> None:
        with store.writer() as uow:
            result = desk_checkin.check_in(uow, registrations[n], DAY1 if day == 1 else DAY2,
                                           desk=name)  # fmt: skip
            uow.commit()
        print(result.check_in_id, flush=True)

    for line in sys.stdin:
        if line.strip() == "loop":
            for n in itertools.cycle(range(len(registrations))):
                one(n, 1)
        n, day = line.split()
        one(int(n), int(day))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
