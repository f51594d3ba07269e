"""Invitation letters with each person's QR code: one PDF of letters, a PDF per person, or a
PNG per person to send through LINE (the desk scans the phone's screen like a badge)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from organiser.core.errors import UserError
from organiser.core.i18n import _, current_language
from organiser.core.thaitext import learn_words
from organiser.services.desk.exports import attending_registrations, audit_export, person_name
from organiser.services.events.reading import resolve_event
from organiser.store.db import Store, UnitOfWork

if TYPE_CHECKING:  # the documents bring fpdf2 and Pillow: imported when printing
    from organiser.documents.desk.letters import Letter, LetterEvent

I18N_AREA = "desk"  # tools/i18n.py: this module's strings belong to the desk's translations

_UNSAFE = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')


def letter_list(
    uow: UnitOfWork, event_id: str, person_id: str | None = None
) -> tuple[LetterEvent, list[Letter]]:
    """The event as the letters name it, and one letter per person who may come (in Thai
    order), or only the person whose id starts with `person_id`."""
    from organiser.documents.desk.letters import Letter, LetterEvent
    from organiser.domain.events import Event

    event = uow.session.get(Event, event_id)
    if event is None:
        raise UserError(_("No such event."))
    regs = attending_registrations(uow, event_id)
    if person_id is not None:
        ref = person_id.strip().lower()
        regs = [r for r in regs if ref and r.person_id.startswith(ref)]
        if len(regs) != 1:
            raise UserError(
                _("No single person registered for this event has the id '{ref}'.").format(
                    ref=person_id
                )
            )
    letters = [
        Letter(
            person_name(r.person),
            r.person.organisation.name if r.person.organisation else "",
            r.code,
        )
        for r in regs
    ]
    about = LetterEvent(
        event.title, event.starts_on, event.ends_on, event.venue, event.organising_office
    )
    return about, letters


def file_name_for(letter: Letter, suffix: str) -> str:
    """`นายสมชาย-ใจดี-7KQ2M9XA.png`: the name says whom to send it to, the code keeps two
    people of the same name apart; characters no file system takes are left out."""
    name = _UNSAFE.sub("-", letter.name).strip("-.")[:80]
    return f"{name}-{letter.code}{suffix}" if name else f"{letter.code}{suffix}"


def export_letters(
    store: Store,
    event_ref: str,
    target: Path,
    *,
    png: bool = False,
    person_id: str | None = None,
) -> int:
    """Write the letters; returns how many. A target ending in `.pdf` gets one PDF of all the
    letters; any other target is a folder that gets one file per person (PDF, or PNG with
    `png`)."""
    from organiser.documents.common.typesetting import write_private_atomic
    from organiser.documents.desk.letters import render_letter_png, render_letters

    with store.reader() as uow:
        event = resolve_event(uow, event_ref)
        about, letters = letter_list(uow, event.id, person_id)
    if not letters:
        raise UserError(_("No one is registered for this event yet."))
    lang = current_language()
    learn_words([about.title, about.venue, about.office, *(x.organisation for x in letters)])
    one_file = target.suffix.lower() == ".pdf"
    if one_file and png:
        raise UserError(_("Pictures go into a folder: give a folder, not a .pdf file."))
    if one_file:
        render_letters(about, letters, target, lang)
    else:
        if target.exists() and not target.is_dir():
            raise UserError(
                _("'{path}' is a file; give a folder for one file per person.").format(path=target)
            )
        target.mkdir(parents=True, exist_ok=True)
        for letter in letters:
            if png:
                data = render_letter_png(about, letter, lang)
                write_private_atomic(target / file_name_for(letter, ".png"), data)
            else:
                render_letters(about, [letter], target / file_name_for(letter, ".pdf"), lang)
    kind = "png" if png else "pdf"
    audit_export(store, "export", f"letters {event.id} ({len(letters)}, {kind}) -> {target.name}")
    return len(letters)
