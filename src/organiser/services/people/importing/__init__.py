"""Importing an invitation list: `reading` the file (`xlsx` streams .xlsx cells), `columns`
(which column holds what), `planning` (every row checked, nothing written), `writing` (one
transaction), `undo` (taking an import back and redoing it)."""
