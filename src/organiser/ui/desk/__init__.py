"""The venue desk: registrations and check-in."""
