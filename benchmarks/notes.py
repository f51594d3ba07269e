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
        "The people page holds every person as a DirectoryRow (17 fields, from one SQL query, "
        "plus the fetched rows while they are converted): at 100,000 people the process peaks "
        "at about 560 MB, where the bare table holding the same rows as tuples peaks at 180 MB. "
        "What would meet it: a model that holds only the rows around the viewport and fetches "
        "pages from the database (keyset pages on sort_key), with filters and search in SQL, as "
        "STYLE.md asks for large lists."
    ),
    "table_frames": (
        "Scrolling itself keeps pace with the bare table; every long frame falls while the page "
        "opens: the frame that builds the page, then frames of a few hundred ms while a worker "
        "builds 100,000 DirectoryRows and the GUI thread waits for the interpreter lock between "
        "them, and the frame in which the rows arrive (model reset, filtering the list in "
        "Python). What would meet it: load one page of rows at a time (as for memory above), "
        "so no thread ever builds 100,000 Python objects."
    ),
}
