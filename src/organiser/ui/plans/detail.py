"""One plan's header and one action's panel: what it is, where it came from, its history."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from organiser.core.provinces import province_label
from organiser.core.thaidate import format_date
from organiser.domain.labels import label_of
from organiser.domain.plans import ActionStatus, PlanKind
from organiser.services.plans.detail import ActionDetail, HistoryEntry, PlanDetail
from organiser.services.plans.guidelines import region_label
from organiser.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanDetail", text)


def plan_header_html(p: PlanDetail, lang: str) -> str:
    e = html.escape
    deleted = tr("(deleted)")
    area = province_label(p.province, lang) if p.province else region_label(p.region)
    facts = [label_of(PlanKind, p.kind), area]
    if p.period:
        facts.append(p.period)
    left = [f"<h3 style='margin:0'>{e(p.title)}</h3>", f"<div>{e(' · '.join(facts))}</div>"]
    more = []
    if p.event:
        more.append(tr("From: {what}").format(what=e(p.event.title)))
    for m in p.memoranda:
        more.append(
            tr("Memorandum: {what}").format(what=e(m.title) + (f" {deleted}" if m.deleted else ""))
        )
    if p.team:
        more.append(tr("Core team: {what}").format(what=e(p.team.title)))
    if p.parent:
        more.append(tr("Made from: {what}").format(what=e(p.parent.title)))
    if p.guidelines:
        more.append(tr("{n} provincial guidelines made from this plan").format(n=p.guidelines))
    if more:
        left.append(f"<div style='color:#555'>{'<br>'.join(more)}</div>")
    right = ""
    if p.goals:
        goals = "<br>".join(e(g) for g in p.goals.splitlines() if g.strip())
        right = f"<b>{e(tr('Goals'))}</b><br>{goals}"
    # facts on the left, goals on the right: the actions table keeps the height
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='55%' valign='top'>{''.join(left)}</td>"
        f"<td width='45%' valign='top' style='padding-left:16px'>{right}</td>"
        "</tr></table>"
    )


def change_text(h: HistoryEntry) -> str:
    parts = []
    if h.status_to is not None:
        parts.append(
            tr("status {old} → {new}").format(
                old=label_of(ActionStatus, h.status_from or ""),
                new=label_of(ActionStatus, h.status_to),
            )
        )
    if h.progress_to is not None:
        parts.append(tr("progress {old}% → {new}%").format(old=h.progress_from, new=h.progress_to))
    return "; ".join(parts)


class PlanHeader(QLabel):
    """The plan's title, period, goals and links, wrapped to the page's width.

    A wrapped label asks, as its minimum, for the height its text takes at its narrowest
    (~220 px for a plan with goals); with the tools, the table and the history below, that
    pushed the status line off a 1366×768 laptop's screen. Its minimum is two lines: the
    layout still gives it the height its text needs at the real width when there is room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(hint.width(), min(hint.height(), 2 * self.fontMetrics().lineSpacing()))


class ActionPanel(QFrame):
    update_requested = Signal()
    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.action: ActionDetail | None = None
        self.pending = ""  # an action just made, to select once the list reloads
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.update_button = QPushButton(self.tr("Post an update…"))
        self.update_button.setDefault(True)
        self.update_button.clicked.connect(self.update_requested.emit)
        self.edit_button = QPushButton(self.tr("Edit action…"))
        self.edit_button.clicked.connect(self.edit_requested.emit)
        self.delete_button = QPushButton(self.tr("Delete action"))
        self.delete_button.clicked.connect(self.delete_requested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.update_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        history_caption = QLabel(self.tr("History"))
        history_caption.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(history_caption)
        layout.addWidget(self.history, 1)
        layout.addLayout(buttons)
        self.show_action(None)

    def remember(self, action_id: str) -> None:
        self.pending = action_id

    def show_action(self, a: ActionDetail | None) -> None:
        self.action = a
        for w in (self.update_button, self.edit_button, self.delete_button):
            w.setEnabled(a is not None)
        self.history.clear()
        if a is None:
            self.title.setText(self.tr("Choose an action to see its history and post updates."))
            self.facts.setText("")
            return
        lang = self.ctx.lang
        self.title.setText(a.title)
        facts = [
            self.tr("Owner: {who}").format(who=a.owner or self.tr("nobody yet")),
            province_label(a.province, lang) if a.province else self.tr("Whole region"),
            self.tr("{status}, {progress}%").format(
                status=label_of(ActionStatus, a.status), progress=a.progress
            ),
        ]
        if a.starts_on or a.due_on:
            facts.append(
                self.tr("{start} to {due}").format(
                    start=format_date(a.starts_on, "short", lang) if a.starts_on else "…",
                    due=format_date(a.due_on, "short", lang) if a.due_on else "…",
                )
            )
        text = " · ".join(facts)
        if a.description:
            text += "\n" + a.description
        if a.link:
            text += "\n" + self.tr("Came from {link}").format(link=a.link)
            if a.link_deleted:
                text += " " + self.tr("(deleted since; the link is kept)")
        if a.source_action_id:
            text += "\n" + self.tr("Copied from the regional work plan.")
        self.facts.setText(text)
        for h in a.history:
            head = format_date(h.on, "short", lang) + (f" · {h.author}" if h.author else "")
            change = change_text(h)
            body = "\n".join(x for x in (change, h.note) if x)
            self.history.addItem(f"{head}\n{body}")
        if not a.history:
            self.history.addItem(self.tr("No updates yet."))
