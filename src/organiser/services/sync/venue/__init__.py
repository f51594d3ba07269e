"""Desks at the venue in step over the room's network (issue 14).

- `signing`: every request is signed by the asking desk (Ed25519 over method, path, body hash,
  time and a nonce); replays, unknown and revoked desks are refused and logged.
- `answers`: "changes since" answers and pushes, in the sealed format of a change file, sealed
  to one desk; taken in all-or-nothing like a received file, without a backup.
- `server`: the desk's endpoint, a standard-library HTTP server in a thread, off until started.
- `pairing`: a six-digit code, SPAKE2, and key cards exchanged over the key it makes.
- `link`: long-polling the other desks, `sync now`, and leaving.
- `peers`: the other desks' last known addresses (a settings file beside the database).
"""
