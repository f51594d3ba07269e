"""The venue desk: `reading` (registrations, search, live counts), `editing` (check-ins, undo,
walk-ins), `exports` (badges, sign-in sheets, attendance), `letters`."""
