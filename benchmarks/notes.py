"""Why a target is missed and what would meet it, found by profiling (py-spy, pyinstrument).

Printed under the table for a row that fails, so the output explains itself; when a cause is
fixed the row passes and its note is no longer shown. Keep each note to what was measured.
"""

from __future__ import annotations

NOTES: dict[str, str] = {
    "startup": (
        "Where the time goes at 50,000 people (quiet machine, in-process timeline and py-spy "
        "over all threads): Python and imports ~0.35 s (SQLAlchemy and the models, Qt; Alembic "
        "is no longer imported when the schema is at head); the database check at opening "
        "~0.2 s (store/opening.check_file: PRAGMA quick_check reads the whole 67 MB file, and "
        "under 64 MB it is the full integrity_check, several times slower); the main window "
        "~0.08 s; the start page's first loads ~0.3 s (ORM statements compiled for the first "
        "time, counts, reminders). The minimal PySide6 window takes ~0.1 s, so ≤ 2.5× means "
        "~0.26 s: what would meet it is showing the window from Qt alone first and importing "
        "SQLAlchemy, opening and checking the database behind it (the check after the window "
        "is shown, or only after an unclean shutdown)."
    ),
    "table_memory": (
        "The people view holds the ids of the people shown, in order, and reads the ~100 rows "
        "near the screen a page at a time (ui/people/models.PeopleModel, "
        "services/people/listing.py), so at 100,000 people the process peaks at about 185 MB, "
        "below the bare table holding every row as tuples. A miss here means a change made the "
        "view (or a load of the page, such as the organisations' member counts) hold every row."
    ),
    "table_frames": (
        "Opening and scrolling at 100,000 people: the page opens in short steps (table first, "
        "then the detail pane and the other tabs, each in its own turn of the event loop), the "
        "ids come from a covering index in ~40 ms on a worker, and scrolling reads a page of "
        "rows by primary key in ~2 ms. The one frame over 50 ms is the first one, ~140 ms: "
        "importing and building the page (~30 ms) and Qt's first paint of it (~60 ms: style "
        "sheet polish, the Thai glyphs of its labels and first rows). Later openings of the "
        "page do not have it. What would meet it: building and painting the page off screen in "
        "idle time after start-up (QWidget.grab), at the cost of memory and start-up work "
        "for people who never open it."
    ),
}
