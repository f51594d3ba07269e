"""The people area: participants and organisations."""
