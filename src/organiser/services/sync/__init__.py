"""Sync between offices, as use cases: this copy's keys and whom it trusts (`copies`), change
files sent and received (`exchange`), and conflicts waiting for a person (`conflicts`)."""
