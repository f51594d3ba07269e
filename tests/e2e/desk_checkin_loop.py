"""Helper for the kill test (not a test): check people in, one after another, for ever, and
print the id of each check-in only after its commit returned (synchronous=FULL)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from organiser.services.demo import DAY1
from organiser.services.desk import editing as desk_checkin
from organiser.services.desk import reading as desk
from organiser.services.events.reading import resolve_event
from organiser.store.opening import open_store


def main(data_dir: str) -> None:
    store = open_store(Path(data_dir))
    with store.reader() as uow:
        event_id = resolve_event(uow, "south-2550").id
        registrations = [r.id for r in desk.list_registrations(uow, event_id)]
    for reg_id in itertools.cycle(registrations):
        with store.writer() as uow:
            result = desk_checkin.check_in(uow, reg_id, DAY1, desk="kill-test")
            uow.commit()
        print(result.check_in_id, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
