"""The agenda area: the programme of an event."""
