"""Settings kept in the data folder's database: the office, this desk, the language."""

from __future__ import annotations

import socket
from dataclasses import dataclass

from organiser.domain.settings import AuditEntry, Setting
from organiser.store.db import UnitOfWork

OFFICE_NAME = "office.name"
OFFICE_PROVINCE = "office.province"
LANGUAGE = "ui.language"  # "th", "en" or "" (follow the system)
DESK_NAME = "desk.name"
CURRENT_EVENT = "ui.current_event"


@dataclass(frozen=True)
class OfficeSettings:
    name: str
    province: str

    @property
    def is_set(self) -> bool:
        return bool(self.name.strip())


def get(uow: UnitOfWork, key: str, default: str = "") -> str:
    row = uow.session.get(Setting, key)
    return row.value if row is not None else default


def put(uow: UnitOfWork, key: str, value: str) -> None:
    row = uow.session.get(Setting, key)
    if row is None:
        uow.session.add(Setting(key=key, value=value))
    else:
        row.value = value


def computer_name() -> str:
    """What a desk is called until someone names it: the laptop's own name, which tells the
    desks of a venue apart from the first check-in on."""
    return socket.gethostname().split(".")[0] or "Organiser"


def desk_name(uow: UnitOfWork) -> str:
    """This copy's desk name (a local setting, never sent): the one set, else the computer's."""
    return get(uow, DESK_NAME).strip() or computer_name()


def office(uow: UnitOfWork) -> OfficeSettings:
    return OfficeSettings(get(uow, OFFICE_NAME), get(uow, OFFICE_PROVINCE))


def set_office(uow: UnitOfWork, name: str, province: str) -> None:
    put(uow, OFFICE_NAME, name.strip())
    put(uow, OFFICE_PROVINCE, province.strip())


def audit(uow: UnitOfWork, action: str, detail: str, actor: str = "") -> None:
    """Record something done with personal data (import, export, erasure, restore)."""
    uow.session.add(AuditEntry(action=action, detail=detail, actor=actor or get(uow, DESK_NAME)))
