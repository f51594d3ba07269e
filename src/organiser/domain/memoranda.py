"""Memoranda of cooperation between partner agencies."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from organiser.core.positions import FIRST
from organiser.domain.base import Entity, str_enum
from organiser.domain.people import Organisation


class MemorandumStatus(enum.StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class CommitmentState(enum.StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    FULFILLED = "fulfilled"
    NOT_FULFILLED = "not_fulfilled"


class Memorandum(Entity):
    __tablename__ = "memorandum"

    title: Mapped[str] = mapped_column(String(400))
    reference_no: Mapped[str] = mapped_column(String(80), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    background: Mapped[str] = mapped_column(Text, default="")
    scope: Mapped[str] = mapped_column(Text, default="")
    event_id: Mapped[str | None] = mapped_column(
        ForeignKey("event.id", ondelete="SET NULL"), default=None
    )
    signing_place: Mapped[str] = mapped_column(String(300), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(default=None)
    valid_from: Mapped[dt.date | None] = mapped_column(default=None)
    valid_until: Mapped[dt.date | None] = mapped_column(default=None)
    status: Mapped[MemorandumStatus] = mapped_column(
        str_enum(MemorandumStatus, "status"), default=MemorandumStatus.DRAFT
    )

    parties: Mapped[list[Party]] = relationship(
        back_populates="memorandum", order_by="[Party.position, Party.id]"
    )
    clauses: Mapped[list[Clause]] = relationship(
        back_populates="memorandum", order_by="[Clause.position, Clause.id]"
    )
    commitments: Mapped[list[Commitment]] = relationship(back_populates="memorandum")
    history: Mapped[list[MemorandumStatusChange]] = relationship(
        back_populates="memorandum", order_by="MemorandumStatusChange.created_at"
    )
    attachments: Mapped[list[Attachment]] = relationship(back_populates="memorandum")

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint(
            "valid_until IS NULL OR valid_from IS NULL OR valid_until >= valid_from",
            name="validity_in_order",
        ),
    )


class MemorandumStatusChange(Entity):
    __tablename__ = "memorandum_status_change"

    memorandum_id: Mapped[str] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[MemorandumStatus] = mapped_column(str_enum(MemorandumStatus, "status"))
    changed_on: Mapped[dt.date]
    note: Mapped[str] = mapped_column(Text, default="")

    memorandum: Mapped[Memorandum] = relationship(back_populates="history")


class Clause(Entity):
    __tablename__ = "memorandum_clause"

    memorandum_id: Mapped[str] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[str] = mapped_column(String(200), default=FIRST)  # core.positions
    heading: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text)

    memorandum: Mapped[Memorandum] = relationship(back_populates="clauses")


class Party(Entity):
    __tablename__ = "memorandum_party"

    memorandum_id: Mapped[str] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[str] = mapped_column(
        ForeignKey("organisation.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[str] = mapped_column(String(200), default=FIRST)  # core.positions
    signatory_title: Mapped[str] = mapped_column(String(40), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_position: Mapped[str] = mapped_column(String(300), default="")
    witness_name: Mapped[str] = mapped_column(String(200), default="")
    witness_position: Mapped[str] = mapped_column(String(300), default="")
    signed_on: Mapped[dt.date | None] = mapped_column(default=None)
    unsigned_note: Mapped[str] = mapped_column(Text, default="")

    memorandum: Mapped[Memorandum] = relationship(back_populates="parties")
    organisation: Mapped[Organisation] = relationship()
    commitments: Mapped[list[Commitment]] = relationship(back_populates="party")


class Commitment(Entity):
    __tablename__ = "memorandum_commitment"

    memorandum_id: Mapped[str] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), index=True
    )
    party_id: Mapped[str] = mapped_column(
        ForeignKey("memorandum_party.id", ondelete="CASCADE"), index=True
    )
    category: Mapped[str] = mapped_column(String(60), default="")  # budget, staff, training, loans…
    description: Mapped[str] = mapped_column(Text)
    due_on: Mapped[dt.date | None] = mapped_column(default=None)
    state: Mapped[CommitmentState] = mapped_column(
        str_enum(CommitmentState, "state"), default=CommitmentState.PLANNED
    )

    memorandum: Mapped[Memorandum] = relationship(back_populates="commitments")
    party: Mapped[Party] = relationship(back_populates="commitments")


class Attachment(Entity):
    __tablename__ = "memorandum_attachment"

    memorandum_id: Mapped[str] = mapped_column(
        ForeignKey("memorandum.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(300))
    stored_name: Mapped[str] = mapped_column(String(120))  # inside the data folder's attachments/
    content_type: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(String(300), default="")

    memorandum: Mapped[Memorandum] = relationship(back_populates="attachments")
