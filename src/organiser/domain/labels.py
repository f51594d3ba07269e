"""Words for enum values, in the user's language (screens, documents, exports)."""

from __future__ import annotations

import enum

from organiser.core.i18n import N_, _
from organiser.domain.agenda import SessionKind, SessionRole
from organiser.domain.desk import CheckInMethod, RegistrationRole, RegistrationStatus
from organiser.domain.memoranda import CommitmentState, MemorandumStatus
from organiser.domain.people import OrganisationKind
from organiser.domain.plans import ActionStatus, PlanKind, TeamRole

_LABELS: dict[enum.StrEnum, str] = {
    OrganisationKind.SAVINGS_GROUP: N_("Savings group"),
    OrganisationKind.WELFARE_FUND: N_("Community welfare fund"),
    OrganisationKind.VILLAGE_FUND: N_("Village fund"),
    OrganisationKind.COOPERATIVE: N_("Cooperative"),
    OrganisationKind.COMMUNITY_ENTERPRISE: N_("Community enterprise"),
    OrganisationKind.NETWORK: N_("Network"),
    OrganisationKind.GOVERNMENT_AGENCY: N_("Government agency"),
    OrganisationKind.STATE_BANK: N_("State bank"),
    OrganisationKind.LOCAL_ADMINISTRATION: N_("Local administration"),
    OrganisationKind.NGO: N_("NGO"),
    OrganisationKind.ACADEMIC: N_("Academic institution"),
    OrganisationKind.OTHER: N_("Other"),
    SessionKind.REGISTRATION: N_("Registration"),
    SessionKind.OPENING: N_("Opening"),
    SessionKind.TALK: N_("Talk"),
    SessionKind.PANEL: N_("Panel"),
    SessionKind.GROUP_WORK: N_("Group work"),
    SessionKind.PLENARY: N_("Plenary"),
    SessionKind.PLANNING: N_("Planning"),
    SessionKind.BREAK: N_("Break"),
    SessionKind.MEAL: N_("Meal"),
    SessionKind.TRAVEL: N_("Travel"),
    SessionKind.CLOSING: N_("Closing"),
    SessionRole.SPEAKER: N_("Speaker"),
    SessionRole.FACILITATOR: N_("Facilitator"),
    SessionRole.PANELIST: N_("Panelist"),
    SessionRole.NOTE_TAKER: N_("Note-taker"),
    RegistrationRole.PARTICIPANT: N_("Participant"),
    RegistrationRole.SPEAKER: N_("Speaker"),
    RegistrationRole.STAFF: N_("Staff"),
    RegistrationRole.OBSERVER: N_("Observer"),
    RegistrationRole.GUEST: N_("Guest"),
    RegistrationStatus.INVITED: N_("Invited"),
    RegistrationStatus.CONFIRMED: N_("Confirmed"),
    RegistrationStatus.DECLINED: N_("Declined"),
    RegistrationStatus.WALK_IN: N_("Walk-in"),
    RegistrationStatus.CANCELLED: N_("Cancelled"),
    CheckInMethod.SEARCH: N_("Search"),
    CheckInMethod.SCAN: N_("QR scan"),
    CheckInMethod.WALK_IN: N_("Walk-in"),
    CheckInMethod.CLI: N_("Command line"),
    MemorandumStatus.DRAFT: N_("Draft"),
    MemorandumStatus.IN_REVIEW: N_("In review"),
    MemorandumStatus.SIGNED: N_("Signed"),
    MemorandumStatus.IN_FORCE: N_("In force"),
    MemorandumStatus.EXPIRED: N_("Expired"),
    MemorandumStatus.TERMINATED: N_("Terminated"),
    CommitmentState.PLANNED: N_("Planned"),
    CommitmentState.IN_PROGRESS: N_("In progress"),
    CommitmentState.FULFILLED: N_("Fulfilled"),
    CommitmentState.NOT_FULFILLED: N_("Not fulfilled"),
    PlanKind.REGIONAL: N_("Regional work plan"),
    PlanKind.PROVINCIAL: N_("Provincial guideline"),
    PlanKind.TEAM: N_("Team plan"),
    ActionStatus.NOT_STARTED: N_("Not started"),
    ActionStatus.IN_PROGRESS: N_("In progress"),
    ActionStatus.DONE: N_("Done"),
    ActionStatus.BLOCKED: N_("Blocked"),
    ActionStatus.DROPPED: N_("Dropped"),
    TeamRole.COORDINATOR: N_("Coordinator"),
    TeamRole.MEMBER: N_("Member"),
}

_ENUMS: tuple[type[enum.StrEnum], ...] = (
    OrganisationKind, SessionKind, SessionRole, RegistrationRole, RegistrationStatus, CheckInMethod,
    MemorandumStatus, CommitmentState, PlanKind, ActionStatus, TeamRole,
)  # fmt: skip


def label(value: enum.StrEnum) -> str:
    """The translated word for an enum member."""
    return _(_LABELS[value])


def label_of(enum_cls: type[enum.StrEnum], raw: str) -> str:
    """The translated word for a stored value (rows from services carry plain strings)."""
    try:
        return label(enum_cls(raw))
    except (ValueError, KeyError):
        return raw


def all_labelled() -> list[enum.StrEnum]:
    return [member for cls in _ENUMS for member in cls]
