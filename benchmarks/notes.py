"""Why a target is missed and what would meet it, found by profiling (py-spy, pyinstrument).

Printed under the table for a row that fails, so the output explains itself; when a cause is
fixed the row passes and its note is no longer shown. Keep each note to what was measured.
"""

from __future__ import annotations

NOTES: dict[str, str] = {
    "startup": (
        "Where the time goes at 50,000 people (quiet machine, in-process timeline): Python and "
        "imports ~0.43 s (Qt ~0.1 s as in the minimal window, SQLAlchemy ~0.2 s, the models "
        "~0.1 s); the database check (~0.1 s, PRAGMA quick_check over the whole file) now runs "
        "on a thread while those imports run (store/checking.py); QApplication, fonts and "
        "translations ~0.05 s; the main window ~0.04 s; the start page's loads ~0.1 s on a "
        "worker and the first paint. The minimal PySide6 window takes ~0.1 s, so ≤ 2.5× means "
        "~0.26 s, less than importing SQLAlchemy and the models alone. What would meet it: a "
        "start path without them, showing the start page from a small snapshot written at the "
        "last quit (plain sqlite3) while SQLAlchemy, the models and the check load behind it."
    ),
    "thai_first": (
        "Where the time goes (in a fresh process, CPU time on a loaded machine): importing "
        "PyThaiNLP ~0.06 s (its tokenizer is needed), reading the dictionary back from the "
        "cache folder ~0.03 s (67,000 words and their prefixes, core/word_cache.py), the first "
        "break ~0.01 s. Before the cache the process built the dictionary from PyThaiNLP's "
        "text list and geothai's place names (~0.3 s CPU, 0.42 s with the imports). A miss "
        "means the cache is not read: its folder cannot be written, or its key changes at "
        "every start (word_cache.source_key)."
    ),
    "sync_receive_ratio": (
        "Where a receive of 10,000 changes spends its CPU (~1.1 s on a loaded machine; the "
        "baseline stores the same rows alone in ~0.09 s): recomputing the touched rows ~0.45 s "
        "(set-based per table since: reading their changes and values, deciding each row by "
        "the merge rules in Python, one executemany per shape of write; it was ~7 queries per "
        "row), checking the batches' signatures and hashes and reading them ~0.25 s, keeping "
        "the changes and the batches as they came ~0.2 s, conflicts ~0.05 s. What would meet "
        "<= 3x: the rows decided in SQL, and the leaf hashes checked in fewer Python steps."
    ),
    "place_plans": (
        "Building the page is done ahead of time while idle (ui/main_window.PREPARED_AREAS); "
        "what is left in the first opening's longest frame is the first load: fitting the "
        "action table's columns to long Thai texts (a screenful of rows, ui/widgets/columns.py) "
        "and filtering the 2,000 actions in Python on the GUI thread (PlansPage.current_rows)."
    ),
    "place_memoranda": (
        "Built ahead of time while idle; the first opening's longest frame is fitting the "
        "memoranda table's columns (a screenful of rows) and filling the organisation filter "
        "with 2,000 organisations (QComboBox.addItem each)."
    ),
    "erase_frames": (
        "The search runs on a worker (privacy.people_to_erase over the People search, at most "
        "100 people); the GUI thread fills a 100-row table and fits its columns to the rows on "
        "screen. A frame over the target with its CPU time far below it is the machine's load."
    ),
    "table_memory": (
        "The people view holds the ids of the people shown, in order, and reads the ~100 rows "
        "near the screen a page at a time (ui/people/models.PeopleModel, "
        "services/people/listing.py), so at 100,000 people the process peaks at about 185 MB, "
        "below the bare table holding every row as tuples. A miss here means a change made the "
        "view (or a load of the page, such as the organisations' member counts) hold every row."
    ),
    "table_frames": (
        "The page is built ahead of time while the window is idle after start-up (its module, "
        "its widgets, a first paint off screen: ui/main_window.PREPARED_AREAS), the ids come "
        "from a covering index in ~40 ms on a worker, and scrolling reads a page of rows by "
        "primary key in ~2 ms. A frame over 50 ms means one of these broke: opened before it "
        "was built ahead (~70 ms: importing and building the page, its first paint), a full "
        "garbage collection (~60 ms; the main window freezes the start-up objects), or workers "
        "holding the interpreter lock while the GUI thread paints (app.GUI_SWITCH_INTERVAL_S)."
    ),
}
