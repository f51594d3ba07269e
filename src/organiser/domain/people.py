"""Participants and their organisations."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from organiser.core.thaitext import format_name, thai_sort_key
from organiser.domain.base import Entity, str_enum


class OrganisationKind(enum.StrEnum):
    SAVINGS_GROUP = "savings_group"
    WELFARE_FUND = "welfare_fund"
    VILLAGE_FUND = "village_fund"
    COOPERATIVE = "cooperative"
    COMMUNITY_ENTERPRISE = "community_enterprise"
    NETWORK = "network"
    GOVERNMENT_AGENCY = "government_agency"
    STATE_BANK = "state_bank"
    LOCAL_ADMINISTRATION = "local_administration"
    NGO = "ngo"
    ACADEMIC = "academic"
    OTHER = "other"

    @property
    def is_support_agency(self) -> bool:
        return self in _SUPPORT_KINDS


_SUPPORT_KINDS = {
    OrganisationKind.GOVERNMENT_AGENCY,
    OrganisationKind.STATE_BANK,
    OrganisationKind.LOCAL_ADMINISTRATION,
    OrganisationKind.NGO,
    OrganisationKind.ACADEMIC,
}


class Organisation(Entity):
    __tablename__ = "organisation"

    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300), default="")
    short_name: Mapped[str] = mapped_column(String(60), default="")
    kind: Mapped[OrganisationKind] = mapped_column(
        str_enum(OrganisationKind, "kind"), default=OrganisationKind.OTHER
    )
    province: Mapped[str] = mapped_column(String(60), default="")
    district: Mapped[str] = mapped_column(String(80), default="")
    subdistrict: Mapped[str] = mapped_column(String(80), default="")
    village_no: Mapped[str] = mapped_column(String(10), default="")
    issue_tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    merged_into_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), default=None
    )

    members: Mapped[list[Person]] = relationship(
        back_populates="organisation", foreign_keys="Person.organisation_id"
    )

    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    def refresh_sort_key(self) -> None:
        self.sort_key = thai_sort_key(self.name)

    @property
    def label(self) -> str:
        return f"{self.name} ({self.short_name})" if self.short_name else self.name


class Person(Entity):
    __tablename__ = "person"

    title: Mapped[str] = mapped_column(String(40), default="")
    given_name: Mapped[str] = mapped_column(String(120))
    family_name: Mapped[str] = mapped_column(String(120), default="")
    nickname: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(20), default="", index=True)  # digits only
    email: Mapped[str] = mapped_column(String(200), default="")
    line_id: Mapped[str] = mapped_column(String(100), default="")
    organisation_id: Mapped[str | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), default=None, index=True
    )
    position: Mapped[str] = mapped_column(String(200), default="")
    province: Mapped[str] = mapped_column(String(60), default="", index=True)
    district: Mapped[str] = mapped_column(String(80), default="")
    subdistrict: Mapped[str] = mapped_column(String(80), default="")
    village_no: Mapped[str] = mapped_column(String(10), default="")
    diet: Mapped[str] = mapped_column(String(200), default="")
    access_needs: Mapped[str] = mapped_column(String(200), default="")
    consent_on: Mapped[dt.date | None] = mapped_column(default=None)
    consent_purpose: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="", index=True)
    # reads follow merges (chains too) through this: services.shared.registrations.person_roots
    merged_into_id: Mapped[str | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), default=None
    )
    erased_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    organisation: Mapped[Organisation | None] = relationship(
        back_populates="members", foreign_keys=[organisation_id]
    )

    __table_args__ = (
        CheckConstraint("length(trim(given_name)) > 0", name="given_name_not_blank"),
        Index("ix_person_name", "given_name", "family_name"),
        # prefix search as the first letters are typed (services.people.search)
        Index("ix_person_nickname", "nickname"),
        Index("ix_person_family_name", "family_name"),
        # the people view's order of everyone, read from the index alone (services.people.listing)
        Index(
            "ix_person_directory",
            "sort_key",
            "id",
            sqlite_where=text("deleted_at IS NULL AND merged_into_id IS NULL"),
        ),
        # the few merged people, for reads that follow merges; partial, so that the planner
        # never takes it for "not merged" (the directory's index serves that)
        Index(
            "ix_person_merged_into_id",
            "merged_into_id",
            sqlite_where=text("merged_into_id IS NOT NULL"),
        ),
    )

    @property
    def full_name(self) -> str:
        return format_name(self.title, self.given_name, self.family_name)

    def refresh_sort_key(self) -> None:
        self.sort_key = thai_sort_key(f"{self.given_name} {self.family_name}")


class ImportBatch(Entity):
    """One confirmed import of an invitation list: what it created and what it changed, so the
    whole import can be undone as one step (registrations carry `import_batch_id`)."""

    __tablename__ = "import_batch"

    event_id: Mapped[str | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), default=None, index=True
    )
    file_name: Mapped[str] = mapped_column(String(300), default="")
    rows_read: Mapped[int] = mapped_column(default=0)
    created_people: Mapped[list[str]] = mapped_column(JSON, default=list)
    created_organisations: Mapped[list[str]] = mapped_column(JSON, default=list)
    # person id -> {field: {"before": value before, "imported": value written}} for people the
    # import merged into (imports made before the redo existed hold {field: value before})
    merged_people: Mapped[dict[str, dict[str, Any]]] = mapped_column(JSON, default=dict)
    undone_at: Mapped[dt.datetime | None] = mapped_column(default=None)
