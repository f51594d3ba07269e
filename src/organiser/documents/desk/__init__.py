"""The venue desk's documents: badges, sign-in sheets, attendance, the not-here list, letters."""
