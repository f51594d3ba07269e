"""Core teams (learning circles): working leaders and agency staff who carry the plan."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from organiser.core.errors import NotFound, UserError
from organiser.core.i18n import _
from organiser.core.thaitext import thai_sort_key
from organiser.domain.people import Person
from organiser.domain.plans import Team, TeamMember, TeamRole
from organiser.services.shared.merged_people import PeopleFollowed, people_followed
from organiser.store.db import UnitOfWork


@dataclass(frozen=True)
class MemberRow:
    id: str  # the membership
    person_id: str
    name: str
    organisation: str
    province: str
    phone: str
    role: str


@dataclass(frozen=True)
class TeamRow:
    id: str
    name: str
    description: str
    region: str
    event_id: str | None
    members: list[MemberRow]

    @property
    def coordinators(self) -> list[MemberRow]:
        return [m for m in self.members if m.role == TeamRole.COORDINATOR]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "region": self.region,
            "members": [
                {"name": m.name, "role": m.role, "province": m.province} for m in self.members
            ],
        }


def _member_row(m: TeamMember, p: Person) -> MemberRow:
    org = p.organisation
    return MemberRow(
        m.id, p.id, p.full_name, (org.short_name or org.name) if org else "", p.province,
        p.phone, m.role.value,
    )  # fmt: skip


def _members(team: Team, followed: PeopleFollowed) -> list[MemberRow]:
    """The team's live members, each merged record read as its survivor, once: the
    survivor's own membership first, else the oldest of those merged into it."""
    chosen: dict[str, tuple[bool, str, TeamMember, Person]] = {}
    for m in team.members:
        person = followed.person(m.person)
        if m.deleted_at is not None or person.deleted_at is not None:
            continue
        rank = (m.person_id != person.id, m.id, m, person)
        if person.id not in chosen or rank[:2] < chosen[person.id][:2]:
            chosen[person.id] = rank
    return [_member_row(m, person) for _own, _id, m, person in chosen.values()]


def list_teams(uow: UnitOfWork) -> list[TeamRow]:
    stmt = (
        select(Team)
        .options(
            selectinload(Team.members)
            .selectinload(TeamMember.person)
            .selectinload(Person.organisation)
        )
        .where(Team.deleted_at.is_(None))
    )
    teams = list(uow.session.scalars(stmt))
    followed = people_followed(uow, {m.person_id for t in teams for m in t.members})
    rows = []
    for t in teams:
        members = _members(t, followed)
        # coordinators first, then Thai order of given names
        members.sort(key=lambda m: (m.role != TeamRole.COORDINATOR, thai_sort_key(m.name)))
        rows.append(TeamRow(t.id, t.name, t.description, t.region, t.event_id, members))
    rows.sort(key=lambda t: thai_sort_key(t.name))
    return rows


def _team(uow: UnitOfWork, team_id: str) -> Team:
    team = uow.session.get(Team, team_id)
    if team is None or team.deleted_at is not None:
        raise NotFound(_("This core team no longer exists."))
    return team


def save_team(
    uow: UnitOfWork,
    team_id: str | None,
    name: str,
    description: str = "",
    region: str = "",
    event_id: str | None = None,
) -> str:
    if not name.strip():
        raise UserError(_("Give the core team a name."))
    team = _team(uow, team_id) if team_id else Team(name=name.strip())
    team.name, team.description = name.strip(), description.strip()
    team.region, team.event_id = region, event_id or None
    uow.session.add(team)
    uow.flush()
    return team.id


def delete_team(uow: UnitOfWork, team_id: str) -> None:
    _team(uow, team_id).soft_delete()


def add_member(
    uow: UnitOfWork, team_id: str, person_id: str, role: TeamRole = TeamRole.MEMBER
) -> str:
    team = _team(uow, team_id)
    if uow.session.get(Person, person_id) is None:
        raise NotFound(_("This person is no longer in the directory."))
    followed = people_followed(uow, [person_id, *(m.person_id for m in team.members)])
    for m in team.members:
        if followed.root(m.person_id) == followed.root(person_id):
            # Re-adding someone who left revives their membership instead of a duplicate.
            m.restore()
            m.role = role
            uow.flush()
            return m.id
    member = TeamMember(team_id=team.id, person_id=person_id, role=role)
    team.members.append(member)
    uow.flush()
    return member.id


def set_role(uow: UnitOfWork, member_id: str, role: TeamRole) -> None:
    member = uow.session.get(TeamMember, member_id)
    if member is None:
        raise NotFound(_("This person is no longer in the team."))
    member.role = role


def remove_member(uow: UnitOfWork, member_id: str) -> None:
    member = uow.session.get(TeamMember, member_id)
    if member is None:
        raise NotFound(_("This person is no longer in the team."))
    # the memberships of records merged into this person leave too, or they would show again
    team = _team(uow, member.team_id)
    followed = people_followed(uow, [m.person_id for m in team.members])
    for m in team.members:
        if followed.root(m.person_id) == followed.root(member.person_id) and m.deleted_at is None:
            m.soft_delete()
