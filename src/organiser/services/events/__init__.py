"""Seminars: `reading` (listing, finding one by id or prefix), `editing`."""
