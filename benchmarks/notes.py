"""Why a target is missed and what would meet it, found by profiling (py-spy, pyinstrument).

Printed under the table for a row that fails, so the output explains itself; when a cause is
fixed the row passes and its note is no longer shown. Keep each note to what was measured.
"""

from __future__ import annotations

NOTES: dict[str, str] = {
    "startup": (
        "CPU profile at 50,000 people (py-spy, all threads): imports ~0.5 s (SQLAlchemy, the "
        "models, Alembic with Mako and Pygments, Qt); the start-up database check ~0.65 s "
        "(store/opening.check_file: PRAGMA quick_check reads the whole 67 MB file, and below "
        "64 MB it is the full integrity_check, ~1.8 s); the start page's first loads ~1 s on the "
        "two reader threads, mostly services.plans.list_actions over all 2,000 actions (ORM "
        "objects with seven selectinloads) run twice, once for reminders and once for the plans "
        "summary. What would meet < 1 s: run the file check after the window is shown (or only "
        "after an unclean shutdown), read reminders and the summary with one Core query of the "
        "few columns they show, and import Alembic only when the schema is not at head."
    ),
    "search_100000": (
        "The search's cost grows with the number of people who match, not with the table: "
        "every FTS candidate (up to CANDIDATE_CAP = 2,000) is joined to person and "
        "organisation and sorted before LIMIT, and a common given name matches ten times as "
        "many people at 100,000 as at 10,000. One- and two-character keystrokes scan "
        "person_search_doc until 2,000 are found (up to ~70 ms at 100,000). What would meet "
        "it: rank and sort on the document table alone (keep sort_key and the ranking inputs "
        "in person_search_doc) and join person and organisation for the one page shown, or "
        "take the first page from the sort_key index for name prefixes and use the trigram "
        "index only for substrings; a cap near the page size bounds the rest."
    ),
    "import": (
        "Reading is openpyxl itself (about 1.1× the baseline with cell_text); on top of it "
        "checking the rows costs ~0.45× (split_full_name lowercases the name once per title "
        "prefix; _word builds a set of enum values per row) and writing ~0.6× (bulk INSERTs; the "
        "trigram index triggers alone are ~1.4 s per 10,000 people). What would meet ≤ 1.5×: "
        "read the sheet XML with a streaming expat parser instead of openpyxl's read-only "
        "worksheet (several times quicker, so reading drops well below the baseline), plus the "
        "two small fixes in checking."
    ),
    "table_memory": (
        "The people page loads every person as a DirectoryRow into a RowsModel under a "
        "QSortFilterProxyModel: at 100,000 people the process peaks far above 300 MB. What "
        "would meet it: a model that fetches pages from the database (canFetchMore/fetchMore "
        "or a windowed cache keyed by row), filtering and sorting in SQL, as STYLE.md asks for "
        "large lists."
    ),
    "table_frames": (
        "When the rows arrive, the GUI thread resets the model and DirectoryProxy filters all "
        "100,000 rows through its Python filterAcceptsRow (each call fetches the row through "
        "data(ROW_ROLE)), and apply_filters() then filters them all a second time: one frame of "
        "many seconds. Opening the page (create_page) is itself a frame of over a second. What "
        "would meet it: filter in the service (SQL) or on the worker thread and hand the view "
        "only what it shows (a paged model); never run a Python filter per row on the GUI "
        "thread. The bare-table baseline's own worst frames show the noise of a shared machine."
    ),
}
