"""The plan report as plain data, in the words of one language: what the plan documents (PDF,
spreadsheet) lay out. `services.plans.report` fills it in."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ReportRow:
    number: int
    title: str
    owner: str
    province: str
    due: str
    status: str
    progress: int
    latest: str
    link: str
    overdue: bool


@dataclass(frozen=True)
class ReportGroup:
    heading: str
    rows: list[ReportRow]


@dataclass(frozen=True)
class PlanReport:
    lang: str
    title: str
    kind: str
    facts: list[tuple[str, str]]  # (label, value): area, period, seminar, memoranda, team
    goals_heading: str
    goals: list[str]
    actions_heading: str
    summary: str
    columns: dict[str, str]  # column key -> heading
    groups: list[ReportGroup]
    footer: str
    overdue_text: str = ""
    file_title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
