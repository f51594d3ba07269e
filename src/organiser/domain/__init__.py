"""Typed models, one module per area. Importing this package registers every table."""

from organiser.domain import agenda, desk, events, memoranda, people, plans, settings
from organiser.domain.base import Base

__all__ = ["Base", "agenda", "desk", "events", "memoranda", "people", "plans", "settings"]
