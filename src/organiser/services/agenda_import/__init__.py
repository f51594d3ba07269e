"""Importing a programme: from Excel, CSV or a Word table, or rows pasted from Excel.

`reading` turns the source into rows of text, `columns` finds what each column holds, `words`
reads days and kinds of session, `planning` checks every row (nothing written), `writing`
adds the sessions in one transaction and takes an import back."""

from __future__ import annotations

from pathlib import Path

from organiser.services.agenda_import.planning import AgendaImportPlan, plan_agenda_import
from organiser.services.agenda_import.reading import read_programme
from organiser.store.db import UnitOfWork


def prepare_agenda_import(uow: UnitOfWork, path: Path, event_id: str) -> AgendaImportPlan:
    """Read and check a programme file; nothing is written."""
    return plan_agenda_import(uow, read_programme(path), event_id, source=path.name)
