"""Seminars and other events."""
