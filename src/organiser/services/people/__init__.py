"""People and organisations: `rows` (plain listings), the `directory` and its `listing` and
`search` (with `ranking`), `editing` (add, edit, merge), `invitations`, `importing/`, `exports`,
`districts`."""
