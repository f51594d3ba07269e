"""The agenda: `reading` (the programme, conflicts), `editing`, `reports` (the programme as
printed), `booklet`, `speakers` (session people not in the directory yet), `importing/`."""
