"""Memoranda of cooperation: `reading`, `editing`, `files` (signed scans and attachments)."""
