"""Run by test_kill.py as a subprocess that gets SIGKILLed at random moments.

python kill_worker.py DATA_DIR checkins   insert check-ins one unit of work at a time,
                                          printing `committed <id>` after each commit
python kill_worker.py DATA_DIR import N   add N people and their registrations in ONE
                                          transaction, printing `progress k` on the way and
                                          `committed <batch>` after the commit
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from sqlalchemy import select

from organiser.domain.desk import CheckIn, CheckInMethod, Registration
from organiser.domain.events import Event
from organiser.domain.people import Person
from organiser.store.db import Store


def main() -> int:
    folder, mode = Path(sys.argv[1]), sys.argv[2]
    store = Store(folder)  # already migrated by the test: start fast
    with store.reader() as uow:
        registration_ids = list(uow.session.scalars(select(Registration.id).limit(50)))
        event_id = uow.session.scalars(select(Event.id)).first()
    print("ready", flush=True)
    if mode == "checkins":
        n = 0
        while True:
            with store.writer() as uow:
                row = CheckIn(
                    registration_id=registration_ids[n % len(registration_ids)],
                    day=dt.date(2007, 1, 30),
                    desk="kill-test",
                    method=CheckInMethod.CLI,
                )
                uow.session.add(row)
                uow.commit()
            print(f"committed {row.id}", flush=True)
            n += 1
    count = int(sys.argv[3])
    batch = f"batch-{dt.datetime.now(dt.UTC).timestamp()}"
    with store.writer() as uow:
        for i in range(count):
            person = Person(given_name=f"ผู้นำเข้า{i}", family_name=batch, phone=f"08{i:08d}")
            uow.session.add(person)
            uow.session.flush()
            uow.session.add(
                Registration(event_id=event_id, person_id=person.id, import_batch_id=None)
            )
            if i % 50 == 0:
                uow.session.flush()
                print(f"progress {i}", flush=True)
        uow.commit()
    print(f"committed {batch}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
