"""The programme booklet: the seminar's programme with its objectives, its speakers (with their
positions and organisations) and its participants by province, in Thai or English, written by
`organiser.documents.agenda.booklet` outside any database session."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from organiser.core.i18n import _, use_language
from organiser.core.provinces import province_label
from organiser.core.thaitext import learn_words, thai_sort_key
from organiser.documents.agenda.booklet import (
    Booklet,
    BookletPerson,
    BookletProvince,
    BookletSpeaker,
    write_booklet_pdf,
)
from organiser.domain.events import Event
from organiser.domain.people import Person
from organiser.services.agenda.reports import build_report
from organiser.services.desk.exports import attending_registrations, audit_export, person_name
from organiser.services.events.reading import resolve_event
from organiser.store.db import Store, UnitOfWork

I18N_AREA = "agenda"  # its words are translated with the programme's


def build_booklet(uow: UnitOfWork, event_id: str, lang: str) -> Booklet:
    report = build_report(uow, event_id, lang)
    event = uow.session.get(Event, event_id)
    assert event is not None
    speaker_roles: dict[str, list[str]] = defaultdict(list)
    for session in report.sessions:
        for role, names in session.people_by_role:
            for name in names:
                if role not in speaker_roles[name]:
                    speaker_roles[name].append(role)
    with use_language(lang):
        speakers = _speakers(uow, event_id, speaker_roles)
        provinces = _participants(uow, event_id, lang)
    return Booklet(
        programme=report,
        objectives=event.objectives or "",
        intended_outputs=event.intended_outputs or "",
        speakers=speakers,
        provinces=provinces,
    )


def _speakers(
    uow: UnitOfWork, event_id: str, roles_by_name: dict[str, list[str]]
) -> tuple[BookletSpeaker, ...]:
    """Everyone named in the programme, once, with every role they have in it, in the order of
    their first appearance; position and organisation from the directory."""
    from sqlalchemy import select

    from organiser.domain.agenda import AgendaSession, SessionPerson
    from organiser.services.shared.merged_people import people_followed

    named = list(
        uow.session.scalars(
            select(Person)
            .join(SessionPerson, SessionPerson.person_id == Person.id)
            .join(AgendaSession, AgendaSession.id == SessionPerson.session_id)
            .where(AgendaSession.event_id == event_id, SessionPerson.deleted_at.is_(None))
        )
    )
    followed = people_followed(uow, {p.id for p in named})  # a merged speaker is the survivor
    people = {person_name(p): p for p in map(followed.person, named)}
    found: list[BookletSpeaker] = []
    for name, roles in roles_by_name.items():
        person = people.get(name)
        organisation = person.organisation.name if person and person.organisation else ""
        found.append(
            BookletSpeaker(name, ", ".join(roles), person.position if person else "", organisation)
        )
    return tuple(found)


def _participants(uow: UnitOfWork, event_id: str, lang: str) -> tuple[BookletProvince, ...]:
    """Those who may come (not declined or cancelled), by province in the language's order;
    people with no province last."""
    groups: dict[str, list[BookletPerson]] = defaultdict(list)
    for registration in attending_registrations(uow, event_id):
        p = registration.person
        groups[p.province].append(
            BookletPerson(person_name(p), p.organisation.name if p.organisation else "")
        )

    def heading(province: str) -> str:
        if not province:
            return _("Province not given")
        return f"จังหวัด{province}" if lang == "th" else province_label(province, lang)

    ordered = sorted(
        groups,
        key=lambda pr: (
            pr == "",
            thai_sort_key(pr) if lang == "th" else province_label(pr, lang).casefold(),
        ),
    )
    return tuple(BookletProvince(heading(pr), tuple(groups[pr])) for pr in ordered)


def export_booklet(store: Store, event_ref: str, path: Path, lang: str) -> Booklet:
    """Write the booklet of `event_ref` to `path` (private to the user); the export is in the
    personal data log, since it lists people."""
    with store.reader() as uow:
        event = resolve_event(uow, event_ref)
        booklet = build_booklet(uow, event.id, lang)
    learn_words(s.organisation for s in booklet.speakers)
    learn_words(p.organisation for group in booklet.provinces for p in group.people)
    with use_language(lang):
        write_booklet_pdf(booklet, path)
    audit_export(
        store, "export", f"programme booklet {event.id} ({booklet.participants}) -> {path.name}"
    )
    return booklet
